import { intakeResultSchema } from '@lentera/common';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeCtx } from '../../../platform/context';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import { json, signInAs } from '../../people/test/http';
import { complaintsRepo } from '../repository';
import { hashToken } from '../support';
import { buildCategory, complaintBody, setComplaintSettings } from '../test/factories';
import { complaintsApi, intakeMultipart, jpegWithExif } from '../test/http';
import { submitComplaint } from './submit-complaint';

describeEachDialect('complaints: intake', (env) => {
  let tenant: TenantRecord;
  let api: string;
  let categoryId: string;

  beforeAll(async () => {
    tenant = await buildTenant(env.services, { code: 'DUM' });
    api = complaintsApi(tenant);
    categoryId = (await buildCategory(env.services, tenant, { tier: 'light' })).id;
    await setComplaintSettings(env.services, tenant, { guestPerHour: 0 });
  });

  const row = async (id: string) => (await complaintsRepo.report(env.services.db, tenant.id, id))!;

  it('files a guest complaint: tracking code, hashed follow token, verification due in 3 working days', async () => {
    const body = complaintBody(categoryId, { privacy: 'anonim', lat: -1.6654, lng: 101.4476 });
    const result = intakeResultSchema.parse(json(await env.client().post(api, body), 201));
    expect(result.code).toMatch(/^DUM-ADU-2026-\d{6}$/);
    expect(result.followToken).toMatch(/^[\w-]{32}$/);
    expect(result.followPath).toBe(`/t/${tenant.slug}/complaints/follow/${result.followToken}`);
    const stored = await row(result.id);
    expect(stored.guest_token_hash).toBe(hashToken(result.followToken!));
    expect(JSON.stringify(stored)).not.toContain(result.followToken);
    expect(stored).toMatchObject({ status: 'received', privacy: 'anonim', channel: 'web', answer_days: 2 });
    // Monday 2026-11-23 09:00 WIB: three working days later is Thursday 2026-11-26, end of day WIB.
    expect(stored.verification_due_at).toBe('2026-11-26T16:59:59.999Z');
    const timeline = await complaintsRepo.events(env.services.db, tenant.id, result.id, { publicOnly: true });
    expect(timeline.map((e) => e.kind)).toEqual(['received']);
    const mail = await env.services.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('subject', 'like', `[${result.code}]%`)
      .execute();
    expect(mail).toHaveLength(1);
    expect(mail[0]?.text_body).toContain(result.followToken);
  });

  it('numbers codes per tenant and year without gaps or duplicates under concurrency', async () => {
    const ctx = makeCtx(env.services, { tenant });
    const results = await Promise.all(
      Array.from({ length: 12 }, () => submitComplaint(ctx, complaintBody(categoryId))),
    );
    const numbers = results.map((r) => Number(r.code.slice(-6))).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(12);
    expect(numbers[11]! - numbers[0]!).toBe(11);
    const other = await buildTenant(env.services, { code: 'KPG' });
    const otherCategory = await buildCategory(env.services, other);
    const first = await submitComplaint(makeCtx(env.services, { tenant: other }), complaintBody(otherCategory.id));
    expect(first.code).toBe('KPG-ADU-2026-000001');
  });

  it('records a signed-in citizen as reporter without a follow token', async () => {
    const citizen = await signInAs(env, tenant, ['citizen'], { name: 'Warga Terdaftar' });
    const result = json(await citizen.post(api, complaintBody(categoryId, { guest: undefined })), 201);
    expect(result.followToken).toBeNull();
    const stored = await row(result.id);
    expect(stored.reporter_account_id).toBe(citizen.account.id);
    expect(stored.reporter_email).toBe(citizen.account.email);
  });

  it('keeps a script tag as text', async () => {
    const evil = '<script>alert(1)</script>';
    const result = json(
      await env
        .client()
        .post(api, complaintBody(categoryId, { title: `Judul ${evil}`, description: `Isi ${evil} panjang sekali` })),
      201,
    );
    expect((await row(result.id)).title).toBe(`Judul ${evil}`);
  });

  it('accepts JPEG attachments by content, re-encoded without EXIF/GPS, with a thumbnail', async () => {
    const jpeg = jpegWithExif();
    expect(jpeg.toString('latin1')).toContain('GPSLatitude');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF');
    const { body, headers } = intakeMultipart(complaintBody(categoryId), [
      { name: 'foto.jpg', content: jpeg, type: 'image/jpeg' },
      { name: 'surat.pdf', content: pdf, type: 'application/pdf' },
    ]);
    const result = json(await env.client().post(api, body, headers), 201);
    expect(result.attachments).toBe(2);
    const files = await complaintsRepo.attachments(env.services.db, tenant.id, result.id);
    expect(files.map((f) => f.mime)).toEqual(['image/jpeg', 'application/pdf']);
    const stored = await env.services.files.read(files[0]!.storage_key);
    expect(stored.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    expect(stored.toString('latin1')).not.toContain('GPSLatitude');
    expect(stored.toString('latin1')).not.toContain('Taken at home');
    expect((await sharp(stored).metadata()).exif).toBeUndefined();
    const thumbnail = await env.services.files.thumbnail(files[0]!.storage_key, 'image/jpeg');
    expect((await sharp(thumbnail!.data).metadata()).format).toBe('webp');
    expect(await env.services.files.thumbnail(files[1]!.storage_key, 'application/pdf')).toBeNull();
  });

  describe('bad input', () => {
    const error = (response: { statusCode: number; json(): unknown }) =>
      (response.json() as { error: { code: string; details?: Array<{ path: string }> } }).error;

    it('refuses a 5,001-character description', async () => {
      const response = await env.client().post(api, complaintBody(categoryId, { description: 'a'.repeat(5001) }));
      expect(response.statusCode).toBe(400);
      expect(error(response).details?.[0]?.path).toBe('description');
    });
    it('accepts exactly 5,000 characters', async () => {
      json(await env.client().post(api, complaintBody(categoryId, { description: 'a'.repeat(5000) })), 201);
    });
    it('refuses an unknown category', async () => {
      const response = await env.client().post(api, complaintBody('no-such-category'));
      expect(response.statusCode).toBe(400);
      expect(error(response).code).toBe('complaint_category_unknown');
    });
    it('refuses a category of another tenant', async () => {
      const other = await buildTenant(env.services);
      const foreign = await buildCategory(env.services, other);
      expect(error(await env.client().post(api, complaintBody(foreign.id))).code).toBe('complaint_category_unknown');
    });
    it('refuses coordinates outside Indonesia, and lat without lng', async () => {
      const paris = await env.client().post(api, complaintBody(categoryId, { lat: 48.85, lng: 2.35 }));
      expect(paris.statusCode).toBe(400);
      expect(error(paris).details?.[0]?.path).toBe('lat');
      const half = await env.client().post(api, complaintBody(categoryId, { lat: -1.6 }));
      expect(half.statusCode).toBe(400);
    });
    it('asks a guest for an e-mail or phone', async () => {
      const response = await env.client().post(api, complaintBody(categoryId, { guest: { name: 'Tanpa Kontak' } }));
      expect(response.statusCode).toBe(400);
      expect(error(response).code).toBe('complaint_contact_required');
    });
    it('refuses an .exe renamed .jpg', async () => {
      const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(200)]);
      const { body, headers } = intakeMultipart(complaintBody(categoryId), [
        { name: 'foto.jpg', content: exe, type: 'image/jpeg' },
      ]);
      const response = await env.client().post(api, body, headers);
      expect(response.statusCode).toBe(400);
      expect(error(response).code).toBe('complaint_attachment_type');
    });
    it('refuses six attachments', async () => {
      const pdf = Buffer.from('%PDF-1.4\n%%EOF');
      const files = Array.from({ length: 6 }, (_, i) => ({ name: `f${i}.pdf`, content: pdf }));
      const { body, headers } = intakeMultipart(complaintBody(categoryId), files);
      const response = await env.client().post(api, body, headers);
      expect(response.statusCode).toBe(400);
      expect(error(response).code).toBe('complaint_too_many_attachments');
    });
    it('refuses a 50 MB upload with 413 from its declared length, before reading it', async () => {
      const client = env.client();
      await client.refreshSession();
      const before = await env.services.db.selectFrom('complaints_reports').select('id').execute();
      const big = intakeMultipart(complaintBody(categoryId), [
        { name: 'besar.pdf', content: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(50 * 1024 * 1024)]) },
      ]);
      const response = await client.post(api, big.body, big.headers);
      expect(response.statusCode).toBe(413);
      expect(error(response).code).toBe('payload_too_large');
      expect(await env.services.db.selectFrom('complaints_reports').select('id').execute()).toHaveLength(before.length);
    });
    it('refuses one file over 10 MB with 413', async () => {
      const { body, headers } = intakeMultipart(complaintBody(categoryId), [
        { name: 'besar.pdf', content: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(11 * 1024 * 1024)]) },
      ]);
      const response = await env.client().post(api, body, headers);
      expect(response.statusCode).toBe(413);
      expect(error(response).code).toBe('complaint_attachment_too_large');
    });
    it('rate-limits a guest submitting over and over, with a clear message', async () => {
      const limited = await buildTenant(env.services);
      const category = await buildCategory(env.services, limited);
      await setComplaintSettings(env.services, limited, { guestPerHour: 3 });
      const url = complaintsApi(limited);
      for (let i = 0; i < 3; i++) json(await env.client().post(url, complaintBody(category.id)), 201);
      const response = await env.client().post(url, complaintBody(category.id));
      expect(response.statusCode).toBe(429);
      expect(error(response).code).toBe('complaint_rate_limited');
      expect(error(response)).toMatchObject({ message: expect.stringContaining('menit') });
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
      // An hour later the guest may file again.
      env.clock.advance(3601_000);
      json(await env.client().post(url, complaintBody(category.id)), 201);
    });
  });
});
