import {
  performanceDashboardSchema,
  performanceHistorySchema,
  publishedPerformanceSchema,
  teamStatusSchema,
} from '@lentera/common';
import { beforeAll, expect, it } from 'vitest';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect, TEST_START } from '../../../test/harness';
import type { HttpClient } from '../../../test/http-client';
import { buildEmployee, buildUnit } from '../../people/test/factories';
import { json, signInAs } from '../../people/test/http';
import {
  approvedPlans,
  buildOrg,
  ctxOfEmployee,
  type Org,
  openTestYear,
  planContent,
  ratedAnnual,
  submittedReport,
} from '../test/factories';
import { perfApi, signInEmployee } from '../test/http';
import { savePlan, submitPlan } from './plans';

describeEachDialect('performance: dashboards and the public results', (env) => {
  let tenant: TenantRecord;
  let org: Org;
  let api: string;
  let hr: HttpClient;

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    api = perfApi(tenant);
    org = await buildOrg(env.services, tenant, 3);
    await openTestYear(env.services, tenant);
    const plans = await approvedPlans(env.services, tenant, org);
    const indicator = (i: number) => plans.staff[i]!.approvedContent!.rhk[0]!.indicators[0]!.id;
    // October: one on time (2 November), one late (23 November), one missing.
    env.clock.set('2026-11-02T03:00:00Z');
    await submittedReport(env.services, tenant, org.staff[0]!, indicator(0), 10, {
      approveBy: org.head,
      ratings: ['di_atas', 'di_atas'],
    });
    env.clock.set(TEST_START);
    await submittedReport(env.services, tenant, org.staff[1]!, indicator(1), 10);
    await ratedAnnual(env.services, tenant, org, org.staff[0]!, ['di_atas', 'di_atas'], { confirm: true });
    await ratedAnnual(env.services, tenant, org, org.staff[1]!, ['sesuai', 'sesuai'], { confirm: true });
    await ratedAnnual(env.services, tenant, org, org.staff[2]!, ['di_bawah', 'sesuai'], { confirm: true });
    hr = await signInAs(env, tenant, ['hr_admin']);
  });

  it('counts submissions on time, late and missing, and reviews, per unit and for the tenant', async () => {
    const october = performanceDashboardSchema.parse(json(await hr.get(`${api}/dashboard?year=2026&periodIndex=10`)));
    const unit = october.units.find((u) => u.unitId === org.unitId)!;
    expect(unit).toMatchObject({
      employees: 4,
      submissions: {
        expected: 4,
        onTime: 1,
        late: 1,
        missing: 2,
        reviewedOnTime: 1,
        reviewedLate: 0,
        awaitingReview: 1,
      },
      predikat: { sangat_baik: 1, baik: 0 },
    });
    expect(october.tenant.submissions.expected).toBe(5);
    // The year: January to October are due by 23 November; the annual results give the distribution.
    const year = performanceDashboardSchema.parse(json(await hr.get(`${api}/dashboard?year=2026`)));
    expect(year.units.find((u) => u.unitId === org.unitId)).toMatchObject({
      submissions: { expected: 40, onTime: 1, late: 1, missing: 38 },
      predikat: { sangat_baik: 1, baik: 1, butuh_perbaikan: 1, kurang: 0, sangat_kurang: 0 },
    });
    const xlsx = await hr.get(`${api}/dashboard?year=2026&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('drills down to a unit, scoped for unit admins', async () => {
    const members = teamStatusSchema.parse(
      json(await hr.get(`${api}/dashboard/units/${org.unitId}?year=2026&periodIndex=10`)),
    );
    expect(members.members.map((m) => [m.employeeId, m.reportStatus, m.late])).toEqual(
      expect.arrayContaining([
        [org.staff[0]!.id, 'approved', false],
        [org.staff[1]!.id, 'submitted', true],
        [org.staff[2]!.id, null, false],
      ]),
    );
    const parentAdmin = await signInAs(env, tenant, [{ role: 'unit_admin', unitId: org.parentUnitId }]);
    expect(
      json(await parentAdmin.get(`${api}/dashboard?year=2026`))
        .units.map((u: { unitId: string }) => u.unitId)
        .sort(),
    ).toEqual([org.parentUnitId, org.unitId].sort());
    const sibling = await buildUnit(env.services, tenant);
    const siblingAdmin = await signInAs(env, tenant, [{ role: 'unit_admin', unitId: sibling.id }]);
    expect(json(await siblingAdmin.get(`${api}/dashboard?year=2026`)).units).toEqual([]);
    expect((await siblingAdmin.get(`${api}/dashboard/units/${org.unitId}?year=2026&periodIndex=10`)).statusCode).toBe(
      404,
    );
    const employee = await signInEmployee(env, org.staff[0]!);
    expect((await employee.get(`${api}/dashboard?year=2026`)).statusCode).toBe(403);
  });

  it("shows the supervisor's team and the employee's history", async () => {
    const head = await signInEmployee(env, org.head);
    const team = teamStatusSchema.parse(json(await head.get(`${api}/team?year=2026&periodIndex=10`)));
    expect(team.members).toHaveLength(3);
    // Without a period: this year and the period running today (November).
    expect(json(await head.get(`${api}/team`))).toMatchObject({ year: 2026, periodIndex: 11 });
    expect(team.members.find((m) => m.employeeId === org.staff[0]!.id)).toMatchObject({
      planStatus: 'approved',
      predikat: 'sangat_baik',
    });
    const member = await signInEmployee(env, org.staff[2]!);
    expect((await member.get(`${api}/team?year=2026&periodIndex=10`)).statusCode).toBe(403);
    const history = performanceHistorySchema.parse(json(await member.get(`${api}/me/history`)));
    expect(history.years).toEqual([
      {
        year: 2026,
        planStatus: 'approved',
        annualPredikat: 'butuh_perbaikan',
        annualStatus: 'confirmed',
        periodic: [],
      },
    ]);
    expect(json(await head.get(`${api}/employees/${org.staff[0]!.id}/history`)).years[0].periodic).toEqual([
      { periodIndex: 10, status: 'approved', predikat: 'sangat_baik' },
    ]);
    expect((await member.get(`${api}/employees/${org.staff[0]!.id}/history`)).statusCode).toBe(404);
  });

  it('publishes per unit without a session: evaluated, distribution in percent, on-time rate; never individuals', async () => {
    const visitor = env.client();
    const published = publishedPerformanceSchema.parse(json(await visitor.get(`${api}/published?year=2026`)));
    const unit = published.units.find((u) => u.unitId === org.unitId)!;
    expect(unit).toMatchObject({
      evaluated: 3,
      distributionPercent: { sangat_baik: 33.3, baik: 33.3, butuh_perbaikan: 33.3, kurang: 0, sangat_kurang: 0 },
      onTimeRate: 2.5,
    });
    const body = JSON.stringify(published);
    for (const person of [org.chief, org.head, ...org.staff]) {
      expect(body).not.toContain(person.nip);
      expect(body).not.toContain(person.name);
      expect(body).not.toContain(person.id);
    }
    // The parent unit (the chief alone, not evaluated) is folded into "other units".
    expect(published.units.map((u) => u.unitId)).not.toContain(org.parentUnitId);
    const csv = await visitor.get(`${api}/published?year=2026&format=csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('persen_sangat_baik');
    expect((await visitor.get(`${api}/published?year=2031`)).statusCode).toBe(404);
    expect((await visitor.get(`${api}/published?year=abc`)).statusCode).toBe(400);
  });

  it("answers the current year (in the tenant's time zone) when the year is left out", async () => {
    const visitor = env.client();
    expect(json(await visitor.get(`${api}/published`))).toEqual(json(await visitor.get(`${api}/published?year=2026`)));
    const dashboard = performanceDashboardSchema.parse(json(await hr.get(`${api}/dashboard`)));
    expect(dashboard.year).toBe(2026);
    expect(dashboard).toEqual(json(await hr.get(`${api}/dashboard?year=2026`)));
    // New Year's night in Jakarta: 2027 has not been opened, so the public page still shows 2026's results.
    env.clock.set('2026-12-31T18:00:00Z');
    try {
      expect(json(await visitor.get(`${api}/published`))).toMatchObject({ year: 2026 });
      const lateHr = await signInAs(env, tenant, ['hr_admin']);
      expect(json(await lateHr.get(`${api}/dashboard`))).toMatchObject({ year: 2027 });
    } finally {
      env.clock.set(TEST_START);
    }
  });

  it('lists everything waiting for the actor in one inbox, oldest first, and only that', async () => {
    const team = await buildOrg(env.services, tenant, 3);
    const plans = await approvedPlans(env.services, tenant, team);
    const indicator = (i: number) => plans.staff[i]!.approvedContent!.rhk[0]!.indicators[0]!.id;
    env.clock.set('2026-11-03T03:00:00Z');
    const report = await submittedReport(env.services, tenant, team.staff[0]!, indicator(0), 10);
    env.clock.set('2026-11-04T03:00:00Z');
    // A new version of an approved plan, submitted again: it waits for the head as well.
    const member = ctxOfEmployee(env.services, tenant, team.staff[1]!);
    const revised = await savePlan(member, team.staff[1]!.id, {
      year: 2026,
      content: planContent(plans.head.content.rhk[0]!.id, 'Layanan administrasi terpadu'),
    });
    await submitPlan(member, revised.id);
    env.clock.set('2026-11-05T03:00:00Z');
    const annual = await ratedAnnual(env.services, tenant, team, team.staff[2]!, ['sesuai', 'sesuai']);
    env.clock.set(TEST_START);
    const head = json(await (await signInEmployee(env, team.head)).get(`${api}/inbox`)).items;
    expect(head).toEqual(
      [
        { employeeId: team.staff[0]!.id, kind: 'report', id: report.id, label: 'Oktober 2026', overdue: true },
        { employeeId: team.staff[1]!.id, kind: 'plan', id: revised.id, label: 'SKP 2026', dueAt: null, overdue: false },
      ].map((i) => expect.objectContaining(i)),
    );
    expect(head[0].submittedAt).toBe('2026-11-03T03:00:00.000Z');
    // The head rated the annual result: it waits for the chief's confirmation, never for the head.
    const chief = json(await (await signInEmployee(env, team.chief)).get(`${api}/inbox`)).items;
    expect(chief).toEqual([
      expect.objectContaining({
        kind: 'confirm',
        id: annual.id,
        employeeId: team.staff[2]!.id,
        label: 'Evaluasi tahunan 2026',
      }),
    ]);
    expect((await (await signInEmployee(env, team.staff[0]!)).get(`${api}/inbox`)).statusCode).toBe(403);
  });

  it('sees a write made elsewhere at once: the cache follows the performance revision, not a timer', async () => {
    const dashboard = async () =>
      performanceDashboardSchema.parse(json(await hr.get(`${api}/dashboard?year=2026&periodIndex=10`)));
    const unitOf = (d: Awaited<ReturnType<typeof dashboard>>) => d.units.find((u) => u.unitId === org.unitId)!;
    const before = unitOf(await dashboard());
    // Another node (or an operator) marks the late October report on time: no request of this process is told.
    const changed = await env.services.db
      .updateTable('performance_reports')
      .set({ late: 0 })
      .where('tenant_id', '=', tenant.id)
      .where('employee_id', '=', org.staff[1]!.id)
      .where('period_index', '=', 10)
      .executeTakeFirst();
    expect(Number(changed.numUpdatedRows)).toBe(1);
    const after = unitOf(await dashboard());
    expect(after.submissions).toMatchObject({
      onTime: before.submissions.onTime + 1,
      late: before.submissions.late - 1,
    });
  });

  it('counts the headcounts exactly: a raw change to people data shows on the next call (people revision)', async () => {
    const dashboard = async () =>
      performanceDashboardSchema.parse(json(await hr.get(`${api}/dashboard?year=2026&periodIndex=10`)));
    const unitOf = (d: Awaited<ReturnType<typeof dashboard>>, unitId = org.unitId) =>
      d.units.find((u) => u.unitId === unitId);
    const before = unitOf(await dashboard())!;
    await dashboard(); // cached now
    // A hire, then a move written straight to people's table (another node, an operator): no request is told.
    const hired = await buildEmployee(env.services, tenant, { unitId: org.unitId });
    const afterHire = unitOf(await dashboard())!;
    expect(afterHire.employees).toBe(before.employees + 1);
    expect(afterHire.submissions).toMatchObject({
      expected: before.submissions.expected + 1,
      missing: before.submissions.missing + 1,
    });
    const other = await buildUnit(env.services, tenant, { name: 'Bagian Lain' });
    const moved = await env.services.db
      .updateTable('people_employees')
      .set({ unit_id: other.id })
      .where('tenant_id', '=', tenant.id)
      .where('id', '=', hired.id)
      .executeTakeFirst();
    expect(Number(moved.numUpdatedRows)).toBe(1);
    const afterMove = await dashboard();
    expect(unitOf(afterMove)!.employees).toBe(before.employees);
    expect(unitOf(afterMove, other.id)?.employees).toBe(1);
  });
});
