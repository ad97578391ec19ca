import { REQUEST_STATUSES } from '@lentera/common';
import { beforeAll, expect, it } from 'vitest';
import { makeCtx } from '../../platform/context';
import { seedDemo } from '../../platform/seed/demo';
import { findTenantBySlug, type TenantRecord } from '../../platform/tenancy/repository';
import { describeEachDialect } from '../../test/harness';
import { modules } from '../index';
import { seedServicesCatalog } from './seed';
import { seedServiceRequests } from './seed-requests';
import { serviceStats } from './use-cases/stats';

const people = modules.filter((m) => m.name === 'people');

describeEachDialect('services: demo requests', (env) => {
  let tenant: TenantRecord;
  let seconds = 0;
  const requests = () =>
    env.services.db
      .selectFrom('services_requests')
      .selectAll()
      .where('tenant_id', '=', tenant.id)
      .orderBy('created_at')
      .execute();

  beforeAll(async () => {
    env.clock.set('2026-12-07T04:00:00.000Z');
    await seedDemo(env.services, people, { tenant: 'serang' });
    await seedServicesCatalog(env.services, { tenantSlug: 'serang' });
    tenant = (await findTenantBySlug(env.services.db, 'serang')) as TenantRecord;
    const started = Date.now();
    await seedServiceRequests(env.services, { tenantSlug: 'serang' });
    seconds = (Date.now() - started) / 1000;
  }, 600_000);

  it('makes three months of requests in every state, quickly, once', async () => {
    const rows = await requests();
    expect(rows.length).toBeGreaterThanOrEqual(150);
    expect(rows.length).toBeLessThanOrEqual(300);
    expect([...new Set(rows.map((r) => r.status))].sort()).toEqual([...REQUEST_STATUSES].sort());
    const count = (status: string) => rows.filter((r) => r.status === status).length;
    expect(count('done')).toBeGreaterThan(rows.length * 0.5);
    expect(count('pending_email')).toBeLessThanOrEqual(8);
    expect(new Set(rows.filter((r) => r.status === 'refused').map((r) => r.refusal_reason)).size).toBeGreaterThan(1);
    const now = env.clock.now().toISOString();
    expect(rows.some((r) => r.due_at !== null && r.due_at < now)).toBe(true);
    expect((rows[0]?.created_at ?? '').slice(0, 7) <= '2026-09').toBe(true);
    // Codes follow time and leave no gap.
    const codes = rows.filter((r) => r.code).map((r) => Number(r.code?.slice(-6)));
    expect([...codes].sort((a, b) => a - b)).toEqual(codes.map((_, i) => i + 1));
    expect(rows.filter((r) => r.code).every((r) => r.code?.startsWith('SRG-LYN-'))).toBe(true);
    // No mail for the made-up history.
    expect(await env.services.db.selectFrom('mail_outbox').select('id').execute()).toHaveLength(0);
    expect(seconds).toBeLessThan(20);

    await seedServiceRequests(env.services, { tenantSlug: 'serang' });
    expect(await requests()).toHaveLength(rows.length);
  });

  it('stores every file its documents and letters name', async () => {
    const documents = await env.services.db
      .selectFrom('services_documents')
      .select(['file_key', 'field_key', 'mime'])
      .where('tenant_id', '=', tenant.id)
      .execute();
    const keys = [...new Set(documents.map((d) => d.file_key))];
    expect(documents.some((d) => d.field_key === 'output')).toBe(true);
    for (const key of keys) expect((await env.services.files.read(key)).length, key).toBeGreaterThan(100);
  });

  it('gives the public statistics and the citizen’s own list something to show', async () => {
    const stats = await serviceStats(makeCtx(env.services, { tenant }), { from: '2026-09-01', to: '2026-12-31' });
    expect(stats.totals.completed).toBeGreaterThan(50);
    expect(stats.totals.withinStandardPercent).toBeGreaterThan(60);
    expect(stats.totals.withinStandardPercent).toBeLessThan(100);
    expect(stats.refusals.length).toBeGreaterThan(1);
    const citizen = await env.services.db
      .selectFrom('accounts')
      .select('id')
      .where('email', '=', 'warga.serang@demo.lentera.id')
      .executeTakeFirstOrThrow();
    const mine = (await requests()).filter((r) => r.applicant_account_id === citizen.id);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(20);
  });
});
