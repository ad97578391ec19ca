import {
  pageOf,
  publicComplaintPageSchema,
  publicComplaintSchema,
  publicListQuerySchema,
  statsQuerySchema,
  statsSchema,
  supportConfirmSchema,
  supportInputSchema,
  supportResultSchema,
} from '@lentera/common';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Services } from '../../../platform/context';
import { errorResponses, slugParams, zodApp } from '../../../platform/http/types';
import { publicComplaintPage, publicPhoto } from '../use-cases/public-page';
import { listPublic } from '../use-cases/queries';
import { complaintStats, statsCsv } from '../use-cases/stats';
import { confirmSupport, supportComplaint } from '../use-cases/support-complaint';
import { C, ctxFor, sendFile, tags } from './shared';

const codeParams = z.object({ slug: z.string().max(64), code: z.string().max(40) });

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
        summary:
          'One published complaint by its tracking code: status, public history (no internal notes), answer, ' +
          'rating, photos, place and the "me too" count; 404 for a rahasia, merged, archived or unknown one',
        params: codeParams,
        response: { 200: publicComplaintPageSchema, ...errorResponses },
      },
    },
    async (request) => publicComplaintPage(ctx(request), request.params.code),
  );
  r.get(
    `${C}/public/:code/photos/:attachmentId`,
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'A photo of a published complaint (images only; documents stay with staff)',
        params: codeParams.extend({ attachmentId: z.string().max(64) }),
      },
    },
    async (request, reply) =>
      sendFile(reply, await publicPhoto(ctx(request), request.params.code, request.params.attachmentId)),
  );
  r.get(
    `${C}/public/:code/photos/:attachmentId/thumbnail`,
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'A small WebP of a photo of a published complaint, for lists (the photo URL + /thumbnail)',
        params: codeParams.extend({ attachmentId: z.string().max(64) }),
      },
    },
    async (request, reply) =>
      sendFile(reply, await publicPhoto(ctx(request), request.params.code, request.params.attachmentId, 'thumbnail')),
  );
  r.post(
    `${C}/public/:code/support`,
    {
      config: { public: true },
      schema: {
        tags,
        summary:
          '"Saya juga mengalami ini" (me too): counted at once for a signed-in account (once), or for a guest ' +
          'after the link mailed to the given e-mail is opened',
        params: codeParams,
        body: supportInputSchema,
        response: { 200: supportResultSchema, ...errorResponses },
      },
    },
    async (request) => supportComplaint(ctx(request), request.params.code, request.body),
  );
  r.post(
    `${C}/public/:code/support/confirm`,
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'A guest confirms their "me too" with the token of the mailed link',
        params: codeParams,
        body: supportConfirmSchema,
        response: { 200: supportResultSchema, ...errorResponses },
      },
    },
    async (request) => confirmSupport(ctx(request), request.params.code, request.body),
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
