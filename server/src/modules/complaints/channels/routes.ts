import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Services } from '../../../platform/context';
import { ctxOf } from '../../../platform/http/request-context';
import { errorResponses, slugIdParams, slugParams, zodApp } from '../../../platform/http/types';
import {
  createdOpen311KeySchema,
  createOpen311Key,
  listOpen311Keys,
  open311KeyInputSchema,
  open311KeySchema,
  revokeOpen311Key,
} from './open311/keys';
import { open311Routes } from './open311/routes';
import { telegramRoutes } from './telegram/routes';

const tags = ['complaints'];
const KEYS = '/api/t/:slug/complaints/open311-keys';

/** The channels' routes: Open311 itself, its API keys (tenant admin), and the Telegram webhook and settings. */
export function channelsRoutes(app: FastifyInstance, services: Services): void {
  const r = zodApp(app);
  const ctx = (request: FastifyRequest) => ctxOf(services, request);

  r.get(
    KEYS,
    {
      schema: {
        tags,
        summary: 'Open311 API keys of the government (tenant admin); the keys themselves are never shown again',
        params: slugParams,
        response: { 200: z.object({ items: z.array(open311KeySchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await listOpen311Keys(ctx(request)) }),
  );
  r.post(
    KEYS,
    {
      schema: {
        tags,
        summary: 'Make an Open311 API key for a client app (tenant admin); the answer holds the key, once',
        params: slugParams,
        body: open311KeyInputSchema,
        response: { 201: createdOpen311KeySchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await createOpen311Key(ctx(request), request.body)),
  );
  r.delete(
    `${KEYS}/:id`,
    {
      config: { recordFixture: 'open311Key' },
      schema: {
        tags,
        summary: 'Revoke an Open311 API key (tenant admin)',
        params: slugIdParams,
        response: { 200: open311KeySchema, ...errorResponses },
      },
    },
    async (request) => revokeOpen311Key(ctx(request), request.params.id),
  );

  open311Routes(app, services);
  telegramRoutes(app, services);
}
