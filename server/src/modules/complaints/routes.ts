import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENTS_MAX,
  addInfoSchema,
  answerSchema,
  archiveSchema,
  assignSchema,
  type ComplaintIntakeInput,
  complaintCategoryInputSchema,
  complaintCategorySchema,
  complaintDetailSchema,
  followViewSchema,
  intakeResultSchema,
  integritySchema,
  linkEmployeeSchema,
  mergeSchema,
  noteSchema,
  officerEntrySchema,
  officerListItemSchema,
  officerListQuerySchema,
  pageOf,
  postponeSchema,
  publicComplaintSchema,
  publicListQuerySchema,
  rateSchema,
  referSchema,
  reopenSchema,
  similarComplaintSchema,
  slaBoardSchema,
  statsQuerySchema,
  statsSchema,
  verifySchema,
} from '@lentera/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Services } from '../../platform/context';
import { DomainError, Invalid } from '../../platform/errors';
import { ctxOf } from '../../platform/http/request-context';
import { errorResponses, slugIdParams, slugParams, zodApp } from '../../platform/http/types';
import type { UploadedFile } from './attachments';
import { addNote, answerComplaint, assignComplaint, linkEmployee, referToIntegrity } from './use-cases/follow-up';
import { createCategory, listCategories, updateCategory } from './use-cases/manage-categories';
import {
  complaintDetail,
  complaintsAboutMyTeam,
  listForOfficer,
  listPublic,
  myComplaints,
  publicComplaint,
  slaBoard,
  staffAttachment,
} from './use-cases/queries';
import { recordOfficerEntry } from './use-cases/record-officer-entry';
import {
  addInformation,
  type Complainant,
  followView,
  ownAttachment,
  rateComplaint,
  reopenComplaint,
} from './use-cases/respond-complaint';
import { getSettings, saveSettings, settingsBodySchema } from './use-cases/settings';
import { complaintStats, statsCsv } from './use-cases/stats';
import { submitComplaint } from './use-cases/submit-complaint';
import {
  archiveComplaint,
  mergeComplaint,
  postponeComplaint,
  referComplaint,
  similarComplaints,
  verifyComplaint,
} from './use-cases/verify-complaint';

const tags = ['complaints'];
export const C = '/api/t/:slug/complaints';
/**
 * The whole request at most 50 MB (five files of up to 10 MB each and the form): a larger declared length is
 * refused with 413 before a byte of the body is read; a body without a length stops at 10 MB per file.
 */
export const INTAKE_MAX_BYTES = ATTACHMENTS_MAX * ATTACHMENT_MAX_BYTES;

/** Zod errors of a use case's own parse become the one 400 shape with paths. */
export function asInvalid(error: unknown): never {
  if (error instanceof z.ZodError)
    throw new Invalid(
      'validation_failed',
      {},
      error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  throw error;
}

async function refuseLargeUploads(request: FastifyRequest, _reply: FastifyReply) {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > INTAKE_MAX_BYTES) throw new DomainError(413, 'payload_too_large', { limit: '50 MB' });
}

/** The complaint and its files from a multipart form (`data` = the JSON, `attachments` = files) or plain JSON. */
async function readIntake(request: FastifyRequest): Promise<{ input: ComplaintIntakeInput; files: UploadedFile[] }> {
  if (!request.isMultipart()) return { input: request.body as ComplaintIntakeInput, files: [] };
  let input: unknown = null;
  const files: UploadedFile[] = [];
  const parts = request.parts({
    limits: { fileSize: ATTACHMENT_MAX_BYTES, files: ATTACHMENTS_MAX + 1, fields: 5, fieldSize: 64 * 1024 },
  });
  for await (const part of parts) {
    if (part.type === 'file') {
      if (files.length >= ATTACHMENTS_MAX) {
        part.file.resume();
        throw new Invalid('complaint_too_many_attachments');
      }
      try {
        files.push({ fileName: part.filename, data: await part.toBuffer() });
      } catch (error) {
        if ((error as { statusCode?: number }).statusCode === 413)
          throw new DomainError(413, 'complaint_attachment_too_large');
        throw error;
      }
    } else if (part.fieldname === 'data') {
      try {
        input = JSON.parse(String(part.value));
      } catch {
        throw new Invalid('validation_failed', {}, [{ path: 'data', message: 'not JSON' }]);
      }
    }
  }
  if (!input) throw new Invalid('validation_failed', {}, [{ path: 'data', message: 'missing' }]);
  return { input: input as ComplaintIntakeInput, files };
}

export function complaintsRoutes(app: FastifyInstance, services: Services): void {
  const r = zodApp(app);
  const ctx = (request: FastifyRequest) => ctxOf(services, request);

  r.get(
    `${C}/categories`,
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'The categories of complaints, each with its resolution tier (public: the intake form lists them)',
        params: slugParams,
        querystring: z.object({ all: z.enum(['true', 'false']).optional() }),
        response: { 200: z.object({ items: z.array(complaintCategorySchema) }), ...errorResponses },
      },
    },
    async (request) => {
      const c = ctx(request);
      const all = request.query.all === 'true' && (await c.access.can(c.actor, 'complaints.manage'));
      return { items: await listCategories(c, { includeInactive: all }) };
    },
  );
  r.post(
    `${C}/categories`,
    {
      schema: {
        tags,
        summary: 'Add a category (coordinator, tenant admin)',
        params: slugParams,
        body: complaintCategoryInputSchema,
        response: { 201: complaintCategorySchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await createCategory(ctx(request), request.body)),
  );
  r.put(
    `${C}/categories/:id`,
    {
      config: { recordFixture: 'complaintCategory' },
      schema: {
        tags,
        summary: 'Change a category (name, tier, working days, default unit, active)',
        params: slugIdParams,
        body: complaintCategoryInputSchema,
        response: { 200: complaintCategorySchema, ...errorResponses },
      },
    },
    async (request) => updateCategory(ctx(request), request.params.id, request.body),
  );

  r.post(
    C,
    {
      config: { public: true },
      onRequest: refuseLargeUploads,
      schema: {
        tags,
        summary:
          'File a complaint (public). JSON (complaintIntakeSchema), or multipart/form-data with the JSON in field ' +
          '`data` and up to 5 files in `attachments` (JPEG, PNG or PDF, 10 MB each). A guest gets a secret follow token.',
        params: slugParams,
        consumes: ['application/json', 'multipart/form-data'],
        response: { 201: intakeResultSchema, ...errorResponses, 413: errorResponses[400] },
      },
    },
    async (request, reply) => {
      const { input, files } = await readIntake(request);
      const result = await submitComplaint(ctx(request), input, { origin: request.ip, attachments: files }).catch(
        asInvalid,
      );
      return reply.status(201).send(result);
    },
  );

  const okSchema = z.object({ ok: z.literal(true) });
  const tokenParams = z.object({ slug: z.string().max(64), token: z.string().min(1).max(100) });

  // Public portal
  r.get(
    `${C}/public`,
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Published complaints (never rahasia; anonim without the name), searchable and paged',
        params: slugParams,
        querystring: publicListQuerySchema,
        response: { 200: pageOf(publicComplaintSchema), ...errorResponses },
      },
    },
    async (request) => listPublic(ctx(request), request.query),
  );
  r.get(
    `${C}/public/:code`,
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'One published complaint by its tracking code',
        params: z.object({ slug: z.string().max(64), code: z.string().max(40) }),
        response: { 200: publicComplaintSchema, ...errorResponses },
      },
    },
    async (request) => publicComplaint(ctx(request), request.params.code),
  );
  r.get(
    `${C}/stats`,
    {
      config: { public: true },
      schema: {
        tags,
        summary:
          'Response statistics per unit and category for a period (received, verified, answered, share on time, ' +
          'median and p90 working days, mean rating, reopen rate); ?format=csv|json for stable downloads',
        params: slugParams,
        querystring: statsQuerySchema,
        response: { 200: statsSchema.or(z.string()), ...errorResponses },
      },
    },
    async (request, reply) => {
      const stats = await complaintStats(ctx(request), request.query);
      reply.header('cache-control', 'public, max-age=60');
      if (request.query.format === 'csv') {
        const file = `pengaduan-${request.params.slug}-${stats.from}-${stats.to}.csv`;
        return reply
          .header('content-disposition', `attachment; filename="${file}"`)
          .type('text/csv; charset=utf-8')
          .send(statsCsv(stats));
      }
      if (request.query.format === 'json')
        reply.header(
          'content-disposition',
          `attachment; filename="pengaduan-${request.params.slug}-${stats.from}-${stats.to}.json"`,
        );
      return stats;
    },
  );

  // The complainant: secret link (guest) or own account
  const complainantRoutes = (
    path: string,
    who: (request: FastifyRequest) => Complainant,
    options: { public: boolean; fixtures?: { view: string; answered: string; postponed: string } },
  ) => {
    const params = path.includes(':token') ? tokenParams : slugIdParams;
    const configFor = (which: 'view' | 'answered' | 'postponed') => ({
      public: options.public,
      ...(options.fixtures ? { recordFixture: options.fixtures[which] } : {}),
    });
    const config = configFor('view');
    r.get(
      path,
      {
        config,
        schema: {
          tags,
          summary: 'The complainant’s view: status, answer and public timeline (no internal notes)',
          params,
          response: { 200: followViewSchema, ...errorResponses },
        },
      },
      async (request) => followView(ctx(request), who(request)),
    );
    r.post(
      `${path}/rate`,
      {
        config: configFor('answered'),
        schema: {
          tags,
          summary: 'Rate the answer 1–5',
          params,
          body: rateSchema,
          response: { 200: followViewSchema, ...errorResponses },
        },
      },
      async (request) => rateComplaint(ctx(request), who(request), request.body),
    );
    r.post(
      `${path}/reopen`,
      {
        config: configFor('answered'),
        schema: {
          tags,
          summary: 'Reopen within the window after the answer (10 working days by default)',
          params,
          body: reopenSchema,
          response: { 200: followViewSchema, ...errorResponses },
        },
      },
      async (request) => reopenComplaint(ctx(request), who(request), request.body),
    );
    r.post(
      `${path}/info`,
      {
        config: configFor('postponed'),
        schema: {
          tags,
          summary: 'Answer a postponement with more information (the verification clock resumes)',
          params,
          body: addInfoSchema,
          response: { 200: followViewSchema, ...errorResponses },
        },
      },
      async (request) => addInformation(ctx(request), who(request), request.body),
    );
    if (!path.includes(':token')) return;
    r.get(
      `${path}/attachments/:attachmentId`,
      {
        config,
        schema: {
          tags,
          summary: 'Download one of one’s own attachments',
          params: params.extend({ attachmentId: z.string().max(64) }),
        },
      },
      async (request, reply) => {
        const attachmentId = (request.params as { attachmentId: string }).attachmentId;
        return sendFile(reply, await ownAttachment(ctx(request), who(request), attachmentId));
      },
    );
  };
  complainantRoutes(`${C}/follow/:token`, (request) => ({ token: (request.params as { token: string }).token }), {
    public: true,
  });
  complainantRoutes(`${C}/mine/:id`, (request) => ({ complaintId: (request.params as { id: string }).id }), {
    public: false,
    fixtures: { view: 'myComplaint', answered: 'myAnsweredComplaint', postponed: 'myPostponedComplaint' },
  });
  r.get(
    `${C}/mine`,
    {
      schema: {
        tags,
        summary: 'My complaints (signed-in complainant)',
        params: slugParams,
        response: {
          200: z.object({ items: z.array(publicComplaintSchema.extend({ id: z.string() })) }),
          ...errorResponses,
        },
      },
    },
    async (request) => myComplaints(ctx(request)),
  );

  // Staff
  r.get(
    C,
    {
      schema: {
        tags,
        summary: 'The officer’s list (the desk sees all; unit officers their units), filtered and paged',
        params: slugParams,
        querystring: officerListQuerySchema,
        response: { 200: pageOf(officerListItemSchema), ...errorResponses },
      },
    },
    async (request) => listForOfficer(ctx(request), request.query),
  );
  r.post(
    `${C}/officer-entry`,
    {
      schema: {
        tags,
        summary: 'Record a walk-in, phone, letter or SP4N-LAPOR! complaint on behalf of the complainant',
        params: slugParams,
        body: officerEntrySchema,
        response: { 201: intakeResultSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await recordOfficerEntry(ctx(request), request.body)),
  );
  r.get(
    `${C}/board`,
    {
      schema: {
        tags,
        summary: 'SLA board: due today, overdue, by unit',
        params: slugParams,
        response: { 200: slaBoardSchema, ...errorResponses },
      },
    },
    async (request) => slaBoard(ctx(request)),
  );
  r.get(
    `${C}/my-team`,
    {
      schema: {
        tags,
        summary: 'Complaints naming one of my direct subordinates (supervisors; never the reporter)',
        params: slugParams,
        response: {
          200: z.object({
            items: z.array(
              officerListItemSchema.extend({
                employee: z.object({ id: z.string(), name: z.string() }),
                answer: z.string().nullable(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => complaintsAboutMyTeam(ctx(request)),
  );
  r.get(
    `${C}/settings`,
    {
      schema: {
        tags,
        summary: 'Complaint settings',
        params: slugParams,
        response: { 200: settingsBodySchema, ...errorResponses },
      },
    },
    async (request) => getSettings(ctx(request)),
  );
  r.put(
    `${C}/settings`,
    {
      schema: {
        tags,
        summary: 'Change complaint settings (coordinator, tenant admin)',
        params: slugParams,
        body: settingsBodySchema,
        response: { 200: settingsBodySchema, ...errorResponses },
      },
    },
    async (request) => saveSettings(ctx(request), request.body),
  );
  r.get(
    `${C}/:id`,
    {
      config: { recordFixture: 'complaint' },
      schema: {
        tags,
        summary: 'One complaint for staff (reporter only for the complaint coordinator)',
        params: slugIdParams,
        response: { 200: complaintDetailSchema, ...errorResponses },
      },
    },
    async (request) => complaintDetail(ctx(request), request.params.id),
  );
  r.get(
    `${C}/:id/similar`,
    {
      config: { recordFixture: 'complaint' },
      schema: {
        tags,
        summary: 'Similar open complaints (same category or unit, word overlap) for the verification desk',
        params: slugIdParams,
        response: { 200: z.object({ items: z.array(similarComplaintSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await similarComplaints(ctx(request), request.params.id) }),
  );
  r.get(
    `${C}/attachments/:id`,
    {
      config: { recordFixture: 'complaintAttachment' },
      schema: { tags, summary: 'Download an attachment (staff who may see its complaint)', params: slugIdParams },
    },
    async (request, reply) => sendFile(reply, await staffAttachment(ctx(request), request.params.id)),
  );

  const action = <S extends z.ZodTypeAny>(
    name: string,
    summary: string,
    body: S,
    run: (c: ReturnType<typeof ctx>, id: string, input: z.infer<S>) => Promise<void>,
  ) =>
    r.post(
      `${C}/:id/${name}`,
      {
        config: { recordFixture: ['assign', 'employees', 'answer'].includes(name) ? 'routedComplaint' : 'complaint' },
        schema: { tags, summary, params: slugIdParams, body, response: { 200: okSchema, ...errorResponses } },
      },
      async (request) => {
        await run(ctx(request), request.params.id, request.body as z.infer<S>);
        return { ok: true as const };
      },
    );
  action('verify', 'Verify and route to the responsible OPD (desk)', verifySchema, verifyComplaint);
  action('postpone', 'Postpone and ask the complainant for more (the clock stops)', postponeSchema, postponeComplaint);
  action('refer', 'Not our authority: close with the referral', referSchema, referComplaint);
  action('archive', 'Not a complaint: archive with the reason', archiveSchema, archiveComplaint);
  action('merge', 'Merge this duplicate into the original (followers move)', mergeSchema, mergeComplaint);
  action('assign', 'Assign an officer of the responsible unit', assignSchema, assignComplaint);
  action('notes', 'Add an internal note (never shown to the complainant)', noteSchema, addNote);
  action('employees', 'Link an employee concerned', linkEmployeeSchema, linkEmployee);
  action('answer', 'Answer the complaint', answerSchema, answerComplaint);
  action('integrity', 'Refer to integrity (coordinator)', integritySchema, referToIntegrity);
}

function sendFile(reply: FastifyReply, file: { fileName: string; mime: string; data: Buffer }) {
  return reply
    .header('content-disposition', `attachment; filename="${file.fileName.replace(/"/g, '')}"`)
    .header('x-content-type-options', 'nosniff')
    .type(file.mime)
    .send(file.data);
}
