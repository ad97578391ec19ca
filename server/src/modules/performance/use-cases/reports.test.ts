import { reportSchema } from '@lentera/common';
import { beforeAll, expect, it } from 'vitest';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import type { HttpClient } from '../../../test/http-client';
import { errorOf } from '../../../test/requests';
import { buildCategory, complaintBody, setComplaintSettings } from '../../complaints/test/factories';
import { complaintsApi } from '../../complaints/test/http';
import { json, signInAs } from '../../people/test/http';
import { approvedPlans, buildOrg, type Org, openTestYear } from '../test/factories';
import { perfApi, signInEmployee } from '../test/http';

describeEachDialect('performance: periodic reports', (env) => {
  let tenant: TenantRecord;
  let org: Org;
  let api: string;
  let indicatorId: string;
  let plans: Awaited<ReturnType<typeof approvedPlans>>;
  let member: HttpClient;
  let head: HttpClient;

  const content = (indicator: string, realisation = '11 dokumen') => ({
    realisations: [{ indicatorId: indicator, realisation }],
    activities: [{ date: '2026-10-05', text: 'Verifikasi berkas' }],
    evidence: [{ label: 'Daftar hadir', url: 'https://arsip.example.go.id/hadir.pdf' }],
    obstacles: 'Jaringan lambat',
    nextSteps: 'Digitalisasi arsip',
  });

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    api = perfApi(tenant);
    org = await buildOrg(env.services, tenant, 3);
    await openTestYear(env.services, tenant);
    plans = await approvedPlans(env.services, tenant, org);
    indicatorId = plans.staff[0]!.approvedContent!.rhk[0]!.indicators[0]!.id;
    member = await signInEmployee(env, org.staff[0]!);
    head = await signInEmployee(env, org.head);
  });

  it('is returned with feedback, revised and approved with ratings; the predikat follows; rounds are kept', async () => {
    const draft = reportSchema.parse(
      json(await member.put(`${api}/reports`, { year: 2026, periodIndex: 10, content: content(indicatorId) })),
    );
    expect(draft).toMatchObject({ status: 'draft', periodLabel: 'Oktober 2026', periodEnd: '2026-10-31' });
    // The reviewer reads the indicators' texts from the plan the report names.
    expect(draft.planId).toBe(plans.staff[0]!.id);
    // October's deadline (5 working days after Saturday 31 October) was Friday 6 November, end of day WIB.
    expect(draft.dueAt).toBe('2026-11-06T16:59:59.999Z');
    const submitted = json(await member.post(`${api}/reports/${draft.id}/submit`));
    // Submitted on 23 November: late, and counted so.
    expect(submitted).toMatchObject({ status: 'submitted', late: true });
    // A second submission while under review, and an edit meanwhile.
    expect(errorOf(await member.post(`${api}/reports/${draft.id}/submit`)).code).toBe('performance_under_review');
    expect(
      errorOf(await member.put(`${api}/reports`, { year: 2026, periodIndex: 10, content: content(indicatorId) })).code,
    ).toBe('performance_under_review');
    // The appraiser sees it in the inbox, with the review context.
    const inbox = json(await head.get(`${api}/inbox`)).items;
    expect(inbox).toContainEqual(expect.objectContaining({ kind: 'report', id: draft.id, label: 'Oktober 2026' }));
    // October's context: no complaint about this employee then.
    expect(json(await head.get(`${api}/reports/${draft.id}/context`)).complaints).toEqual({
      available: true,
      items: [],
    });

    expect(
      json(await head.post(`${api}/reports/${draft.id}/review`, { decision: 'return', feedback: 'Lampirkan bukti' }))
        .status,
    ).toBe('returned');
    const revised = json(
      await member.put(`${api}/reports`, { year: 2026, periodIndex: 10, content: content(indicatorId, '12 dokumen') }),
    );
    expect(revised.status).toBe('returned');
    await member.post(`${api}/reports/${draft.id}/submit`);
    // A rating outside the scale.
    const bad = await head.post(`${api}/reports/${draft.id}/review`, {
      decision: 'approve',
      hasilKerja: 'luar_biasa',
      perilaku: 'sesuai',
    });
    expect(bad.statusCode).toBe(400);
    const approved = reportSchema.parse(
      json(
        await head.post(`${api}/reports/${draft.id}/review`, {
          decision: 'approve',
          hasilKerja: 'di_atas',
          perilaku: 'di_atas',
          feedback: 'Baik sekali',
        }),
      ),
    );
    expect(approved).toMatchObject({ status: 'approved', predikat: 'sangat_baik', late: true, reviewLate: false });
    expect(approved.rounds.map((r) => [r.round, r.decision, r.predikat])).toEqual([
      [1, 'returned', null],
      [2, 'approved', 'sangat_baik'],
    ]);
    expect(approved.rounds[0]!.content.realisations[0]!.realisation).toBe('11 dokumen');
    expect(approved.rounds[1]!.content.realisations[0]!.realisation).toBe('12 dokumen');

    // Editing an approved report without reopening it.
    expect(
      errorOf(await member.put(`${api}/reports`, { year: 2026, periodIndex: 10, content: content(indicatorId) })).code,
    ).toBe('performance_approved_locked');
    // Reopening is audited.
    const reopened = json(await head.post(`${api}/reports/${draft.id}/reopen`, { reason: 'Salah hitung realisasi' }));
    expect(reopened).toMatchObject({ status: 'returned', reopenedCount: 1, predikat: null });
    const audit = await env.services.db
      .selectFrom('audit_entries')
      .select(['action', 'entity_id'])
      .where('tenant_id', '=', tenant.id)
      .where('action', '=', 'performance.report_reopened')
      .execute();
    expect(audit).toEqual([{ action: 'performance.report_reopened', entity_id: draft.id }]);
    expect(
      json(
        await member.put(`${api}/reports`, {
          year: 2026,
          periodIndex: 10,
          content: content(indicatorId, '13 dokumen'),
        }),
      ).status,
    ).toBe('returned');
  });

  it('refuses future periods, unknown indicators, and reports without an approved plan', async () => {
    expect(
      errorOf(await member.put(`${api}/reports`, { year: 2026, periodIndex: 12, content: content(indicatorId) })).code,
    ).toBe('performance_period_future');
    // November is running: a report may be drafted.
    expect(
      json(await member.put(`${api}/reports`, { year: 2026, periodIndex: 11, content: content(indicatorId) })).status,
    ).toBe('draft');
    expect(
      errorOf(await member.put(`${api}/reports`, { year: 2026, periodIndex: 9, content: content('bukan-indikator') }))
        .code,
    ).toBe('performance_unknown_indicator');
    expect(
      (await member.put(`${api}/reports`, { year: 2026, periodIndex: 13, content: content(indicatorId) })).statusCode,
    ).toBe(400);
    const hr = await signInAs(env, tenant, ['hr_admin']);
    // hr_admin has no employee record: not found.
    expect(
      (await hr.put(`${api}/reports`, { year: 2026, periodIndex: 9, content: content(indicatorId) })).statusCode,
    ).toBe(403);
  });

  it('only the appraiser reviews; a report on time is not late', async () => {
    const other = await signInEmployee(env, org.staff[1]!);
    const plan = json(await other.get(`${api}/me/plan?year=2026`)).plan;
    const indicator = plan.approvedContent.rhk[0].indicators[0].id;
    // November's report submitted on 23 November: before its deadline.
    const draft = json(await other.put(`${api}/reports`, { year: 2026, periodIndex: 11, content: content(indicator) }));
    expect(json(await other.post(`${api}/reports/${draft.id}/submit`)).late).toBe(false);
    // A complaint naming this employee in November shows in the appraiser's context, without the reporter.
    const complaints = complaintsApi(tenant);
    await setComplaintSettings(env.services, tenant, { guestPerHour: 0 });
    const category = await buildCategory(env.services, tenant);
    const filed = json(
      await env
        .client()
        .post(complaints, complaintBody(category.id, { privacy: 'anonim', employeeText: 'petugas loket' })),
      201,
    );
    const desk = await signInAs(env, tenant, ['complaint_officer']);
    json(await desk.post(`${complaints}/${filed.id}/verify`, { unitId: org.unitId }));
    json(await desk.post(`${complaints}/${filed.id}/employees`, { employeeId: org.staff[1]!.id }));
    const context = json(await head.get(`${api}/reports/${draft.id}/context`));
    expect(context.complaints.available).toBe(true);
    expect(context.complaints.items).toEqual([expect.objectContaining({ reference: filed.code })]);
    expect(JSON.stringify(context)).not.toContain('Siti Pelapor');
    const peer = await signInEmployee(env, org.staff[2]!);
    expect(
      (await peer.post(`${api}/reports/${draft.id}/review`, { decision: 'return', feedback: 'x' })).statusCode,
    ).toBe(404);
    const hr = await signInAs(env, tenant, ['hr_admin']);
    const byHr = await hr.post(`${api}/reports/${draft.id}/review`, { decision: 'return', feedback: 'x' });
    expect([byHr.statusCode, errorOf(byHr).code]).toEqual([403, 'performance_not_appraiser']);
    const chief = await signInEmployee(env, org.chief);
    // The superior's superior may read but not review.
    expect((await chief.get(`${api}/reports/${draft.id}`)).statusCode).toBe(200);
    expect(
      errorOf(await chief.post(`${api}/reports/${draft.id}/review`, { decision: 'return', feedback: 'x' })).code,
    ).toBe('performance_not_appraiser');
    const otherTenant = await buildTenant(env.services);
    const foreign = await signInAs(env, otherTenant, ['hr_admin']);
    expect(
      (
        await foreign.post(`/api/t/${otherTenant.slug}/performance/reports/${draft.id}/review`, {
          decision: 'return',
          feedback: 'x',
        })
      ).statusCode,
    ).toBe(404);
    expect((await foreign.post(`/api/t/${otherTenant.slug}/performance/reports/${draft.id}/submit`)).statusCode).toBe(
      404,
    );
    // The review overdue is visible: five working days after submission.
    env.clock.set(new Date('2026-12-02T02:00:00Z'));
    try {
      // Sessions expire when idle that long: sign in again.
      const head = await signInEmployee(env, org.head);
      expect(json(await head.get(`${api}/reports/${draft.id}`)).reviewLate).toBe(true);
      expect(
        json(
          await head.post(`${api}/reports/${draft.id}/review`, {
            decision: 'approve',
            hasilKerja: 'sesuai',
            perilaku: 'di_bawah',
          }),
        ),
      ).toMatchObject({
        predikat: 'kurang',
        reviewLate: true,
      });
    } finally {
      env.clock.set(new Date('2026-11-23T02:00:00Z'));
    }
  });
});
