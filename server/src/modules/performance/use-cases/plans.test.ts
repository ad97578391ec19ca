import { planSchema } from '@lentera/common';
import { beforeAll, expect, it } from 'vitest';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import type { HttpClient } from '../../../test/http-client';
import { errorOf } from '../../../test/requests';
import { buildEmployee, hrAdminCtx } from '../../people/test/factories';
import { json, signInAs } from '../../people/test/http';
import { buildOrg, type Org, openTestYear, planContent } from '../test/factories';
import { perfApi, signInEmployee } from '../test/http';
import { savePlan } from './plans';

describeEachDialect('performance: SKP plans', (env) => {
  let tenant: TenantRecord;
  let org: Org;
  let api: string;
  let chiefRhk: string;
  let headClient: HttpClient;
  let chiefClient: HttpClient;

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    api = perfApi(tenant);
    org = await buildOrg(env.services, tenant, 2);
    await openTestYear(env.services, tenant);
    chiefRhk = (
      await savePlan(hrAdminCtx(env.services, tenant), org.chief.id, { year: 2026, content: planContent(null) })
    ).content.rhk[0]!.id;
    headClient = await signInEmployee(env, org.head);
    chiefClient = await signInEmployee(env, org.chief);
  });

  it('drafts, is returned with notes, is fixed and approved; every version is kept', async () => {
    const draft = planSchema.parse(
      json(await headClient.put(`${api}/plans`, { year: 2026, content: planContent(chiefRhk, 'Bidang') })),
    );
    expect(draft).toMatchObject({ status: 'draft', version: 1, approvedVersion: null });
    expect(draft.superiorRhk.map((r) => r.id)).toEqual([chiefRhk]);
    expect(json(await headClient.post(`${api}/plans/${draft.id}/submit`)).status).toBe('submitted');
    // A second submission, or an edit, while under review.
    expect(errorOf(await headClient.post(`${api}/plans/${draft.id}/submit`)).code).toBe('performance_plan_state');
    const returnedWithoutNote = await chiefClient.post(`${api}/plans/${draft.id}/decision`, { decision: 'return' });
    expect(returnedWithoutNote.statusCode).toBe(400);
    const returned = json(
      await chiefClient.post(`${api}/plans/${draft.id}/decision`, {
        decision: 'return',
        note: 'Target kuantitas terlalu rendah',
      }),
    );
    expect(returned).toMatchObject({
      status: 'returned',
      versions: [{ version: 1, status: 'returned', note: 'Target kuantitas terlalu rendah' }],
    });

    const content = planContent(chiefRhk, 'Bidang');
    content.rhk[0]!.id = draft.content.rhk[0]!.id;
    content.rhk[0]!.indicators[0]!.target = '240 dokumen';
    const fixed = json(await headClient.put(`${api}/plans`, { year: 2026, content }));
    expect(fixed).toMatchObject({ status: 'draft', version: 2 });
    // The RHK keeps its id across versions (reports and subordinates refer to it).
    expect(fixed.content.rhk[0].id).toBe(draft.content.rhk[0]!.id);
    await headClient.post(`${api}/plans/${draft.id}/submit`);
    const approved = planSchema.parse(
      json(
        await chiefClient.post(`${api}/plans/${draft.id}/decision`, {
          decision: 'approve',
          specialExpectations: { kolaboratif: 'Aktif berkoordinasi dengan bidang lain' },
        }),
      ),
    );
    expect(approved).toMatchObject({ status: 'approved', version: 2, approvedVersion: 2 });
    expect(approved.approvedContent?.behaviour).toContainEqual({
      value: 'kolaboratif',
      specialExpectation: 'Aktif berkoordinasi dengan bidang lain',
    });
    expect(approved.versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'returned'],
      [2, 'approved'],
    ]);

    // A change after approval is a new version needing approval; the approved one stays in force meanwhile.
    content.rhk[0]!.indicators[0]!.target = '260 dokumen';
    const changed = json(await headClient.put(`${api}/plans`, { year: 2026, content }));
    expect(changed).toMatchObject({ status: 'draft', version: 3, approvedVersion: 2 });
    expect(changed.approvedContent.rhk[0].indicators[0].target).toBe('240 dokumen');
    await headClient.post(`${api}/plans/${draft.id}/submit`);
    expect(
      json(await chiefClient.post(`${api}/plans/${draft.id}/decision`, { decision: 'approve' })).approvedVersion,
    ).toBe(3);
  });

  it("refuses an RHK cascaded from someone who is not the direct superior's", async () => {
    const member = org.staff[0]!;
    const client = await signInEmployee(env, member);
    // The chief's RHK is two levels up: not the direct superior's.
    const response = await client.put(`${api}/plans`, { year: 2026, content: planContent(chiefRhk) });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).code).toBe('performance_bad_cascade');
    // A top-level RHK is for unit heads only.
    const top = await client.put(`${api}/plans`, { year: 2026, content: planContent(null) });
    expect(errorOf(top).code).toBe('performance_top_level_not_allowed');
  });

  it('refuses a plan for a year that is not open, and bad content', async () => {
    const client = await signInEmployee(env, org.head);
    expect(errorOf(await client.put(`${api}/plans`, { year: 2027, content: planContent(chiefRhk) })).code).toBe(
      'performance_year_not_open',
    );
    const noIndicators = await client.put(`${api}/plans`, {
      year: 2026,
      content: { rhk: [{ text: 'Tanpa indikator', parentRhkId: chiefRhk, indicators: [] }] },
    });
    expect(noIndicators.statusCode).toBe(400);
  });

  it('only the appraiser decides; others who may see the plan get 403, strangers 404', async () => {
    const member = org.staff[1]!;
    const client = await signInEmployee(env, member);
    const headPlan = json(await headClient.get(`${api}/me/plan?year=2026`)).plan;
    const plan = json(
      await client.put(`${api}/plans`, { year: 2026, content: planContent(headPlan.approvedContent.rhk[0].id) }),
    );
    await client.post(`${api}/plans/${plan.id}/submit`);
    // The employee cannot approve their own plan.
    expect(errorOf(await client.post(`${api}/plans/${plan.id}/decision`, { decision: 'approve' })).code).toBe(
      'performance_not_appraiser',
    );
    const hr = await signInAs(env, tenant, ['hr_admin']);
    const byHr = await hr.post(`${api}/plans/${plan.id}/decision`, { decision: 'approve' });
    expect([byHr.statusCode, errorOf(byHr).code]).toEqual([403, 'performance_not_appraiser']);
    const stranger = await buildEmployee(env.services, tenant, { login: true });
    const strangerClient = await signInEmployee(env, stranger);
    expect((await strangerClient.post(`${api}/plans/${plan.id}/decision`, { decision: 'approve' })).statusCode).toBe(
      404,
    );
    expect((await strangerClient.get(`${api}/plans/${plan.id}`)).statusCode).toBe(404);
    // Another tenant's admin and appraiser-shaped caller: 404.
    const other = await buildTenant(env.services);
    const otherHr = await signInAs(env, other, ['hr_admin']);
    expect(
      (await otherHr.post(`/api/t/${other.slug}/performance/plans/${plan.id}/decision`, { decision: 'approve' }))
        .statusCode,
    ).toBe(404);
    expect((await otherHr.get(`/api/t/${other.slug}/performance/plans/${plan.id}`)).statusCode).toBe(404);
    // The appraiser approves.
    expect(json(await headClient.post(`${api}/plans/${plan.id}/decision`, { decision: 'approve' })).status).toBe(
      'approved',
    );
    // hr_admin reads it.
    expect(json(await hr.get(`${api}/plans/${plan.id}`)).id).toBe(plan.id);
  });

  it('answers 401 without a session', async () => {
    expect((await env.client().get(`${api}/me/plan?year=2026`)).statusCode).toBe(401);
  });
});
