import { EVIDENCE_FILE_MAX_BYTES, EVIDENCE_FILES_MAX, evidenceFileSchema } from '@lentera/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { UploadedFile } from '../../../platform/files';
import { errorResponses, okSchema } from '../../../platform/http/types';
import { readUpload, type UploadLimits } from '../../../platform/http/uploads';
import { addEvidenceFiles, downloadEvidenceFile, listEvidenceFiles, removeEvidenceFile } from '../use-cases/evidence';
import { P, type RouteKit, reportParams, tags } from './shared';

const fileParams = z.object({ slug: z.string().max(64), fileId: z.string().max(64) });
const filesResponse = z.object({ items: z.array(evidenceFileSchema) });
/** A few files of 10 MB and the form's boundaries. */
const EVIDENCE_UPLOAD: UploadLimits = {
  maxBytes: EVIDENCE_FILES_MAX * EVIDENCE_FILE_MAX_BYTES + 64 * 1024,
  fileMaxBytes: EVIDENCE_FILE_MAX_BYTES,
  files: EVIDENCE_FILES_MAX,
  fields: 2,
  fieldMaxBytes: 1024,
  fileTooLargeCode: 'performance_evidence_too_large',
  tooManyFilesCode: 'performance_evidence_too_many',
};

/** The files of a multipart form (field `files`); limits and malformed bodies are the platform's (`uploads.ts`). */
async function readFiles(request: FastifyRequest): Promise<UploadedFile[]> {
  const form = await readUpload(request);
  return form.files.map((f) => ({ fileName: f.fileName, data: f.data }));
}

function sendFile(reply: FastifyReply, file: { fileName: string; mime: string; data: Buffer }) {
  return reply
    .header('content-disposition', `attachment; filename="${file.fileName.replace(/"/g, '')}"`)
    .header('x-content-type-options', 'nosniff')
    .type(file.mime)
    .send(file.data);
}

/** Evidence files on periodic reports: upload (the employee), list and download (whoever reads the report). */
export function evidenceRoutes({ r, ctx }: RouteKit): void {
  r.get(
    `${P}/reports/:reportId/evidence-files`,
    {
      schema: {
        tags,
        summary: 'Evidence files of a report (whoever may read it)',
        params: reportParams,
        response: { 200: filesResponse, ...errorResponses },
      },
    },
    async (request) => ({ items: await listEvidenceFiles(ctx(request), request.params.reportId) }),
  );
  r.post(
    `${P}/reports/:reportId/evidence-files`,
    {
      config: { upload: EVIDENCE_UPLOAD },
      schema: {
        tags,
        summary:
          'Add evidence files to one’s own draft or returned report: multipart/form-data, files in field `files` ' +
          `(JPEG, PNG, WebP, HEIC or PDF by content, 10 MB each, ${EVIDENCE_FILES_MAX} per report; images re-encoded without metadata)`,
        params: reportParams,
        consumes: ['multipart/form-data'],
        response: { 201: filesResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const items = await addEvidenceFiles(ctx(request), request.params.reportId, await readFiles(request));
      return reply.status(201).send({ items });
    },
  );
  r.get(
    `${P}/evidence-files/:fileId`,
    {
      schema: { tags, summary: 'Download an evidence file (whoever may read its report)', params: fileParams },
    },
    async (request, reply) => sendFile(reply, await downloadEvidenceFile(ctx(request), request.params.fileId)),
  );
  r.delete(
    `${P}/evidence-files/:fileId`,
    {
      schema: {
        tags,
        summary: 'Remove an evidence file from one’s own draft or returned report',
        params: fileParams,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => {
      await removeEvidenceFile(ctx(request), request.params.fileId);
      return { ok: true as const };
    },
  );
}
