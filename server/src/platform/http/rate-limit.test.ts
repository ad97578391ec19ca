import { existsSync, readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { WEB_DIST } from '../../app';
import { describeEachDialect } from '../../test/harness';

const LIMIT = 5;

describeEachDialect(
  'the per-address request limit',
  (env) => {
    it('counts API requests only: the web app, its files and the health probe never use it up', async () => {
      const client = env.client();
      const asset = existsSync(`${WEB_DIST}assets`)
        ? readdirSync(`${WEB_DIST}assets`).find((f) => f.endsWith('.js'))
        : undefined;
      for (let i = 0; i < LIMIT * 3; i += 1) {
        expect((await client.get('/healthz')).statusCode).toBe(200);
        expect((await client.get('/t/nowhere/pengaduan')).statusCode).not.toBe(429);
        if (asset) expect((await client.get(`/assets/${asset}`)).statusCode).toBe(200);
      }
      const answers = [];
      for (let i = 0; i < LIMIT + 1; i += 1) answers.push((await client.get('/api/tenants')).statusCode);
      expect(answers.slice(0, LIMIT).every((status) => status !== 429)).toBe(true);
      expect(answers[LIMIT]).toBe(429);
      const refused = await client.get('/api/tenants');
      expect(refused.json().error.code).toBe('rate_limited');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    });
  },
  { env: { RATE_LIMIT_PER_MINUTE: String(LIMIT) } },
);
