import { annualSchema } from '@lentera/common';
import { beforeAll, expect, it } from 'vitest';
import { makeCtx } from '../../../platform/context';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import type { HttpClient } from '../../../test/http-client';
import { errorOf } from '../../../test/requests';
import { json, signInAs } from '../../people/test/http';
import { performanceService } from '../index';
import { approvedPlans, buildOrg, type Org, openTestYear, submittedReport } from '../test/factories';
import { perfApi, signInEmployee } from '../test/http';

describeEachDialect('performance: annual evaluation and follow-up', (env) => {
  let tenant: TenantRecord;
  let org: Org;
  let api: string;
  let head: HttpClient;
  let chief: HttpClient;
  let hr: HttpClient;

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    api = perfApi(tenant);
    org = await buildOrg(env.services, tenant, 4);
    await openTestYear(env.services, tenant);
    const plans = await approvedPlans(env.services, tenant, org);
    const indicator = plans.staff[0]!.approvedContent!.rhk[0]!.indicators[0]!.id;
    await submittedReport(env.services, tenant, org.staff[0]!, indicator, 9, {
      approveBy: org.head,
      ratings: ['di_atas', 'sesuai'],
    });
    head = await signInEmployee(env, org.head);
    chief = await signInEmployee(env, org.chief);
    hr = await signInAs(env, tenant, ['hr_admin']);
    json(await hr.put(`${api}/unit-predikat`, { year: 2026, unitId: org.unitId, predikat: 'baik' }));
  });

  it('rates with the periodic ratings in view, warns on the distribution, is confirmed and acknowledged', async () => {
    const member = org.staff[0]!;
    const before = json(await head.get(`${api}/employees/${member.id}/annual?year=2026`));
    expect(before).toMatchObject({
      annual: null,
      periodic: [{ periodIndex: 9, predikat: 'baik', status: 'approved' }],
    });
    const rated = annualSchema.parse(
      json(
        await head.post(`${api}/employees/${member.id}/annual`, {
          year: 2026,
          hasilKerja: 'di_atas',
          perilaku: 'di_atas',
        }),
      ),
    );
    expect(rated).toMatchObject({ status: 'rated', predikat: 'sangat_baik' });
    // A unit rated Baik expects some Butuh Perbaikan or Kurang: a warning, not a block.
    expect(rated.warnings.map((w) => w.code)).toEqual(['min_below_baik']);
    // Re-rating before confirmation.
    expect(
      json(
        await head.post(`${api}/employees/${member.id}/annual`, {
          year: 2026,
          hasilKerja: 'di_atas',
          perilaku: 'sesuai',
        }),
      ).predikat,
    ).toBe('baik');
    json(
      await head.post(`${api}/employees/${member.id}/annual`, {
        year: 2026,
        hasilKerja: 'di_atas',
        perilaku: 'di_atas',
      }),
    );
    // The appraiser cannot confirm their own rating; the appraiser's superior does.
    expect(errorOf(await head.post(`${api}/annuals/${rated.id}/confirm`)).code).toBe('performance_not_confirmer');
    expect(json(await chief.post(`${api}/annuals/${rated.id}/confirm`)).status).toBe('confirmed');
    expect(
      errorOf(
        await head.post(`${api}/employees/${member.id}/annual`, {
          year: 2026,
          hasilKerja: 'sesuai',
          perilaku: 'sesuai',
        }),
      ).code,
    ).toBe('performance_annual_state');
    const self = await signInEmployee(env, member);
    expect(json(await self.post(`${api}/annuals/${rated.id}/acknowledge`)).status).toBe('acknowledged');
    // Sangat Baik: on the awards candidate list, through the public door.
    const candidates = await performanceService.awardCandidates(makeCtx(env.services, { tenant }), 2026);
    expect(candidates.map((c) => c.employeeId)).toEqual([member.id]);
    expect(json(await hr.get(`${api}/awards?year=2026`)).items).toHaveLength(1);
  });

  it('an objection is decided by the appraiser’s superior; below Baik opens coaching and a referral is stored', async () => {
    const member = org.staff[1]!;
    const rated = json(
      await head.post(`${api}/employees/${member.id}/annual`, {
        year: 2026,
        hasilKerja: 'di_bawah',
        perilaku: 'di_bawah',
      }),
    );
    expect(rated.predikat).toBe('sangat_kurang');
    await chief.post(`${api}/annuals/${rated.id}/confirm`);
    const self = await signInEmployee(env, member);
    expect((await self.post(`${api}/annuals/${rated.id}/objection`, { reason: '' })).statusCode).toBe(400);
    const objected = json(
      await self.post(`${api}/annuals/${rated.id}/objection`, {
        reason: 'Target bulan Juni tidak memperhitungkan cuti sakit',
      }),
    );
    expect(objected.status).toBe('objected');
    expect(json(await chief.get(`${api}/inbox`)).items).toContainEqual(
      expect.objectContaining({ kind: 'objection', id: rated.id }),
    );
    // Another employee cannot acknowledge or object for them.
    const peer = await signInEmployee(env, org.staff[2]!);
    expect((await peer.post(`${api}/annuals/${rated.id}/acknowledge`)).statusCode).toBe(404);
    expect(
      errorOf(await head.post(`${api}/annuals/${rated.id}/objection-decision`, { decision: 'rejected', note: 'x' }))
        .code,
    ).toBe('performance_not_confirmer');
    const decided = json(
      await chief.post(`${api}/annuals/${rated.id}/objection-decision`, {
        decision: 'upheld',
        hasilKerja: 'di_bawah',
        perilaku: 'sesuai',
        note: 'Cuti sakit diperhitungkan',
      }),
    );
    expect(decided).toMatchObject({ status: 'decided', predikat: 'butuh_perbaikan', objectionDecision: 'upheld' });

    const coaching = json(await hr.get(`${api}/coaching?year=2026`)).items;
    const plan = coaching.find((c: { employeeId: string }) => c.employeeId === member.id);
    expect(plan).toMatchObject({ status: 'open', predikat: 'butuh_perbaikan' });
    // The appraiser manages it: actions, mentor, dates; a bad range is refused.
    expect(
      errorOf(
        await head.patch(`${api}/coaching/${plan.id}`, { actions: [], startDate: '2027-02-01', endDate: '2027-01-01' }),
      ).code,
    ).toBe('performance_bad_range');
    const updated = json(
      await head.patch(`${api}/coaching/${plan.id}`, {
        actions: [{ text: 'Pendampingan mingguan', due: '2027-03-31', done: false }],
        mentorId: org.staff[3]!.id,
        startDate: '2027-01-04',
        endDate: '2027-06-30',
      }),
    );
    expect(updated).toMatchObject({
      mentorId: org.staff[3]!.id,
      actions: [{ text: 'Pendampingan mingguan', done: false }],
    });
    // The employee themself does not see others' coaching lists.
    expect((await peer.get(`${api}/coaching`)).statusCode).toBe(403);
    json(await head.post(`${api}/coaching/${plan.id}/referral`, { reason: 'Mangkir berulang' }));
    const referrals = await performanceService.disciplineReferrals(makeCtx(env.services, { tenant }), 2026);
    expect(referrals).toEqual([expect.objectContaining({ employeeId: member.id, reason: 'Mangkir berulang' })]);
    expect(errorOf(await head.patch(`${api}/coaching/${plan.id}`, { actions: [], close: true })).code).toBe(
      'validation_failed',
    );
    expect(
      json(await head.patch(`${api}/coaching/${plan.id}`, { actions: [], outcome: 'Target tercapai', close: true }))
        .status,
    ).toBe('closed');
  });

  it('refuses an annual rating without an approved plan and by someone who is not the appraiser', async () => {
    const peer = await signInEmployee(env, org.staff[2]!);
    expect(
      (
        await peer.post(`${api}/employees/${org.staff[3]!.id}/annual`, {
          year: 2026,
          hasilKerja: 'sesuai',
          perilaku: 'sesuai',
        })
      ).statusCode,
    ).toBe(404);
    expect(
      errorOf(
        await hr.post(`${api}/employees/${org.staff[3]!.id}/annual`, {
          year: 2026,
          hasilKerja: 'sesuai',
          perilaku: 'sesuai',
        }),
      ).code,
    ).toBe('performance_not_appraiser');
    expect(
      (
        await head.post(`${api}/employees/${org.staff[3]!.id}/annual`, {
          year: 2026,
          hasilKerja: 'baik',
          perilaku: 'sesuai',
        })
      ).statusCode,
    ).toBe(400);
    // The chief (no superior, no plan approved) cannot be rated by the head.
    expect(
      (
        await head.post(`${api}/employees/${org.chief.id}/annual`, {
          year: 2026,
          hasilKerja: 'sesuai',
          perilaku: 'sesuai',
        })
      ).statusCode,
    ).toBe(404);
  });
});
