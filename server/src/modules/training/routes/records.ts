import {
  complianceListQuerySchema,
  complianceListSchema,
  complianceQuerySchema,
  externalDecisionSchema,
  externalListQuerySchema,
  externalListSchema,
  externalViewSchema,
  myRecordSchema,
  publicComplianceSchema,
} from '@lentera/common';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { sendCsv } from '../../../platform/http/downloads';
import { errorResponses, slugIdParams, slugParams } from '../../../platform/http/types';
import { readUpload, type UploadLimits } from '../../../platform/http/uploads';
import { complianceCsv, complianceList, publicCompliance, teamCompliance } from '../use-cases/compliance';
import {
  decideExternal,
  EVIDENCE_MAX_BYTES,
  externalEvidence,
  listExternal,
  reportExternal,
} from '../use-cases/external';
import { myRecord } from '../use-cases/my-record';
import { type RouteKit, T, tags } from './shared';

const EVIDENCE_UPLOAD: UploadLimits = {
  maxBytes: EVIDENCE_MAX_BYTES + 64 * 1024,
  fileMaxBytes: EVIDENCE_MAX_BYTES,
  files: 1,
  fields: 1,
  fieldMaxBytes: 4096,
  fileTooLargeCode: 'training_evidence_too_large',
};

/** The report's JSON (field `data`) and its evidence file (field `evidence`). */
async function readReport(request: FastifyRequest) {
  const form = await readUpload(request);
  let data: unknown;
  try {
    data = JSON.parse(form.fields.get('data') ?? '');
  } catch {
    data = undefined;
  }
  return { data, files: form.files.map((f) => ({ fileName: f.fileName, data: f.data })) };
}

const publicQuery = complianceQuerySchema.extend({ format: z.enum(['json', 'csv']).optional() });

/** External training and JP compliance. */
export function recordsRoutes({ r, ctx }: RouteKit): void {
  r.post(
    `${T}/my/external`,
    {
      config: { upload: EVIDENCE_UPLOAD },
      schema: {
        tags,
        summary:
          'Report training taken elsewhere (employee): multipart/form-data, the JSON (externalInputSchema) in field ' +
          '`data`, the certificate in field `evidence` (PDF, JPEG, PNG or WebP by content, 5 MB)',
        params: slugParams,
        consumes: ['multipart/form-data'],
        response: { 201: externalViewSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { data, files } = await readReport(request);
      return reply.status(201).send(await reportExternal(ctx(request), data, files));
    },
  );
  r.get(
    `${T}/external`,
    {
      schema: {
        tags,
        summary: 'Reports of external training to verify, oldest first (HR admin)',
        params: slugParams,
        querystring: externalListQuerySchema,
        response: { 200: externalListSchema, ...errorResponses },
      },
    },
    async (request) => listExternal(ctx(request), request.query),
  );
  r.post(
    `${T}/external/:id/decision`,
    {
      config: { recordFixture: 'trainingExternal' },
      schema: {
        tags,
        summary: 'Verify (counted in JP) or refuse a report, once (HR admin)',
        params: slugIdParams,
        body: externalDecisionSchema,
        response: { 200: externalViewSchema, ...errorResponses },
      },
    },
    async (request) => decideExternal(ctx(request), request.params.id, request.body),
  );
  r.get(
    `${T}/external/:id/evidence`,
    {
      config: { recordFixture: 'trainingExternal' },
      schema: { tags, summary: 'The evidence file (its employee, HR admin)', params: slugIdParams },
    },
    async (request, reply) => {
      const file = await externalEvidence(ctx(request), request.params.id);
      return reply
        .header('content-disposition', `attachment; filename="${file.fileName.replace(/"/g, '')}"`)
        .header('x-content-type-options', 'nosniff')
        .type(file.mime)
        .send(file.data);
    },
  );
  r.get(
    `${T}/compliance`,
    {
      config: { public: true },
      schema: {
        tags,
        summary:
          'PUBLIC CONTRACT. JP compliance of the year (default: this year) per unit and for the whole government: ' +
          'employees, at or above the minimum, below, share, mean JP; no names. ?format=csv',
        params: slugParams,
        querystring: publicQuery,
        response: { 200: publicComplianceSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const result = await publicCompliance(ctx(request), query);
      if (format !== 'csv') return result;
      return sendCsv(
        reply,
        `kepatuhan-jp-${result.year}`,
        ['Unit', 'Pegawai', 'Memenuhi', 'Di bawah minimum', 'Persen memenuhi', 'Rata-rata JP'],
        result.units.map((u) => [u.unitName, u.employees, u.met, u.below, u.percentMet, u.averageJp]),
      );
    },
  );
  r.get(
    `${T}/compliance/employees`,
    {
      schema: {
        tags,
        summary:
          "Employees' JP against their minimum and mandatory programmes missing: HR (all or ?unitId), unit admins " +
          '(?unitId of their units); ?below=true, paged; ?format=csv',
        params: slugParams,
        querystring: complianceListQuerySchema,
        response: { 200: complianceListSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const list = await complianceList(ctx(request), request.query);
      if (request.query.format !== 'csv') return list;
      const { header, rows } = complianceCsv(list);
      return sendCsv(reply, `kepatuhan-jp-pegawai-${list.year}`, header, rows);
    },
  );
  r.get(
    `${T}/compliance/team`,
    {
      schema: {
        tags,
        summary: "The signed-in superior's direct subordinates: JP of the year against their minimum",
        params: slugParams,
        querystring: complianceQuerySchema,
        response: { 200: complianceListSchema, ...errorResponses },
      },
    },
    async (request) => teamCompliance(ctx(request), request.query),
  );
  r.get(
    `${T}/my/record`,
    {
      schema: {
        tags,
        summary: "The signed-in employee's year: JP against the minimum, what counted, registrations, reports, needs",
        params: slugParams,
        querystring: complianceQuerySchema,
        response: { 200: myRecordSchema, ...errorResponses },
      },
    },
    async (request) => myRecord(ctx(request), request.query),
  );
}
