import {
  type CommentsView,
  commentsQuerySchema,
  krejcieMorgan,
  type ResultsView,
  resultsQuerySchema,
  type StaffResultsView,
  semesterDates,
  semesterOf,
  staffResultsQuerySchema,
  type TrendsView,
  type UnitResults,
} from '@lentera/common';
import type { z } from 'zod';
import { type Ctx, requireTenant } from '../../../platform/context';
import { NotFound, Unauthenticated } from '../../../platform/errors';
import { peopleService } from '../../people/index';
import { queueService } from '../../service-queue/index';
import { servicesService } from '../../services/index';
import { SURVEYS } from '../policy';
import { byUnit, figuresOf, type LiveUnit, planView, previousPeriod, unitFromSums, weakestFirst } from '../presenter';
import { reportsRepo } from '../repository/reports';
import { responsesRepo } from '../repository/responses';
import type { PlanActionRow, ReportRow } from '../repository/tables';
import { today } from '../support';

/** What a published report freezes: the unit's figures, its respondents by detail and the sample-size check. */
export interface FrozenFigures {
  unit: LiveUnit;
  respondentsBy: StaffResultsView['respondentsBy'];
  sample: StaffResultsView['sample'];
}

export const frozenOf = (report: ReportRow) => JSON.parse(report.figures) as FrozenFigures;
export const reportPdfPath = (slug: string, report: Pick<ReportRow, 'id'>) =>
  `/api/t/${encodeURIComponent(slug)}/surveys/reports/${report.id}/pdf`;

function present(
  slug: string,
  unit: LiveUnit,
  report: ReportRow | undefined,
  previous: ReportRow | undefined,
  plan: PlanActionRow[],
): UnitResults {
  const before = previous ? frozenOf(previous).unit : null;
  return {
    ...unit,
    published: report !== undefined,
    publishedAt: report?.published_at ?? null,
    reportPdf: report ? reportPdfPath(slug, report) : null,
    previous: before
      ? {
          period: previous?.period as string,
          respondents: before.respondents,
          nrr: before.nrr,
          ikm: before.ikm,
          converted: before.converted,
          grade: before.grade,
        }
      : null,
    plan: plan.filter((a) => a.unit_id === unit.unitId).map(planView),
  };
}

/**
 * The public results (`GET /surveys/results`): per unit of the period, the published report's frozen figures, or the
 * figures computed now from the stored answers (one grouped query) for a unit not yet published. Without a period:
 * the latest period with a published report.
 */
export async function publicResults(ctx: Ctx, query: z.input<typeof resultsQuerySchema>): Promise<ResultsView> {
  const tenant = requireTenant(ctx);
  const q = resultsQuerySchema.parse(query);
  const periods = await reportsRepo.publishedPeriods(ctx.db, tenant.id);
  const period = q.period ?? periods[0] ?? semesterOf(today(ctx));
  const [rows, reports, before, plan] = await Promise.all([
    responsesRepo.sums(ctx.db, tenant.id, period, q.unitId),
    reportsRepo.reports(ctx.db, tenant.id, { period, unitId: q.unitId }),
    reportsRepo.reports(ctx.db, tenant.id, { period: previousPeriod(period), unitId: q.unitId }),
    reportsRepo.plan(ctx.db, tenant.id, { period, unitId: q.unitId }),
  ]);
  const live = byUnit(rows);
  const units: UnitResults[] = [];
  const unitIds = new Set([...reports.map((r) => r.unit_id), ...live.keys()]);
  for (const unitId of unitIds) {
    const report = reports.find((r) => r.unit_id === unitId);
    const unit = report ? frozenOf(report).unit : unitFromSums(live.get(unitId) ?? []);
    if (unit)
      units.push(
        present(
          tenant.slug,
          unit,
          report,
          before.find((r) => r.unit_id === unitId),
          plan,
        ),
      );
  }
  units.sort((a, b) => a.unitName.localeCompare(b.unitName));
  return { period, published: units.length > 0 && units.every((u) => u.published), periods, units };
}

/** 401 without a session, 403 without a survey role, 404 for a unit outside the person's units (or unknown). */
export async function assertUnit(ctx: Ctx, action: string, unitId: string) {
  const tenant = requireTenant(ctx);
  if (!ctx.actor) throw new Unauthenticated();
  await ctx.access.assert(ctx.actor, action);
  await ctx.access.assertVisible(ctx.actor, action, { tenantId: tenant.id, unitId });
  const unit = await peopleService.unit(ctx, unitId);
  if (!unit) throw new NotFound();
  return unit;
}

/** The staff's view of a unit's period: figures (frozen when published, with the live ones beside), details, sample. */
export async function staffResults(
  ctx: Ctx,
  query: z.input<typeof staffResultsQuerySchema>,
  action: string = SURVEYS.manage,
): Promise<StaffResultsView> {
  const tenant = requireTenant(ctx);
  const q = staffResultsQuerySchema.parse(query);
  const unitRecord = await assertUnit(ctx, action, q.unitId);
  const { from, to } = semesterDates(q.period);
  const [rows, details, report, before, plan, entered, queued, online] = await Promise.all([
    responsesRepo.sums(ctx.db, tenant.id, q.period, q.unitId),
    responsesRepo.details(ctx.db, tenant.id, q.unitId, q.period),
    reportsRepo.report(ctx.db, tenant.id, q.unitId, q.period),
    reportsRepo.report(ctx.db, tenant.id, q.unitId, previousPeriod(q.period)),
    reportsRepo.plan(ctx.db, tenant.id, { period: q.period, unitId: q.unitId }),
    reportsRepo.visitCount(ctx.db, tenant.id, q.unitId, q.period),
    queueService.finishedCountsByUnit(ctx, from, to),
    servicesService.finishedCountsByUnit(ctx, from, to),
  ]);
  const live = unitFromSums(rows);
  const frozen = report ? frozenOf(report) : null;
  const empty = { visit_link: 0, kiosk: 0, paper: 0, public_link: 0 };
  const unit: LiveUnit = frozen?.unit ??
    live ?? {
      unitId: q.unitId,
      unitName: unitRecord.name,
      respondents: 0,
      nrr: { U1: 0, U2: 0, U3: 0, U4: 0, U5: 0, U6: 0, U7: 0, U8: 0, U9: 0 },
      ikm: 0,
      converted: 0,
      grade: 'D',
      byChannel: empty,
      services: [],
      publicLink: figuresOf(rows.filter((r) => r.channel === 'public_link')),
    };
  const respondentsBy: StaffResultsView['respondentsBy'] = { ageBand: {}, sex: {}, education: {}, occupation: {} };
  const by: Record<string, Record<string, number>> = {
    age_band: respondentsBy.ageBand,
    sex: respondentsBy.sex,
    education: respondentsBy.education,
    occupation: respondentsBy.occupation,
  };
  for (const d of details) {
    const counts = by[d.dimension];
    if (counts && d.n > 0) counts[d.value] = (counts[d.value] ?? 0) + d.n;
  }
  const visitsFromDoors = (queued.get(q.unitId) ?? 0) + (online.get(q.unitId) ?? 0);
  const population = entered ?? visitsFromDoors;
  const minimum = krejcieMorgan(population);
  const respondents = live?.respondents ?? 0;
  const sample = {
    visitsFromDoors,
    visitsEntered: entered,
    population,
    minimum,
    respondents,
    met: respondents > 0 && respondents >= minimum,
  };
  return {
    period: q.period,
    unit: present(tenant.slug, unit, report, before, plan),
    respondentsBy: frozen?.respondentsBy ?? respondentsBy,
    sample: frozen?.sample ?? sample,
    weakest: unit.respondents > 0 ? weakestFirst(unit.nrr) : [],
    live:
      frozen && live
        ? { respondents: live.respondents, nrr: live.nrr, ikm: live.ikm, converted: live.converted, grade: live.grade }
        : null,
  };
}

/** Comments and answers to the tenant's questions of a unit's period, newest day first, paged. */
export async function comments(ctx: Ctx, query: z.input<typeof commentsQuerySchema>): Promise<CommentsView> {
  const tenant = requireTenant(ctx);
  const q = commentsQuerySchema.parse(query);
  await assertUnit(ctx, SURVEYS.manage, q.unitId);
  const { rows, total } = await responsesRepo.comments(
    ctx.db,
    tenant.id,
    { unitId: q.unitId, period: q.period, channel: q.channel },
    { offset: (q.page - 1) * q.pageSize, limit: q.pageSize },
  );
  return {
    rows: rows.map((r) => ({
      day: r.created_day,
      serviceName: r.service_name,
      channel: r.channel as CommentsView['rows'][number]['channel'],
      comment: r.comment,
      extra: JSON.parse(r.extra) as Record<string, string>,
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** A unit's verified figures period by period (oldest first), with whether each was published. */
export async function trends(ctx: Ctx, unitId: string): Promise<TrendsView> {
  const tenant = requireTenant(ctx);
  const unit = await assertUnit(ctx, SURVEYS.manage, unitId);
  const [rows, reports] = await Promise.all([
    responsesRepo.sumsByPeriod(ctx.db, tenant.id, unitId),
    reportsRepo.reports(ctx.db, tenant.id, { unitId }),
  ]);
  const periods = [...new Set(rows.map((r) => r.period))].sort();
  return {
    unitId,
    unitName: unit.name,
    periods: periods.flatMap((period) => {
      const report = reports.find((r) => r.period === period);
      const figures = report ? frozenOf(report).unit : unitFromSums(rows.filter((r) => r.period === period));
      if (!figures) return [];
      const { respondents, nrr, ikm, converted, grade, byChannel } = figures;
      return [{ period, respondents, nrr, ikm, converted, grade, byChannel, published: report !== undefined }];
    }),
  };
}
