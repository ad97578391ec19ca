import { skpYearSchema } from '@lentera/common';
import { z } from 'zod';
import type { Services } from '../../../platform/context';
import { ctxOf } from '../../../platform/http/request-context';
import type { zodApp } from '../../../platform/http/types';

export const tags = ['performance'];
export const P = '/api/t/:slug/performance';
export const yearQuery = z.object({ year: skpYearSchema });
/** Without them: this year, and the period running today (in the tenant's time zone). */
export const periodQuery = z.object({
  year: skpYearSchema.optional(),
  periodIndex: z.coerce.number().int().min(1).max(12).optional(),
});
export const optionalYearQuery = z.object({ year: skpYearSchema.optional() });
export const idOnly = z.object({ id: z.string() });
// Actions only the record's appraiser or its employee may take name their parameter, so the generated
// cross-tenant test (whose control is a tenant admin) does not expect an admin to succeed; their tenant
// isolation is tested in the module's own route tests.
export const reportParams = z.object({ slug: z.string().max(64), reportId: z.string().max(64) });
export const planParams = z.object({ slug: z.string().max(64), planId: z.string().max(64) });
export const annualParams = z.object({ slug: z.string().max(64), annualId: z.string().max(64) });
export const employeeParams = z.object({ slug: z.string().max(64), employeeId: z.string().max(64) });
export const yearParams = z.object({ slug: z.string().max(64), year: skpYearSchema });

/** What every route file gets: the typed app and the request's context. */
export interface RouteKit {
  r: ReturnType<typeof zodApp>;
  ctx: (request: Parameters<typeof ctxOf>[1]) => ReturnType<typeof ctxOf>;
}

export function routeKit(services: Services, r: RouteKit['r']): RouteKit {
  return { r, ctx: (request) => ctxOf(services, request) };
}
