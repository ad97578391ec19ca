import { expect, it } from 'vitest';
import { makeCtx } from '../../platform/context';
import { buildTenant } from '../../test/factories';
import { describeEachDialect } from '../../test/harness';
import { peopleModule } from '../people/index';
import { seedTraining } from './seed';
import { publicCompliance } from './use-cases/compliance';
import { trainingPlan } from './use-cases/plan';

describeEachDialect('training: the demo data', (env) => {
  it('gives a city a year of training with JP above and below the minimum, upcoming events and a plan, once', async () => {
    const tenant = await buildTenant(env.services, { slug: 'serang', name: 'Pemerintah Kota Serang' });
    await peopleModule.seed?.(env.services, { tenantSlug: 'serang', scale: 150 });
    const started = Date.now();
    await seedTraining(env.services, { tenantSlug: 'serang' });
    await seedTraining(env.services, { tenantSlug: 'serang' });
    expect(Date.now() - started).toBeLessThan(10_000);
    const ctx = makeCtx(env.services, { tenant });
    const year = Number(new Date(env.clock.now()).toISOString().slice(0, 4));
    const board = await publicCompliance(ctx, { year });
    expect(board.tenant.employees).toBeGreaterThan(100);
    expect(board.tenant.met).toBeGreaterThan(board.tenant.employees * 0.2);
    expect(board.tenant.below).toBeGreaterThan(board.tenant.employees * 0.2);
    const events = await env.services.db
      .selectFrom('training_events')
      .select(['status'])
      .where('tenant_id', '=', tenant.id)
      .execute();
    expect(events.filter((e) => e.status === 'completed')).toHaveLength(16);
    expect(events.filter((e) => e.status === 'scheduled')).toHaveLength(3);
    const certificates = await env.services.db
      .selectFrom('training_certificates')
      .select('id')
      .where('tenant_id', '=', tenant.id)
      .execute();
    expect(certificates.length).toBeGreaterThan(100);
    expect((await trainingPlan(ctx, { year })).items.length).toBeLessThanOrEqual(1);
  });
});
