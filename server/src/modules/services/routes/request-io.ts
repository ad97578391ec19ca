import { MAX_DOCUMENT_BYTES, requestStatusSchema } from '@lentera/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Invalid } from '../../../platform/errors';
import { readUpload, type UploadLimits } from '../../../platform/http/uploads';
import type { UploadedDocument } from '../requests-support';
import { OUTPUT_MAX_BYTES } from '../use-cases/deliver-output';

// What the request routes (requests.ts) and the officers' step routes (officer.ts) share: the path, the upload
// limits, the request's response schema, reading a form and sending a file.

export const S = '/api/t/:slug/services';
export const tags = ['services'];

/** Ten document files of up to 10 MB and the form; larger declared bodies are refused before they are read. */
export const DOCUMENT_UPLOAD: UploadLimits = {
  maxBytes: 20 * MAX_DOCUMENT_BYTES + 256 * 1024,
  fileMaxBytes: MAX_DOCUMENT_BYTES,
  files: 20,
  fields: 5,
  fieldMaxBytes: 128 * 1024,
};
export const OUTPUT_UPLOAD: UploadLimits = {
  maxBytes: OUTPUT_MAX_BYTES + 64 * 1024,
  fileMaxBytes: OUTPUT_MAX_BYTES,
  files: 1,
  fields: 3,
};

const stepSchema = z.object({
  kind: z.string(),
  at: z.string(),
  note: z.string(),
  data: z.record(z.string(), z.unknown()),
});
const documentSchema = z.object({
  id: z.string(),
  fieldKey: z.string(),
  name: z.string(),
  mime: z.string(),
  size: z.number(),
  uploadedAt: z.string(),
  url: z.string(),
});
const outputKind = z.enum(['file', 'letter', 'pickup']);
/** `RequestDetail` (common/src/services/views.ts). */
export const detailSchema = z.object({
  id: z.string(),
  code: z.string().nullable(),
  status: requestStatusSchema,
  service: z.object({ id: z.string(), name: z.string(), unitName: z.string() }),
  standard: z.object({
    id: z.string(),
    version: z.number(),
    durationDays: z.number().nullable(),
    outputKind,
  }),
  /** The form's fields (`formFieldSchema`) of the version the request was made with. */
  form: z.array(z.record(z.string(), z.unknown())),
  answers: z.record(z.string(), z.union([z.string(), z.number()])),
  documents: z.array(documentSchema),
  applicant: z.object({ name: z.string(), email: z.string() }),
  submittedAt: z.string().nullable(),
  dueDate: z.string().nullable(),
  overdue: z.boolean(),
  missing: z.array(z.string()),
  missingNote: z.string().nullable(),
  refusalReason: z.string().nullable(),
  fee: z.number(),
  payment: z.object({ receipt: z.string(), amount: z.number(), paidAt: z.string() }).nullable(),
  output: z.object({ kind: outputKind, name: z.string().nullable(), url: z.string().nullable() }).nullable(),
  completedAt: z.string().nullable(),
  workingDays: z.number().nullable(),
  surveyUrl: z.string().nullable(),
  levyComplaintUrl: z.string(),
  pickup: z.object({ locationName: z.string(), bookingPath: z.string() }).nullable(),
  timeline: z.array(stepSchema),
  actions: z.array(z.enum(['incomplete', 'process', 'approve', 'refuse', 'payment', 'output', 'done'])),
});

export function parseJsonField(value: string | undefined): unknown {
  if (value === undefined) throw new Invalid('validation_failed', {}, [{ path: 'data', message: 'missing' }]);
  try {
    return JSON.parse(value);
  } catch {
    throw new Invalid('validation_failed', {}, [{ path: 'data', message: 'not JSON' }]);
  }
}

/** A multipart form's fields and document files; a JSON body is a form without files. */
export async function readForm(
  request: FastifyRequest,
): Promise<{ fields: Map<string, string>; files: UploadedDocument[] }> {
  if (!request.isMultipart()) {
    const body = (request.body ?? {}) as Record<string, unknown>;
    return {
      fields: new Map(Object.entries(body).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])),
      files: [],
    };
  }
  const form = await readUpload(request);
  return {
    fields: form.fields,
    files: form.files.map((f) => ({ field: f.field, fileName: f.fileName, data: f.data })),
  };
}

export function sendFile(reply: FastifyReply, file: { fileName: string; mime: string; data: Buffer }) {
  return reply
    .header('content-disposition', `attachment; filename="${file.fileName.replace(/["\r\n\\]/g, '')}"`)
    .header('x-content-type-options', 'nosniff')
    .type(file.mime)
    .send(file.data);
}
