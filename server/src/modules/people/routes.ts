import {
  careerEntrySchema,
  correctionDecisionSchema,
  directoryEntrySchema,
  employeeCreateSchema,
  employeeDetailSchema,
  employeeListQuerySchema,
  employeeSummarySchema,
  employeeUpdateSchema,
  pageOf,
  pageQuerySchema,
  positionCreateSchema,
  positionSchema,
  positionUpdateSchema,
  unitCloseSchema,
  unitCreateSchema,
  unitMoveSchema,
  unitSchema,
  unitUpdateSchema,
  workforceStatsSchema,
} from '@lentera/common';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Services } from '../../platform/context';
import { Invalid } from '../../platform/errors';
import { sendCsv, sendXlsx } from '../../platform/http/downloads';
import { ctxOf } from '../../platform/http/request-context';
import { errorResponses, slugIdParams, slugParams, zodApp } from '../../platform/http/types';
import { templateCsv, templateXlsx } from './import-format';
import {
  correctionRequestBody,
  decideCorrection,
  listCorrections,
  myCorrections,
  requestCorrection,
} from './use-cases/corrections';
import {
  employeesForExport,
  getEmployee,
  listEmployees,
  myRecord,
  reportingLine,
  searchDirectory,
} from './use-cases/employee-queries';
import { dryRunImport, importStatus, startImport } from './use-cases/import-employees';
import { listImports } from './use-cases/list-imports';
import { createPosition, listPositions, updatePosition } from './use-cases/manage-positions';
import { closeUnit, createUnit, moveUnit, unitChanges, unitTree, updateUnit } from './use-cases/manage-units';
import { recordCareerChange } from './use-cases/record-career-change';
import { registerEmployee } from './use-cases/register-employee';
import { updateEmployee } from './use-cases/update-employee';
import { workforceStats } from './use-cases/workforce-stats';

const tags = ['people'];
const P = '/api/t/:slug/people';
const idOnly = z.object({ id: z.string() });
const rowErrorSchema = z.object({ line: z.number(), column: z.string(), value: z.string(), reason: z.string() });
const importReportSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  rows: z.number(),
  errors: z.array(rowErrorSchema),
  summary: z.object({ create: z.number(), update: z.number(), unchanged: z.number(), newPositions: z.number() }),
  status: z.string(),
});
export const IMPORT_MAX_BYTES = 25 * 1024 * 1024;

export function peopleRoutes(app: FastifyInstance, services: Services): void {
  const r = zodApp(app);
  const ctx = (request: Parameters<typeof ctxOf>[1]) => ctxOf(services, request);

  // Units and positions
  r.get(
    `${P}/units`,
    {
      schema: {
        tags,
        summary: 'The unit (OPD) tree with heads and headcounts',
        params: slugParams,
        querystring: z.object({ includeClosed: z.enum(['true', 'false']).optional() }),
        response: { 200: z.object({ items: z.array(unitSchema) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: await unitTree(ctx(request), { includeClosed: request.query.includeClosed === 'true' }),
    }),
  );
  r.post(
    `${P}/units`,
    {
      schema: {
        tags,
        summary: 'Create a unit',
        params: slugParams,
        body: unitCreateSchema,
        response: { 201: idOnly, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send({ id: (await createUnit(ctx(request), request.body)).id }),
  );
  r.patch(
    `${P}/units/:id`,
    {
      config: { recordFixture: 'unit' },
      schema: {
        tags,
        summary: 'Rename or re-code a unit',
        params: slugIdParams,
        body: unitUpdateSchema,
        response: { 200: idOnly, ...errorResponses },
      },
    },
    async (request) => ({ id: (await updateUnit(ctx(request), request.params.id, request.body)).id }),
  );
  r.post(
    `${P}/units/:id/move`,
    {
      config: { recordFixture: 'unit' },
      schema: {
        tags,
        summary: 'Move a unit under another parent',
        params: slugIdParams,
        body: unitMoveSchema,
        response: { 200: idOnly, ...errorResponses },
      },
    },
    async (request) => ({ id: (await moveUnit(ctx(request), request.params.id, request.body)).id }),
  );
  r.post(
    `${P}/units/:id/close`,
    {
      config: { recordFixture: 'unit' },
      schema: {
        tags,
        summary: 'Close a unit (refused while it has active employees)',
        params: slugIdParams,
        body: unitCloseSchema,
        response: { 200: idOnly, ...errorResponses },
      },
    },
    async (request) => ({ id: (await closeUnit(ctx(request), request.params.id, request.body)).id }),
  );
  r.get(
    `${P}/units/:id/changes`,
    {
      config: { recordFixture: 'unit' },
      schema: {
        tags,
        summary: "A unit's dated changes",
        params: slugIdParams,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                kind: z.string(),
                effectiveOn: z.string(),
                details: z.unknown(),
                recordedAt: z.string(),
                recordedBy: z.string().nullable(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => ({ items: await unitChanges(ctx(request), request.params.id) }),
  );
  r.get(
    `${P}/positions`,
    {
      schema: {
        tags,
        summary: 'Positions (jabatan), optionally of one unit',
        params: slugParams,
        querystring: z.object({ unitId: z.string().optional() }),
        response: { 200: z.object({ items: z.array(positionSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await listPositions(ctx(request), request.query.unitId) }),
  );
  r.post(
    `${P}/positions`,
    {
      schema: {
        tags,
        summary: 'Create a position in a unit',
        params: slugParams,
        body: positionCreateSchema,
        response: { 201: idOnly, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send({ id: (await createPosition(ctx(request), request.body)).id }),
  );
  r.patch(
    `${P}/positions/:id`,
    {
      config: { recordFixture: 'position' },
      schema: {
        tags,
        summary: 'Edit a position: name, kind, class, quota or heading the unit',
        params: slugIdParams,
        body: positionUpdateSchema,
        response: { 200: idOnly, ...errorResponses },
      },
    },
    async (request) => ({ id: (await updatePosition(ctx(request), request.params.id, request.body)).id }),
  );

  // Employees
  r.get(
    `${P}/employees`,
    {
      schema: {
        tags,
        summary: 'Search employees (server-side paging and sorting)',
        params: slugParams,
        querystring: employeeListQuerySchema,
        response: { 200: pageOf(employeeSummarySchema), ...errorResponses },
      },
    },
    async (request) => listEmployees(ctx(request), request.query),
  );
  r.get(
    `${P}/employees/export`,
    {
      schema: {
        tags,
        summary: 'The current filter as CSV or XLSX',
        params: slugParams,
        querystring: employeeListQuerySchema.extend({ format: z.enum(['csv', 'xlsx']).default('csv') }),
      },
    },
    async (request, reply) => {
      const rows = await employeesForExport(ctx(request), request.query);
      const header = [
        'NIP',
        'Nama',
        'Status',
        'Golongan',
        'Jabatan',
        'Jenis jabatan',
        'Unit',
        'Jenis kelamin',
        'Tanggal lahir',
        'Pendidikan',
      ];
      const data = rows.map((e) => [
        e.nip,
        e.displayName,
        e.status,
        e.rank ?? '',
        e.positionName ?? '',
        e.positionKind ?? '',
        e.unitName ?? '',
        e.sex === 'male' ? 'L' : 'P',
        e.birthDate,
        e.educationLevel ?? '',
      ]);
      const name = `pegawai-${request.params.slug}`;
      return request.query.format === 'xlsx'
        ? sendXlsx(reply, name, 'Pegawai', header, data)
        : sendCsv(reply, name, header, data);
    },
  );
  r.post(
    `${P}/employees`,
    {
      schema: {
        tags,
        summary: 'Register an employee',
        params: slugParams,
        body: employeeCreateSchema,
        response: { 201: idOnly, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send({ id: (await registerEmployee(ctx(request), request.body)).id }),
  );
  r.get(
    `${P}/employees/:id`,
    {
      config: { recordFixture: 'employee' },
      schema: {
        tags,
        summary: 'An employee with career history',
        params: slugIdParams,
        response: { 200: employeeDetailSchema, ...errorResponses },
      },
    },
    async (request) => getEmployee(ctx(request), request.params.id),
  );
  r.patch(
    `${P}/employees/:id`,
    {
      config: { recordFixture: 'employee' },
      schema: {
        tags,
        summary: 'Edit personal data (send the version you read)',
        params: slugIdParams,
        body: employeeUpdateSchema,
        response: { 200: employeeDetailSchema, ...errorResponses },
      },
    },
    async (request) => {
      await updateEmployee(ctx(request), request.params.id, request.body);
      return getEmployee(ctx(request), request.params.id);
    },
  );
  r.post(
    `${P}/employees/:id/career`,
    {
      config: { recordFixture: 'employee' },
      schema: {
        tags,
        summary: 'Record a dated career change with its SK',
        params: slugIdParams,
        body: careerEntrySchema,
        response: { 201: employeeDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      await recordCareerChange(ctx(request), request.params.id, request.body);
      return reply.status(201).send(await getEmployee(ctx(request), request.params.id));
    },
  );
  r.get(
    `${P}/employees/:id/reporting-line`,
    {
      config: { recordFixture: 'employee' },
      schema: {
        tags,
        summary: 'The reporting line up to the head of the region',
        params: slugIdParams,
        response: { 200: z.object({ items: z.array(directoryEntrySchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await reportingLine(ctx(request), request.params.id) }),
  );
  r.get(
    `${P}/directory`,
    {
      schema: {
        tags,
        summary: 'Internal directory: name, position, unit',
        params: slugParams,
        querystring: pageQuerySchema.extend({ q: z.string().max(100).optional(), unitId: z.string().optional() }),
        response: { 200: pageOf(directoryEntrySchema), ...errorResponses },
      },
    },
    async (request) => searchDirectory(ctx(request), request.query),
  );

  // Self-service
  r.get(
    `${P}/me`,
    {
      schema: {
        tags,
        summary: 'My own record and history',
        params: slugParams,
        response: { 200: employeeDetailSchema, ...errorResponses },
      },
    },
    async (request) => myRecord(ctx(request)),
  );
  const correctionSchema = z.object({
    id: z.string(),
    employeeId: z.string(),
    employeeName: z.string(),
    employeeNip: z.string(),
    changes: z.record(z.string(), z.string().nullable()),
    reason: z.string(),
    status: z.string(),
    requestedAt: z.string(),
    decidedAt: z.string().nullable(),
    decisionNote: z.string().nullable(),
  });
  r.get(
    `${P}/me/corrections`,
    {
      schema: {
        tags,
        summary: 'My correction requests',
        params: slugParams,
        response: { 200: z.object({ items: z.array(correctionSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await myCorrections(ctx(request)) }),
  );
  r.post(
    `${P}/me/corrections`,
    {
      schema: {
        tags,
        summary: 'Ask BKPSDM to correct my record',
        params: slugParams,
        body: correctionRequestBody,
        response: { 201: z.object({ id: z.string(), status: z.string() }), ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await requestCorrection(ctx(request), request.body)),
  );
  r.get(
    `${P}/corrections`,
    {
      schema: {
        tags,
        summary: 'Correction requests to decide',
        params: slugParams,
        querystring: z.object({ status: z.enum(['pending', 'approved', 'rejected']).optional() }),
        response: { 200: z.object({ items: z.array(correctionSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await listCorrections(ctx(request), request.query.status) }),
  );
  r.post(
    `${P}/corrections/:id/decision`,
    {
      config: { recordFixture: 'correction' },
      schema: {
        tags,
        summary: 'Approve or reject a correction',
        params: slugIdParams,
        body: correctionDecisionSchema,
        response: { 200: z.object({ id: z.string(), status: z.string() }), ...errorResponses },
      },
    },
    async (request) => decideCorrection(ctx(request), request.params.id, request.body),
  );

  // Import
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
      schema: {
        tags,
        summary: 'Upload a CSV or XLSX file: dry run, nothing is imported',
        params: slugParams,
        consumes: ['multipart/form-data'],
        response: { 201: importReportSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await request.file({ limits: { fileSize: IMPORT_MAX_BYTES } });
      if (!file) throw new Invalid('import_no_file');
      const buffer = await file.toBuffer();
      return reply.status(201).send(await dryRunImport(ctx(request), file.filename, buffer));
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

  // Public
  r.get(
    '/api/t/:slug/workforce/stats',
    {
      config: { public: true },
      schema: {
        tags: ['public'],
        summary: 'Public workforce statistics (no private field)',
        params: slugParams,
        querystring: z.object({ format: z.enum(['json', 'csv']).default('json') }),
        response: { 200: workforceStatsSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const stats = await workforceStats(ctx(request));
      reply.header('cache-control', 'public, max-age=60');
      if (request.query.format === 'csv') {
        const rows: Array<Array<string | number>> = [];
        for (const [dimension, values] of Object.entries({
          status: stats.byStatus,
          golongan: stats.byRankGroup,
          pendidikan: stats.byEducation,
          jenis_kelamin: stats.bySex,
          kelompok_umur: stats.byAgeBand,
        }))
          for (const [k, n] of Object.entries(values)) rows.push([dimension, k, n]);
        for (const u of stats.units) rows.push(['unit', u.name, u.headcount]);
        return sendCsv(
          reply,
          `statistik-pegawai-${stats.tenant}-${stats.asOf}`,
          ['dimensi', 'kategori', 'jumlah'],
          rows,
        );
      }
      return stats;
    },
  );
}
