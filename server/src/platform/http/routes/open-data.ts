import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { lastChangeAt } from '../../audit/audit';
import type { Services } from '../../context';
import { NotFound } from '../../errors';
import type { ModuleManifest } from '../../module';
import { findTenantBySlug } from '../../tenancy/repository';
import { errorResponses, slugParams, zodApp } from '../types';

const datasetSchema = z.object({
  id: z.string(),
  module: z.string(),
  title: z.object({ id: z.string(), en: z.string() }),
  description: z.object({ id: z.string(), en: z.string() }),
  distributions: z.array(z.object({ format: z.enum(['csv', 'json']), url: z.string(), period: z.string() })).min(1),
  /** How often it changes: `continuous` (computed from live records at each download), `daily` or `yearly`. */
  updated: z.enum(['continuous', 'daily', 'yearly']),
  /** When the records behind it last changed (ISO-8601 UTC), from the audit log; null when they never did. */
  modified: z.string().nullable(),
  licence: z.string(),
});

export const openDataCatalogSchema = z.object({
  tenant: z.object({ slug: z.string(), name: z.string() }),
  datasets: z.array(datasetSchema),
});

/**
 * The tenant's open-data catalog: every dataset the modules publish (their manifest's `openData`), with
 * absolute, stable CSV and JSON URLs, for people and harvesters alike.
 */
export function openDataRoutes(app: FastifyInstance, services: Services, modules: ModuleManifest[]): void {
  zodApp(app).get(
    '/api/t/:slug/open-data',
    {
      config: { public: true },
      schema: {
        tags: ['open-data'],
        summary: 'The open-data catalog of a government: datasets with stable CSV and JSON download URLs',
        params: slugParams,
        response: { 200: openDataCatalogSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const tenant = await findTenantBySlug(services.db, request.params.slug);
      if (!tenant) throw new NotFound('tenant_not_found', { slug: request.params.slug });
      const year = Number(
        new Intl.DateTimeFormat('en', { timeZone: tenant.timeZone, year: 'numeric' }).format(services.clock.now()),
      );
      const base = services.config.publicUrl;
      const perModule = await Promise.all(
        modules.map(async (m) =>
          (m.openData ? await m.openData(tenant, year, services) : []).map((d) => ({ ...d, module: m.name })),
        ),
      );
      const datasets = perModule.flat();
      reply.header('cache-control', 'public, max-age=60');
      return {
        tenant: { slug: tenant.slug, name: tenant.name },
        datasets: await Promise.all(
          datasets.map(async ({ changesWith, ...d }) => ({
            ...d,
            distributions: d.distributions.map((x) => ({ ...x, url: `${base}${x.url}` })),
            modified: await lastChangeAt(services.db, tenant.id, changesWith),
          })),
        ),
      };
    },
  );
}
