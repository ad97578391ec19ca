import { beforeAll, expect, it } from 'vitest';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import { errorOf } from '../../../test/requests';
import { signInAs } from '../../people/test/http';
import { answer, buildSurveyFixture, type SurveyFixture } from '../test/factories';

describeEachDialect('surveys: responding', (env) => {
  let tenant: TenantRecord;
  let other: TenantRecord;
  let s: string;
  let f: SurveyFixture;

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    other = await buildTenant(env.services);
    s = `/api/t/${tenant.slug}/surveys`;
    f = await buildSurveyFixture(env.services, tenant);
  });

  it('a visit link answers once: the form, one response, then used (also under concurrency)', async () => {
    const visitor = env.client();
    const token = await f.visit();
    const form = await visitor.get(`${s}/form/${token}`);
    expect(form.statusCode, form.body).toBe(200);
    expect(form.json()).toMatchObject({
      unitName: 'Dinas Kependudukan Uji',
      serviceName: 'KTP-el',
      channel: 'visit_link',
    });
    expect(form.json().period).toMatch(/^\d{4}-S[12]$/);
    const first = await visitor.post(
      `${s}/form/${token}`,
      answer([4, 3, 2, 4, 3, 3, 4, 3, 3], { comment: '<b>cepat</b>' }),
    );
    expect(first.statusCode, first.body).toBe(201);
    const again = await visitor.post(`${s}/form/${token}`, answer([4, 4, 4, 4, 4, 4, 4, 4, 4]));
    expect([again.statusCode, errorOf(again).code]).toEqual([409, 'survey_link_used']);
    const used = await visitor.get(`${s}/form/${token}`);
    expect([used.statusCode, errorOf(used).code]).toEqual([410, 'survey_link_used']);

    // Ten answers at once for one new link: exactly one is saved.
    const racing = await f.visit();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => env.client().post(`${s}/form/${racing}`, answer([3, 3, 3, 3, 3, 3, 3, 3, 3]))),
    );
    expect(answers.filter((a) => a.statusCode === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.statusCode === 409)).toHaveLength(9);
    const stored = await env.services.db
      .selectFrom('surveys_responses')
      .selectAll()
      .where('tenant_id', '=', tenant.id)
      .execute();
    expect(stored).toHaveLength(2);
    // Nothing ties a response to its visit: no token, no ticket, no time.
    const row = stored.find((r) => r.comment !== '') as Record<string, unknown>;
    expect(row.comment).toBe('<b>cepat</b>');
    expect(Object.values(row)).not.toContain(token);
    expect(Object.keys(row).some((k) => /token|ticket|visit|account|_at$/.test(k))).toBe(false);
  });

  it('refuses every bad input: unknown, expired, answers out of range, element missing, another tenant', async () => {
    const visitor = env.client();
    const unknown = await visitor.get(`${s}/form/tidak-ada-token-ini`);
    expect([unknown.statusCode, errorOf(unknown).code]).toEqual([404, 'survey_link_unknown']);
    const expired = await f.visit(-1);
    const late = await visitor.post(`${s}/form/${expired}`, answer([3, 3, 3, 3, 3, 3, 3, 3, 3]));
    expect([late.statusCode, errorOf(late).code]).toEqual([410, 'survey_link_expired']);
    const token = await f.visit();
    const bad = [
      answer([5, 3, 3, 3, 3, 3, 3, 3, 3]),
      answer([0, 3, 3, 3, 3, 3, 3, 3, 3]),
      answer([3, 3, 3, 3, 3, 3, 3, 3]),
      { ...answer([3, 3, 3, 3, 3, 3, 3, 3, 3]), comment: 'x'.repeat(1001) },
      { ...answer([3, 3, 3, 3, 3, 3, 3, 3, 3]), extra: { nope: 'x' } },
      { answers: 'semua baik' },
    ];
    for (const body of bad) {
      const response = await visitor.post(`${s}/form/${token}`, body);
      expect(response.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
    }
    const elsewhere = await visitor.post(
      `/api/t/${other.slug}/surveys/form/${token}`,
      answer([3, 3, 3, 3, 3, 3, 3, 3, 3]),
    );
    expect(elsewhere.statusCode).toBe(404);
    // The link was not used by any of these.
    expect((await visitor.post(`${s}/form/${token}`, answer([3, 3, 3, 3, 3, 3, 3, 3, 3]))).statusCode).toBe(201);
  });

  it('a kiosk session answers once for a ticket; the open link is marked unverified', async () => {
    const officer = await signInAs(env, tenant, [{ role: 'service_officer', unitId: f.unitId }]);
    const token = await f.visit();
    expect((await env.client().post(`${s}/kiosk`, { token })).statusCode).toBe(401);
    const started = await officer.post(`${s}/kiosk`, { token });
    expect(started.statusCode, started.body).toBe(201);
    const { session, form } = started.json();
    expect(form.channel).toBe('kiosk');
    const tablet = env.client();
    expect((await tablet.post(`${s}/kiosk/${session}`, answer([4, 4, 4, 4, 4, 4, 4, 4, 4]))).statusCode).toBe(201);
    expect((await tablet.post(`${s}/kiosk/${session}`, answer([4, 4, 4, 4, 4, 4, 4, 4, 4]))).statusCode).toBe(404);
    expect(errorOf(await tablet.post(`${s}/form/${token}`, answer([4, 4, 4, 4, 4, 4, 4, 4, 4]))).code).toBe(
      'survey_link_used',
    );
    const open = await tablet.get(`${s}/open/${f.unitId}/${f.serviceKey}`);
    expect([open.statusCode, open.json().channel]).toEqual([200, 'public_link']);
    expect(
      (await tablet.post(`${s}/open/${f.unitId}/${f.serviceKey}`, answer([1, 1, 1, 1, 1, 1, 1, 1, 1]))).statusCode,
    ).toBe(201);
    expect((await tablet.get(`${s}/open/${f.unitId}/queue:nope`)).statusCode).toBe(404);
  });
});
