import { pageOf, publicComplaintSchema, publicListQuerySchema, statsQuerySchema, statsSchema } from '@lentera/common';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Services } from '../../../platform/context';
import { errorResponses, slugParams, zodApp } from '../../../platform/http/types';
import { listPublic, publicComplaint } from '../use-cases/queries';
import { complaintStats, statsCsv } from '../use-cases/stats';
import { C, ctxFor, tags } from './shared';

/** The public portal: published complaints and the response statistics with their downloads. */
export function portalRoutes(app: FastifyInstance, services: Services): void {
  const r = zodApp(app);
  const ctx = ctxFor(services);

  r.get(
    `${C}/public`,
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Published complaints (never rahasia; anonim without the name), searchable and paged',
        params: slugParams,
        querystring: publicListQuerySchema,
        response: { 200: pageOf(publicComplaintSchema), ...errorResponses },
      },
    },
    async (request) => listPublic(ctx(request), request.query),
  );
  r.get(
    `${C}/public/:code`,
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'One published complaint by its tracking code',
        params: z.object({ slug: z.string().max(64), code: z.string().max(40) }),
        response: { 200: publicComplaintSchema, ...errorResponses },
      },
    },
    async (request) => publicComplaint(ctx(request), request.params.code),
  );
  r.get(
    `${C}/stats`,
    {
      config: { public: true },
      schema: {
        tags,
        summary:
          'Response statistics per unit and category for a period (received, verified, answered, share on time, ' +
          'median and p90 working days, mean rating, reopen rate); ?format=csv|json for stable downloads',
        params: slugParams,
        querystring: statsQuerySchema,
        response: { 200: statsSchema.or(z.string()), ...errorResponses },
      },
    },
    async (request, reply) => {
      const stats = await complaintStats(ctx(request), request.query);
      reply.header('cache-control', 'public, max-age=60');
      if (request.query.format === 'csv') {
        const file = `pengaduan-${request.params.slug}-${stats.from}-${stats.to}.csv`;
        return reply
          .header('content-disposition', `attachment; filename="${file}"`)
          .type('text/csv; charset=utf-8')
          .send(statsCsv(stats));
      }
      if (request.query.format === 'json')
        reply.header(
          'content-disposition',
          `attachment; filename="pengaduan-${request.params.slug}-${stats.from}-${stats.to}.json"`,
        );
      return stats;
    },
  );
}
