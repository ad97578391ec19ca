import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENTS_MAX,
  type ComplaintIntakeInput,
  complaintCategoryInputSchema,
  complaintCategorySchema,
  intakeResultSchema,
} from '@lentera/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Services } from '../../../platform/context';
import { Invalid } from '../../../platform/errors';
import { errorResponses, slugIdParams, slugParams, zodApp } from '../../../platform/http/types';
import { readUpload, type UploadLimits } from '../../../platform/http/uploads';
import type { UploadedFile } from '../attachments';
import { createCategory, listCategories, updateCategory } from '../use-cases/manage-categories';
import { submitComplaint } from '../use-cases/submit-complaint';
import { asInvalid, C, ctxFor, tags } from './shared';

/**
 * The whole request at most 50 MB (five files of up to 10 MB each and the form): a larger declared length is refused
 * with 413 before a byte of the body is read; a body without a length is refused at the first byte past 10 MB in a
 * file (`platform/http/uploads.ts`).
 */
export const INTAKE_MAX_BYTES = ATTACHMENTS_MAX * ATTACHMENT_MAX_BYTES;
const INTAKE_UPLOAD: UploadLimits = {
  maxBytes: INTAKE_MAX_BYTES,
  fileMaxBytes: ATTACHMENT_MAX_BYTES,
  files: ATTACHMENTS_MAX,
  fields: 5,
  fieldMaxBytes: 64 * 1024,
  fileTooLargeCode: 'complaint_attachment_too_large',
  tooManyFilesCode: 'complaint_too_many_attachments',
};

/** The complaint and its files from a multipart form (`data` = the JSON, `attachments` = files) or plain JSON. */
async function readIntake(request: FastifyRequest): Promise<{ input: ComplaintIntakeInput; files: UploadedFile[] }> {
  if (!request.isMultipart()) return { input: request.body as ComplaintIntakeInput, files: [] };
  const form = await readUpload(request);
  const data = form.fields.get('data');
  if (data === undefined) throw new Invalid('validation_failed', {}, [{ path: 'data', message: 'missing' }]);
  let input: unknown;
  try {
    input = JSON.parse(data);
  } catch {
    throw new Invalid('validation_failed', {}, [{ path: 'data', message: 'not JSON' }]);
  }
  return {
    input: input as ComplaintIntakeInput,
    files: form.files.map((f) => ({ fileName: f.fileName, data: f.data })),
  };
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
      config: { public: true, upload: INTAKE_UPLOAD },
      schema: {
        tags,
        summary:
          'File a complaint (public). JSON (complaintIntakeSchema), or multipart/form-data with the JSON in field ' +
          '`data` and up to 5 files in `attachments` (JPEG, PNG, WebP, HEIC or PDF by content, 10 MB each; images are ' +
          're-encoded without metadata). A guest gets a secret follow token.',
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
