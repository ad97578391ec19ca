import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENTS_MAX,
  type ComplaintIntakeInput,
  complaintCategoryInputSchema,
  complaintCategorySchema,
  intakeResultSchema,
} from '@lentera/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Services } from '../../../platform/context';
import { DomainError, Invalid } from '../../../platform/errors';
import { errorResponses, slugIdParams, slugParams, zodApp } from '../../../platform/http/types';
import type { UploadedFile } from '../attachments';
import { createCategory, listCategories, updateCategory } from '../use-cases/manage-categories';
import { submitComplaint } from '../use-cases/submit-complaint';
import { asInvalid, C, ctxFor, tags } from './shared';

/**
 * The whole request at most 50 MB (five files of up to 10 MB each and the form): a larger declared length is
 * refused with 413 before a byte of the body is read; a body without a length stops at 10 MB per file.
 */
export const INTAKE_MAX_BYTES = ATTACHMENTS_MAX * ATTACHMENT_MAX_BYTES;

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

/** Categories (public list, changed by the coordinator) and the public intake. */
export function intakeRoutes(app: FastifyInstance, services: Services): void {
  const r = zodApp(app);
  const ctx = ctxFor(services);

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
}
