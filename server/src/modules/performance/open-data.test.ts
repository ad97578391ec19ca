import { expect, it } from 'vitest';
import { buildTenant } from '../../test/factories';
import { describeEachDialect } from '../../test/harness';
import { openTestYear } from './test/factories';

interface Catalog {
  datasets: Array<{ id: string; distributions: Array<{ format: string; url: string; period: string }> }>;
}

describeEachDialect('performance results in the open-data catalog', (env) => {
  it('links one CSV and one JSON per opened year, and each answers', async () => {
    const tenant = await buildTenant(env.services, { slug: 'kinerja-terbuka' });
    const catalog = async () => (await env.client().get(`/api/t/${tenant.slug}/open-data`)).json() as Catalog;
    expect((await catalog()).datasets.map((d) => d.id)).not.toContain('performance-results');

    await openTestYear(env.services, tenant, 2025);
    await openTestYear(env.services, tenant, 2026);
    const results = (await catalog()).datasets.find((d) => d.id === 'performance-results');
    expect(results?.distributions.map((d) => `${d.period}.${d.format}`)).toEqual([
      '2026.csv',
      '2026.json',
      '2025.csv',
      '2025.json',
    ]);
    for (const d of results?.distributions ?? []) {
      const response = await env.client().get(d.url.slice(env.config.publicUrl.length));
      expect(response.statusCode, d.url).toBe(200);
    }
  });
});
