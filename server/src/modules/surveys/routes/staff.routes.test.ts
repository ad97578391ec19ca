import { beforeAll, expect, it } from 'vitest';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import type { HttpClient } from '../../../test/http-client';
import { errorOf } from '../../../test/requests';
import { buildUnit } from '../../people/test/factories';
import { signInAs } from '../../people/test/http';
import { answer, buildSurveyFixture, type SurveyFixture } from '../test/factories';

/**
 * The worked example of the README, by hand: four verified responses
 *   R1 4 3 2 4 3 3 4 3 3 (visit link)   R2 3 3 2 4 4 3 3 3 3 (visit link)
 *   R3 4 4 3 4 3 4 4 3 4 (visit link)   R4 3 3 1 4 3 3 3 2 3 (paper form)
 * sums 14 13 8 16 13 13 14 11 13 = 115; NRR = sum / 4; IKM = 115 / 36 = 3.1944; converted = 25 × 115 / 36 = 79.86,
 * grade B (76.61–88.30). One open-link response of all 1s is counted apart and changes none of these.
 */
const R = [
  [4, 3, 2, 4, 3, 3, 4, 3, 3],
  [3, 3, 2, 4, 4, 3, 3, 3, 3],
  [4, 4, 3, 4, 3, 4, 4, 3, 4],
  [3, 3, 1, 4, 3, 3, 3, 2, 3],
];

describeEachDialect('surveys: staff routes and results', (env) => {
  let tenant: TenantRecord;
  let other: TenantRecord;
  let s: string;
  let f: SurveyFixture;
  let officer: HttpClient;
  let admin: HttpClient;
  let elsewhere: HttpClient;
  const period = '2026-S2';

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    other = await buildTenant(env.services);
    s = `/api/t/${tenant.slug}/surveys`;
    f = await buildSurveyFixture(env.services, tenant);
    officer = await signInAs(env, tenant, [{ role: 'survey_officer', unitId: f.unitId }]);
    admin = await signInAs(env, tenant, [{ role: 'unit_admin', unitId: f.unitId }]);
    const another = await buildUnit(env.services, tenant);
    elsewhere = await signInAs(env, tenant, [{ role: 'survey_officer', unitId: another.id }]);
    const visitor = env.client();
    for (const values of R.slice(0, 3))
      expect(
        (await visitor.post(`${s}/form/${await f.visit()}`, answer(values, { comment: 'Antrean lama' }))).statusCode,
      ).toBe(201);
    expect(
      (await visitor.post(`${s}/open/${f.unitId}/${f.serviceKey}`, answer([1, 1, 1, 1, 1, 1, 1, 1, 1]))).statusCode,
    ).toBe(201);
  });

  it('paper entry: a form number once per unit and period; access by role and unit', async () => {
    const paper = {
      ...answer(R[3] as number[]),
      unitId: f.unitId,
      serviceKey: f.serviceKey,
      formNumber: 'K-017',
      filledOn: '2026-11-20',
    };
    expect((await env.client().post(`${s}/paper`, paper)).statusCode).toBe(401);
    const employee = await signInAs(env, tenant, ['employee']);
    expect((await employee.post(`${s}/paper`, paper)).statusCode).toBe(403);
    expect((await elsewhere.post(`${s}/paper`, paper)).statusCode).toBe(404);
    expect((await officer.post(`/api/t/${other.slug}/surveys/paper`, paper)).statusCode).toBeGreaterThanOrEqual(401);
    expect((await officer.post(`${s}/paper`, { ...paper, answers: { ...paper.answers, U9: 7 } })).statusCode).toBe(400);
    expect((await officer.post(`${s}/paper`, { ...paper, filledOn: '2027-01-02' })).statusCode).toBe(400);
    expect((await officer.post(`${s}/paper`, paper)).statusCode).toBe(201);
    const twice = await officer.post(`${s}/paper`, paper);
    expect([twice.statusCode, errorOf(twice).code]).toEqual([409, 'survey_paper_duplicate']);
    const audit = await env.services.db
      .selectFrom('audit_entries')
      .select('action')
      .where('tenant_id', '=', tenant.id)
      .where('action', '=', 'surveys.paper_entered')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('the results equal the worked example by hand, in public and for staff (details, sample, comments, trends)', async () => {
    const results = (await env.client().get(`${s}/results?period=${period}`)).json();
    expect(results).toMatchObject({ period, published: false });
    const unit = results.units.find((u: { unitId: string }) => u.unitId === f.unitId);
    expect(unit.respondents).toBe(4);
    expect(unit.nrr).toEqual({ U1: 3.5, U2: 3.25, U3: 2, U4: 4, U5: 3.25, U6: 3.25, U7: 3.5, U8: 2.75, U9: 3.25 });
    expect(unit.ikm).toBeCloseTo(115 / 36, 12);
    expect([unit.converted, unit.grade]).toEqual([79.86, 'B']);
    expect(unit.byChannel).toEqual({ visit_link: 3, kiosk: 0, paper: 1, public_link: 1 });
    expect(unit.publicLink).toMatchObject({ respondents: 1, converted: 25, grade: 'D' });
    expect(unit.services).toMatchObject([
      { serviceKey: f.serviceKey, serviceName: 'KTP-el', respondents: 4, converted: 79.86 },
    ]);

    const q = `period=${period}&unitId=${f.unitId}`;
    expect((await env.client().get(`${s}/staff/results?${q}`)).statusCode).toBe(401);
    expect((await elsewhere.get(`${s}/staff/results?${q}`)).statusCode).toBe(404);
    expect((await officer.get(`${s}/staff/results?period=2026&unitId=${f.unitId}`)).statusCode).toBe(400);
    const staff = (await officer.get(`${s}/staff/results?${q}`)).json();
    expect(staff.weakest.slice(0, 2)).toEqual(['U3', 'U8']);
    expect(staff.respondentsBy.sex).toEqual({ female: 4 });
    // Visits: the fixture's finished tickets (queue door) this semester; Krejcie–Morgan of that population.
    expect(staff.sample.visitsFromDoors).toBeGreaterThanOrEqual(3);
    expect(staff.sample.respondents).toBe(4);
    expect((await officer.put(`${s}/staff/visits`, { unitId: f.unitId, period, visits: 100 })).statusCode).toBe(200);
    const sample = (await officer.get(`${s}/staff/results?${q}`)).json().sample;
    expect(sample).toMatchObject({ visitsEntered: 100, population: 100, minimum: 80, met: false });
    const page = (await officer.get(`${s}/staff/comments?${q}&pageSize=2`)).json();
    expect([page.total, page.rows.length, page.rows[0].comment]).toEqual([3, 2, 'Antrean lama']);
    const trend = (await officer.get(`${s}/staff/trends?unitId=${f.unitId}`)).json();
    expect(trend.periods).toMatchObject([{ period, respondents: 4, converted: 79.86, published: false }]);
  });

  it('publishing freezes the period (PDF, audited), refuses later responses; the plan is followed in public', async () => {
    const body = {
      unitId: f.unitId,
      period,
      analysis: 'Unsur terendah U3 (waktu penyelesaian): antrean panjang pagi hari.',
    };
    expect((await officer.post(`${s}/staff/publish`, body)).statusCode).toBe(403);
    expect((await admin.post(`${s}/staff/publish`, { ...body, analysis: 'x' })).statusCode).toBe(400);
    const published = await admin.post(`${s}/staff/publish`, body);
    expect(published.statusCode, published.body).toBe(201);
    const again = await admin.post(`${s}/staff/publish`, body);
    expect([again.statusCode, errorOf(again).code]).toEqual([409, 'survey_already_published']);
    const pdf = await env.client().get(published.json().reportPdf);
    expect([pdf.statusCode, pdf.headers['content-type'], pdf.rawPayload.subarray(0, 5).toString()]).toEqual([
      200,
      'application/pdf',
      '%PDF-',
    ]);
    const closed = await env.client().post(`${s}/form/${await f.visit()}`, answer([4, 4, 4, 4, 4, 4, 4, 4, 4]));
    expect([closed.statusCode, errorOf(closed).code]).toEqual([409, 'survey_period_closed']);

    const action = {
      unitId: f.unitId,
      period,
      element: 'U3',
      action: 'Menambah satu loket pada pagi hari',
      owner: 'Kepala Seksi Pelayanan',
      dueDate: '2027-03-31',
    };
    expect((await elsewhere.post(`${s}/staff/plan`, action)).statusCode).toBe(404);
    expect((await officer.post(`${s}/staff/plan`, { ...action, element: 'U10' })).statusCode).toBe(400);
    const added = await officer.post(`${s}/staff/plan`, action);
    expect(added.statusCode, added.body).toBe(201);
    const followed = await officer.patch(`${s}/staff/plan/${added.json().id}`, { progress: 60, status: 'in_progress' });
    expect(followed.json()).toMatchObject({ progress: 60, status: 'in_progress' });
    expect((await elsewhere.patch(`${s}/staff/plan/${added.json().id}`, { progress: 10 })).statusCode).toBe(404);

    const latest = (await env.client().get(`${s}/results`)).json();
    expect(latest).toMatchObject({ period, published: true, periods: [period] });
    const unit = latest.units[0];
    expect([unit.converted, unit.respondents, unit.plan[0].progress]).toEqual([79.86, 4, 60]);
    const csv = await env.client().get(`${s}/results?period=${period}&format=csv`);
    expect(csv.body).toContain('79.86');
    const audit = await env.services.db
      .selectFrom('audit_entries')
      .select('action')
      .where('tenant_id', '=', tenant.id)
      .where('action', 'like', 'surveys.%')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['surveys.report_published', 'surveys.plan_action_added', 'surveys.plan_action_updated']),
    );
  });
});
