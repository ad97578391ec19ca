import { statsSchema } from '@lentera/common';
import { beforeAll, expect, it } from 'vitest';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect, TEST_START } from '../../../test/harness';
import { json } from '../../people/test/http';
import { buildCategory, buildComplaint } from '../test/factories';
import { complaintsApi } from '../test/http';
import { defaultPeriod, monthsBetween } from './stats';

it('fills a missing bound with the year of the other, or the current year', () => {
  expect(defaultPeriod(undefined, undefined, '2026-11-23')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  expect(defaultPeriod('2025-06-01', undefined, '2026-11-23')).toEqual({ from: '2025-06-01', to: '2025-12-31' });
  expect(defaultPeriod(undefined, '2024-03-31', '2026-11-23')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
  expect(monthsBetween('2025-11-20', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  expect(monthsBetween('2026-03-05', '2026-03-06')).toEqual(['2026-03']);
});

describeEachDialect('complaints: statistics without a period, and the monthly trend', (env) => {
  let tenant: TenantRecord;
  let url: string;

  beforeAll(async () => {
    tenant = await buildTenant(env.services, { timeZone: 'Asia/Jakarta' });
    url = `${complaintsApi(tenant)}/stats`;
    const category = await buildCategory(env.services, tenant);
    env.clock.set('2026-03-10T03:00:00Z');
    await buildComplaint(env.services, tenant, category.id);
    env.clock.set('2026-11-02T03:00:00Z');
    await buildComplaint(env.services, tenant, category.id);
    await buildComplaint(env.services, tenant, category.id);
    env.clock.set(TEST_START);
  });

  it('answers the current year when from and to are left out, with every month of it in the trend', async () => {
    const stats = statsSchema.parse(json(await env.client().get(url)));
    expect(stats).toMatchObject({ from: '2026-01-01', to: '2026-12-31' });
    expect(stats.totals.received).toBe(3);
    expect(stats.trend.map((m) => m.month)).toEqual(monthsBetween('2026-01-01', '2026-12-31'));
    expect(stats.trend.map((m) => m.received)).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 2, 0]);
    // The same answer as the year asked for in full.
    expect(json(await env.client().get(`${url}?from=2026-01-01&to=2026-12-31`))).toEqual(stats);
  });

  it("takes the year from the tenant's time zone: 1 a.m. on New Year's Day in Jakarta is already next year", async () => {
    env.clock.set('2026-12-31T18:00:00Z');
    try {
      const stats = statsSchema.parse(json(await env.client().get(url)));
      expect(stats).toMatchObject({ from: '2027-01-01', to: '2027-12-31' });
      expect(stats.totals.received).toBe(0);
    } finally {
      env.clock.set(TEST_START);
    }
  });

  it('completes a single bound to its year', async () => {
    const stats = statsSchema.parse(json(await env.client().get(`${url}?from=2026-11-01`)));
    expect(stats).toMatchObject({ from: '2026-11-01', to: '2026-12-31' });
    expect(stats.trend).toEqual([
      { month: '2026-11', received: 2, answered: 0, answeredOnTime: 0 },
      { month: '2026-12', received: 0, answered: 0, answeredOnTime: 0 },
    ]);
  });

  it('counts only the days inside the period in its edge months (day rows) and whole months from the roll-ups', async () => {
    const inside = statsSchema.parse(json(await env.client().get(`${url}?from=2026-03-05&to=2026-11-30`)));
    expect(inside.trend.map((m) => m.received)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 2]);
    const after = statsSchema.parse(json(await env.client().get(`${url}?from=2026-03-11&to=2026-11-01`)));
    expect(after.trend.map((m) => m.month)).toEqual(monthsBetween('2026-03-11', '2026-11-01'));
    expect(after.trend.map((m) => m.received)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(after.totals.received).toBe(0);
  });

  it('still refuses a malformed date or a reversed period with the standard error', async () => {
    const bad = await env.client().get(`${url}?from=2026-13`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'validation_failed' } });
    expect((await env.client().get(`${url}?from=2026-12-31&to=2026-01-01`)).statusCode).toBe(400);
  });
});
