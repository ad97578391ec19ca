import { beforeAll, expect, it } from 'vitest';
import type { TenantRecord } from '../../platform/tenancy/repository';
import { buildTenant } from '../../test/factories';
import { describeEachDialect, TEST_START } from '../../test/harness';
import { type BuiltEmployee, buildEmployee, buildUnit } from '../people/test/factories';
import { sendPerformanceReminders } from './jobs';
import { approvedPlans, type Org, openTestYear, submittedReport } from './test/factories';

describeEachDialect('performance: reminders by e-mail', (env) => {
  let tenant: TenantRecord;
  let org: Org;

  const outbox = () =>
    env.services.db
      .selectFrom('mail_outbox')
      .select(['to_address', 'subject'])
      .where('tenant_id', '=', tenant.id)
      .orderBy('to_address')
      .execute();

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    const parent = await buildUnit(env.services, tenant);
    const unit = await buildUnit(env.services, tenant, { parentId: parent.id });
    const person = (unitId: string, email: string, isHead = false): Promise<BuiltEmployee> =>
      buildEmployee(env.services, tenant, { unitId, isHead, login: true, email });
    const chief = await person(parent.id, 'kadis@uji.go.id', true);
    const head = await person(unit.id, 'kabid@uji.go.id', true);
    const staff = [await person(unit.id, 'ani@uji.go.id'), await person(unit.id, 'budi@uji.go.id')];
    org = { chief, head, staff, unitId: unit.id, parentUnitId: parent.id };
    await openTestYear(env.services, tenant);
    await approvedPlans(env.services, tenant, org);
  });

  it('reminds before the deadline and after it, once each; and the superior of an overdue review', async () => {
    // 2 December: November's deadline (7 December) is 3 working days away: nothing yet. October's deadline
    // passed more than ten working days ago: older misses are left to the dashboards.
    env.clock.set('2026-12-02T02:00:00Z');
    expect(await sendPerformanceReminders(env.services)).toBe(0);
    // 4 December: 1 working day left for November: the head and both staff have not submitted.
    env.clock.set('2026-12-04T02:00:00Z');
    expect(await sendPerformanceReminders(env.services)).toBe(3);
    expect(await sendPerformanceReminders(env.services)).toBe(0);
    expect((await outbox()).map((m) => m.to_address)).toEqual(['ani@uji.go.id', 'budi@uji.go.id', 'kabid@uji.go.id']);
    expect((await outbox())[0]!.subject).toBe('Pengingat laporan kinerja November 2026');
    // Ani submits; after the deadline only Budi and the head are reminded again.
    const plan = await env.services.db
      .selectFrom('performance_plan_versions')
      .innerJoin('performance_plans', 'performance_plans.id', 'performance_plan_versions.plan_id')
      .select('performance_plan_versions.content')
      .where('performance_plans.employee_id', '=', org.staff[0]!.id)
      .executeTakeFirstOrThrow();
    const indicator = JSON.parse(plan.content).rhk[0].indicators[0].id;
    await submittedReport(env.services, tenant, org.staff[0]!, indicator, 11);
    env.clock.set('2026-12-09T02:00:00Z');
    expect(await sendPerformanceReminders(env.services)).toBe(2);
    // 15 December: Ani's report (submitted 4 December) waits past its review deadline: the head is reminded.
    env.clock.set('2026-12-15T02:00:00Z');
    expect(await sendPerformanceReminders(env.services)).toBe(1);
    const last = (await outbox()).filter((m) => m.subject.startsWith('Penilaian'));
    expect(last.map((m) => m.to_address)).toEqual(['kabid@uji.go.id']);
    expect(await sendPerformanceReminders(env.services)).toBe(0);
    env.clock.set(TEST_START);
  });
});
