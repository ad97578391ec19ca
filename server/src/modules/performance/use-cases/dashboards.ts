import {
  type PeriodKind,
  PREDIKATS,
  type Predikat,
  type PublishedPerformance,
  periodDeadline,
  periodsOfYear,
  predikatPercentages,
  type WorkingCalendar,
} from '@lentera/common';
import { sql } from 'kysely';
import type { Ctx } from '../../../platform/context';
import { requireTenant } from '../../../platform/context';
import { NotFound } from '../../../platform/errors';
import { peopleService } from '../../people/index';
import { cachedAggregate, cachedOnRevision } from '../aggregates-cache';
import { isHrAdmin, PERFORMANCE } from '../policy';
import { performanceRepo } from '../repository';
import { actorEmployee, calendarOf, loadSettings, tenantToday, visibleEmployee } from '../support';

import { memberStatuses, periodOrToday } from './review-inbox';

/** Unit and tenant dashboards, an employee's history, and the public aggregate. */

const emptyCounts = () => ({
  expected: 0,
  onTime: 0,
  late: 0,
  missing: 0,
  reviewedOnTime: 0,
  reviewedLate: 0,
  awaitingReview: 0,
});
const emptyDistribution = () => Object.fromEntries(PREDIKATS.map((p) => [p, 0])) as Record<Predikat, number>;

/** Periods of the year whose submission deadline has passed (these are the ones a report is expected for). */
async function duePeriods(ctx: Ctx, year: number, periodIndex?: number): Promise<number[]> {
  const row = await performanceRepo.year(ctx.db, requireTenant(ctx).id, year);
  if (!row) return [];
  const settings = await loadSettings(ctx);
  const cal = await calendarOf(ctx);
  const now = ctx.clock.now();
  return deadlinesOf(year, row.period_kind as PeriodKind, cal, settings.submissionWorkingDays)
    .filter((p) => (periodIndex === undefined || p.index === periodIndex) && p.at < now)
    .map((p) => p.index);
}

/**
 * The submission deadlines of a year's periods, kept per calendar object (the platform rebuilds it when the
 * holidays may have changed): working-day arithmetic for twelve periods costs most of a cached dashboard request.
 */
const deadlineMemo = new WeakMap<WorkingCalendar, Map<string, Array<{ index: number; at: Date }>>>();
function deadlinesOf(year: number, kind: PeriodKind, cal: WorkingCalendar, workingDays: number) {
  let byKey = deadlineMemo.get(cal);
  if (!byKey) {
    byKey = new Map();
    deadlineMemo.set(cal, byKey);
  }
  const key = `${year}:${kind}:${workingDays}`;
  let list = byKey.get(key);
  if (!list) {
    list = periodsOfYear(year, kind).map((p) => ({ index: p.index, at: periodDeadline(p, cal, workingDays).at }));
    byKey.set(key, list);
  }
  return list;
}

interface UnitAggregate {
  headcount: number;
  submissions: ReturnType<typeof emptyCounts>;
  predikat: Record<Predikat, number>;
  evaluated: number;
}

/**
 * Counts per unit: the reports and annual results counted in a few grouped queries and cached until the
 * tenant's performance revision or the due periods change, and the headcounts (people's data) until people's
 * revision changes: both exact on every node at once. The dashboard must stay fast over 10,000 employees.
 */
async function aggregateByUnit(ctx: Ctx, year: number, periodIndex?: number): Promise<Map<string, UnitAggregate>> {
  const tenantId = requireTenant(ctx).id;
  const periods = await duePeriods(ctx, year, periodIndex);
  const [headcounts, counted] = await Promise.all([
    // Read before counting: a hire or a move meanwhile raises people's revision, so the next request recounts.
    peopleService
      .revision(ctx)
      .then((revision) => cachedOnRevision(tenantId, 'headcounts', revision, () => peopleService.headcountByUnit(ctx))),
    cachedAggregate(ctx.db, tenantId, `units:${year}:${periodIndex ?? ''}`, periods.join(','), () =>
      countByUnit(ctx, year, periods, periodIndex),
    ),
  ]);
  // Fresh objects: the cached counts are shared between requests and never changed.
  const result = new Map<string, UnitAggregate>();
  const unitOf = (id: string | null) => {
    const key = id ?? '';
    let agg = result.get(key);
    if (!agg) {
      agg = { headcount: 0, submissions: emptyCounts(), predikat: emptyDistribution(), evaluated: 0 };
      result.set(key, agg);
    }
    return agg;
  };
  for (const [unitId, n] of headcounts) unitOf(unitId).headcount += n;
  for (const [unitId, c] of counted) {
    const agg = unitOf(unitId);
    agg.submissions = { ...c.submissions };
    agg.predikat = { ...c.predikat };
    agg.evaluated = c.evaluated;
  }
  for (const agg of result.values()) {
    agg.submissions.expected = agg.headcount * periods.length;
    agg.submissions.missing = Math.max(0, agg.submissions.expected - agg.submissions.onTime - agg.submissions.late);
  }
  return result;
}

/** Reports (submissions, reviews) and predikat counted per unit id ('' for none); without headcounts. */
async function countByUnit(
  ctx: Ctx,
  year: number,
  periods: number[],
  periodIndex?: number,
): Promise<Map<string, Omit<UnitAggregate, 'headcount'>>> {
  const tenantId = requireTenant(ctx).id;
  const result = new Map<string, Omit<UnitAggregate, 'headcount'>>();
  const unitOf = (id: string | null) => {
    const key = id ?? '';
    let agg = result.get(key);
    if (!agg) {
      agg = { submissions: emptyCounts(), predikat: emptyDistribution(), evaluated: 0 };
      result.set(key, agg);
    }
    return agg;
  };
  if (periods.length) {
    const rows = await ctx.db
      .selectFrom('performance_reports')
      .select([
        'unit_id',
        // A report leaves 'draft' at its first submission and never returns to it.
        sql<number>`sum(case when status <> 'draft' and late = 0 then 1 else 0 end)`.as('on_time'),
        sql<number>`sum(case when status <> 'draft' and late = 1 then 1 else 0 end)`.as('late'),
        sql<number>`sum(case when status = 'approved' and review_late = 0 then 1 else 0 end)`.as('reviewed_on_time'),
        sql<number>`sum(case when status = 'approved' and review_late = 1 then 1 else 0 end)`.as('reviewed_late'),
        sql<number>`sum(case when status = 'submitted' then 1 else 0 end)`.as('awaiting'),
      ])
      .where('tenant_id', '=', tenantId)
      .where('year', '=', year)
      .where('period_index', 'in', periods)
      .groupBy('unit_id')
      .execute();
    for (const r of rows) {
      const s = unitOf(r.unit_id).submissions;
      s.onTime += Number(r.on_time);
      s.late += Number(r.late);
      s.reviewedOnTime += Number(r.reviewed_on_time);
      s.reviewedLate += Number(r.reviewed_late);
      s.awaitingReview += Number(r.awaiting);
    }
  }
  // The predikat: of one period's reviews when a period is asked for, else of the annual results.
  const predikatRows =
    periodIndex !== undefined
      ? await ctx.db
          .selectFrom('performance_reports')
          .select(['unit_id', 'predikat', sql<number>`count(*)`.as('n')])
          .where('tenant_id', '=', tenantId)
          .where('year', '=', year)
          .where('period_index', '=', periodIndex)
          .where('predikat', 'is not', null)
          .groupBy(['unit_id', 'predikat'])
          .execute()
      : await ctx.db
          .selectFrom('performance_annuals')
          .select(['unit_id', 'predikat', sql<number>`count(*)`.as('n')])
          .where('tenant_id', '=', tenantId)
          .where('year', '=', year)
          .where('status', 'in', ['confirmed', 'acknowledged', 'decided'])
          .groupBy(['unit_id', 'predikat'])
          .execute();
  for (const r of predikatRows) {
    const agg = unitOf(r.unit_id);
    agg.predikat[r.predikat as Predikat] += Number(r.n);
    agg.evaluated += Number(r.n);
  }
  return result;
}

/** Units the actor may see on the dashboard: all for hr_admin, a unit_admin's subtrees otherwise. */
function visibleUnits<T extends { id: string; path: string }>(ctx: Ctx, units: T[]): T[] {
  if (isHrAdmin(ctx.actor)) return units;
  const grants = (ctx.actor?.grants ?? []).filter((g) => g.role === 'unit_admin');
  if (grants.some((g) => g.unitId === null)) return units;
  return units.filter((u) => grants.some((g) => g.unitId !== null && u.path.includes(`/${g.unitId}/`)));
}

/** Without a year: the current year in the tenant's time zone. */
export async function unitDashboard(ctx: Ctx, askedYear?: number, periodIndex?: number) {
  await ctx.access.assert(ctx.actor, PERFORMANCE.dashboard);
  const year = askedYear ?? Number(tenantToday(ctx).today.slice(0, 4));
  const [aggregates, allUnits] = await Promise.all([aggregateByUnit(ctx, year, periodIndex), peopleService.units(ctx)]);
  const units = visibleUnits(ctx, allUnits);
  const tenantCounts = emptyCounts();
  const tenantPredikat = emptyDistribution();
  const rows = [];
  for (const unit of units) {
    const agg = aggregates.get(unit.id);
    if (!agg || agg.headcount === 0) continue;
    rows.push({
      unitId: unit.id,
      unitName: unit.name,
      employees: agg.headcount,
      submissions: agg.submissions,
      predikat: agg.predikat,
    });
    for (const k of Object.keys(tenantCounts) as Array<keyof typeof tenantCounts>)
      tenantCounts[k] += agg.submissions[k];
    for (const p of PREDIKATS) tenantPredikat[p] += agg.predikat[p];
  }
  return {
    year,
    periodIndex: periodIndex ?? null,
    units: rows,
    tenant: { submissions: tenantCounts, predikat: tenantPredikat },
  };
}

/** Drill-down: one unit's employees and where each stands for a period. */
export async function unitMembers(
  ctx: Ctx,
  unitId: string,
  query: { year?: number | undefined; periodIndex?: number | undefined },
) {
  const tenant = requireTenant(ctx);
  if (!ctx.actor) await ctx.access.assert(ctx.actor, PERFORMANCE.dashboard);
  const unit = await peopleService.unit(ctx, unitId);
  if (!unit) throw new NotFound();
  await ctx.access.assertVisible(ctx.actor, PERFORMANCE.dashboard, { tenantId: tenant.id, unitId });
  const { year, periodIndex } = await periodOrToday(ctx, query);
  const members = await peopleService.activeEmployees(ctx, { unitId });
  return { year, periodIndex, members: await memberStatuses(ctx, members, year, periodIndex) };
}

/** An employee's plan, reports and predikat over the years (the employee, appraisers, admins). */
export async function employeeHistory(ctx: Ctx, employeeId: string) {
  if (!ctx.actor) await ctx.access.assert(ctx.actor, PERFORMANCE.me);
  const { employee } = await visibleEmployee(ctx, employeeId);
  const tenantId = requireTenant(ctx).id;
  const [plans, reports, annuals] = await Promise.all([
    ctx.db
      .selectFrom('performance_plans')
      .select(['year', 'status'])
      .where('tenant_id', '=', tenantId)
      .where('employee_id', '=', employee.id)
      .execute(),
    performanceRepo.reportsOfEmployee(ctx.db, tenantId, employee.id),
    performanceRepo.annualsOfEmployee(ctx.db, tenantId, employee.id),
  ]);
  const years = [
    ...new Set([...plans.map((p) => p.year), ...reports.map((r) => r.year), ...annuals.map((a) => a.year)]),
  ].sort((a, b) => b - a);
  return {
    employeeId: employee.id,
    years: years.map((year) => {
      const annual = annuals.find((a) => a.year === year);
      return {
        year,
        planStatus: (plans.find((p) => p.year === year)?.status ?? null) as
          | 'draft'
          | 'submitted'
          | 'approved'
          | 'returned'
          | null,
        annualPredikat: (annual?.predikat ?? null) as Predikat | null,
        annualStatus: (annual?.status ?? null) as
          | 'rated'
          | 'confirmed'
          | 'acknowledged'
          | 'objected'
          | 'decided'
          | null,
        periodic: reports
          .filter((r) => r.year === year)
          .map((r) => ({ periodIndex: r.period_index, status: r.status, predikat: r.predikat as Predikat | null })),
      };
    }),
  };
}

export async function myHistory(ctx: Ctx) {
  await ctx.access.assert(ctx.actor, PERFORMANCE.me);
  const me = await actorEmployee(ctx);
  if (!me) throw new NotFound();
  return employeeHistory(ctx, me.id);
}

/** The current year in the tenant's time zone, or the latest year opened before it while it is not open yet. */
async function defaultPublishedYear(ctx: Ctx): Promise<number> {
  const { tenant, today } = tenantToday(ctx);
  const current = Number(today.slice(0, 4));
  const years = await performanceRepo.years(ctx.db, tenant.id);
  return years.find((y) => y.year <= current)?.year ?? current;
}

/** Units with fewer evaluated employees than this are published together, so nobody's rating can be read off. */
export const PUBLISH_MIN_EVALUATED = 3;

/** The public aggregate per unit: evaluated count, predikat distribution in percent, on-time rate. */
export async function publishedResults(ctx: Ctx, askedYear?: number): Promise<PublishedPerformance> {
  const tenant = requireTenant(ctx);
  const year = askedYear ?? (await defaultPublishedYear(ctx));
  if (!(await performanceRepo.year(ctx.db, tenant.id, year))) throw new NotFound();
  const [aggregates, units] = await Promise.all([aggregateByUnit(ctx, year), peopleService.units(ctx)]);
  const names = new Map(units.map((u) => [u.id, u.name]));
  const rate = (a: { onTime: number; expected: number }) =>
    a.expected === 0 ? 0 : Math.round((a.onTime / a.expected) * 1000) / 10;
  const rows: PublishedPerformance['units'] = [];
  const small = { evaluated: 0, predikat: emptyDistribution(), onTime: 0, expected: 0 };
  const total = { evaluated: 0, predikat: emptyDistribution(), onTime: 0, expected: 0 };
  for (const [unitId, agg] of aggregates) {
    if (agg.headcount === 0 && agg.evaluated === 0) continue;
    for (const p of PREDIKATS) total.predikat[p] += agg.predikat[p];
    total.evaluated += agg.evaluated;
    total.onTime += agg.submissions.onTime;
    total.expected += agg.submissions.expected;
    if (agg.evaluated < PUBLISH_MIN_EVALUATED || !unitId) {
      for (const p of PREDIKATS) small.predikat[p] += agg.predikat[p];
      small.evaluated += agg.evaluated;
      small.onTime += agg.submissions.onTime;
      small.expected += agg.submissions.expected;
      continue;
    }
    rows.push({
      unitId,
      unitName: names.get(unitId) ?? unitId,
      evaluated: agg.evaluated,
      distributionPercent: predikatPercentages(agg.predikat),
      onTimeRate: rate(agg.submissions),
    });
  }
  rows.sort((a, b) => a.unitName.localeCompare(b.unitName, 'id'));
  if (small.evaluated >= PUBLISH_MIN_EVALUATED || small.expected > 0)
    rows.push({
      unitId: 'lainnya',
      unitName: `Unit lain (kurang dari ${PUBLISH_MIN_EVALUATED} pegawai dinilai)`,
      evaluated: small.evaluated,
      distributionPercent:
        small.evaluated >= PUBLISH_MIN_EVALUATED ? predikatPercentages(small.predikat) : emptyDistribution(),
      onTimeRate: rate(small),
    });
  return {
    tenant: tenant.slug,
    year,
    units: rows,
    total: {
      evaluated: total.evaluated,
      distributionPercent: predikatPercentages(total.predikat),
      onTimeRate: rate(total),
    },
  };
}
