import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Ctx, Services } from '../../../platform/context';
import { ctxOf } from '../../../platform/http/request-context';
import { type ZodApp, zodApp } from '../../../platform/http/types';

export const T = '/api/t/:slug/training';
export const tags = ['training'];
export const ok = { ok: true as const };
export const registrationParams = z.object({ slug: z.string().max(64), registrationId: z.string().max(64) });

export interface RouteKit {
  r: ZodApp;
  ctx(request: FastifyRequest): Ctx;
}

export function routeKit(app: FastifyInstance, services: Services): RouteKit {
  return { r: zodApp(app), ctx: (request) => ctxOf(services, request) };
}
