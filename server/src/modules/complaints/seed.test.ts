import { COMPLAINT_STATUSES, localDate, statsSchema, workingDaysBetween } from '@lentera/common';
import { beforeAll, expect, it } from 'vitest';
import { seedDemo } from '../../platform/seed/demo';
import { describeEachDialect } from '../../test/harness';
import { modules } from '../index';
import { json } from '../people/test/http';

const seeded = modules.filter((m) => m.name === 'people' || m.name === 'complaints');

describeEachDialect('complaints: demo data', (env) => {
  const reports = () =>
    env.services.db
      .selectFrom('complaints_reports')
      .select(['status', 'code', 'title', 'received_at', 'verification_due_at', 'answer_due_at', 'rating'])
      .execute();

  beforeAll(async () => {
    await seedDemo(env.services, seeded, { tenant: 'kupang' });
  }, 600_000);

  it('gives a demo city a year of complaints in every state, consistent with the statistics, deterministic', async () => {
    const rows = await reports();
    expect(rows.length).toBeGreaterThan(300);
    expect(rows.length).toBeLessThan(360);
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
    await seedDemo(env.services, seeded, { tenant: 'kupang' });
    expect(await env.services.db.selectFrom('complaints_reports').select('id').execute()).toHaveLength(rows.length);
  });

  it('reads like complaints people write: no seed numbers, varied titles, the city’s own places', async () => {
    const rows = await reports();
    expect(rows.filter((r) => /\(\d+\)|laporan serupa/.test(r.title)).map((r) => r.title)).toEqual([]);
    const times = new Map<string, number>();
    for (const r of rows) times.set(r.title, (times.get(r.title) ?? 0) + 1);
    expect(times.size).toBeGreaterThan(rows.length * 0.25);
    expect(Math.max(...times.values())).toBeLessThanOrEqual(rows.length * 0.05);
    expect(rows.some((r) => /Jl\. El Tari|Oesapa|Oebufu|Sikumana|Lasiana|Fontein|Bakunase/.test(r.title))).toBe(true);
    expect(rows.filter((r) => /\{|\}/.test(r.title))).toEqual([]);
  });

  it('spreads over the year, with the mix of states of a working office and mostly good ratings', async () => {
    const rows = await reports();
    expect(new Set(rows.map((r) => r.received_at.slice(0, 7))).size).toBeGreaterThanOrEqual(12);
    const count = (status: string) => rows.filter((r) => r.status === status).length;
    // Most are done; a handful wait at the desk; a few were referred, archived or merged.
    expect(count('closed') + count('answered')).toBeGreaterThan(rows.length * 0.6);
    expect(count('received') + count('postponed')).toBeLessThanOrEqual(12);
    for (const status of ['referred', 'archived', 'merged', 'postponed', 'routed', 'in_progress'])
      expect(count(status), status).toBeGreaterThan(0);
    const ratings = rows.map((r) => r.rating).filter((r): r is number => r !== null);
    expect(ratings.length).toBeGreaterThan(70);
    expect(ratings.filter((r) => r >= 4).length).toBeGreaterThan(ratings.length / 2);
    expect(new Set(ratings).size).toBe(5);
  });

  it('has complaints due today and overdue at the verification desk, none forgotten for more than a few days', async () => {
    const tenant = (await env.services.db
      .selectFrom('tenants')
      .selectAll()
      .where('slug', '=', 'kupang')
      .executeTakeFirst())!;
    const cal = await env.services.calendars.forTenant(tenant.id, tenant.time_zone);
    const now = env.services.clock.now();
    const today = localDate(now, cal.timeZone);
    const desk = (await reports()).filter((r) => r.status === 'received');
    const dueToday = desk.filter(
      (r) => r.verification_due_at && localDate(new Date(r.verification_due_at), cal.timeZone) === today,
    );
    expect(dueToday.length).toBeGreaterThanOrEqual(1);
    const overdue = desk.filter((r) => r.verification_due_at && new Date(r.verification_due_at) < now);
    expect(overdue.length).toBeGreaterThanOrEqual(1);
    for (const r of overdue)
      expect(workingDaysBetween(new Date(r.verification_due_at!), now, cal), r.title).toBeLessThanOrEqual(3);
    // At the OPDs, too, nothing is months late.
    const following = (await reports()).filter((r) => r.status === 'routed' || r.status === 'in_progress');
    for (const r of following)
      if (r.answer_due_at && new Date(r.answer_due_at) < now)
        expect(workingDaysBetween(new Date(r.answer_due_at), now, cal), r.title).toBeLessThanOrEqual(10);
  });
});
