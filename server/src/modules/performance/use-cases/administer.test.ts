import { performanceYearSchema } from '@lentera/common';
import { beforeAll, expect, it } from 'vitest';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import type { HttpClient } from '../../../test/http-client';
import { errorOf } from '../../../test/requests';
import { buildEmployee } from '../../people/test/factories';
import { json, signInAs } from '../../people/test/http';
import { approvedPlans, buildOrg, type Org, submittedReport } from '../test/factories';
import { perfApi, signInEmployee } from '../test/http';

describeEachDialect('performance: years, settings, acting appraisers', (env) => {
  let tenant: TenantRecord;
  let api: string;
  let hr: HttpClient;
  let org: Org;

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    api = perfApi(tenant);
    hr = await signInAs(env, tenant, ['hr_admin']);
    org = await buildOrg(env.services, tenant, 2);
  });

  it('hr_admin sets the period kind; a year opens with it and closes', async () => {
    expect(json(await hr.get(`${api}/settings`))).toEqual({
      periodKind: 'monthly',
      submissionWorkingDays: 5,
      reviewWorkingDays: 5,
    });
    const employee = await signInEmployee(env, org.staff[0]!);
    expect(
      (
        await employee.put(`${api}/settings`, {
          periodKind: 'quarterly',
          submissionWorkingDays: 5,
          reviewWorkingDays: 5,
        })
      ).statusCode,
    ).toBe(403);
    expect((await employee.post(`${api}/years`, { year: 2025 })).statusCode).toBe(403);
    expect(
      (await hr.put(`${api}/settings`, { periodKind: 'weekly', submissionWorkingDays: 5, reviewWorkingDays: 5 }))
        .statusCode,
    ).toBe(400);
    json(await hr.put(`${api}/settings`, { periodKind: 'quarterly', submissionWorkingDays: 10, reviewWorkingDays: 5 }));
    const y2025 = performanceYearSchema.parse(json(await hr.post(`${api}/years`, { year: 2025 }), 201));
    // Ten working days after each quarter; April 2025 skips the Lebaran holidays and joint leave.
    expect(y2025.periods.map((p) => [p.label, p.dueDate])).toEqual([
      ['Triwulan I 2025', '2025-04-22'],
      ['Triwulan II 2025', '2025-07-14'],
      ['Triwulan III 2025', '2025-10-14'],
      ['Triwulan IV 2025', '2026-01-15'],
    ]);
    expect(errorOf(await hr.post(`${api}/years`, { year: 2025 })).code).toBe('performance_year_exists');
    expect(json(await hr.post(`${api}/years/2025/close`)).status).toBe('closed');
    expect(errorOf(await hr.post(`${api}/years/2025/close`)).code).toBe('performance_year_not_open');
    json(await hr.put(`${api}/settings`, { periodKind: 'monthly', submissionWorkingDays: 5, reviewWorkingDays: 5 }));
    const y2026 = json(await hr.post(`${api}/years`, { year: 2026 }), 201);
    expect(y2026.periods).toHaveLength(12);
    expect(y2026.periods[10]).toMatchObject({ label: 'November 2026', state: 'running' });
    expect(
      json(await employee.get(`${api}/years`)).items.map((y: { year: number; status: string }) => [y.year, y.status]),
    ).toEqual([
      [2026, 'open'],
      [2025, 'closed'],
    ]);
  });

  it('a report for a closed year is refused', async () => {
    const employee = await signInEmployee(env, org.staff[0]!);
    const response = await employee.put(`${api}/reports`, {
      year: 2025,
      periodIndex: 1,
      content: { realisations: [], activities: [], evidence: [] },
    });
    expect([response.statusCode, errorOf(response).code]).toEqual([400, 'performance_period_closed']);
  });

  it('an acting appraiser reviews for the absent superior within the date range only', async () => {
    const plans = await approvedPlans(env.services, tenant, org);
    const member = org.staff[1]!;
    const indicator = plans.staff[1]!.approvedContent!.rhk[0]!.indicators[0]!.id;
    const report = await submittedReport(env.services, tenant, member, indicator, 10);
    const acting = await buildEmployee(env.services, tenant, { unitId: org.parentUnitId, login: true });
    const actingClient = await signInEmployee(env, acting);
    expect(
      (await actingClient.post(`${api}/reports/${report.id}/review`, { decision: 'return', feedback: 'x' })).statusCode,
    ).toBe(404);
    // A range that has not started yet gives nothing.
    const later = json(
      await hr.post(`${api}/acting`, {
        replacesId: org.head.id,
        actingId: acting.id,
        from: '2026-12-01',
        to: '2026-12-31',
        reason: 'Cuti',
      }),
      201,
    );
    expect(
      (await actingClient.post(`${api}/reports/${report.id}/review`, { decision: 'return', feedback: 'x' })).statusCode,
    ).toBe(404);
    expect(
      (
        await hr.post(`${api}/acting`, {
          replacesId: org.head.id,
          actingId: acting.id,
          from: '2026-12-01',
          to: '2026-11-01',
          reason: 'x',
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (await hr.post(`${api}/acting`, { actingId: acting.id, from: '2026-11-01', to: '2026-12-01', reason: 'x' }))
        .statusCode,
    ).toBe(400);
    json(
      await hr.post(`${api}/acting`, {
        replacesId: org.head.id,
        actingId: acting.id,
        from: '2026-11-16',
        to: '2026-11-30',
        reason: 'Diklat PIM',
      }),
      201,
    );
    // Signed in again: the acting role is derived at sign-in.
    const nowActing = await signInEmployee(env, acting);
    expect(json(await nowActing.get(`${api}/inbox`)).items).toContainEqual(expect.objectContaining({ id: report.id }));
    expect(
      json(
        await nowActing.post(`${api}/reports/${report.id}/review`, {
          decision: 'approve',
          hasilKerja: 'sesuai',
          perilaku: 'sesuai',
        }),
      ).predikat,
    ).toBe('baik');
    expect(json(await hr.get(`${api}/acting`)).items).toHaveLength(2);
    json(await hr.request('DELETE', `${api}/acting/${later.id}`));
    expect(json(await hr.get(`${api}/acting`)).items).toHaveLength(1);
  });
});
