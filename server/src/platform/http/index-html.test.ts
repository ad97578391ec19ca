import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import Fastify from 'fastify';
import { afterAll, expect, it } from 'vitest';
import { IndexHtml } from './index-html';

const dir = mkdtempSync(join(tmpdir(), 'lentera-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function build(html: string, at: Date) {
  const file = join(dir, 'index.html');
  writeFileSync(file, html);
  writeFileSync(`${file}.br`, brotliCompressSync(html));
  writeFileSync(`${file}.gz`, gzipSync(html));
  utimesSync(file, at, at);
}

it('answers index.html from memory, compressed as the browser accepts, revalidated by ETag, and sees a rebuild', async () => {
  build('<!doctype html><title>Lentera v1</title>', new Date('2026-11-23T10:00:00Z'));
  const app = Fastify();
  const page = new IndexHtml(dir);
  app.get('/*', (request, reply) => page.send(request, reply));

  const plain = await app.inject({ url: '/t/dumai' });
  expect(plain.statusCode).toBe(200);
  expect(plain.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(plain.headers['cache-control']).toBe('no-cache');
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.body).toContain('Lentera v1');

  const br = await app.inject({ url: '/t/dumai', headers: { 'accept-encoding': 'gzip, deflate, br' } });
  expect(br.headers['content-encoding']).toBe('br');
  expect(brotliDecompressSync(br.rawPayload).toString()).toContain('Lentera v1');
  const gz = await app.inject({ url: '/t/dumai', headers: { 'accept-encoding': 'gzip' } });
  expect(gz.headers['content-encoding']).toBe('gzip');

  const etag = String(plain.headers.etag);
  expect((await app.inject({ url: '/x', headers: { 'if-none-match': etag } })).statusCode).toBe(304);

  build('<!doctype html><title>Lentera v2, a longer title</title>', new Date('2026-11-23T11:00:00Z'));
  const rebuilt = await app.inject({ url: '/t/dumai', headers: { 'if-none-match': etag } });
  expect(rebuilt.statusCode).toBe(200);
  expect(rebuilt.body).toContain('Lentera v2');
  await app.close();
});
