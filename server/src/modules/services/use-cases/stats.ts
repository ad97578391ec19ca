import {
  addDays,
  localDate,
  type ServiceFigures,
  type ServiceStats,
  serviceStatsQuerySchema,
  zonedStartOfDay,
} from '@lentera/common';
import { z } from 'zod';
import { type Ctx, requireTenant } from '../../../platform/context';
import { Invalid } from '../../../platform/errors';
import { peopleService } from '../../people/index';
import { catalogRepo } from '../repository/catalog';
import { type StatsRow, statsRepo } from '../repository/stats';

export const statsQuerySchema = serviceStatsQuerySchema.extend({
  /** A calendar year instead of `from`/`to` (the open-data downloads' stable URLs). */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

/**
 * The nearest-rank percentile (the smallest value with at least p% of the values at or below it); null when there
 * are none.
 */
export function nearestRank(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? null;
}

/**
 * The figures of a set of requests in a period: `received` = submitted in it; `completed` = reached `done` in it;
 * `refused` = refused in it (counted apart, not as completed); the share of completed ones done within their
 * standard's working days (the version they were made with), and the median and 90th percentile of their working
 * days on the clock (nearest rank; days the documents were incomplete do not count).
 */
export function figuresOf(received: readonly StatsRow[], finished: readonly StatsRow[]): ServiceFigures {
  const completed = finished.filter((r) => r.status === 'done');
  const days = completed.map((r) => r.working_days ?? 0).sort((a, b) => a - b);
  const within = completed.filter((r) => r.duration_days === null || (r.working_days ?? 0) <= r.duration_days).length;
  return {
    received: received.length,
    completed: completed.length,
    withinStandardPercent: completed.length ? Math.round((within / completed.length) * 1000) / 10 : null,
    medianDays: nearestRank(days, 50),
    p90Days: nearestRank(days, 90),
    refused: finished.filter((r) => r.status === 'refused').length,
  };
}

/** Refusal reasons grouped by their text (case and spacing ignored), most frequent first. */
export function groupReasons(rows: readonly StatsRow[]): Array<{ reason: string; count: number }> {
  const groups = new Map<string, { reason: string; count: number }>();
  for (const row of rows) {
    if (row.status !== 'refused' || !row.refusal_reason) continue;
    const reason = row.refusal_reason.trim().replace(/\s+/g, ' ');
    const key = reason.toLowerCase();
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { reason, count: 1 });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason, 'id'));
}

/**
 * Public statistics of the tenant's service requests for a period of local dates (the current calendar year in the
 * tenant's zone without parameters), in total, per unit and per service, with refusals by reason.
 */
export async function serviceStats(ctx: Ctx, input: z.input<typeof statsQuerySchema>): Promise<ServiceStats> {
  const tenant = requireTenant(ctx);
  const query = statsQuerySchema.parse(input);
  const year = query.year ?? Number(localDate(ctx.clock.now(), tenant.timeZone).slice(0, 4));
  const from = query.from ?? `${year}-01-01`;
  const to = query.to ?? `${year}-12-31`;
  if (from > to) throw new Invalid('validation_failed', {}, [{ path: 'to', message: 'services_date_before_from' }]);
  const { received, finished } = await statsRepo.rows(
    ctx.db,
    tenant.id,
    zonedStartOfDay(from, tenant.timeZone).toISOString(),
    zonedStartOfDay(addDays(to, 1), tenant.timeZone).toISOString(),
    { unitId: query.unitId, serviceId: query.serviceId },
  );
  const [services, units] = await Promise.all([catalogRepo.services(ctx.db, tenant.id), peopleService.units(ctx)]);
  const unitName = (id: string) => units.find((u) => u.id === id)?.name ?? '';
  const listed = services.filter(
    (s) =>
      (!query.unitId || s.unit_id === query.unitId) &&
      (!query.serviceId || s.id === query.serviceId) &&
      (s.active === 1 || received.some((r) => r.service_id === s.id) || finished.some((r) => r.service_id === s.id)),
  );
  const durationOf = (serviceId: string) =>
    [...finished, ...received].find((r) => r.service_id === serviceId)?.duration_days ?? null;
  const unitIds = [...new Set(listed.map((s) => s.unit_id))];
  return {
    from,
    to,
    totals: figuresOf(received, finished),
    units: unitIds
      .map((unitId) => ({
        unitId,
        unitName: unitName(unitId),
        ...figuresOf(
          received.filter((r) => r.unit_id === unitId),
          finished.filter((r) => r.unit_id === unitId),
        ),
      }))
      .sort((a, b) => a.unitName.localeCompare(b.unitName, 'id')),
    services: listed.map((s) => ({
      serviceId: s.id,
      name: s.name,
      unitId: s.unit_id,
      unitName: unitName(s.unit_id),
      durationDays: durationOf(s.id),
      ...figuresOf(
        received.filter((r) => r.service_id === s.id),
        finished.filter((r) => r.service_id === s.id),
      ),
    })),
    refusals: groupReasons(finished),
  };
}

/** The statistics as CSV: one row per service. */
export function statsCsv(stats: ServiceStats) {
  return {
    header: [
      'periode_dari',
      'periode_sampai',
      'unit',
      'layanan',
      'standar_hari_kerja',
      'diterima',
      'selesai',
      'selesai_tepat_waktu_persen',
      'median_hari_kerja',
      'p90_hari_kerja',
      'ditolak',
    ],
    rows: stats.services.map((s) => [
      stats.from,
      stats.to,
      s.unitName,
      s.name,
      s.durationDays,
      s.received,
      s.completed,
      s.withinStandardPercent,
      s.medianDays,
      s.p90Days,
      s.refused,
    ]),
  };
}
