import { EVIDENCE_FILE_MAX_BYTES, EVIDENCE_FILES_MAX, evidenceFileSchema } from '@lentera/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { DomainError, Invalid } from '../../../platform/errors';
import type { UploadedFile } from '../../../platform/files';
import { errorResponses, okSchema } from '../../../platform/http/types';
import { addEvidenceFiles, downloadEvidenceFile, listEvidenceFiles, removeEvidenceFile } from '../use-cases/evidence';
import { P, type RouteKit, reportParams, tags } from './shared';

const fileParams = z.object({ slug: z.string().max(64), fileId: z.string().max(64) });
const filesResponse = z.object({ items: z.array(evidenceFileSchema) });
/** A few files of 10 MB and the form's boundaries. */
const UPLOAD_MAX_BYTES = EVIDENCE_FILES_MAX * EVIDENCE_FILE_MAX_BYTES + 64 * 1024;

async function refuseLargeUploads(request: FastifyRequest) {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > UPLOAD_MAX_BYTES) throw new DomainError(413, 'payload_too_large', { limit: '50 MB' });
}

/** The files of a multipart form (field `files`); one over 10 MB is refused while it is read. */
async function readFiles(request: FastifyRequest): Promise<UploadedFile[]> {
  if (!request.isMultipart()) throw new Invalid('validation_failed', {}, [{ path: 'files', message: 'multipart' }]);
  const files: UploadedFile[] = [];
  const parts = request.parts({
    limits: { fileSize: EVIDENCE_FILE_MAX_BYTES, files: EVIDENCE_FILES_MAX + 1, fields: 2, fieldSize: 1024 },
  });
  for await (const part of parts) {
    if (part.type !== 'file') continue;
    if (files.length >= EVIDENCE_FILES_MAX) {
      part.file.resume();
      throw new Invalid('performance_evidence_too_many', { max: EVIDENCE_FILES_MAX });
    }
    try {
      files.push({ fileName: part.filename, data: await part.toBuffer() });
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 413)
        throw new DomainError(413, 'performance_evidence_too_large');
      throw error;
    }
  }
  return files;
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
      onRequest: refuseLargeUploads,
      schema: {
        tags,
        summary:
          'Add evidence files to one’s own draft or returned report: multipart/form-data, files in field `files` ' +
          `(JPEG, PNG or PDF by content, 10 MB each, ${EVIDENCE_FILES_MAX} per report; image metadata is stripped)`,
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
