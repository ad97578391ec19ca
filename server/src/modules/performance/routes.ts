import {
  actingCreateSchema,
  actingSchema,
  annualObjectionDecisionSchema,
  annualObjectionSchema,
  annualRateSchema,
  annualSchema,
  coachingSchema,
  coachingUpdateSchema,
  disciplineReferralSchema,
  distributionWarningSchema,
  PREDIKAT_LABELS,
  PREDIKATS,
  performanceDashboardSchema,
  performanceHistorySchema,
  performanceSettingsSchema,
  performanceYearSchema,
  planContentInputSchema,
  planDecisionSchema,
  planSchema,
  publishedPerformanceSchema,
  reportReopenSchema,
  reportReviewSchema,
  reportSaveSchema,
  reportSchema,
  reviewContextSchema,
  reviewInboxItemSchema,
  skpYearSchema,
  teamStatusSchema,
  unitPredikatSchema,
} from '@lentera/common';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Services } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import { sendCsv, sendXlsx } from '../../platform/http/downloads';
import { ctxOf } from '../../platform/http/request-context';
import { errorResponses, okSchema, slugIdParams, slugParams, zodApp } from '../../platform/http/types';
import { actorEmployee } from './support';
import {
  appointActing,
  closeYear,
  endActing,
  getSettings,
  listActing,
  listYears,
  openYear,
  setUnitPredikat,
  updateSettings,
} from './use-cases/administer';
import {
  acknowledgeAnnual,
  annualContext,
  confirmAnnual,
  decideObjection,
  getAnnual,
  objectAnnual,
  rateAnnual,
} from './use-cases/annual';
import {
  employeeHistory,
  myHistory,
  publishedResults,
  reviewInbox,
  teamStatus,
  unitDashboard,
  unitMembers,
} from './use-cases/dashboards';
import { awardCandidates, listCoaching, referForDiscipline, updateCoaching } from './use-cases/follow-up';
import { decidePlan, getPlan, myPlan, savePlan, submitPlan } from './use-cases/plans';
import {
  getReport,
  myReports,
  reopenReport,
  reviewContext,
  reviewReport,
  saveReport,
  submitReport,
} from './use-cases/reports';

const tags = ['performance'];
const P = '/api/t/:slug/performance';
const yearQuery = z.object({ year: skpYearSchema });
/** Without them: this year, and the period running today (in the tenant's time zone). */
const periodQuery = z.object({
  year: skpYearSchema.optional(),
  periodIndex: z.coerce.number().int().min(1).max(12).optional(),
});
const optionalYearQuery = z.object({ year: skpYearSchema.optional() });
const idOnly = z.object({ id: z.string() });
// Actions only the record's appraiser or its employee may take name their parameter, so the generated
// cross-tenant test (whose control is a tenant admin) does not expect an admin to succeed; their tenant
// isolation is tested in the module's own route tests.
const reportParams = z.object({ slug: z.string().max(64), reportId: z.string().max(64) });
const planParams = z.object({ slug: z.string().max(64), planId: z.string().max(64) });
const annualParams = z.object({ slug: z.string().max(64), annualId: z.string().max(64) });
const employeeParams = z.object({ slug: z.string().max(64), employeeId: z.string().max(64) });
const yearParams = z.object({ slug: z.string().max(64), year: skpYearSchema });

export function performanceRoutes(app: FastifyInstance, services: Services): void {
  const r = zodApp(app);
  const ctx = (request: Parameters<typeof ctxOf>[1]) => ctxOf(services, request);

  // Settings, years, acting appraisers, organisational predikat (hr_admin)
  r.get(
    `${P}/settings`,
    {
      schema: {
        tags,
        summary: 'Period kind and deadlines of the tenant',
        params: slugParams,
        response: { 200: performanceSettingsSchema, ...errorResponses },
      },
    },
    async (request) => getSettings(ctx(request)),
  );
  r.put(
    `${P}/settings`,
    {
      schema: {
        tags,
        summary: 'Change the period kind and deadlines (hr_admin)',
        params: slugParams,
        body: performanceSettingsSchema,
        response: { 200: performanceSettingsSchema, ...errorResponses },
      },
    },
    async (request) => updateSettings(ctx(request), request.body),
  );
  r.get(
    `${P}/years`,
    {
      schema: {
        tags,
        summary: 'Performance years with their periods and deadlines',
        params: slugParams,
        response: { 200: z.object({ items: z.array(performanceYearSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await listYears(ctx(request)) }),
  );
  r.post(
    `${P}/years`,
    {
      schema: {
        tags,
        summary: 'Open a performance year (hr_admin)',
        params: slugParams,
        body: yearQuery,
        response: { 201: performanceYearSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await openYear(ctx(request), request.body.year)),
  );
  r.post(
    `${P}/years/:year/close`,
    {
      schema: {
        tags,
        summary: 'Close a performance year (hr_admin)',
        params: yearParams,
        response: { 200: performanceYearSchema, ...errorResponses },
      },
    },
    async (request) => closeYear(ctx(request), request.params.year),
  );
  r.get(
    `${P}/acting`,
    {
      schema: {
        tags,
        summary: 'Acting appraisers',
        params: slugParams,
        response: { 200: z.object({ items: z.array(actingSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await listActing(ctx(request)) }),
  );
  r.post(
    `${P}/acting`,
    {
      schema: {
        tags,
        summary: 'Name an acting appraiser for a date range (hr_admin)',
        params: slugParams,
        body: actingCreateSchema,
        response: { 201: idOnly, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await appointActing(ctx(request), request.body)),
  );
  r.delete(
    `${P}/acting/:id`,
    {
      config: { recordFixture: 'performanceActing' },
      schema: {
        tags,
        summary: 'Remove an acting appointment (hr_admin)',
        params: slugIdParams,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => {
      await endActing(ctx(request), request.params.id);
      return { ok: true as const };
    },
  );
  r.put(
    `${P}/unit-predikat`,
    {
      schema: {
        tags,
        summary: "Set a unit's organisational predikat for a year (hr_admin)",
        params: slugParams,
        body: unitPredikatSchema,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => {
      await setUnitPredikat(ctx(request), request.body);
      return { ok: true as const };
    },
  );

  // SKP plans
  r.get(
    `${P}/me/plan`,
    {
      schema: {
        tags,
        summary: "The employee's own plan for a year, and the superior's RHK to cascade from",
        params: slugParams,
        querystring: yearQuery,
        response: {
          200: z.object({
            plan: planSchema.nullable(),
            superiorRhk: z.array(z.object({ id: z.string(), text: z.string() })),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => myPlan(ctx(request), request.query.year),
  );
  r.put(
    `${P}/plans`,
    {
      schema: {
        tags,
        summary:
          'Draft or edit a plan (own; hr_admin for any employee). Editing a returned or approved plan starts a new version',
        params: slugParams,
        body: z.object({
          employeeId: z.string().max(64).optional(),
          year: skpYearSchema,
          content: planContentInputSchema,
        }),
        response: { 200: planSchema, ...errorResponses },
      },
    },
    async (request) => {
      const c = ctx(request);
      const employeeId = request.body.employeeId ?? (await actorEmployee(c))?.id;
      if (!employeeId) throw new NotFound();
      return savePlan(c, employeeId, request.body);
    },
  );
  r.get(
    `${P}/plans/:id`,
    {
      config: { recordFixture: 'performancePlan' },
      schema: {
        tags,
        summary: 'A plan with every version',
        params: slugIdParams,
        response: { 200: planSchema, ...errorResponses },
      },
    },
    async (request) => getPlan(ctx(request), request.params.id),
  );
  r.post(
    `${P}/plans/:id/submit`,
    {
      config: { recordFixture: 'performancePlan' },
      schema: {
        tags,
        summary: 'Submit the plan to the appraiser',
        params: slugIdParams,
        response: { 200: planSchema, ...errorResponses },
      },
    },
    async (request) => submitPlan(ctx(request), request.params.id),
  );
  r.post(
    `${P}/plans/:planId/decision`,
    {
      schema: {
        tags,
        summary: 'Approve or return a submitted plan (appraiser)',
        params: planParams,
        body: planDecisionSchema,
        response: { 200: planSchema, ...errorResponses },
      },
    },
    async (request) => decidePlan(ctx(request), request.params.planId, request.body),
  );

  // Periodic reports
  r.get(
    `${P}/me/reports`,
    {
      schema: {
        tags,
        summary: "The employee's own reports of a year",
        params: slugParams,
        querystring: yearQuery,
        response: { 200: z.object({ items: z.array(reportSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await myReports(ctx(request), request.query.year) }),
  );
  r.put(
    `${P}/reports`,
    {
      schema: {
        tags,
        summary: "Save the employee's report for a period as a draft",
        params: slugParams,
        body: reportSaveSchema,
        response: { 200: reportSchema, ...errorResponses },
      },
    },
    async (request) => saveReport(ctx(request), request.body),
  );
  r.get(
    `${P}/reports/:id`,
    {
      config: { recordFixture: 'performanceReport' },
      schema: {
        tags,
        summary: 'A report with every round',
        params: slugIdParams,
        response: { 200: reportSchema, ...errorResponses },
      },
    },
    async (request) => getReport(ctx(request), request.params.id),
  );
  r.post(
    `${P}/reports/:reportId/submit`,
    {
      schema: {
        tags,
        summary: 'Submit (or resubmit) the report (the employee)',
        params: reportParams,
        response: { 200: reportSchema, ...errorResponses },
      },
    },
    async (request) => submitReport(ctx(request), request.params.reportId),
  );
  r.post(
    `${P}/reports/:reportId/review`,
    {
      schema: {
        tags,
        summary: 'Approve with ratings, or return with feedback (appraiser)',
        params: reportParams,
        body: reportReviewSchema,
        response: { 200: reportSchema, ...errorResponses },
      },
    },
    async (request) => reviewReport(ctx(request), request.params.reportId, request.body),
  );
  r.get(
    `${P}/reports/:reportId/context`,
    {
      schema: {
        tags,
        summary: 'Complaints about the employee in the period (appraiser)',
        params: reportParams,
        response: { 200: reviewContextSchema, ...errorResponses },
      },
    },
    async (request) => reviewContext(ctx(request), request.params.reportId),
  );
  r.post(
    `${P}/reports/:id/reopen`,
    {
      config: { recordFixture: 'performanceReport' },
      schema: {
        tags,
        summary: 'Reopen an approved report (appraiser or hr_admin; audited)',
        params: slugIdParams,
        body: reportReopenSchema,
        response: { 200: reportSchema, ...errorResponses },
      },
    },
    async (request) => reopenReport(ctx(request), request.params.id, request.body),
  );

  // Annual evaluation
  r.get(
    `${P}/employees/:id/annual`,
    {
      config: { recordFixture: 'employee' },
      schema: {
        tags,
        summary: 'The annual result (if any), periodic ratings and distribution warnings',
        params: slugIdParams,
        querystring: optionalYearQuery,
        response: {
          200: z.object({
            annual: annualSchema.nullable(),
            periodic: annualSchema.shape.periodic,
            warnings: z.array(distributionWarningSchema),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => annualContext(ctx(request), request.params.id, request.query.year),
  );
  r.post(
    `${P}/employees/:employeeId/annual`,
    {
      schema: {
        tags,
        summary: 'Rate the year (appraiser)',
        params: employeeParams,
        body: annualRateSchema,
        response: { 200: annualSchema, ...errorResponses },
      },
    },
    async (request) => rateAnnual(ctx(request), request.params.employeeId, request.body),
  );
  r.get(
    `${P}/annuals/:id`,
    {
      config: { recordFixture: 'performanceAnnual' },
      schema: {
        tags,
        summary: 'An annual result',
        params: slugIdParams,
        response: { 200: annualSchema, ...errorResponses },
      },
    },
    async (request) => getAnnual(ctx(request), request.params.id),
  );
  r.post(
    `${P}/annuals/:annualId/confirm`,
    {
      schema: {
        tags,
        summary: "Confirm (the appraiser's own superior)",
        params: annualParams,
        response: { 200: annualSchema, ...errorResponses },
      },
    },
    async (request) => confirmAnnual(ctx(request), request.params.annualId),
  );
  r.post(
    `${P}/annuals/:annualId/acknowledge`,
    {
      schema: {
        tags,
        summary: 'Acknowledge the result (the employee)',
        params: annualParams,
        response: { 200: annualSchema, ...errorResponses },
      },
    },
    async (request) => acknowledgeAnnual(ctx(request), request.params.annualId),
  );
  r.post(
    `${P}/annuals/:annualId/objection`,
    {
      schema: {
        tags,
        summary: 'File an objection (keberatan) with reasons (the employee)',
        params: annualParams,
        body: annualObjectionSchema,
        response: { 200: annualSchema, ...errorResponses },
      },
    },
    async (request) => objectAnnual(ctx(request), request.params.annualId, request.body),
  );
  r.post(
    `${P}/annuals/:annualId/objection-decision`,
    {
      schema: {
        tags,
        summary: "Decide an objection (the appraiser's own superior)",
        params: annualParams,
        body: annualObjectionDecisionSchema,
        response: { 200: annualSchema, ...errorResponses },
      },
    },
    async (request) => decideObjection(ctx(request), request.params.annualId, request.body),
  );

  // Follow-up
  r.get(
    `${P}/coaching`,
    {
      schema: {
        tags,
        summary: 'Coaching plans (pembinaan)',
        params: slugParams,
        querystring: z.object({ year: skpYearSchema.optional() }),
        response: { 200: z.object({ items: z.array(coachingSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await listCoaching(ctx(request), request.query.year) }),
  );
  r.patch(
    `${P}/coaching/:id`,
    {
      config: { recordFixture: 'performanceCoaching' },
      schema: {
        tags,
        summary: 'Update a coaching plan: actions, mentor, dates, outcome; close it',
        params: slugIdParams,
        body: coachingUpdateSchema,
        response: { 200: coachingSchema, ...errorResponses },
      },
    },
    async (request) => updateCoaching(ctx(request), request.params.id, request.body),
  );
  r.post(
    `${P}/coaching/:id/referral`,
    {
      config: { recordFixture: 'performanceCoaching' },
      schema: {
        tags,
        summary: 'Refer the case for discipline',
        params: slugIdParams,
        body: disciplineReferralSchema,
        response: { 200: coachingSchema, ...errorResponses },
      },
    },
    async (request) => referForDiscipline(ctx(request), request.params.id, request.body),
  );
  r.get(
    `${P}/awards`,
    {
      schema: {
        tags,
        summary: 'Award candidates: Sangat Baik in a year (hr_admin)',
        params: slugParams,
        querystring: yearQuery,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                employeeId: z.string(),
                nip: z.string(),
                name: z.string(),
                unitId: z.string().nullable(),
                year: z.number(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const c = ctx(request);
      await c.access.assert(c.actor, 'performance.manage');
      return { items: await awardCandidates(c, request.query.year) };
    },
  );

  // Inbox, team, dashboards, history
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
          year: skpYearSchema,
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
      return sendXlsx(reply, `kinerja-${request.query.year}${suffix}`, 'Kinerja', header, rows);
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
        querystring: z.object({ year: skpYearSchema, format: z.enum(['json', 'csv']).default('json') }),
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
