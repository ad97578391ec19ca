import { beforeAll, expect, it } from 'vitest';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import type { TenantRecord } from '../../tenancy/repository';
import { openDataCatalogSchema } from './open-data';

describeEachDialect('open-data catalog', (env) => {
  let tenant: TenantRecord;
  beforeAll(async () => {
    tenant = await buildTenant(env.services, { slug: 'katalog' });
  });

  it('lists the modules’ datasets with absolute stable URLs that answer', async () => {
    const catalog = openDataCatalogSchema.parse(await okJson(env.client().get(`/api/t/${tenant.slug}/open-data`)));
    const stats = catalog.datasets.find((d) => d.id === 'complaints-stats');
    expect(stats).toMatchObject({ module: 'complaints', licence: 'CC-BY-4.0' });
    expect(stats?.distributions.map((d) => `${d.period}.${d.format}`)).toEqual([
      '2026.csv',
      '2026.json',
      '2025.csv',
      '2025.json',
    ]);
    for (const d of stats!.distributions) {
      expect(d.url.startsWith(env.config.publicUrl)).toBe(true);
      const response = await env.client().get(d.url.slice(env.config.publicUrl.length));
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain(d.format === 'csv' ? 'text/csv' : 'application/json');
    }
    expect((await env.client().get('/api/t/tidak-ada/open-data')).statusCode).toBe(404);
  });
});

async function okJson(pending: Promise<{ statusCode: number; body: string; json(): unknown }>): Promise<unknown> {
  const response = await pending;
  expect(response.statusCode, response.body.slice(0, 2000)).toBe(200);
  return response.json();
}
