import { semesterOf } from '@lentera/common';
import { beforeAll, expect, it, vi } from 'vitest';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import type { HttpClient } from '../../../test/http-client';
import { errorOf } from '../../../test/requests';
import { signInAs } from '../../people/test/http';
import { answer, buildSurveyFixture, type SurveyFixture } from '../test/factories';

describeEachDialect('surveys: publishing races and period words', (env) => {
  let tenant: TenantRecord;
  let s: string;
  let f: SurveyFixture;
  let admin: HttpClient;
  let period: string;
  const analysis = 'Unsur terendah waktu penyelesaian: antrean panjang pagi hari.';

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    s = `/api/t/${tenant.slug}/surveys`;
    f = await buildSurveyFixture(env.services, tenant);
    admin = await signInAs(env, tenant, [{ role: 'unit_admin', unitId: f.unitId }]);
    period = semesterOf(env.services.clock.now().toISOString().slice(0, 10));
    const visitor = env.client();
    for (let i = 0; i < 2; i += 1)
      expect((await visitor.post(`${s}/form/${await f.visit()}`, answer([3, 3, 2, 4, 3, 3, 4, 3, 3]))).statusCode).toBe(
        201,
      );
  });

  const storedPdfs = async (keys: string[]) => {
    const present: string[] = [];
    for (const key of keys) if (await env.services.files.store.get(key)) present.push(key);
    return present;
  };

  it('the loser of a publication race removes its PDF: only the published report keeps a file', async () => {
    const written: string[] = [];
    const put = vi.spyOn(env.services.files, 'put');
    // While this publication writes its PDF, another one is published for the same unit and period.
    put.mockImplementationOnce(async (key, data, type) => {
      written.push(key);
      await env.services.files.store.put(key, data, type);
      const competitor = await admin.post(`${s}/staff/publish`, { unitId: f.unitId, period, analysis });
      expect(competitor.statusCode, competitor.body).toBe(201);
    });
    put.mockImplementation(async (key, data, type) => {
      written.push(key);
      await env.services.files.store.put(key, data, type);
    });
    try {
      const loser = await admin.post(`${s}/staff/publish`, { unitId: f.unitId, period, analysis });
      expect([loser.statusCode, errorOf(loser).code]).toEqual([409, 'survey_already_published']);
    } finally {
      put.mockRestore();
    }
    expect(written).toHaveLength(2);
    const reports = await env.services.db
      .selectFrom('surveys_reports')
      .select('pdf_key')
      .where('tenant_id', '=', tenant.id)
      .execute();
    expect(reports).toHaveLength(1);
    expect(await storedPdfs(written)).toEqual([reports[0]?.pdf_key]);
  });

  it('says a closed period in words in both languages, never by its code', async () => {
    const token = await f.visit();
    const id = await env.client().post(`${s}/form/${token}`, answer([4, 4, 4, 4, 4, 4, 4, 4, 4]));
    expect([id.statusCode, errorOf(id).code]).toEqual([409, 'survey_period_closed']);
    const [year, half] = period.split('-S');
    expect(errorOf(id).message).toContain(`semester ${half} tahun ${year}`);
    expect(errorOf(id).message).not.toContain(period);
    const en = await env
      .client()
      .post(`${s}/form/${token}`, answer([4, 4, 4, 4, 4, 4, 4, 4, 4]), { 'accept-language': 'en' });
    expect(errorOf(en).message).toContain(`${half === '1' ? 'first' : 'second'} half of ${year}`);
    expect(errorOf(en).message).not.toContain(period);
  });
});
