import { fieldMessage } from '@lentera/common';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildAccount, buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import type { HttpClient } from '../../../test/http-client';
import { errorOf } from '../../../test/requests';
import { signIn, signInAs } from '../../people/test/http';
import { buildPublishedService } from '../test/factories';
import { GOOD_NIK, goodValues, multipart, pdfBytes, pngBytes } from '../test/request-helpers';

// biome-ignore lint/suspicious/noExplicitAny: the answers are checked field by field
const json = (response: LightMyRequestResponse): any => {
  expect(response.statusCode, response.body.slice(0, 1000)).toBeLessThan(300);
  return response.json();
};

describeEachDialect('services: request routes', (env) => {
  let tenant: TenantRecord;
  let other: TenantRecord;
  let s: string;
  let serviceId: string;
  let standardId: string;
  let unitId: string;
  let citizen: HttpClient;
  let officer: HttpClient;
  let otherUnitOfficer: HttpClient;

  const form = (values = goodValues(), files = [{ field: 'doc.ktp', name: 'ktp.pdf', content: pdfBytes() }]) =>
    multipart({ standardId, values, guest: null }, files);
  const submit = async (client: HttpClient, body = form()) => {
    const response = await client.post(`${s}/${serviceId}/requests`, body.body, body.headers);
    expect(response.statusCode, response.body).toBe(201);
    return json(response) as { id: string; code: string };
  };

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    other = await buildTenant(env.services);
    s = `/api/t/${tenant.slug}/services`;
    const published = await buildPublishedService(env.services, tenant, { standard: { fee: 15000 } });
    const elsewhere = await buildPublishedService(env.services, tenant);
    serviceId = published.service.id;
    standardId = published.standard.id;
    unitId = published.unitId;
    citizen = await signInAs(env, tenant, ['citizen'], { name: 'Budi Warga' });
    officer = await signInAs(env, tenant, [{ role: 'service_officer', unitId }]);
    otherUnitOfficer = await signInAs(env, tenant, [{ role: 'service_officer', unitId: elsewhere.unitId }]);
  });

  it('files a request with its documents as multipart, and the applicant reads it and downloads the file', async () => {
    const filed = await submit(citizen);
    expect(filed.code).toMatch(new RegExp(`^${tenant.code}-LYN-2026-\\d{6}$`));
    const detail = json(await citizen.get(`${s}/requests/${filed.id}`));
    expect(detail).toMatchObject({ status: 'submitted', fee: 15000, actions: [], applicant: { name: 'Budi Warga' } });
    const download = await citizen.get(detail.documents[0].url);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe('attachment; filename="ktp.pdf"');
    expect(download.rawPayload).toEqual(pdfBytes());
    const mine = json(await citizen.get(`${s}/requests/mine`));
    expect(mine.items.map((r: { id: string }) => r.id)).toContain(filed.id);
  });

  it('answers bad input with 400 and field details, never 500', async () => {
    const cases: Array<[ReturnType<typeof form>, string, string]> = [
      [form(goodValues(), []), 'ktp', 'document_missing'],
      [form(goodValues({ nik: '1234' })), 'nik', 'nik_length'],
      [
        form(goodValues(), [{ field: 'doc.ktp', name: 'ktp.pdf', content: Buffer.from('teks biasa') }]),
        'ktp',
        'document_type',
      ],
    ];
    for (const [body, path, message] of cases) {
      const response = await citizen.post(`${s}/${serviceId}/requests`, body.body, body.headers);
      expect(response.statusCode, response.body).toBe(400);
      expect(errorOf(response).details).toEqual(
        expect.arrayContaining([{ path, message: fieldMessage(message, 'id') }]),
      );
    }
    const notJson = multipart(null, [], { data: '{nope' });
    expect((await citizen.post(`${s}/${serviceId}/requests`, notJson.body, notJson.headers)).statusCode).toBe(400);
    const draftId = multipart({ standardId: 'x', values: goodValues(), guest: null }, []);
    const stale = await citizen.post(`${s}/${serviceId}/requests`, draftId.body, draftId.headers);
    expect([stale.statusCode, errorOf(stale).code]).toEqual([409, 'services_form_version']);
    // Without a session and without a guest's contact.
    const visitor = env.client();
    const good = form();
    const anonymous = await visitor.post(`${s}/${serviceId}/requests`, good.body, good.headers);
    expect([anonymous.statusCode, errorOf(anonymous).code]).toEqual([400, 'services_sign_in']);
    // Another tenant's path does not know the service.
    const elsewhere = await citizen.post(
      `/api/t/${other.slug}/services/${serviceId}/requests`,
      good.body,
      good.headers,
    );
    expect(elsewhere.statusCode).toBe(404);
  });

  it('lets a guest file, confirm by the e-mailed token and follow by the secret link', async () => {
    const visitor = env.client();
    const body = multipart(
      { standardId, values: goodValues(), guest: { name: 'Tamu', email: 'tamu.rute@contoh.id' } },
      [{ field: 'doc.ktp', name: 'ktp.png', content: pngBytes() }],
    );
    const filed = json(await visitor.post(`${s}/${serviceId}/requests`, body.body, body.headers));
    expect(filed).toMatchObject({ code: null, status: 'pending_email', confirmationSent: true });
    const mail = await env.services.db
      .selectFrom('mail_outbox')
      .select('text_body')
      .where('to_address', '=', 'tamu.rute@contoh.id')
      .executeTakeFirstOrThrow();
    const token = /konfirmasi\/([\w-]+)/.exec(mail.text_body)?.[1] ?? '';
    const bad = await visitor.post(`${s}/requests/confirm`, { token: 'tidak-ada-token-seperti-ini' });
    expect([bad.statusCode, errorOf(bad).code]).toEqual([400, 'services_link_invalid']);
    const confirmed = json(await visitor.post(`${s}/requests/confirm`, { token }));
    const followToken = confirmed.followPath.split('/').at(-1);
    const followed = json(await visitor.get(`${s}/follow/${followToken}`));
    expect(followed).toMatchObject({ code: confirmed.code, actions: [] });
    expect(followed.documents[0].url).toBe(`${s}/follow/${followToken}/documents/${followed.documents[0].id}`);
    const file = await visitor.get(followed.documents[0].url);
    expect([file.statusCode, file.headers['content-type']]).toEqual([200, 'image/png']);
    expect((await visitor.get(`${s}/follow/bukan-token-yang-benar-000`)).statusCode).toBe(404);
  });

  it('guards every request route: no session 401, another citizen 404, an officer of another unit 404, another tenant 404', async () => {
    const filed = await submit(citizen);
    const anonymous = env.client();
    for (const url of [`${s}/requests/${filed.id}`, `${s}/inbox`, `${s}/requests/mine`])
      expect((await anonymous.get(url)).statusCode, url).toBe(401);
    expect((await anonymous.post(`${s}/requests/${filed.id}/process`)).statusCode).toBe(401);

    const neighbour = await signInAs(env, tenant, ['citizen']);
    expect((await neighbour.get(`${s}/requests/${filed.id}`)).statusCode).toBe(404);
    expect((await neighbour.post(`${s}/requests/${filed.id}/process`)).statusCode).toBe(404);
    const detail = json(await citizen.get(`${s}/requests/${filed.id}`));
    expect((await neighbour.get(detail.documents[0].url)).statusCode).toBe(404);
    // A citizen is no officer: the inbox is refused, the steps are answered as if the request did not exist.
    expect((await citizen.get(`${s}/inbox`)).statusCode).toBe(403);
    expect((await citizen.post(`${s}/requests/${filed.id}/process`)).statusCode).toBe(404);

    expect((await otherUnitOfficer.get(`${s}/requests/${filed.id}`)).statusCode).toBe(404);
    expect((await otherUnitOfficer.post(`${s}/requests/${filed.id}/process`)).statusCode).toBe(404);
    const theirInbox = json(await otherUnitOfficer.get(`${s}/inbox`));
    expect(theirInbox.items.map((r: { id: string }) => r.id)).not.toContain(filed.id);

    const adminElsewhere = await signIn(
      env,
      await buildAccount(env.services, { roles: [{ tenant: other, role: 'service_officer' }] }),
    );
    expect((await adminElsewhere.get(`/api/t/${other.slug}/services/requests/${filed.id}`)).statusCode).toBe(404);
    expect((await adminElsewhere.get(`${s}/requests/${filed.id}`)).statusCode).toBe(404);
  });

  it('walks the officer through the steps and refuses a wrong state with 409', async () => {
    const filed = await submit(citizen);
    const api = `${s}/requests/${filed.id}`;
    expect(json(await officer.get(api)).actions).toEqual(['incomplete', 'process', 'refuse', 'payment']);
    const badMissing = await officer.post(`${api}/incomplete`, { missing: ['nik'], note: 'NIK salah' });
    expect(badMissing.statusCode).toBe(400);
    expect((await officer.post(`${api}/incomplete`, { note: '' })).statusCode).toBe(400);
    const incomplete = json(await officer.post(`${api}/incomplete`, { missing: ['ktp'], note: 'KTP buram' }));
    expect(incomplete.status).toBe('incomplete');
    const early = await officer.post(`${api}/approve`);
    expect([early.statusCode, errorOf(early).code]).toEqual([409, 'services_request_state']);
    const more = multipart(null, [{ field: 'doc.ktp', name: 'ktp2.pdf', content: pdfBytes() }]);
    const completed = json(await citizen.post(`${api}/documents`, more.body, more.headers));
    expect(completed.status).toBe('submitted');
    expect(json(await officer.post(`${api}/process`)).status).toBe('in_process');
    expect(json(await officer.post(`${api}/payment`, { receipt: 'KW-77', amount: 15000 })).payment.receipt).toBe(
      'KW-77',
    );
    expect((await officer.post(`${api}/payment`, { receipt: 'KW-78', amount: 15000 })).statusCode).toBe(409);
    expect(json(await officer.post(`${api}/approve`)).status).toBe('approved');
    const signed = multipart(null, [{ field: 'output', name: 'surat.pdf', content: pdfBytes() }], { kind: 'file' });
    const done = json(await officer.post(`${api}/output`, signed.body, signed.headers));
    expect(done).toMatchObject({ status: 'done', output: { kind: 'file', name: 'surat.pdf' } });
    const seen = json(await citizen.get(api));
    expect(seen.surveyUrl).toMatch(new RegExp(`^/t/${tenant.slug}/survei/`));
    expect(seen.timeline.map((step: { kind: string }) => step.kind)).toContain('paid');
    expect((await citizen.get(seen.output.url)).headers['content-disposition']).toBe(
      'attachment; filename="surat.pdf"',
    );
  });

  it('lists the inbox by due date, overdue first, and exports it as CSV and XLSX', async () => {
    const first = await submit(citizen);
    env.clock.advance(3 * 86_400_000);
    // Sessions end after days without use: sign in again after moving the clock.
    const later = await signInAs(env, tenant, ['citizen']);
    const second = await submit(later, form(goodValues({ nama: 'Ani', nik: GOOD_NIK })));
    env.clock.advance(8 * 86_400_000);
    officer = await signInAs(env, tenant, [{ role: 'service_officer', unitId }]);
    const page = json(await officer.get(`${s}/inbox?status=open&pageSize=100`));
    const ids = page.items.map((r: { id: string }) => r.id);
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
    const overdue = json(await officer.get(`${s}/inbox?status=overdue&pageSize=100`));
    expect(overdue.items.every((r: { overdue: boolean }) => r.overdue)).toBe(true);
    expect(overdue.items.map((r: { id: string }) => r.id)).toContain(first.id);
    expect(json(await officer.get(`${s}/inbox?q=${encodeURIComponent(second.code)}`)).items).toHaveLength(1);
    expect((await officer.get(`${s}/inbox?status=lain`)).statusCode).toBe(400);

    const csv = await officer.get(`${s}/inbox?format=csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain(first.code);
    const xlsx = await officer.get(`${s}/inbox?format=xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets[0]?.rowCount).toBeGreaterThan(2);
  });

  it('publishes statistics without a session, as JSON and CSV', async () => {
    const visitor = env.client();
    const stats = json(await visitor.get(`${s}/stats`));
    expect(stats).toMatchObject({ from: '2026-01-01', to: '2026-12-31' });
    expect(stats.totals.received).toBeGreaterThan(0);
    expect(stats.services.map((x: { serviceId: string }) => x.serviceId)).toContain(serviceId);
    const csv = await visitor.get(`${s}/stats?year=2026&format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body.split('\n')[0]).toContain('diterima');
    expect((await visitor.get(`${s}/stats?from=2026-12-01&to=2026-01-01`)).statusCode).toBe(400);
    expect(json(await visitor.get(`/api/t/${other.slug}/services/stats`)).totals.received).toBe(0);
  });
});
