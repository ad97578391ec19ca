import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { makeCtx, type Services } from '../../context';
import { NotFound } from '../../errors';
import type { ModuleManifest } from '../../module';
import { listTenants } from '../../tenancy/repository';
import { requireActor } from '../request-context';
import { errorResponses, zodApp } from '../types';

const figureSchema = z.object({
  key: z.string(),
  kind: z.enum(['count', 'percent']),
  value: z.number().nullable(),
});

export const nationalOverviewSchema = z.object({
  year: z.number().int(),
  tenants: z.array(z.object({ slug: z.string(), name: z.string(), kind: z.string(), figures: z.array(figureSchema) })),
});

/**
 * The national overview: every government of the installation side by side on the headline figures each module
 * publishes for it (complaints answered on time, performance reports on time, workforce size...). Only what the
 * tenants' portals publish anyway; for the system administrator and national viewers.
 */
export function nationalRoutes(app: FastifyInstance, services: Services, modules: ModuleManifest[]): void {
  zodApp(app).get(
    '/api/national/overview',
    {
      schema: {
        tags: ['national'],
        summary: "Every government's published headline figures for a year (national viewers)",
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
        response: { 200: nationalOverviewSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!actor.isSystemAdmin && !(await holdsNationalView(services, actor.accountId))) throw new NotFound();
      const year =
        request.query.year ??
        Number(
          new Intl.DateTimeFormat('en', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(services.clock.now()),
        );
      const tenants = await listTenants(services.db);
      return {
        year,
        tenants: await Promise.all(
          tenants.map(async (tenant) => {
            const ctx = makeCtx(services, { tenant, actor: null, lang: request.lentera.lang });
            const figures = await Promise.all(modules.map((m) => m.headlineFigures?.(ctx, year) ?? []));
            return { slug: tenant.slug, name: tenant.name, kind: tenant.kind, figures: figures.flat() };
          }),
        ),
      };
    },
  );
}

/** A national viewer holds the `national_viewer` role in a tenant; it lets them compare every government. */
async function holdsNationalView(services: Services, accountId: string): Promise<boolean> {
  const grant = await services.db
    .selectFrom('role_grants')
    .select('role')
    .where('account_id', '=', accountId)
    .where('role', '=', 'national_viewer')
    .executeTakeFirst();
  return grant !== undefined;
}
