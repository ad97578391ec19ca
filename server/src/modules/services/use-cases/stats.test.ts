import { describe, expect, it } from 'vitest';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import { servicesHeadline, servicesOpenData } from '../open-data';
import type { StatsRow } from '../repository/stats';
import { buildRequestSetup, ctxAs, fileRequest, type RequestSetup } from '../test/request-helpers';
import { deliverOutput } from './deliver-output';
import { figuresOf, groupReasons, nearestRank, serviceStats } from './stats';
import { approveRequest, finishPickup, refuseRequest, startProcessing } from './work-request';

const row = (over: Partial<StatsRow>): StatsRow => ({
  service_id: 's',
  unit_id: 'u',
  status: 'done',
  submitted_at: null,
  completed_at: null,
  working_days: 1,
  refusal_reason: null,
  duration_days: 5,
  ...over,
});

describe('statistics rules', () => {
  it.each([
    [[], 50, null],
    [[3], 90, 3],
    [[1, 2, 3, 4], 50, 2],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90, 9],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90, 10],
  ])('the nearest-rank percentile of %j at %i is %s', (values, p, expected) =>
    expect(nearestRank(values, p)).toBe(expected),
  );

  it('counts completed apart from refused, and the share within the standard', () => {
    const finished = [
      row({ working_days: 2 }),
      row({ working_days: 5 }),
      row({ working_days: 7 }),
      row({ status: 'refused', refusal_reason: 'x' }),
    ];
    expect(figuresOf([row({}), row({})], finished)).toEqual({
      received: 2,
      completed: 3,
      withinStandardPercent: 66.7,
      medianDays: 5,
      p90Days: 7,
      refused: 1,
    });
    expect(figuresOf([], [])).toMatchObject({ completed: 0, withinStandardPercent: null, medianDays: null });
  });

  it('groups refusal reasons ignoring case and spacing, most frequent first', () => {
    const refused = (reason: string) => row({ status: 'refused', refusal_reason: reason });
    expect(
      groupReasons([refused('Berkas palsu'), refused('  berkas   PALSU '), refused('Bukan warga'), row({})]),
    ).toEqual([
      { reason: 'Berkas palsu', count: 2 },
      { reason: 'Bukan warga', count: 1 },
    ]);
  });
});

describeEachDialect('services: statistics and open data', (env) => {
  let tenant: TenantRecord;
  let a: RequestSetup;
  let b: RequestSetup;

  async function finished(setup: RequestSetup, filedAt: string, doneAt: string, refusal?: string) {
    env.clock.set(filedAt);
    const { id } = await fileRequest(env.services, tenant, setup);
    const officer = ctxAs(env.services, tenant, setup.officer.actor);
    env.clock.set(doneAt);
    if (refusal) return refuseRequest(officer, id, { reason: refusal });
    await startProcessing(officer, id);
    await approveRequest(officer, id);
    await deliverOutput(officer, id, { kind: 'pickup' });
    return finishPickup(officer, id);
  }

  it('counts a period of the tenant’s calendar per unit and service; the current year by default', async () => {
    tenant = await buildTenant(env.services);
    env.clock.set('2026-09-01T02:00:00Z'); // the standards are in force from their approval on
    a = await buildRequestSetup(env.services, tenant, { durationDays: 3 });
    b = await buildRequestSetup(env.services, tenant, { durationDays: 5 });
    // Service A: done in 1 and 4 working days (one late), refused twice for the same reason.
    await finished(a, '2026-11-02T02:00:00Z', '2026-11-03T02:00:00Z');
    await finished(a, '2026-11-02T03:00:00Z', '2026-11-06T02:00:00Z');
    await finished(a, '2026-11-09T02:00:00Z', '2026-11-10T02:00:00Z', 'Berkas tidak sah');
    await finished(a, '2026-11-09T03:00:00Z', '2026-11-10T03:00:00Z', 'berkas  tidak sah');
    // Service B: one done in October, one still open.
    await finished(b, '2026-10-01T02:00:00Z', '2026-10-02T02:00:00Z');
    env.clock.set('2026-11-20T02:00:00Z');
    await fileRequest(env.services, tenant, b);

    const ctx = ctxAs(env.services, tenant, null);
    const year = await serviceStats(ctx, {});
    expect(year).toMatchObject({ from: '2026-01-01', to: '2026-12-31' });
    expect(year.totals).toEqual({
      received: 6,
      completed: 3,
      withinStandardPercent: 66.7,
      medianDays: 1,
      p90Days: 4,
      refused: 2,
    });
    expect(year.refusals).toEqual([{ reason: 'Berkas tidak sah', count: 2 }]);
    const serviceA = year.services.find((s) => s.serviceId === a.service.id);
    expect(serviceA).toMatchObject({
      durationDays: 3,
      received: 4,
      completed: 2,
      withinStandardPercent: 50,
      refused: 2,
    });
    expect(year.units.map((u) => u.unitId).sort()).toEqual([a.unitId, b.unitId].sort());

    const november = await serviceStats(ctx, { from: '2026-11-01', to: '2026-11-30' });
    expect(november.totals).toMatchObject({ received: 5, completed: 2 });
    const onlyB = await serviceStats(ctx, { serviceId: b.service.id });
    expect(onlyB.totals).toMatchObject({ received: 2, completed: 1, withinStandardPercent: 100 });
    expect(onlyB.services).toHaveLength(1);
    expect((await serviceStats(ctx, { unitId: a.unitId })).totals.received).toBe(4);
    expect((await serviceStats(ctx, { year: 2025 })).totals.received).toBe(0);
  });

  it('publishes the statistics in the open-data catalog with stable URLs, and a headline figure', async () => {
    const datasets = await servicesOpenData(tenant, 2026, env.services);
    expect(datasets.map((d) => d.id)).toEqual(['services-requests-2026']);
    expect(datasets[0]?.title.id).toBe('Statistik permohonan layanan 2026');
    expect(datasets[0]?.changesWith).toEqual(['services_request']);
    const visitor = env.client();
    for (const d of datasets[0]?.distributions ?? []) {
      const response = await visitor.get(d.url);
      expect(response.statusCode, d.url).toBe(200);
      if (d.format === 'csv') expect(response.body).toContain(a.service.name);
      else expect(response.json().totals.received).toBe(6);
    }
    const catalog = await visitor.get(`/api/t/${tenant.slug}/open-data`);
    expect(catalog.body).toContain('services-requests-2026');
    expect(await servicesHeadline(ctxAs(env.services, tenant, null), 2026)).toEqual([
      { key: 'services.received', kind: 'count', value: 6 },
      { key: 'services.completedOnTime', kind: 'percent', value: 66.7 },
    ]);
  });
});
