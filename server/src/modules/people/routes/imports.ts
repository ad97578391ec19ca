import { z } from 'zod';
import { Invalid } from '../../../platform/errors';
import { errorResponses, slugIdParams, slugParams, type ZodApp } from '../../../platform/http/types';
import { readUpload, type UploadLimits } from '../../../platform/http/uploads';
import { templateCsv, templateXlsx } from '../import-format';
import { dryRunImport, importStatus, startImport } from '../use-cases/import-employees';
import { listImports } from '../use-cases/list-imports';
import { IMPORT_MAX_BYTES, importReportSchema, P, type RequestCtx, tags } from './shared';

/** One CSV or XLSX file of up to 25 MB (limits and malformed bodies: `platform/http/uploads.ts`). */
const IMPORT_UPLOAD: UploadLimits = {
  maxBytes: IMPORT_MAX_BYTES + 64 * 1024,
  fileMaxBytes: IMPORT_MAX_BYTES,
  files: 1,
  fields: 2,
  fieldMaxBytes: 1024,
};

/** Import: the template, the dry run, applying and its progress. */
export function importRoutes(r: ZodApp, ctx: RequestCtx): void {
  r.get(
    `${P}/import/template`,
    {
      schema: {
        tags,
        summary: 'The import template (columns and one example row)',
        params: slugParams,
        querystring: z.object({ format: z.enum(['csv', 'xlsx']).default('xlsx') }),
      },
    },
    async (request, reply) => {
      if (request.query.format === 'csv')
        return reply
          .header('content-disposition', 'attachment; filename="template-pegawai.csv"')
          .type('text/csv; charset=utf-8')
          .send(`\uFEFF${templateCsv()}`);
      return reply
        .header('content-disposition', 'attachment; filename="template-pegawai.xlsx"')
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send(await templateXlsx());
    },
  );
  r.post(
    `${P}/imports`,
    {
      config: { upload: IMPORT_UPLOAD },
      schema: {
        tags,
        summary: 'Upload a CSV or XLSX file: dry run, nothing is imported',
        params: slugParams,
        consumes: ['multipart/form-data'],
        response: { 201: importReportSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const [file] = (await readUpload(request)).files;
      if (!file) throw new Invalid('import_no_file');
      return reply.status(201).send(await dryRunImport(ctx(request), file.fileName, file.data));
    },
  );
  r.get(
    `${P}/imports`,
    {
      schema: {
        tags,
        summary: "Past imports, newest first (all for hr_admin, one's own uploads otherwise)",
        params: slugParams,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                fileName: z.string(),
                rows: z.number(),
                errors: z.number(),
                status: z.string(),
                summary: z.record(z.string(), z.unknown()).nullable(),
                createdAt: z.string(),
                createdBy: z.string().nullable(),
                appliedAt: z.string().nullable(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => ({ items: await listImports(ctx(request)) }),
  );
  r.post(
    `${P}/imports/:id/apply`,
    {
      config: { recordFixture: 'import' },
      schema: {
        tags,
        summary: 'Apply a checked import (one transaction; poll its status)',
        params: slugIdParams,
        response: { 202: z.object({ id: z.string(), status: z.string() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const started = await startImport(ctx(request), request.params.id);
      started.finished.catch((error) => request.log.warn({ err: error }, 'import failed'));
      return reply.status(202).send({ id: started.id, status: started.status });
    },
  );
  r.get(
    `${P}/imports/:id`,
    {
      config: { recordFixture: 'import' },
      schema: {
        tags,
        summary: 'Status and progress of an import',
        params: slugIdParams,
        response: {
          200: z.object({
            id: z.string(),
            fileName: z.string(),
            rows: z.number(),
            status: z.string(),
            summary: z.unknown(),
            progress: z.object({ done: z.number(), total: z.number() }),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => importStatus(ctx(request), request.params.id),
  );
}
