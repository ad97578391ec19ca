import { errorBodySchema } from '@lentera/common';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';

export type App = ReturnType<FastifyInstance['withTypeProvider']> & FastifyInstance;
export type ZodApp = ReturnType<typeof zodApp>;
export const zodApp = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();

/** Error responses documented in OpenAPI for every route. */
export const errorResponses = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  429: errorBodySchema,
};
export const slugParams = z.object({ slug: z.string().max(64) });
export const slugIdParams = z.object({ slug: z.string().max(64), id: z.string().max(64) });
export const okSchema = z.object({ ok: z.literal(true) });
