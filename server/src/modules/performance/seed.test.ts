import { beforeAll, expect, it } from 'vitest';
import { makeCtx } from '../../platform/context';
import type { TenantRecord } from '../../platform/tenancy/repository';
import { buildTenant } from '../../test/factories';
import { describeEachDialect } from '../../test/harness';
import { peopleModule } from '../people/index';
import { seedPerformance } from './seed';
import { publishedResults } from './use-cases/dashboards';

// biome-ignore lint/suspicious/noExplicitAny: counts over any performance table by one column
type AnyDb = any;
const countBy = async (env: { services: { db: AnyDb } }, table: string, column: string, tenantId: string) => {
  const rows: Array<{ key: string; n: number | string }> = await env.services.db
    .selectFrom(table)
    .select([`${column} as key`, (eb: AnyDb) => eb.fn.countAll().as('n')])
    .where('tenant_id', '=', tenantId)
    .groupBy(column)
    .execute();
  return Object.fromEntries(rows.map((r) => [String(r.key), Number(r.n)]));
};

describeEachDialect('performance: demo data', (env) => {
  let tenant: TenantRecord;
  let seconds = 0;

  beforeAll(async () => {
    tenant = await buildTenant(env.services, { slug: 'dumai', code: 'DUM' });
    await peopleModule.seed?.(env.services, { tenantSlug: 'dumai' });
    const started = Date.now();
    await seedPerformance(env.services, { tenantSlug: 'dumai' });
    seconds = (Date.now() - started) / 1000;
  }, 120_000);

  it('has plans, monthly reports and annual results in every state, quickly', async () => {
    expect(seconds).toBeLessThan(30);
    const plans = await countBy(env, 'performance_plans', 'status', tenant.id);
    expect(Object.keys(plans).sort()).toEqual(['approved', 'draft', 'returned', 'submitted']);
    const reports = await countBy(env, 'performance_reports', 'status', tenant.id);
    expect(Object.keys(reports).sort()).toEqual(['approved', 'draft', 'returned', 'submitted']);
    const late = await countBy(env, 'performance_reports', 'late', tenant.id);
    expect(late['1']).toBeGreaterThan(0);
    const annuals = await countBy(env, 'performance_annuals', 'status', tenant.id);
    expect(Object.keys(annuals).sort()).toEqual(['acknowledged', 'confirmed', 'objected', 'rated']);
    const predikat = await countBy(env, 'performance_annuals', 'predikat', tenant.id);
    expect(Object.keys(predikat).sort()).toEqual(['baik', 'butuh_perbaikan', 'kurang', 'sangat_baik', 'sangat_kurang']);
    // Missing reports: fewer approved-plan reports than approved plans × ended months.
    expect((await countBy(env, 'performance_coaching', 'status', tenant.id)).open).toBeGreaterThan(0);
    const published = await publishedResults(makeCtx(env.services, { tenant }), 2026);
    expect(published.total.evaluated).toBeGreaterThan(100);
    expect(published.total.onTimeRate).toBeGreaterThan(50);
    expect(published.total.onTimeRate).toBeLessThan(100);
  });

  it('seeds once: a second run adds nothing', async () => {
    const before = await countBy(env, 'performance_reports', 'tenant_id', tenant.id);
    await seedPerformance(env.services, { tenantSlug: 'dumai' });
    expect(await countBy(env, 'performance_reports', 'tenant_id', tenant.id)).toEqual(before);
  });
});
