import { publicServiceInputSchema, standardInputSchema } from '@lentera/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Services } from '../../../platform/context';
import { ctxOf } from '../../../platform/http/request-context';
import { errorResponses, okSchema, slugIdParams, slugParams, zodApp } from '../../../platform/http/types';
import {
  adminService,
  adminServices,
  approvalsInbox,
  type CachedJson,
  catalogQuerySchema,
  publicCatalogJson,
  publishedVersion,
  servicePageJson,
} from '../use-cases/catalog';
import { approveStandard, returnStandard, returnStandardSchema, submitStandard } from '../use-cases/decide-standard';
import { editStandard } from '../use-cases/edit-standard';
import { createService, draftNewVersion, updateService } from '../use-cases/manage-services';

export const S = '/api/t/:slug/services';
export const tags = ['services'];

const element = z.enum(['requirements', 'procedure', 'durationDays', 'fee', 'product', 'complaintHandling']);
const statusSchema = z.enum(['draft', 'submitted', 'published', 'returned']);

const publishedStandardSchema = z.object({
  id: z.string(),
  version: z.number(),
  effectiveFrom: z.string(),
  requirements: z.string(),
  procedure: z.string(),
  durationDays: z.number().nullable(),
  fee: z.number().nullable(),
  feeBasis: z.string(),
  product: z.string(),
  complaintHandling: z.string(),
  outputKind: z.enum(['file', 'letter', 'pickup']),
  /** The request form's fields (`formFieldSchema`), as the unit defined them. */
  form: z.array(z.record(z.string(), z.unknown())),
  publishedAt: z.string().nullable(),
});
const standardViewSchema = publishedStandardSchema.extend({
  status: statusSchema,
  internal: z.record(z.string(), z.string()),
  letterTemplate: z.string(),
  missing: z.array(element),
  returnNote: z.string().nullable(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  updatedAt: z.string(),
});
const serviceHeadSchema = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string(),
  summary: z.string(),
  unitId: z.string(),
  unitName: z.string(),
});
const catalogServiceSchema = serviceHeadSchema.extend({ standard: publishedStandardSchema });
const servicePageSchema = z.object({
  service: serviceHeadSchema,
  standard: publishedStandardSchema,
  upcoming: publishedStandardSchema.nullable(),
  history: z.array(
    z.object({ id: z.string(), version: z.number(), effectiveFrom: z.string(), publishedAt: z.string().nullable() }),
  ),
});
const adminRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  active: z.boolean(),
  inForce: z.object({ id: z.string(), version: z.number(), effectiveFrom: z.string() }).nullable(),
  pending: z.object({ id: z.string(), version: z.number(), status: statusSchema }).nullable(),
  missing: z.array(element),
  requestsOpen: z.number(),
});

const standardParams = z.object({ slug: z.string().max(64), standardId: z.string().max(64) });
const versionParams = z.object({
  slug: z.string().max(64),
  id: z.string().max(64),
  version: z.coerce.number().int().min(1).max(100_000),
});
const idSchema = z.object({ id: z.string() });
const ok = { ok: true as const };

/** Accept-Encoding headers as sent by browsers are few: each is read once (a bounded memo). */
const encodings = new Map<string, 'br' | 'gzip' | null>();

/** Which of the encodings written once per snapshot the client accepts (brotli first), if any. */
function encodingFor(request: FastifyRequest): 'br' | 'gzip' | null {
  const header = String(request.headers['accept-encoding'] ?? '');
  let encoding = encodings.get(header);
  if (encoding === undefined) {
    encoding = readEncoding(header);
    if (encodings.size >= 100) encodings.clear();
    encodings.set(header, encoding);
  }
  return encoding;
}

function readEncoding(header: string): 'br' | 'gzip' | null {
  const accepted = header
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => !q || !/^q=0(\.0*)?$/.test(q.trim()))
    .map(([name]) => name?.trim().toLowerCase());
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return null;
}

/**
 * Sends an answer already written as JSON (and compressed once per snapshot), as the compression plugin would
 * have: the route's response schema documents it; nothing is serialized or compressed again per request.
 */
function sendJson(request: FastifyRequest, reply: FastifyReply, body: CachedJson) {
  reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
  const encoding = encodingFor(request);
  if (!encoding) return reply.send(body.json);
  return reply.header('content-encoding', encoding).send(body.encoding(encoding));
}

/** The public catalog and service pages; the admins' services, standards, forms and approvals. */
export function catalogRoutes(app: FastifyInstance, services: Services): void {
  const r = zodApp(app);
  const ctx = (request: Parameters<typeof ctxOf>[1]) => ctxOf(services, request);

  // Public: the catalog, a service's page and its published versions.
  r.get(
    S,
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'The public catalog: active services with a standard in force today',
        params: slugParams,
        querystring: catalogQuerySchema,
        response: { 200: z.object({ services: z.array(catalogServiceSchema) }), ...errorResponses },
      },
    },
    async (request, reply) => sendJson(request, reply, await publicCatalogJson(ctx(request), request.query)),
  );

  // Admin: the list of services the actor manages, and creating one.
  r.get(
    `${S}/admin`,
    {
      schema: {
        tags,
        summary: 'The services the actor manages, flagged with missing published elements',
        params: slugParams,
        response: { 200: z.object({ services: z.array(adminRowSchema), canApprove: z.boolean() }), ...errorResponses },
      },
    },
    async (request) => adminServices(ctx(request)),
  );
  r.post(
    `${S}/admin`,
    {
      schema: {
        tags,
        summary: 'Adds a service to a unit, with an empty draft of its standard',
        params: slugParams,
        body: publicServiceInputSchema,
        response: { 200: idSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { id } = await createService(ctx(request), request.body);
      return { id };
    },
  );
  r.get(
    `${S}/approvals`,
    {
      schema: {
        tags,
        summary: 'Standards awaiting approval',
        params: slugParams,
        response: {
          200: z.object({
            standards: z.array(
              standardViewSchema.extend({ serviceId: z.string(), serviceName: z.string(), unitName: z.string() }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => approvalsInbox(ctx(request)),
  );
  r.get(
    `${S}/admin/:id`,
    {
      config: { recordFixture: 'servicesService' },
      schema: {
        tags,
        summary: 'One service with every version of its standard, newest first',
        params: slugIdParams,
        response: {
          200: z.object({
            service: adminRowSchema.extend({ nameEn: z.string(), summary: z.string() }),
            standards: z.array(standardViewSchema),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => adminService(ctx(request), request.params.id),
  );
  r.put(
    `${S}/admin/:id`,
    {
      config: { recordFixture: 'servicesService' },
      schema: {
        tags,
        summary: "Changes a service's name, summary, unit or whether it is offered",
        params: slugIdParams,
        body: publicServiceInputSchema,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => {
      await updateService(ctx(request), request.params.id, request.body);
      return ok;
    },
  );
  r.post(
    `${S}/admin/:id/standards`,
    {
      config: { recordFixture: 'servicesService' },
      schema: {
        tags,
        summary: 'Drafts a new version of the standard, copied from the newest',
        params: slugIdParams,
        response: { 200: z.object({ id: z.string(), version: z.number() }), ...errorResponses },
      },
    },
    async (request) => draftNewVersion(ctx(request), request.params.id),
  );

  // Standards: editing a draft, submitting it, deciding it.
  r.put(
    `${S}/standards/:standardId`,
    {
      schema: {
        tags,
        summary: 'Saves a draft (or returned) version: elements, request form, letter template',
        params: standardParams,
        body: standardInputSchema,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => {
      await editStandard(ctx(request), request.params.standardId, request.body);
      return ok;
    },
  );
  const decision = (
    name: string,
    summary: string,
    run: (c: ReturnType<typeof ctx>, id: string, body: unknown) => Promise<void>,
    body?: z.ZodTypeAny,
  ) =>
    r.post(
      `${S}/standards/:standardId/${name}`,
      {
        schema: {
          tags,
          summary,
          params: standardParams,
          ...(body ? { body } : {}),
          response: { 200: okSchema, ...errorResponses },
        },
      },
      async (request) => {
        await run(ctx(request), request.params.standardId, request.body);
        return ok;
      },
    );
  decision('submit', 'Submits a version for approval (every published element filled in)', (c, id) =>
    submitStandard(c, id),
  );
  decision('approve', 'Approves a submitted version: it is published and takes effect on its date', (c, id) =>
    approveStandard(c, id),
  );
  decision(
    'return',
    'Sends a submitted version back to its unit with a note',
    (c, id, body) => returnStandard(c, id, body),
    returnStandardSchema,
  );

  // Public, after the static paths above: a service's page and one published version.
  r.get(
    `${S}/:id`,
    {
      config: { public: true },
      schema: {
        tags,
        summary: "A service's public page: the standard in force, the next one, the history",
        params: slugIdParams,
        response: { 200: servicePageSchema, ...errorResponses },
      },
    },
    async (request, reply) => sendJson(request, reply, await servicePageJson(ctx(request), request.params.id)),
  );
  r.get(
    `${S}/:id/versions/:version`,
    {
      config: { public: true },
      schema: {
        tags,
        summary: "One published version of a service's standard",
        params: versionParams,
        response: { 200: publishedStandardSchema, ...errorResponses },
      },
    },
    async (request) => publishedVersion(ctx(request), request.params.id, request.params.version),
  );
}
