import { describe, expect, it } from 'vitest';
import { makeCtx } from '../../../platform/context';
import { seedDemo } from '../../../platform/seed/demo';
import { findTenantBySlug } from '../../../platform/tenancy/repository';
import { describeEachDialect } from '../../../test/harness';
import { modules } from '../../index';
import { complaintsRepo } from '../repository';
import { complaintStats, splitPeriod } from './stats';

describe('splitPeriod', () => {
  it('reads whole months from the roll-ups and only the partial edges from the day rows', () => {
    expect(splitPeriod('2025-01-01', '2025-12-31')).toEqual({ days: [], months: [['2025-01', '2025-12']] });
    expect(splitPeriod('2025-01-15', '2025-03-10')).toEqual({
      days: [
        ['2025-01-15', '2025-01-31'],
        ['2025-03-01', '2025-03-10'],
      ],
      months: [['2025-02', '2025-02']],
    });
    expect(splitPeriod('2024-02-01', '2024-02-29')).toEqual({ days: [], months: [['2024-02', '2024-02']] });
    expect(splitPeriod('2024-12-02', '2025-01-31')).toEqual({
      days: [['2024-12-02', '2024-12-31']],
      months: [['2025-01', '2025-01']],
    });
    expect(splitPeriod('2025-03-02', '2025-03-30')).toEqual({ days: [['2025-03-02', '2025-03-30']], months: [] });
    expect(splitPeriod('2025-03-02', '2025-04-30')).toEqual({
      days: [['2025-03-02', '2025-03-31']],
      months: [['2025-04', '2025-04']],
    });
    expect(splitPeriod('2025-03-31', '2025-04-01')).toEqual({ days: [['2025-03-31', '2025-04-01']], months: [] });
  });
});

describeEachDialect('complaints: statistics from monthly roll-ups', (env) => {
  it('give the same exact figures as the day rows for any period', async () => {
    await seedDemo(
      env.services,
      modules.filter((m) => m.name === 'people' || m.name === 'complaints'),
      { tenant: 'kupang' },
    );
    const tenant = (await findTenantBySlug(env.services.db, 'kupang'))!;
    const ctx = makeCtx(env.services, { tenant });
    // Ground truth straight from the day rows (the roll-ups must agree to the unit).
    const fromDays = async (from: string, to: string) => {
      const rows = await complaintsRepo.dailyTotals(env.services.db, tenant.id, from, to);
      const durations = await complaintsRepo.durationTotals(env.services.db, tenant.id, from, to);
      return {
        received: rows.reduce((n, r) => n + Number(r.received), 0),
        answered: rows.reduce((n, r) => n + Number(r.answered), 0),
        ratings: rows.reduce((n, r) => n + Number(r.ratings), 0),
        durations: durations.reduce((n, r) => n + Number(r.count), 0),
      };
    };
    let checked = 0;
    for (const [from, to] of [
      ['2025-01-01', '2026-12-31'],
      ['2025-11-23', '2026-11-23'],
      ['2026-02-14', '2026-09-03'],
      ['2026-06-01', '2026-06-30'],
      ['2026-03-05', '2026-03-20'],
    ] as const) {
      const truth = await fromDays(from, to);
      const stats = await complaintStats(ctx, { from, to });
      expect(stats.totals.received, `${from}..${to}`).toBe(truth.received);
      expect(stats.totals.answered, `${from}..${to}`).toBe(truth.answered);
      expect(stats.totals.ratings, `${from}..${to}`).toBe(truth.ratings);
      const byUnit = await complaintStats(ctx, { from, to, by: 'unit' });
      expect(byUnit.rows.reduce((n, r) => n + r.received, 0)).toBe(truth.received);
      checked += truth.received;
      const monthly = await env.services.db
        .selectFrom('complaints_durations_monthly')
        .select((eb) => eb.fn.sum<number>('count').as('n'))
        .where('tenant_id', '=', tenant.id)
        .executeTakeFirstOrThrow();
      expect(Number(monthly.n)).toBe((await fromDays('2000-01-01', '2100-12-31')).durations);
    }
    expect(checked).toBeGreaterThan(300);
  }, 120_000);

  it('stay exact when served from the cache: a raw write to the counters, a renamed category or unit shows at once', async () => {
    const tenant = (await findTenantBySlug(env.services.db, 'kupang'))!;
    const ctx = makeCtx(env.services, { tenant });
    const period = { from: '2026-01-01', to: '2026-12-31' };
    const before = await complaintStats(ctx, period);
    expect(await complaintStats(ctx, period)).toBe(before);
    // An operator's SQL on the roll-up (no application code involved) is seen on the next call.
    const row = await env.services.db
      .selectFrom('complaints_monthly')
      .selectAll()
      .where('tenant_id', '=', tenant.id)
      .where('month', '=', '2026-03')
      .executeTakeFirstOrThrow();
    await env.services.db
      .updateTable('complaints_monthly')
      .set({ received: Number(row.received) + 7 })
      .where('tenant_id', '=', tenant.id)
      .where('month', '=', '2026-03')
      .where('unit_id', '=', row.unit_id)
      .where('category_id', '=', row.category_id)
      .execute();
    const after = await complaintStats(ctx, period);
    expect(after.totals.received).toBe(before.totals.received + 7);
    await env.services.db
      .updateTable('complaints_categories')
      .set({ name: 'Kategori berganti nama' })
      .where('tenant_id', '=', tenant.id)
      .where('id', '=', row.category_id)
      .execute();
    const renamed = await complaintStats(ctx, { ...period, by: 'category' });
    expect(renamed.rows.map((r) => r.categoryName)).toContain('Kategori berganti nama');
    if (row.unit_id) {
      await env.services.db
        .updateTable('people_units')
        .set({ name: 'Unit berganti nama' })
        .where('id', '=', row.unit_id)
        .execute();
      const byUnit = await complaintStats(ctx, { ...period, by: 'unit' });
      expect(byUnit.rows.map((r) => r.unitName)).toContain('Unit berganti nama');
    }
  });
});
