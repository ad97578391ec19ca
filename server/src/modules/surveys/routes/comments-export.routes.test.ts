import { semesterOf } from '@lentera/common';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import type { HttpClient } from '../../../test/http-client';
import { buildUnit } from '../../people/test/factories';
import { signInAs } from '../../people/test/http';
import { answer, buildSurveyFixture, type SurveyFixture } from '../test/factories';

describeEachDialect('surveys: downloading a period’s comments', (env) => {
  let tenant: TenantRecord;
  let other: TenantRecord;
  let s: string;
  let f: SurveyFixture;
  let officer: HttpClient;
  let q: string;
  const tokens: string[] = [];

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    other = await buildTenant(env.services);
    s = `/api/t/${tenant.slug}/surveys`;
    f = await buildSurveyFixture(env.services, tenant);
    officer = await signInAs(env, tenant, [{ role: 'survey_officer', unitId: f.unitId }]);
    q = `period=${semesterOf(env.services.clock.now().toISOString().slice(0, 10))}&unitId=${f.unitId}`;
    const admin = await signInAs(env, tenant, ['tenant_admin']);
    const question = await admin.post(`${s}/staff/questions`, {
      textId: 'Apakah tempat parkir cukup?',
      textEn: 'Was there enough parking?',
    });
    expect(question.statusCode, question.body).toBe(201);
    const parkir = question.json().id;
    const visitor = env.client();
    const comments = ['Antrean lama, "loket 2" tutup', '=HYPERLINK("http://x","klik")', ''];
    for (const comment of comments) {
      const token = await f.visit();
      tokens.push(token);
      const extra = comment === '' ? { [parkir]: 'Kurang' } : {};
      expect(
        (await visitor.post(`${s}/form/${token}`, answer([3, 3, 3, 3, 3, 3, 3, 3, 3], { comment, extra }))).statusCode,
      ).toBe(201);
    }
    // A response without comment or extra answer is not a row.
    expect((await visitor.post(`${s}/form/${await f.visit()}`, answer([4, 4, 4, 4, 4, 4, 4, 4, 4]))).statusCode).toBe(
      201,
    );
  });

  it('answers only the unit’s survey staff: no session, wrong role, another unit, another tenant, bad input', async () => {
    expect((await env.client().get(`${s}/staff/comments?${q}&format=csv`)).statusCode).toBe(401);
    const counter = await signInAs(env, tenant, [{ role: 'service_officer', unitId: f.unitId }]);
    expect((await counter.get(`${s}/staff/comments?${q}&format=csv`)).statusCode).toBe(403);
    const another = await buildUnit(env.services, tenant);
    const elsewhere = await signInAs(env, tenant, [{ role: 'survey_officer', unitId: another.id }]);
    expect((await elsewhere.get(`${s}/staff/comments?${q}&format=xlsx`)).statusCode).toBe(404);
    expect(
      (await officer.get(`/api/t/${other.slug}/surveys/staff/comments?${q}&format=csv`)).statusCode,
    ).toBeGreaterThanOrEqual(401);
    expect((await officer.get(`${s}/staff/comments?${q}&format=pdf`)).statusCode).toBe(400);
    expect((await officer.get(`${s}/staff/comments?period=2026-S3&unitId=${f.unitId}&format=csv`)).statusCode).toBe(
      400,
    );
  });

  it('gives every comment as CSV (formulas kept as text) and XLSX, in the person’s language, with nothing of the visit', async () => {
    const csv = await officer.get(`${s}/staff/comments?${q}&format=csv`);
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="komentar-skm-\d{4}-S[12]\.csv"/);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe('Tanggal,Layanan,Cara mengisi,Komentar,Apakah tempat parkir cukup?');
    expect(lines).toHaveLength(4);
    expect(csv.body).toContain('"Antrean lama, ""loket 2"" tutup"');
    expect(csv.body).toContain(`"'=HYPERLINK(""http://x"",""klik"")"`);
    expect(csv.body).toContain('Tautan setelah kunjungan');
    expect(csv.body).toContain(',Kurang');
    for (const token of tokens) expect(csv.body).not.toContain(token);
    const ids = await env.services.db
      .selectFrom('surveys_responses')
      .select('id')
      .where('tenant_id', '=', tenant.id)
      .execute();
    for (const { id } of ids) expect(csv.body).not.toContain(id);

    const xlsx = await officer.get(`${s}/staff/comments?${q}&format=xlsx`, { 'accept-language': 'en' });
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet?.rowCount).toBe(4);
    // The officer's account language decides (Indonesian), not the header.
    expect(sheet?.getRow(1).getCell(4).value).toBe('Komentar');
    expect(sheet?.getRow(1).getCell(5).value).toBe('Apakah tempat parkir cukup?');
  });
});
