import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TenantRecord } from '../../../../platform/tenancy/repository';
import { buildTenant } from '../../../../test/factories';
import { describeEachDialect } from '../../../../test/harness';
import { complaintsRepo } from '../../repository';
import { buildCategory, setComplaintSettings } from '../../test/factories';
import { jpegWithExif } from '../../test/http';
import { buildOpen311Key } from '../test/factories';
import { fetchMedia, isPrivateAddress } from './media';

/** A local image host: a photo, a redirect to it, a renamed program, an oversized file, one that never answers. */
let server: Server;
let base = '';
const BIG = 10 * 1024 * 1024 + 1;
beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '';
    if (path === '/foto.jpg') return response.writeHead(200, { 'content-type': 'image/jpeg' }).end(jpegWithExif());
    if (path === '/pindah') return response.writeHead(302, { location: '/foto.jpg' }).end();
    if (path === '/program.jpg')
      return response.writeHead(200, { 'content-type': 'image/jpeg' }).end(Buffer.from('MZ\x90\x00program', 'latin1'));
    if (path === '/besar.jpg')
      return response.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': BIG }).end();
    if (path === '/besar-tanpa-panjang.jpg') {
      response.writeHead(200, { 'content-type': 'image/jpeg' });
      const chunk = Buffer.alloc(1024 * 1024, 0xff);
      for (let i = 0; i < 11; i++) response.write(chunk);
      return response.end();
    }
    if (path === '/lambat.jpg') return; // never answers
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('complaints: fetching an Open311 media_url', () => {
  it('knows private, loopback and link-local addresses (IPv4, IPv6, mapped)', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.16.5.4', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0'])
      expect(isPrivateAddress(a), a).toBe(true);
    for (const a of ['::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '::']) expect(isPrivateAddress(a), a).toBe(true);
    for (const a of ['8.8.8.8', '103.10.20.30', '2001:4860:4860::8888']) expect(isPrivateAddress(a), a).toBe(false);
  });

  it('refuses loopback and private hosts unless allowed, other schemes, and names resolving to loopback', async () => {
    expect(await fetchMedia(`${base}/foto.jpg`, { allowPrivate: false })).toEqual({
      ok: false,
      reason: 'a private or loopback address',
    });
    expect(await fetchMedia('http://localhost:1/foto.jpg', { allowPrivate: false })).toEqual({
      ok: false,
      reason: 'a private or loopback address',
    });
    expect(await fetchMedia('file:///etc/passwd', { allowPrivate: true })).toEqual({
      ok: false,
      reason: 'only http and https',
    });
    expect(await fetchMedia('ftp://contoh.go.id/foto.jpg', { allowPrivate: true })).toMatchObject({ ok: false });
  });

  it('takes an image by its content, follows a redirect, refuses other content, 10 MB and slow hosts', async () => {
    const photo = await fetchMedia(`${base}/pindah`, { allowPrivate: true });
    expect(photo.ok).toBe(true);
    expect(await fetchMedia(`${base}/program.jpg`, { allowPrivate: true })).toEqual({
      ok: false,
      reason: 'not an image (JPEG, PNG or WebP)',
    });
    expect(await fetchMedia(`${base}/besar.jpg`, { allowPrivate: true })).toEqual({
      ok: false,
      reason: 'larger than 10 MB',
    });
    expect(await fetchMedia(`${base}/besar-tanpa-panjang.jpg`, { allowPrivate: true })).toEqual({
      ok: false,
      reason: 'larger than 10 MB',
    });
    expect(await fetchMedia(`${base}/hilang.jpg`, { allowPrivate: true })).toEqual({ ok: false, reason: 'HTTP 404' });
    const started = Date.now();
    expect(await fetchMedia(`${base}/lambat.jpg`, { allowPrivate: true, timeoutMs: 300 })).toEqual({
      ok: false,
      reason: 'timed out',
    });
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

const O = '/open311/v2';
const suite = (name: string, allowPrivate: boolean) =>
  describeEachDialect(
    name,
    (env) => {
      let tenant: TenantRecord;
      let key: string;
      let serviceCode: string;
      beforeAll(async () => {
        tenant = await buildTenant(env.services);
        await setComplaintSettings(env.services, tenant, { guestPerHour: 0 });
        serviceCode = (await buildCategory(env.services, tenant, { code: 'jalan' })).code;
        key = (await buildOpen311Key(env.services, tenant)).key;
      });
      const post = (fields: Record<string, string>) =>
        env.app.inject({
          method: 'POST',
          url: `${O}/requests.json`,
          payload: new URLSearchParams({
            api_key: key,
            jurisdiction_id: tenant.slug,
            service_code: serviceCode,
            address_string: 'Jl. Sudirman depan pasar',
            description: 'Lubang besar di jalan depan pasar membahayakan pengendara.',
            email: 'warga.media@contoh.id',
            ...fields,
          }).toString(),
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        });
      const reportOf = async (code: string) =>
        (await env.services.db
          .selectFrom('complaints_reports')
          .selectAll()
          .where('tenant_id', '=', tenant.id)
          .where('code', '=', code)
          .executeTakeFirst())!;
      const internalNotes = (id: string) =>
        env.services.db
          .selectFrom('complaints_events')
          .selectAll()
          .where('complaint_id', '=', id)
          .where('kind', '=', 'note')
          .execute();

      if (allowPrivate) {
        it('keeps the image as an attachment (metadata removed) and answers media_url for a public request', async () => {
          const response = await post({ media_url: `${base}/foto.jpg`, 'attribute[privacy]': 'public' });
          expect(response.statusCode, response.body).toBe(201);
          const [created] = JSON.parse(response.body);
          expect(created.service_notice).not.toContain('media_url');
          const report = await reportOf(created.service_request_id);
          const [file, ...more] = await complaintsRepo.attachments(env.services.db, tenant.id, report.id);
          expect(more).toEqual([]);
          expect(file?.mime).toBe('image/jpeg');
          expect((await env.services.files.read(file!.storage_key)).toString('latin1')).not.toContain('GPSLatitude');

          const [shown] = JSON.parse(
            (await env.app.inject(`${O}/requests/${created.service_request_id}.json?jurisdiction_id=${tenant.slug}`))
              .body,
          );
          expect(shown.media_url).toBe(`${env.services.config.publicUrl}${O}/media/${tenant.slug}/${file!.id}`);
          const listed = JSON.parse(
            (await env.app.inject(`${O}/requests.json?jurisdiction_id=${tenant.slug}`)).body,
          ) as Array<{ service_request_id: string; media_url: string | null }>;
          expect(listed.find((r) => r.service_request_id === created.service_request_id)?.media_url).toBe(
            shown.media_url,
          );
          const image = await env.app.inject(shown.media_url.replace(env.services.config.publicUrl, ''));
          expect(image.statusCode).toBe(200);
          expect(image.headers['content-type']).toBe('image/jpeg');
          expect(image.rawPayload.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
        });

        it('never gives media_url for an anonim request, nor serves its image', async () => {
          const response = await post({ media_url: `${base}/foto.jpg` });
          const [created] = JSON.parse(response.body);
          const report = await reportOf(created.service_request_id);
          expect(report.privacy).toBe('anonim');
          const [file] = await complaintsRepo.attachments(env.services.db, tenant.id, report.id);
          expect(file?.mime).toBe('image/jpeg');
          const [shown] = JSON.parse(
            (await env.app.inject(`${O}/requests/${created.service_request_id}.json?jurisdiction_id=${tenant.slug}`))
              .body,
          );
          expect(shown.media_url).toBeNull();
          expect((await env.app.inject(`${O}/media/${tenant.slug}/${file!.id}`)).statusCode).toBe(404);
        });

        it('files the request without the image when it is not one, and notes why for staff', async () => {
          const response = await post({ media_url: `${base}/program.jpg`, 'attribute[privacy]': 'public' });
          expect(response.statusCode, response.body).toBe(201);
          const [created] = JSON.parse(response.body);
          expect(created.service_notice).toContain('media_url tidak dapat diambil');
          expect(created.service_notice).toContain('not an image');
          const report = await reportOf(created.service_request_id);
          expect(await complaintsRepo.attachments(env.services.db, tenant.id, report.id)).toEqual([]);
          const notes = await internalNotes(report.id);
          expect(notes).toHaveLength(1);
          expect(notes[0]).toMatchObject({ public: 0 });
          expect(notes[0]?.text).toContain(`${base}/program.jpg`);
        });
      } else {
        it('refuses a loopback media_url by default, and still files the request', async () => {
          const response = await post({ media_url: `${base}/foto.jpg`, 'attribute[privacy]': 'public' });
          expect(response.statusCode, response.body).toBe(201);
          const [created] = JSON.parse(response.body);
          expect(created.service_notice).toContain('a private or loopback address');
          const report = await reportOf(created.service_request_id);
          expect(await complaintsRepo.attachments(env.services.db, tenant.id, report.id)).toEqual([]);
          expect((await internalNotes(report.id))[0]?.text).toContain('private or loopback');
        });
      }
    },
    allowPrivate ? { env: { MEDIA_FETCH_ALLOW_PRIVATE: 'true' } } : {},
  );

suite('complaints: Open311 media_url (private addresses allowed for the test host)', true);
suite('complaints: Open311 media_url (default configuration)', false);
