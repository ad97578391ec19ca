import { beforeAll, expect, it } from 'vitest';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import type { HttpClient } from '../../../test/http-client';
import { errorOf } from '../../../test/requests';
import { signInAs } from '../../people/test/http';
import { answer, buildSurveyFixture, type SurveyFixture } from '../test/factories';

describeEachDialect('surveys: the tenant’s own questions', (env) => {
  let tenant: TenantRecord;
  let other: TenantRecord;
  let s: string;
  let f: SurveyFixture;
  let admin: HttpClient;

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    other = await buildTenant(env.services);
    s = `/api/t/${tenant.slug}/surveys`;
    f = await buildSurveyFixture(env.services, tenant);
    admin = await signInAs(env, tenant, ['tenant_admin']);
  });

  it('only the tenant admin lists, adds and changes them; bad input is refused', async () => {
    const body = { textId: 'Apakah ruang tunggu nyaman?', textEn: 'Was the waiting room comfortable?' };
    expect((await env.client().get(`${s}/staff/questions`)).statusCode).toBe(401);
    expect((await env.client().post(`${s}/staff/questions`, body)).statusCode).toBe(401);
    const unitAdmin = await signInAs(env, tenant, [{ role: 'unit_admin', unitId: f.unitId }]);
    const counter = await signInAs(env, tenant, [{ role: 'service_officer', unitId: f.unitId }]);
    expect((await counter.get(`${s}/staff/questions`)).statusCode).toBe(403);
    // The unit's survey staff read them (for the comments), and change nothing.
    expect((await unitAdmin.get(`${s}/staff/questions`)).statusCode).toBe(200);
    expect((await unitAdmin.post(`${s}/staff/questions`, body)).statusCode).toBe(403);
    for (const bad of [{ textId: 'ab' }, { ...body, textId: 'x'.repeat(301) }, { ...body, id: 'q1' }, { textId: 7 }])
      expect((await admin.post(`${s}/staff/questions`, bad)).statusCode, JSON.stringify(bad).slice(0, 60)).toBe(400);

    const added = await admin.post(`${s}/staff/questions`, { ...body, textId: ' <b>Apakah ruang tunggu nyaman?</b> ' });
    expect(added.statusCode, added.body).toBe(201);
    const question = added.json();
    expect(question).toMatchObject({ textId: '<b>Apakah ruang tunggu nyaman?</b>', active: true, position: 0 });
    expect(question.id).toMatch(/^q_[0-9a-f]{12}$/);
    expect((await unitAdmin.patch(`${s}/staff/questions/${question.id}`, { active: false })).statusCode).toBe(403);
    expect((await admin.patch(`${s}/staff/questions/${question.id}`, {})).statusCode).toBe(400);
    expect((await admin.patch(`${s}/staff/questions/${question.id}`, { active: 'no' })).statusCode).toBe(400);
    expect((await admin.patch(`${s}/staff/questions/tidak-ada`, { active: false })).statusCode).toBe(404);
    const otherAdmin = await signInAs(env, other, ['tenant_admin']);
    const foreign = await otherAdmin.patch(`/api/t/${other.slug}/surveys/staff/questions/${question.id}`, {
      active: false,
    });
    expect(foreign.statusCode).toBe(404);
    const edited = await admin.patch(`${s}/staff/questions/${question.id}`, { textId: 'Apakah ruang tunggu nyaman?' });
    expect(edited.json()).toMatchObject({ textId: 'Apakah ruang tunggu nyaman?', active: true });
  });

  it('a deactivated question leaves the forms, cannot be answered, and keeps its answers; ten active at most', async () => {
    const [first] = (await admin.get(`${s}/staff/questions`)).json();
    const second = (await admin.post(`${s}/staff/questions`, { textId: 'Apakah petugas ramah?' })).json();
    expect(second.position).toBe(1);
    const token = await f.visit();
    const form = (await env.client().get(`${s}/form/${token}`)).json();
    expect(form.extraQuestions.map((q: { id: string }) => q.id)).toEqual([first.id, second.id]);
    expect(form.extraQuestions[1].text).toEqual({ id: 'Apakah petugas ramah?', en: 'Apakah petugas ramah?' });
    expect(
      (
        await env
          .client()
          .post(`${s}/form/${token}`, answer([3, 3, 3, 3, 3, 3, 3, 3, 3], { extra: { [second.id]: 'Ya' } }))
      ).statusCode,
    ).toBe(201);

    const off = await admin.patch(`${s}/staff/questions/${second.id}`, { active: false });
    expect(off.json()).toMatchObject({ id: second.id, active: false });
    const shown = (await env.client().get(`${s}/questions`)).json();
    expect(shown.map((q: { id: string }) => q.id)).toEqual([first.id]);
    const later = await f.visit();
    const refused = await env
      .client()
      .post(`${s}/form/${later}`, answer([3, 3, 3, 3, 3, 3, 3, 3, 3], { extra: { [second.id]: 'Ya' } }));
    expect(refused.statusCode).toBe(400);
    // Its answer stays, and the comments' download names it by its text.
    const officer = await signInAs(env, tenant, [{ role: 'survey_officer', unitId: f.unitId }]);
    const period = form.period;
    const csv = await officer.get(`${s}/staff/comments?period=${period}&unitId=${f.unitId}&format=csv`);
    expect(csv.body).toContain('Apakah petugas ramah?');
    expect(csv.body).toContain(',Ya');

    for (let i = 0; i < 9; i += 1)
      expect((await admin.post(`${s}/staff/questions`, { textId: `Pertanyaan nomor ${i + 3}` })).statusCode).toBe(201);
    const eleventh = await admin.post(`${s}/staff/questions`, { textId: 'Satu lagi?' });
    expect([eleventh.statusCode, errorOf(eleventh).code]).toEqual([400, 'survey_questions_limit']);
    const back = await admin.patch(`${s}/staff/questions/${second.id}`, { active: true });
    expect([back.statusCode, errorOf(back).code]).toEqual([400, 'survey_questions_limit']);
    expect((await admin.get(`${s}/staff/questions`)).json()).toHaveLength(11);

    const audit = await env.services.db
      .selectFrom('audit_entries')
      .select('action')
      .where('tenant_id', '=', tenant.id)
      .where('action', 'like', 'surveys.question%')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['surveys.question_added', 'surveys.question_changed', 'surveys.question_deactivated']),
    );
  });
});
