import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RouteInfo } from '../../app';
import { buildAccount, buildTenant, TEST_PASSWORD } from '../../test/factories';
import { describeEachDialect, type TestEnv } from '../../test/harness';
import type { HttpClient } from '../../test/http-client';
import { uuidv7 } from '../ids';
import type { TenantRecord } from '../tenancy/repository';
import { installErrorHandler } from './errors';
import { formatBytes, installUploads, type UploadLimits } from './uploads';

/** The upload routes of today; the generated list must hold them (and covers every later one by itself). */
const KNOWN_UPLOAD_ROUTES = [
  'POST /api/t/:slug/complaints',
  'POST /api/t/:slug/people/imports',
  'POST /api/t/:slug/performance/reports/:reportId/evidence-files',
];

const label = (r: RouteInfo) => `${r.method} ${r.url}`;
const pathOf = (route: RouteInfo, slug: string) => route.url.replace(/:slug\b/g, slug).replace(/:\w+/g, uuidv7());
const limitsOf = (route: RouteInfo) => route.config.upload as UploadLimits;

const part = (boundary: string, headers: string, content: string) => `--${boundary}\r\n${headers}\r\n\r\n${content}`;
const filePart = (boundary: string) =>
  part(boundary, 'Content-Disposition: form-data; name="files"; filename="a.pdf"', '%PDF-1.4\n');

/** Bodies that are not a valid form, each with the content type it is sent with. */
const MALFORMED: Array<{ name: string; type: string; body: string }> = [
  { name: 'no boundary', type: 'multipart/form-data', body: `${filePart('x')}\r\n--x--\r\n` },
  { name: 'a wrong boundary', type: 'multipart/form-data; boundary=yyy', body: `${filePart('x')}\r\n--x--\r\n` },
  { name: 'a part never closed', type: 'multipart/form-data; boundary=x', body: filePart('x') },
  {
    name: 'a field never closed',
    type: 'multipart/form-data; boundary=x',
    body: part('x', 'Content-Disposition: form-data; name="data"', '{"title":'),
  },
  { name: 'a broken part header', type: 'multipart/form-data; boundary=x', body: '--x\r\nContent-Disp\r\n' },
  { name: 'no parts at all', type: 'multipart/form-data; boundary=x', body: 'garbage' },
];

describeEachDialect('multipart uploads, on every upload route of the route table', (env: TestEnv) => {
  let tenant: TenantRecord;
  let client: HttpClient;
  let uploadRoutes: RouteInfo[];

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    const roles = ['tenant_admin', 'hr_admin', 'complaint_coordinator'].map((role) => ({ tenant, role }));
    const account = await buildAccount(env.services, { roles });
    client = env.client();
    await client.login(account.email, TEST_PASSWORD);
    uploadRoutes = env.app.routeTable.filter((r) => r.multipart);
  });

  const complaintCount = async () =>
    Number(
      (
        await env.services.db
          .selectFrom('complaints_reports')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('finds the upload routes in the route table, each with its limits', () => {
    expect(uploadRoutes.map(label)).toEqual(expect.arrayContaining(KNOWN_UPLOAD_ROUTES));
    for (const route of uploadRoutes)
      expect(limitsOf(route), label(route)).toMatchObject({ maxBytes: expect.any(Number) });
  });

  it('answers a malformed body with 400 multipart_malformed in the standard shape, never 500, writing nothing', async () => {
    const before = await complaintCount();
    for (const route of uploadRoutes)
      for (const bad of MALFORMED) {
        const response = await client.request('POST', pathOf(route, tenant.slug), bad.body, {
          'content-type': bad.type,
        });
        const what = `${label(route)}: ${bad.name}`;
        expect(response.statusCode, what).toBe(400);
        expect(response.json(), what).toEqual({
          error: {
            code: 'multipart_malformed',
            message: expect.stringContaining('Formulir unggahan rusak'),
          },
        });
      }
    expect(await complaintCount()).toBe(before);
    // A guest's language is the browser's (a signed-in account's is its own setting).
    const english = await env.client().request('POST', `/api/t/${tenant.slug}/complaints`, 'garbage', {
      'content-type': 'multipart/form-data; boundary=x',
      'accept-language': 'en',
    });
    expect(english.json().error.message).toContain('The upload form is damaged');
  });

  it('refuses a declared length over the route limit with 413 naming that limit, before reading the body', async () => {
    for (const route of uploadRoutes) {
      const { maxBytes } = limitsOf(route);
      const response = await client.request('POST', pathOf(route, tenant.slug), 'x', {
        'content-type': 'multipart/form-data; boundary=x',
        'content-length': String(maxBytes + 1),
      });
      expect(response.statusCode, label(route)).toBe(413);
      expect(response.json().error, label(route)).toEqual({
        code: 'payload_too_large',
        message: `Data yang dikirim terlalu besar (batas ${formatBytes(maxBytes)}).`,
      });
    }
  });

  it('answers a chunked upload with 413 at the first byte past the file limit, naming it, and stops reading', async () => {
    await env.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (env.app.server.address() as AddressInfo).port;
    const before = await complaintCount();
    for (const route of uploadRoutes) {
      const limits = limitsOf(route);
      const outcome = await sendChunked(port, pathOf(route, tenant.slug), client, limits.fileMaxBytes * 3);
      const what = label(route);
      expect(outcome.status, what).toBe(413);
      // Answered once the limit was passed (plus what the sockets buffer), long before the whole body.
      expect(outcome.sentWhenAnswered, what).toBeLessThan(limits.fileMaxBytes + 4 * 1024 * 1024);
      expect(outcome.sentTotal, what).toBeLessThan(limits.fileMaxBytes * 3);
      expect(outcome.body.error.code, what).toBe(limits.fileTooLargeCode ?? 'upload_file_too_large');
      expect(outcome.body.error.message, what).toContain(formatBytes(limits.fileMaxBytes));
    }
    expect(await complaintCount()).toBe(before);
  });
});

describe('multipart uploads: a route that reads the parts itself', () => {
  it('still answers a malformed body with 400 and a file past its limit with 413 naming it (the error handler)', async () => {
    const app = Fastify();
    installErrorHandler(app);
    await installUploads(app);
    app.post(
      '/unggah',
      {
        config: { upload: { maxBytes: 4096, fileMaxBytes: 1024, files: 1 } },
        schema: { consumes: ['multipart/form-data'] },
      },
      async (request) => {
        for await (const p of request.parts({ limits: { fileSize: 1024 } })) if (p.type === 'file') await p.toBuffer();
        return { ok: true };
      },
    );
    const send = (type: string, payload: string) =>
      app.inject({ method: 'POST', url: '/unggah', headers: { 'content-type': type }, payload });
    const malformed = await send('multipart/form-data; boundary=x', filePart('x'));
    expect([malformed.statusCode, malformed.json().error.code]).toEqual([400, 'multipart_malformed']);
    const big = `--x\r\nContent-Disposition: form-data; name="f"; filename="a.pdf"\r\n\r\n${'a'.repeat(2000)}\r\n--x--\r\n`;
    const tooLarge = await send('multipart/form-data; boundary=x', big);
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().error).toEqual({
      code: 'upload_file_too_large',
      message: 'Berkas terlalu besar: paling banyak 1 KB per berkas.',
    });
    // And a multipart route without declared limits does not start.
    const careless = Fastify();
    await installUploads(careless);
    expect(() => careless.post('/x', { schema: { consumes: ['multipart/form-data'] } }, async () => ({}))).toThrow(
      /declares no config.upload/,
    );
    await app.close();
  });
});

/**
 * Streams a form with one file of up to `total` bytes without a length (chunked), as a phone on a slow link would,
 * and notes how much was sent when the answer came and in all (the server stops taking bytes after its answer).
 */
function sendChunked(
  port: number,
  path: string,
  client: HttpClient,
  total: number,
): Promise<{
  status: number;
  body: { error: { code: string; message: string } };
  sentWhenAnswered: number;
  sentTotal: number;
}> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answeredAt: number | null = null;
    let status = 0;
    let text = '';
    let stopped = false;
    let responseDone: Promise<void> = Promise.resolve();
    const request = http.request({
      port,
      host: '127.0.0.1',
      method: 'POST',
      path,
      headers: {
        'content-type': 'multipart/form-data; boundary=x',
        'transfer-encoding': 'chunked',
        cookie: client.cookieHeader(),
        'x-csrf-token': client.csrf ?? '',
      },
    });
    request.on('response', (response) => {
      answeredAt = sent;
      status = response.statusCode ?? 0;
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        text += chunk;
      });
      responseDone = new Promise((done) => {
        response.once('end', done);
        response.once('close', done);
      });
    });
    request.on('error', () => {
      stopped = true;
    });
    request.write(
      '--x\r\nContent-Disposition: form-data; name="data"\r\n\r\n{}\r\n' +
        '--x\r\nContent-Disposition: form-data; name="attachments"; filename="besar.pdf"\r\n\r\n%PDF-1.4\n',
    );
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    const started = Date.now();
    const pump = async () => {
      // Keep sending while the server reads; stop once it answered and stopped reading, or after 20 s.
      while (sent < total && !stopped && !request.socket?.destroyed && Date.now() - started < 20_000) {
        if (request.writableNeedDrain) {
          const drained = await Promise.race([
            new Promise<boolean>((r) => request.once('drain', () => r(true))),
            new Promise<boolean>((r) => setTimeout(() => r(false), answeredAt === null ? 5_000 : 300)),
          ]);
          if (!drained && answeredAt !== null) break;
          continue;
        }
        request.write(chunk);
        sent += chunk.length;
        await new Promise((r) => setTimeout(r, answeredAt === null ? 0 : 20));
      }
      await Promise.race([responseDone, new Promise((r) => setTimeout(r, 2_000))]);
      request.destroy();
      if (answeredAt === null) return reject(new Error(`no answer after ${sent} bytes`));
      resolve({ status, body: JSON.parse(text), sentWhenAnswered: answeredAt, sentTotal: sent });
    };
    void pump();
  });
}
