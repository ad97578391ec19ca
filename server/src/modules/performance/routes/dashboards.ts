import {
  PREDIKAT_LABELS,
  PREDIKATS,
  performanceDashboardSchema,
  performanceHistorySchema,
  publishedPerformanceSchema,
  reviewInboxItemSchema,
  skpYearSchema,
  teamStatusSchema,
} from '@lentera/common';
import { z } from 'zod';
import { sendCsv, sendXlsx } from '../../../platform/http/downloads';
import { errorResponses, slugIdParams, slugParams } from '../../../platform/http/types';
import { employeeHistory, myHistory, publishedResults, unitDashboard, unitMembers } from '../use-cases/dashboards';
import { reviewInbox, teamStatus } from '../use-cases/review-inbox';
import { P, periodQuery, type RouteKit, tags } from './shared';

/** Inbox, team, dashboards, history, and the public results. */
export function dashboardRoutes({ r, ctx }: RouteKit): void {
  r.get(
    `${P}/inbox`,
    {
      schema: {
        tags,
        summary: "The appraiser's review inbox",
        params: slugParams,
        response: { 200: z.object({ items: z.array(reviewInboxItemSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await reviewInbox(ctx(request)) }),
  );
  r.get(
    `${P}/team`,
    {
      schema: {
        tags,
        summary: "The supervisor's team status for a period",
        params: slugParams,
        querystring: periodQuery,
        response: { 200: teamStatusSchema, ...errorResponses },
      },
    },
    async (request) => teamStatus(ctx(request), request.query),
  );
  r.get(
    `${P}/dashboard`,
    {
      schema: {
        tags,
        summary:
          'Per unit: submissions and reviews on time, late, missing; predikat distribution (XLSX with format=xlsx)',
        params: slugParams,
        querystring: z.object({
          /** Default: the current year in the tenant's time zone. */
          year: skpYearSchema.optional(),
          periodIndex: z.coerce.number().int().min(1).max(12).optional(),
          format: z.enum(['json', 'xlsx']).default('json'),
        }),
        response: { 200: performanceDashboardSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const data = await unitDashboard(ctx(request), request.query.year, request.query.periodIndex);
      if (request.query.format !== 'xlsx') return data;
      const header = [
        'Unit',
        'Pegawai',
        'Wajib lapor',
        'Tepat waktu',
        'Terlambat',
        'Tidak lapor',
        'Dinilai tepat waktu',
        'Dinilai terlambat',
        'Menunggu penilaian',
        ...PREDIKATS.map((p) => PREDIKAT_LABELS[p]),
      ];
      const rows = data.units.map((u) => [
        u.unitName,
        u.employees,
        u.submissions.expected,
        u.submissions.onTime,
        u.submissions.late,
        u.submissions.missing,
        u.submissions.reviewedOnTime,
        u.submissions.reviewedLate,
        u.submissions.awaitingReview,
        ...PREDIKATS.map((p) => u.predikat[p]),
      ]);
      const suffix = request.query.periodIndex ? `-${request.query.periodIndex}` : '';
      return sendXlsx(reply, `kinerja-${data.year}${suffix}`, 'Kinerja', header, rows);
    },
  );
  r.get(
    `${P}/dashboard/units/:id`,
    {
      config: { recordFixture: 'unit' },
      schema: {
        tags,
        summary: "Drill-down: a unit's employees for a period",
        params: slugIdParams,
        querystring: periodQuery,
        response: { 200: teamStatusSchema, ...errorResponses },
      },
    },
    async (request) => unitMembers(ctx(request), request.params.id, request.query),
  );
  r.get(
    `${P}/me/history`,
    {
      schema: {
        tags,
        summary: "The employee's own plans, reports and predikat over the years",
        params: slugParams,
        response: { 200: performanceHistorySchema, ...errorResponses },
      },
    },
    async (request) => myHistory(ctx(request)),
  );
  r.get(
    `${P}/employees/:id/history`,
    {
      config: { recordFixture: 'employee' },
      schema: {
        tags,
        summary: "An employee's performance history",
        params: slugIdParams,
        response: { 200: performanceHistorySchema, ...errorResponses },
      },
    },
    async (request) => employeeHistory(ctx(request), request.params.id),
  );

  // Public
  r.get(
    `${P}/published`,
    {
      config: { public: true },
      schema: {
        tags: ['public'],
        summary:
          'PublishedPerformance results per unit: evaluated, predikat distribution in percent, on-time rate (never individuals)',
        params: slugParams,
        // Without a year: the current year in the tenant's time zone (the latest opened before it, if not yet open).
        querystring: z.object({ year: skpYearSchema.optional(), format: z.enum(['json', 'csv']).default('json') }),
        response: { 200: publishedPerformanceSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const data = await publishedResults(ctx(request), request.query.year);
      reply.header('cache-control', 'public, max-age=60');
      if (request.query.format === 'csv') {
        const rows = [...data.units, { unitId: '', unitName: 'Total', ...data.total }].map((u) => [
          u.unitName,
          u.evaluated,
          ...PREDIKATS.map((p) => u.distributionPercent[p]),
          u.onTimeRate,
        ]);
        return sendCsv(
          reply,
          `hasil-kinerja-${data.tenant}-${data.year}`,
          ['unit', 'dinilai', ...PREDIKATS.map((p) => `persen_${p}`), 'persen_lapor_tepat_waktu'],
          rows,
        );
      }
      return data;
    },
  );
}
