import {
  auditHeadSchema,
  tenantCreateSchema,
  tenantInfoSchema,
  tenantSchema,
  tenantUpdateSchema,
} from '@lentera/common';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { chainHead } from '../../audit/audit';
import type { Services } from '../../context';
import type { TenantCache } from '../../tenancy/cache';
import { listTenants, presentTenant } from '../../tenancy/repository';
import { createTenant, listAllTenants, updateTenantDetails } from '../../tenancy/use-cases';
import { ctxOf } from '../request-context';
import { errorResponses, slugParams, zodApp } from '../types';

const tags = ['tenants'];
const tenantList = z.object({ tenants: z.array(tenantSchema) });

export function tenantRoutes(app: FastifyInstance, services: Services, cache: TenantCache): void {
  const r = zodApp(app);

  r.get(
    '/api/tenants',
    {
      config: { public: true },
      schema: { tags, summary: 'The governments served by this installation', response: { 200: tenantList } },
    },
    async () => ({ tenants: (await listTenants(services.db)).map(presentTenant) }),
  );

  r.get(
    '/api/t/:slug',
    {
      config: { public: true },
      schema: {
        tags,
        summary: "A government's public identity and contacts, and the installation's map tile server (or null)",
        params: slugParams,
        response: { 200: tenantInfoSchema, ...errorResponses },
      },
    },
    async (request) => {
      const tiles = services.config.mapTiles;
      return {
        ...presentTenant(request.lentera.tenant!),
        mapTiles: tiles ? { url: tiles.url, attribution: tiles.attribution } : null,
      };
    },
  );

  r.get(
    '/api/t/:slug/audit/head',
    {
      config: { public: true },
      schema: {
        tags: ['audit'],
        summary: "The length and head hash of the government's audit chain",
        params: slugParams,
        response: { 200: auditHeadSchema, ...errorResponses },
      },
    },
    async (request) => {
      const tenant = request.lentera.tenant!;
      return { tenant: tenant.slug, ...(await chainHead(services.db, tenant.id)) };
    },
  );

  r.get(
    '/api/admin/tenants',
    {
      schema: { tags, summary: 'All tenants (system administrator)', response: { 200: tenantList, ...errorResponses } },
    },
    async (request) => {
      const ctx = ctxOf(services, request);
      await ctx.access.assert(ctx.actor, 'admin.tenants.manage');
      return { tenants: (await listAllTenants(ctx)).map(presentTenant) };
    },
  );

  r.post(
    '/api/admin/tenants',
    {
      schema: {
        tags,
        summary: 'Create a tenant (system administrator)',
        body: tenantCreateSchema,
        response: { 201: tenantSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const tenant = await createTenant(ctxOf(services, request), request.body);
      return reply.status(201).send(presentTenant(tenant));
    },
  );

  r.patch(
    '/api/admin/tenants/:slug',
    {
      schema: {
        tags,
        summary: 'Change a tenant (system administrator)',
        params: slugParams,
        body: tenantUpdateSchema,
        response: { 200: tenantSchema, ...errorResponses },
      },
    },
    async (request) => {
      const tenant = await updateTenantDetails(ctxOf(services, request), request.params.slug, request.body);
      cache.forget(request.params.slug);
      return presentTenant(tenant);
    },
  );
}
