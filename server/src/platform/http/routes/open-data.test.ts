import { beforeAll, expect, it } from 'vitest';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import { recordAudit } from '../../audit/audit';
import { makeCtx, transaction } from '../../context';
import type { TenantRecord } from '../../tenancy/repository';
import { openDataCatalogSchema } from './open-data';

describeEachDialect('open-data catalog', (env) => {
  let tenant: TenantRecord;
  beforeAll(async () => {
    tenant = await buildTenant(env.services, { slug: 'katalog' });
  });

  const catalog = async () =>
    openDataCatalogSchema.parse(await okJson(env.client().get(`/api/t/${tenant.slug}/open-data`)));

  it('lists the modules’ datasets with absolute stable URLs that answer', async () => {
    const { datasets } = await catalog();
    const stats = datasets.find((d) => d.id === 'complaints-stats');
    expect(stats).toMatchObject({ module: 'complaints', licence: 'CC-BY-4.0', updated: 'continuous' });
    expect(stats?.distributions.map((d) => `${d.period}.${d.format}`)).toEqual([
      '2026.csv',
      '2026.json',
      '2025.csv',
      '2025.json',
    ]);
    expect((await env.client().get('/api/t/tidak-ada/open-data')).statusCode).toBe(404);
  });

  it('gives every dataset a CSV and a JSON download that answers, the workforce statistics included', async () => {
    const { datasets } = await catalog();
    expect(datasets.map((d) => d.id)).toEqual(expect.arrayContaining(['complaints-stats', 'workforce-stats']));
    // No performance year is open in this tenant: the catalog links no year that has no figures.
    expect(datasets.map((d) => d.id)).not.toContain('performance-results');
    for (const dataset of datasets) {
      expect(dataset.licence, dataset.id).toBeTruthy();
      expect(new Set(dataset.distributions.map((d) => d.format)), dataset.id).toEqual(new Set(['csv', 'json']));
      for (const d of dataset.distributions) {
        expect(d.url.startsWith(env.config.publicUrl), d.url).toBe(true);
        const response = await env.client().get(d.url.slice(env.config.publicUrl.length));
        expect(response.statusCode, `${d.url}: ${response.body.slice(0, 300)}`).toBe(200);
        expect(response.headers['content-type'], d.url).toContain(d.format === 'csv' ? 'text/csv' : 'application/json');
      }
    }
  });

  it('dates each dataset by the newest audited change of the records behind it', async () => {
    const before = await catalog();
    expect(before.datasets.find((d) => d.id === 'workforce-stats')?.modified).toBeNull();

    env.clock.set('2026-03-10T02:00:00.000Z');
    const ctx = makeCtx(env.services, { tenant });
    await transaction(ctx, (tx) => recordAudit(tx, { action: 'employee.updated', entityType: 'employee' }));
    env.clock.set('2026-03-11T02:00:00.000Z');
    await transaction(ctx, (tx) => recordAudit(tx, { action: 'complaint.answered', entityType: 'complaint' }));

    const after = await catalog();
    const modified = Object.fromEntries(after.datasets.map((d) => [d.id, d.modified]));
    expect(modified['workforce-stats']).toBe('2026-03-10T02:00:00.000Z');
    expect(modified['complaints-stats']).toBe('2026-03-11T02:00:00.000Z');
  });
});

async function okJson(pending: Promise<{ statusCode: number; body: string; json(): unknown }>): Promise<unknown> {
  const response = await pending;
  expect(response.statusCode, response.body.slice(0, 2000)).toBe(200);
  return response.json();
}
