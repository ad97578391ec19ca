import { beforeAll, expect, it } from 'vitest';
import { buildAccount, buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import type { TenantRecord } from '../../tenancy/repository';
import { nationalOverviewSchema } from './national';

describeEachDialect('national overview', (env) => {
  let dumai: TenantRecord;
  let kupang: TenantRecord;
  beforeAll(async () => {
    dumai = await buildTenant(env.services, { slug: 'nasional-a' });
    kupang = await buildTenant(env.services, { slug: 'nasional-b' });
  });

  const signedIn = async (account: { email: string; password: string }) => {
    const client = env.client();
    expect((await client.login(account.email, account.password)).statusCode).toBe(200);
    return client;
  };

  it('shows every government side by side on the modules’ headline figures to a national viewer', async () => {
    // The role held in one government is enough to compare all of them (their figures are published anyway).
    const viewer = await buildAccount(env.services, { roles: [{ tenant: dumai, role: 'national_viewer' }] });
    const response = await (await signedIn(viewer)).get('/api/national/overview?year=2026');
    expect(response.statusCode, response.body).toBe(200);
    const overview = nationalOverviewSchema.parse(response.json());
    expect(overview.year).toBe(2026);
    const slugs = overview.tenants.map((t) => t.slug);
    expect(slugs).toEqual(expect.arrayContaining([dumai.slug, kupang.slug]));
    for (const tenant of overview.tenants.filter((t) => [dumai.slug, kupang.slug].includes(t.slug))) {
      const figures = Object.fromEntries(tenant.figures.map((f) => [f.key, f]));
      expect(figures['people.headcount']).toEqual({ key: 'people.headcount', kind: 'count', value: 0 });
      expect(figures['complaints.received']?.value).toBe(0);
      // Nothing answered and no performance year opened: no share to show, rather than a made-up 0 %.
      expect(figures['complaints.answeredOnTime']?.value).toBeNull();
      expect(figures['performance.reportsOnTime']?.value).toBeNull();
    }
  });

  it('is the system administrator’s too, and nobody else’s', async () => {
    const system = await buildAccount(env.services, { systemAdmin: true });
    expect((await (await signedIn(system)).get('/api/national/overview')).statusCode).toBe(200);

    const tenantAdmin = await buildAccount(env.services, { roles: [{ tenant: dumai, role: 'tenant_admin' }] });
    const denied = await (await signedIn(tenantAdmin)).get('/api/national/overview');
    expect(denied.statusCode).toBe(404);
    expect(denied.json()).toMatchObject({ error: { code: 'not_found' } });

    expect((await env.client().get('/api/national/overview')).statusCode).toBe(401);
    const viewer = await buildAccount(env.services, { roles: [{ tenant: kupang, role: 'national_viewer' }] });
    expect((await (await signedIn(viewer)).get('/api/national/overview?year=1800')).statusCode).toBe(400);
  });
});
