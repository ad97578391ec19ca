import { beforeAll, expect, it } from 'vitest';
import { makeCtx } from '../../platform/context';
import type { TenantRecord } from '../../platform/tenancy/repository';
import { buildTenant } from '../../test/factories';
import { describeEachDialect } from '../../test/harness';
import { peopleModule } from '../people/index';
import { seedPerformance } from './seed';
import { RHK_BY_OFFICE } from './seed/demo-data';
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

  it("plans what each office does, appraised along the kota's reporting lines", async () => {
    const rows = await env.services.db
      .selectFrom('performance_plans')
      .innerJoin('performance_plan_versions', (join) =>
        join
          .onRef('performance_plan_versions.plan_id', '=', 'performance_plans.id')
          .onRef('performance_plan_versions.version', '=', 'performance_plans.version'),
      )
      .innerJoin('people_employees', 'people_employees.id', 'performance_plans.employee_id')
      .innerJoin('people_units', 'people_units.id', 'people_employees.unit_id')
      .select([
        'performance_plan_versions.content',
        'performance_plans.appraiser_id',
        'performance_plans.status',
        'people_employees.superior_id',
        'people_units.path',
      ])
      .where('performance_plans.tenant_id', '=', tenant.id)
      .execute();
    const units = await env.services.db
      .selectFrom('people_units')
      .select(['id', 'code', 'type'])
      .where('tenant_id', '=', tenant.id)
      .execute();
    const top = (path: string) => units.find((u) => u.id === path.split('/')[1]);
    const texts = (content: string) => (JSON.parse(content) as { rhk: Array<{ text: string }> }).rhk.map((r) => r.text);
    const officeTexts = new Set(Object.values(RHK_BY_OFFICE).flat());
    const ownOffice = (path: string) => {
      const unit = top(path);
      return new Set(RHK_BY_OFFICE[unit?.type === 'kecamatan' ? 'kecamatan' : (unit?.code ?? '')] ?? []);
    };
    // Nobody plans another office's results; the health office plans health results.
    const foreign = rows.flatMap((r) =>
      texts(r.content).filter((t) => officeTexts.has(t) && !ownOffice(r.path).has(t)),
    );
    expect(foreign).toEqual([]);
    const health = rows.filter((r) => top(r.path)?.code === 'DINKES').flatMap((r) => texts(r.content));
    expect(health.some((t) => RHK_BY_OFFICE.DINKES!.includes(t))).toBe(true);
    const kecamatan = rows.filter((r) => top(r.path)?.type === 'kecamatan').flatMap((r) => texts(r.content));
    expect(kecamatan.some((t) => RHK_BY_OFFICE.kecamatan!.includes(t))).toBe(true);
    // A submitted plan goes to the employee's superior: a camat's and a kepala dinas's to the Sekda.
    for (const r of rows.filter((x) => x.status !== 'draft')) expect(r.appraiser_id).toBe(r.superior_id);
  });

  it('seeds once: a second run adds nothing', async () => {
    const before = await countBy(env, 'performance_reports', 'tenant_id', tenant.id);
    await seedPerformance(env.services, { tenantSlug: 'dumai' });
    expect(await countBy(env, 'performance_reports', 'tenant_id', tenant.id)).toEqual(before);
  });
});
