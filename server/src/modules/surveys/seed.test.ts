import { expect, it } from 'vitest';
import { makeCtx } from '../../platform/context';
import { buildTenant } from '../../test/factories';
import { describeEachDialect } from '../../test/harness';
import { buildUnit } from '../people/test/factories';
import { buildQueueSetup } from '../service-queue/test/factories';
import { seedSurveys } from './seed';
import { publicResults } from './use-cases/results';

describeEachDialect('surveys: the demo data', (env) => {
  it('gives Disdukcapil two semesters, the earlier published with its plan, U3 clearly weakest, once', async () => {
    const tenant = await buildTenant(env.services, { slug: 'kupang', name: 'Pemerintah Kota Kupang' });
    const unit = await buildUnit(env.services, tenant, {
      code: 'DISDUKCAPIL',
      name: 'Dinas Kependudukan dan Pencatatan Sipil',
    });
    await buildQueueSetup(env.services, tenant, { unitId: unit.id });
    const started = Date.now();
    await seedSurveys(env.services, { tenantSlug: 'kupang' });
    await seedSurveys(env.services, { tenantSlug: 'kupang' });
    expect(Date.now() - started).toBeLessThan(5000);
    const ctx = makeCtx(env.services, { tenant });
    const latest = await publicResults(ctx, {});
    expect(latest.published).toBe(true);
    const [u] = latest.units;
    expect(u?.respondents).toBeGreaterThan(100);
    const nrr = u?.nrr as Record<string, number>;
    expect(Math.min(...Object.values(nrr))).toBe(nrr.U3);
    expect(u?.plan.map((a) => [a.element, a.status])).toEqual([
      ['U3', 'in_progress'],
      ['U8', 'done'],
    ]);
    const rows = await env.services.db
      .selectFrom('surveys_responses')
      .select('period')
      .where('tenant_id', '=', tenant.id)
      .execute();
    expect(new Set(rows.map((r) => r.period)).size).toBe(2);
  });
});
