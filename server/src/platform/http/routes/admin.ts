import {
  auditActionsSchema,
  auditLogEntrySchema,
  auditVerifySchema,
  grantRoleBodySchema,
  holidayCreateSchema,
  holidaySchema,
  pageOf,
  pageQuerySchema,
  roleGrantSchema,
} from '@lentera/common';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { grantRole, listRoleGrants, revokeRole } from '../../access/use-cases';
import type { AuditCatalog } from '../../audit/catalog';
import { listAuditActions, listAuditEntries, verifyTenantChain } from '../../audit/use-cases';
import { addLocalHoliday, listHolidays, removeLocalHoliday } from '../../calendar/use-cases';
import type { Services } from '../../context';
import { ctxOf } from '../request-context';
import { errorResponses, slugIdParams, slugParams, zodApp } from '../types';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export function adminRoutes(app: FastifyInstance, services: Services, auditCatalog: AuditCatalog): void {
  const r = zodApp(app);

  r.get(
    '/api/t/:slug/admin/roles',
    {
      schema: {
        tags: ['access'],
        summary: 'Role grants in this tenant',
        params: slugParams,
        querystring: pageQuerySchema.extend({ q: z.string().max(100).optional(), role: z.string().max(40).optional() }),
        response: { 200: pageOf(roleGrantSchema), ...errorResponses },
      },
    },
    async (request) => listRoleGrants(ctxOf(services, request), request.query),
  );

  r.post(
    '/api/t/:slug/admin/roles',
    {
      schema: {
        tags: ['access'],
        summary: 'Grant a role (optionally on a unit and its sub-units)',
        params: slugParams,
        body: grantRoleBodySchema,
        response: { 201: roleGrantSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await grantRole(ctxOf(services, request), request.body)),
  );

  r.delete(
    '/api/t/:slug/admin/roles/:id',
    {
      config: { recordFixture: 'roleGrant' },
      schema: {
        tags: ['access'],
        summary: 'Revoke a role grant',
        params: slugIdParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await revokeRole(ctxOf(services, request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/t/:slug/admin/holidays',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Holidays of a year: national, joint leave and local',
        params: slugParams,
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
        response: { 200: z.object({ items: z.array(holidaySchema), listed: z.boolean() }), ...errorResponses },
      },
    },
    async (request) => listHolidays(ctxOf(services, request), request.query.year),
  );

  r.post(
    '/api/t/:slug/admin/holidays',
    {
      schema: {
        tags: ['calendar'],
        summary: 'Add a local holiday',
        params: slugParams,
        body: holidayCreateSchema,
        response: { 201: holidaySchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await addLocalHoliday(ctxOf(services, request), request.body)),
  );

  r.delete(
    '/api/t/:slug/admin/holidays/:id',
    {
      config: { recordFixture: 'localHoliday' },
      schema: {
        tags: ['calendar'],
        summary: 'Remove a local holiday',
        params: slugIdParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await removeLocalHoliday(ctxOf(services, request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/t/:slug/admin/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Audit log entries, newest first',
        params: slugParams,
        querystring: pageQuerySchema.extend({
          action: z.string().max(100).optional(),
          from: isoDate.optional(),
          to: isoDate.optional(),
        }),
        response: { 200: pageOf(auditLogEntrySchema), ...errorResponses },
      },
    },
    async (request) => listAuditEntries(ctxOf(services, request), auditCatalog, request.query),
  );

  r.get(
    '/api/t/:slug/admin/audit/actions',
    {
      schema: {
        tags: ['audit'],
        summary: 'The audit actions of this installation with their labels (for the log filter)',
        params: slugParams,
        response: { 200: auditActionsSchema, ...errorResponses },
      },
    },
    async (request) => listAuditActions(ctxOf(services, request), auditCatalog),
  );

  r.get(
    '/api/t/:slug/admin/audit/verify',
    {
      schema: {
        tags: ['audit'],
        summary: 'Walk the audit chain and name the first broken entry',
        params: slugParams,
        response: { 200: auditVerifySchema, ...errorResponses },
      },
    },
    async (request) => verifyTenantChain(ctxOf(services, request)),
  );
}
