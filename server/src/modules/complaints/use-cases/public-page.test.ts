import { publicComplaintPageSchema, supportResultSchema } from '@lentera/common';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildAccount, buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import type { HttpClient } from '../../../test/http-client';
import { errorOf } from '../../../test/requests';
import { buildUnit } from '../../people/test/factories';
import { json, signIn, signInAs } from '../../people/test/http';
import { buildCategory, buildComplaint, complaintBody, setComplaintSettings } from '../test/factories';
import { complaintsApi, intakeMultipart } from '../test/http';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF');
const GUEST = { name: 'Rahmat Pelapor Anonim', email: 'rahmat.anonim@contoh.id', phone: '081399988877' };
const INTERNAL_NOTE = 'Catatan internal: pelapor kerabat kepala dinas';

describeEachDialect('complaints: a published complaint’s own page and "saya juga mengalami ini"', (env) => {
  let tenant: TenantRecord;
  let api: string;
  let desk: HttpClient & { account: { id: string } };
  let reporter: HttpClient;
  let citizen: HttpClient;
  const codes = { public: '', anonim: '', rahasia: '', archived: '' };
  const ids = { public: '', anonim: '', rahasia: '' };

  const file = async (client: HttpClient, body: object, files: Array<{ name: string; content: Buffer }> = []) => {
    const multipart = intakeMultipart(body, files);
    return json(await client.post(api, multipart.body, multipart.headers), 201) as { id: string; code: string };
  };

  let categoryId: string;

  beforeAll(async () => {
    const photo = await sharp({ create: { width: 16, height: 12, channels: 3, background: '#8a6d3b' } })
      .jpeg()
      .toBuffer();
    tenant = await buildTenant(env.services);
    api = complaintsApi(tenant);
    await setComplaintSettings(env.services, tenant, { guestPerHour: 0 });
    categoryId = (await buildCategory(env.services, tenant)).id;
    const unit = await buildUnit(env.services, tenant, { name: 'Dinas Pekerjaan Umum' });
    desk = await signInAs(env, tenant, ['complaint_coordinator']);
    const reporterAccount = await buildAccount(env.services, {
      name: 'Dewi Warga Pelapor',
      roles: [{ tenant, role: 'citizen' }],
    });
    reporter = await signIn(env, reporterAccount);
    citizen = await signInAs(env, tenant, ['citizen']);

    const pub = await file(
      reporter,
      complaintBody(categoryId, {
        title: 'Jalan berlubang di depan pasar',
        address: 'Jl. Sudirman No. 5, Dumai',
        lat: 1.6654,
        lng: 101.4476,
        guest: undefined,
      }),
      [
        { name: 'lubang.jpg', content: photo },
        { name: 'surat-ktp.pdf', content: PDF },
      ],
    );
    const anonim = await file(env.client(), complaintBody(categoryId, { privacy: 'anonim', guest: GUEST }));
    const rahasia = await file(env.client(), complaintBody(categoryId, { privacy: 'rahasia', guest: GUEST }), [
      { name: 'bukti.jpg', content: photo },
    ]);
    const archived = await file(env.client(), complaintBody(categoryId, { guest: GUEST }));
    Object.assign(codes, { public: pub.code, anonim: anonim.code, rahasia: rahasia.code, archived: archived.code });
    Object.assign(ids, { public: pub.id, anonim: anonim.id, rahasia: rahasia.id });
    json(await desk.post(`${api}/${pub.id}/verify`, { unitId: unit.id, note: INTERNAL_NOTE }));
    json(await desk.post(`${api}/${pub.id}/notes`, { text: INTERNAL_NOTE }));
    json(await desk.post(`${api}/${pub.id}/answer`, { text: 'Lubang sudah ditambal pada hari Senin.' }));
    json(await reporter.post(`${api}/mine/${pub.id}/rate`, { rating: 4 }));
    json(await desk.post(`${api}/${archived.id}/archive`, { reason: 'Bukan pengaduan, hanya uji coba.' }));
  });

  const page = async (code: string, client: HttpClient = env.client()) =>
    publicComplaintPageSchema.parse(json(await client.get(`${api}/public/${code}`)));
  const supportOf = async (client: HttpClient, code: string, body: object = {}, status = 200) =>
    supportResultSchema.parse(json(await client.post(`${api}/public/${code}/support`, body), status));

  describe('the page', () => {
    it('shows status, the public history without internal notes, the answer, the rating, photos and place', async () => {
      const p = await page(codes.public);
      expect(p).toMatchObject({
        code: codes.public,
        status: 'closed',
        answer: 'Lubang sudah ditambal pada hari Senin.',
        rating: 4,
        reporterName: 'Dewi Warga Pelapor',
        address: 'Jl. Sudirman No. 5, Dumai',
        lat: 1.6654,
        lng: 101.4476,
        supportCount: 0,
        supportedByMe: false,
        mine: false,
      });
      expect(p.timeline.map((s) => s.kind)).toEqual(['received', 'verified', 'answered', 'rated']);
      expect(p.timeline.every((s) => s.internal === undefined && s.actor === undefined)).toBe(true);
      // Only the photo: the PDF (a letter, an ID card scan) stays with staff.
      expect(p.photos.map((f) => f.fileName)).toEqual(['lubang.jpg']);
      const photo = await env.client().get(p.photos[0]!.url);
      expect(photo.statusCode).toBe(200);
      expect(photo.headers['content-type']).toMatch(/^image\//);
      // Its thumbnail, for lists: the photo's URL and /thumbnail.
      const thumbnail = await env.client().get(`${p.photos[0]!.url}/thumbnail`);
      expect([thumbnail.statusCode, thumbnail.headers['content-type']]).toEqual([200, 'image/webp']);
    });

    it('never shows internal notes, officers’ names or the reporter’s contact', async () => {
      const body = (await env.client().get(`${api}/public/${codes.public}`)).body;
      expect(body).not.toContain('kerabat kepala dinas');
      expect(body).not.toContain(desk.account.id);
      const anonim = (await env.client().get(`${api}/public/${codes.anonim}`)).body;
      for (const secret of [GUEST.name, GUEST.email, GUEST.phone, 'Rahmat']) expect(anonim).not.toContain(secret);
      expect(JSON.parse(anonim).reporterName).toBeNull();
    });

    it('tells the viewer whether it is their own complaint', async () => {
      expect((await page(codes.public, reporter)).mine).toBe(true);
      expect((await page(codes.public, citizen)).mine).toBe(false);
    });

    it('answers 404 in the error shape for rahasia, archived, unknown and malformed codes, and their files', async () => {
      const attachments = json(await desk.get(`${api}/${ids.rahasia}`)).attachments as Array<{ id: string }>;
      const publicFiles = json(await desk.get(`${api}/${ids.public}`)).attachments as Array<{
        id: string;
        mime: string;
      }>;
      const pdf = publicFiles.find((f) => f.mime === 'application/pdf')!;
      for (const url of [
        `${api}/public/${codes.rahasia}`,
        `${api}/public/${codes.rahasia.toLowerCase()}`,
        `${api}/public/${codes.archived}`,
        `${api}/public/DUM-ADU-1999-999999`,
        `${api}/public/${encodeURIComponent("x' or 1=1 --")}`,
        `${api}/public/${codes.rahasia}/photos/${attachments[0]!.id}`,
        `${api}/public/${codes.public}/photos/${attachments[0]!.id}`,
        `${api}/public/${codes.public}/photos/${pdf.id}`,
        `${api}/public/${codes.rahasia}/photos/${attachments[0]!.id}/thumbnail`,
        `${api}/public/${codes.public}/photos/${pdf.id}/thumbnail`,
      ]) {
        const response = await env.client().get(url);
        expect(response.statusCode, url).toBe(404);
        expect(errorOf(response).code, url).toBe('not_found');
      }
    });

    it('is not found from another tenant', async () => {
      const other = await buildTenant(env.services);
      const response = await env.client().get(`${complaintsApi(other)}/public/${codes.public}`);
      expect(response.statusCode).toBe(404);
    });
  });

  describe('saya juga mengalami ini', () => {
    it('counts a signed-in citizen once: a second press changes nothing', async () => {
      expect(await supportOf(citizen, codes.anonim)).toEqual({ state: 'counted', supportCount: 1 });
      expect(await supportOf(citizen, codes.anonim)).toEqual({ state: 'counted', supportCount: 1 });
      expect(await page(codes.anonim, citizen)).toMatchObject({ supportCount: 1, supportedByMe: true });
      expect(await page(codes.anonim)).toMatchObject({ supportCount: 1, supportedByMe: false });
      const audit = await env.services.db
        .selectFrom('audit_entries')
        .selectAll()
        .where('tenant_id', '=', tenant.id)
        .where('action', '=', 'complaint.supported')
        .where('entity_id', '=', ids.anonim)
        .execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]!.actor_id).toBeNull();
    });

    it('refuses the reporter’s own complaint, rahasia and unknown complaints', async () => {
      const own = await reporter.post(`${api}/public/${codes.public}/support`, {});
      expect(own.statusCode).toBe(409);
      expect(errorOf(own).code).toBe('complaint_support_own');
      for (const code of [codes.rahasia, codes.archived, 'DUM-ADU-1999-000001']) {
        const response = await citizen.post(`${api}/public/${code}/support`, {});
        expect(response.statusCode, code).toBe(404);
        expect(errorOf(response).code).toBe('not_found');
        const guest = await env.client().post(`${api}/public/${code}/support`, { email: 'tamu@contoh.id' });
        expect(guest.statusCode, code).toBe(404);
      }
      const rows = await env.services.db
        .selectFrom('complaints_supports')
        .select('id')
        .where('complaint_id', '=', ids.rahasia)
        .execute();
      expect(rows).toEqual([]);
    });

    it('needs a guest’s e-mail, counted only once the mailed link is opened, once', async () => {
      const none = await env.client().post(`${api}/public/${codes.public}/support`, {});
      expect(none.statusCode).toBe(400);
      expect(errorOf(none).code).toBe('complaint_support_email_required');
      const bad = await env.client().post(`${api}/public/${codes.public}/support`, { email: 'bukan-email' });
      expect(bad.statusCode).toBe(400);
      expect(errorOf(bad).code).toBe('validation_failed');

      const email = 'Tamu.Pendukung@Contoh.id';
      expect(await supportOf(env.client(), codes.public, { email })).toEqual({
        state: 'check_email',
        supportCount: 0,
      });
      const mails = await env.services.db
        .selectFrom('mail_outbox')
        .selectAll()
        .where('to_address', '=', email.toLowerCase())
        .execute();
      expect(mails).toHaveLength(1);
      const token = /\?dukung=([A-Za-z0-9_-]+)/.exec(mails[0]!.text_body)?.[1];
      expect(token).toBeTruthy();
      expect(mails[0]!.text_body).toContain(`/t/${tenant.slug}/pengaduan/${codes.public}?dukung=`);
      // The address is never stored, only a keyed hash of it.
      const stored = JSON.stringify(await env.services.db.selectFrom('complaints_supports').selectAll().execute());
      expect(stored.toLowerCase()).not.toContain('tamu.pendukung');
      expect((await page(codes.public)).supportCount).toBe(0);

      // A forged token, or the right token on another complaint, counts nothing.
      for (const [code, t] of [
        [codes.public, 'x'.repeat(32)],
        [codes.anonim, token!],
      ] as const) {
        const wrong = await env.client().post(`${api}/public/${code}/support/confirm`, { token: t });
        expect(wrong.statusCode).toBe(400);
        expect(errorOf(wrong).code).toBe('complaint_support_token_invalid');
      }
      const confirm = async () =>
        supportResultSchema.parse(
          json(await env.client().post(`${api}/public/${codes.public}/support/confirm`, { token })),
        );
      expect(await confirm()).toEqual({ state: 'counted', supportCount: 1 });
      expect(await confirm()).toEqual({ state: 'counted', supportCount: 1 });
      // Asking again with a confirmed address sends no mail and counts nothing more, and says the same.
      expect(await supportOf(env.client(), codes.public, { email: email.toLowerCase() })).toEqual({
        state: 'check_email',
        supportCount: 1,
      });
      const after = await env.services.db
        .selectFrom('mail_outbox')
        .select('id')
        .where('to_address', '=', email.toLowerCase())
        .execute();
      expect(after).toHaveLength(1);
    });

    it('shows the count on the verification desk’s list and the officer’s complaint view', async () => {
      const list = json(await desk.get(`${api}?state=all&pageSize=50`));
      const item = list.items.find((i: { code: string }) => i.code === codes.anonim);
      expect(item.supportCount).toBe(1);
      expect(json(await desk.get(`${api}/${ids.anonim}`)).supportCount).toBe(1);
      expect(json(await desk.get(`${api}/${ids.rahasia}`)).supportCount).toBe(0);
    });

    it('lets a confirmation link expire after three days', async () => {
      const email = 'lambat@contoh.id';
      await supportOf(env.client(), codes.anonim, { email });
      const mail = await env.services.db
        .selectFrom('mail_outbox')
        .selectAll()
        .where('to_address', '=', email)
        .executeTakeFirstOrThrow();
      const token = /\?dukung=([A-Za-z0-9_-]+)/.exec(mail.text_body)![1];
      env.clock.advance(3 * 24 * 3600_000 + 60_000);
      const late = await env.client().post(`${api}/public/${codes.anonim}/support/confirm`, { token });
      expect(late.statusCode).toBe(400);
      expect(errorOf(late).code).toBe('complaint_support_token_invalid');
    });

    it('sends one address at most one link per complaint in ten minutes and five an hour', async () => {
      const email = 'banjir@contoh.id';
      const mailed = async () =>
        (await env.services.db.selectFrom('mail_outbox').select('id').where('to_address', '=', email).execute()).length;
      await supportOf(env.client(), codes.public, { email });
      await supportOf(env.client(), codes.public, { email });
      expect(await mailed()).toBe(1);
      const more = [];
      for (let i = 0; i < 4; i++) more.push((await buildComplaint(env.services, tenant, categoryId)).code);
      for (const code of more) await supportOf(env.client(), code, { email });
      expect(await mailed()).toBe(5);
      const limited = await env.client().post(`${api}/public/${codes.anonim}/support`, { email });
      expect(limited.statusCode).toBe(429);
      expect(errorOf(limited).code).toBe('complaint_support_rate_limited');
      // Ten minutes later the first complaint's link may be sent again, but the hour's five are spent.
      env.clock.advance(11 * 60_000);
      expect((await env.client().post(`${api}/public/${codes.public}/support`, { email })).statusCode).toBe(429);
      env.clock.advance(3600_000);
      expect(await supportOf(env.client(), codes.public, { email })).toMatchObject({ state: 'check_email' });
      expect(await mailed()).toBe(6);
    });
  });
});
