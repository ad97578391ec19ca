import { COMPLAINT_STATUSES, statsSchema } from '@lentera/common';
import { expect, it } from 'vitest';
import { seedDemo } from '../../platform/seed/demo';
import { describeEachDialect } from '../../test/harness';
import { modules } from '../index';
import { json } from '../people/test/http';

describeEachDialect('complaints: demo data', (env) => {
  it('gives a demo city a year of complaints in every state, consistent with the statistics, deterministic', async () => {
    const started = Date.now();
    await seedDemo(
      env.services,
      modules.filter((m) => m.name === 'people' || m.name === 'complaints'),
      { tenant: 'kupang' },
    );
    // First start stays fast: a city's year of complaints (with its people) in well under half a minute.
    expect((Date.now() - started) / 1000).toBeLessThan(60);
    const rows = await env.services.db.selectFrom('complaints_reports').select(['status', 'code']).execute();
    expect(rows.length).toBeGreaterThan(340);
    expect(rows.length).toBeLessThan(400);
    const statuses = new Set(rows.map((r) => r.status));
    expect([...statuses].sort()).toEqual([...COMPLAINT_STATUSES].sort());
    expect(rows.every((r) => r.code.startsWith('KPG-ADU-'))).toBe(true);
    const stats = statsSchema.parse(
      json(await env.client().get('/api/t/kupang/complaints/stats?from=2025-01-01&to=2026-12-31')),
    );
    expect(stats.totals.received).toBe(rows.length);
    expect(stats.totals.answered).toBeGreaterThan(100);
    expect(stats.totals.meanRating).not.toBeNull();
    // Seeding again adds nothing.
    await seedDemo(
      env.services,
      modules.filter((m) => m.name === 'people' || m.name === 'complaints'),
      { tenant: 'kupang' },
    );
    expect(await env.services.db.selectFrom('complaints_reports').select('id').execute()).toHaveLength(rows.length);
  }, 120_000);
});
