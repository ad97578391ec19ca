import {
  careerEntrySchema,
  directoryEntrySchema,
  employeeCreateSchema,
  employeeDetailSchema,
  employeeListQuerySchema,
  employeeSummarySchema,
  employeeUpdateSchema,
  pageOf,
  pageQuerySchema,
} from '@lentera/common';
import { z } from 'zod';
import { sendXlsx } from '../../../platform/http/downloads';
import { errorResponses, slugIdParams, slugParams, type ZodApp } from '../../../platform/http/types';
import { EXPORT_HEADER, employeesCsv, exportCells } from '../export-format';
import {
  employeesForExport,
  getEmployee,
  listEmployees,
  reportingLine,
  searchDirectory,
} from '../use-cases/employee-queries';
import { recordCareerChange } from '../use-cases/record-career-change';
import { registerEmployee } from '../use-cases/register-employee';
import { updateEmployee } from '../use-cases/update-employee';
import { idOnly, P, type RequestCtx, tags } from './shared';

/** Employees: search, export, register, edit, career changes, reporting line and directory. */
export function employeeRoutes(r: ZodApp, ctx: RequestCtx): void {
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
      const name = `pegawai-${request.params.slug}`;
      if (request.query.format === 'xlsx') return sendXlsx(reply, name, 'Pegawai', EXPORT_HEADER, exportCells(rows));
      return reply
        .header('content-disposition', `attachment; filename="${name}.csv"`)
        .type('text/csv; charset=utf-8')
        .send(employeesCsv(rows));
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
}
