import {
  addWorkingDays,
  localDate,
  type PeriodKind,
  type PlanContent,
  periodDeadline,
  periodsOfYear,
  seededRandom,
} from '@lentera/common';
import { recordAudit } from '../../platform/audit/audit';
import { makeCtx, type Services, transaction } from '../../platform/context';
import { uuidv7 } from '../../platform/ids';
import { findTenantBySlug } from '../../platform/tenancy/repository';
import { peopleService } from '../people/index';
import {
  type AnnualsTable,
  type CoachingTable,
  type PlansTable,
  type PlanVersionsTable,
  performanceRepo,
  type ReportRoundsTable,
  type ReportsTable,
} from './repository';

import { bySuperiorDepth, DEMO_YEAR, insertChunks, seedActor } from './seed/demo-data';
import { type SeedEnv, type SeedRows, seedPerson } from './seed/person';

export { DEMO_YEAR } from './seed/demo-data';

/**
 * Demo performance data for a tenant, deterministic for a given day: year 2026 open (monthly), a plan for every
 * active employee without one (most approved, some submitted, draft or returned, some in a second version),
 * monthly reports for the periods that have started (approved, returned then approved, awaiting review, late,
 * missing, a draft for the running month), annual results in every state, coaching plans below Baik, and an
 * organisational predikat per unit. With `scale` (benchmarks), the employees the people seed added get theirs.
 */
export async function seedPerformance(
  services: Services,
  options: { tenantSlug: string; scale?: number },
): Promise<void> {
  const tenant = await findTenantBySlug(services.db, options.tenantSlug);
  if (!tenant) return;
  const ctx = makeCtx(services, { tenant, actor: seedActor });
  const nowIso = services.clock.now().toISOString();
  const today = localDate(services.clock.now(), tenant.timeZone);
  if (!today.startsWith(String(DEMO_YEAR))) return; // The demo describes 2026; another year starts empty.
  const cal = await services.calendars.forTenant(tenant.id, tenant.timeZone);
  const slug = tenant.slug;

  if (!(await performanceRepo.year(services.db, tenant.id, DEMO_YEAR))) {
    await transaction(ctx, async (tx) => {
      await performanceRepo.insertYear(tx.db, {
        id: uuidv7(),
        tenant_id: tenant.id,
        year: DEMO_YEAR,
        status: 'open',
        period_kind: 'monthly',
        opened_at: `${DEMO_YEAR - 1}-12-15T02:00:00.000Z`,
        closed_at: null,
      });
    });
  }
  const periods = periodsOfYear(DEMO_YEAR, 'monthly' as PeriodKind).filter((p) => p.start <= today);

  const people = bySuperiorDepth(await peopleService.activeEmployees(ctx));
  const byId = new Map(people.map((p) => [p.id, p]));
  const existingPlans = await services.db
    .selectFrom('performance_plans')
    .innerJoin('performance_plan_versions', (join) =>
      join
        .onRef('performance_plan_versions.plan_id', '=', 'performance_plans.id')
        .onRef('performance_plan_versions.version', '=', 'performance_plans.version'),
    )
    .select(['performance_plans.employee_id', 'performance_plan_versions.content'])
    .where('performance_plans.tenant_id', '=', tenant.id)
    .where('performance_plans.year', '=', DEMO_YEAR)
    .execute();
  const rhkOf = new Map<string, string[]>(
    existingPlans.map((p) => [p.employee_id, (JSON.parse(p.content) as PlanContent).rhk.map((r) => r.id)]),
  );
  const todo = people.filter((p) => !rhkOf.has(p.id));
  if (todo.length === 0) return;

  const plans: PlansTable[] = [];
  const versions: PlanVersionsTable[] = [];
  const reports: ReportsTable[] = [];
  const rounds: ReportRoundsTable[] = [];
  const annuals: AnnualsTable[] = [];
  const coaching: CoachingTable[] = [];
  const dueOf = new Map(periods.map((p) => [p.index, periodDeadline(p, cal, 5)]));
  // Review deadlines by the submission's day (thousands of reports share a few hundred days).
  const reviewDues = new Map<string, string>();
  const reviewDueOf = (submitted: string) => {
    const day = submitted.slice(0, 13);
    let due = reviewDues.get(day);
    if (!due) {
      due = addWorkingDays(new Date(submitted), 5, cal).at.toISOString();
      reviewDues.set(day, due);
    }
    return due;
  };

  const units = await peopleService.units(ctx);
  const unitById = new Map(units.map((u) => [u.id, u]));
  const officeOf = (unitId: string | null) => {
    const unit = unitId ? unitById.get(unitId) : undefined;
    const top = unit ? unitById.get(unit.path.split('/')[1] ?? '') : undefined;
    return top?.type === 'kecamatan' ? 'kecamatan' : top?.code;
  };
  const env: SeedEnv = { tenant, slug, today, nowIso, periods, dueOf, reviewDueOf, rhkOf, byId, officeOf };
  const out: SeedRows = { plans, versions, reports, rounds, annuals, coaching };
  for (const person of todo) seedPerson(env, person, out);

  await transaction(ctx, async (tx) => {
    const db = tx.db;
    // Chunks stay under SQLite's limit of bound parameters per statement.
    await insertChunks(plans, 500, (rows) => db.insertInto('performance_plans').values(rows).execute());
    await insertChunks(versions, 500, (rows) => db.insertInto('performance_plan_versions').values(rows).execute());
    await insertChunks(reports, 500, (rows) => db.insertInto('performance_reports').values(rows).execute());
    await insertChunks(rounds, 500, (rows) => db.insertInto('performance_report_rounds').values(rows).execute());
    await insertChunks(annuals, 500, (rows) => db.insertInto('performance_annuals').values(rows).execute());
    await insertChunks(coaching, 500, (rows) => db.insertInto('performance_coaching').values(rows).execute());
    for (const unit of units) {
      if (await performanceRepo.unitPredikat(db, tenant.id, DEMO_YEAR, unit.id)) continue;
      const random = seededRandom(`performance-unit:${slug}:${unit.code}`);
      await performanceRepo.saveUnitPredikat(db, {
        id: uuidv7(),
        tenant_id: tenant.id,
        year: DEMO_YEAR,
        unit_id: unit.id,
        predikat: random() < 0.2 ? 'istimewa' : random() < 0.9 ? 'baik' : 'butuh_perbaikan',
        set_at: nowIso,
        set_by: 'Data Demo',
      });
    }
    await recordAudit(tx, {
      action: 'performance.demo_seeded',
      entityType: 'performance_year',
      entityId: String(DEMO_YEAR),
      after: { plans: plans.length, reports: reports.length, annuals: annuals.length },
    });
  });
}
