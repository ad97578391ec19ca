import { workforceStatsSchema } from '@lentera/common';
import { z } from 'zod';
import { sendCsv } from '../../../platform/http/downloads';
import { errorResponses, slugParams, type ZodApp } from '../../../platform/http/types';
import { workforceStats } from '../use-cases/workforce-stats';
import type { RequestCtx } from './shared';

/** Public: the workforce statistics (no session, no private field). */
export function publicRoutes(r: ZodApp, ctx: RequestCtx): void {
  r.get(
    '/api/t/:slug/workforce/stats',
    {
      config: { public: true },
      schema: {
        tags: ['public'],
        summary: 'Public workforce statistics (no private field)',
        params: slugParams,
        querystring: z.object({ format: z.enum(['json', 'csv']).default('json') }),
        response: { 200: workforceStatsSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const stats = await workforceStats(ctx(request));
      reply.header('cache-control', 'public, max-age=60');
      if (request.query.format === 'csv') {
        const rows: Array<Array<string | number>> = [];
        for (const [dimension, values] of Object.entries({
          status: stats.byStatus,
          golongan: stats.byRankGroup,
          pendidikan: stats.byEducation,
          jenis_kelamin: stats.bySex,
          kelompok_umur: stats.byAgeBand,
        }))
          for (const [k, n] of Object.entries(values)) rows.push([dimension, k, n]);
        for (const u of stats.units) rows.push(['unit', u.name, u.headcount]);
        return sendCsv(
          reply,
          `statistik-pegawai-${stats.tenant}-${stats.asOf}`,
          ['dimensi', 'kategori', 'jumlah'],
          rows,
        );
      }
      return stats;
    },
  );
}
