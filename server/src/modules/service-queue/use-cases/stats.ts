import { addDays, isoWeekday, median, percentile, TICKET_CHANNELS, type TicketChannel } from '@lentera/common';
import { type Ctx, requireTenant } from '../../../platform/context';
import { Invalid, NotFound } from '../../../platform/errors';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { type LocationRow, queueRepo, type TicketRow } from '../repository';
import { instantOf, localMoment, locationFor, QUEUE, subjectOf } from '../support';

const minutesBetween = (a: string | null, b: string | null) =>
  a && b ? (Date.parse(b) - Date.parse(a)) / 60_000 : null;
const round = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);
const present = (values: Array<number | null>) => values.filter((v): v is number => v !== null);

/** Waiting: from the place in line to the first call; service: from the start (or the call) to the finish. */
export const waitOf = (t: TicketRow) => minutesBetween(t.line_at, t.called_at);
export const serviceOf = (t: TicketRow) =>
  t.status === 'done' ? minutesBetween(t.started_at ?? t.called_at, t.finished_at) : null;

function figures(tickets: readonly TicketRow[]) {
  const waits = present(tickets.map(waitOf));
  const services = present(tickets.map(serviceOf));
  const byChannel = Object.fromEntries(TICKET_CHANNELS.map((c) => [c, 0])) as Record<TicketChannel, number>;
  for (const t of tickets)
    if (t.status !== 'booked' && t.status !== 'cancelled') byChannel[t.channel as TicketChannel] += 1;
  return {
    tickets: tickets.filter((t) => t.number !== null).length,
    served: tickets.filter((t) => t.status === 'done').length,
    noShows: tickets.filter((t) => t.status === 'no_show').length,
    transfers: tickets.reduce((n, t) => n + t.transfers, 0),
    byChannel,
    waitMedian: round(median(waits)),
    waitP90: round(percentile(waits, 90)),
    serviceMedian: round(median(services)),
    serviceP90: round(percentile(services, 90)),
  };
}

/** Local hour (0–23) of an instant in the tenant's zone. */
function hourOf(iso: string, tenant: TenantRecord, day: string): number {
  const start = instantOf(tenant, day, '00:00').getTime();
  return Math.min(23, Math.max(0, Math.floor((Date.parse(iso) - start) / 3_600_000)));
}

export const MAX_PERIOD_DAYS = 366;

/**
 * Minutes a counter was at work without a visitor: on each day, from its first call to its last finish, the time
 * not spent on a visit (from call to finish). Pauses are taken off by the caller.
 */
function idleMinutes(tickets: readonly TicketRow[]): number {
  const byDay = new Map<string, TicketRow[]>();
  for (const t of tickets) if (t.called_at && t.finished_at) byDay.set(t.day, [...(byDay.get(t.day) ?? []), t]);
  let idle = 0;
  for (const list of byDay.values()) {
    const first = Math.min(...list.map((t) => Date.parse(t.called_at as string)));
    const last = Math.max(...list.map((t) => Date.parse(t.finished_at as string)));
    const busy = list.reduce(
      (sum, t) => sum + (Date.parse(t.finished_at as string) - Date.parse(t.called_at as string)),
      0,
    );
    idle += Math.max(0, last - first - busy) / 60_000;
  }
  return idle;
}

/** A location's figures over a period of local days, per service, counter and officer, with the busy hours. */
/** The locations whose statistics the person may read (a unit admin or officer: those of their units), by name. */
export async function statsLocations(ctx: Ctx): Promise<Array<{ id: string; name: string }>> {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, QUEUE.stats);
  const mine: Array<{ id: string; name: string }> = [];
  for (const location of await queueRepo.locations(ctx.db, tenant.id))
    if (await ctx.access.can(ctx.actor, QUEUE.stats, subjectOf(location)))
      mine.push({ id: location.id, name: location.name });
  return mine;
}

export async function locationStats(ctx: Ctx, locationId: string, query: { from?: string; to?: string }) {
  const tenant = requireTenant(ctx);
  const location = await locationFor(ctx, tenant, locationId, QUEUE.stats);
  const today = localMoment(tenant, ctx.clock.now()).day;
  const to = query.to ?? today;
  const from = query.from ?? addDays(to, -29);
  if (from > to || addDays(from, MAX_PERIOD_DAYS) < to)
    throw new Invalid('validation_failed', {}, [
      { path: 'from', message: `from ≤ to, at most ${MAX_PERIOD_DAYS} days` },
    ]);
  const [tickets, services, counters, pauses] = await Promise.all([
    queueRepo.ticketsBetween(ctx.db, location.id, from, to),
    queueRepo.services(ctx.db, tenant.id, [location.id]),
    queueRepo.counters(ctx.db, tenant.id, [location.id]),
    queueRepo.pausesBetween(
      ctx.db,
      location.id,
      instantOf(tenant, from, '00:00').toISOString(),
      instantOf(tenant, addDays(to, 1), '00:00').toISOString(),
    ),
  ]);
  const nowIso = ctx.clock.now().toISOString();
  const officers = new Map<string, TicketRow[]>();
  for (const t of tickets)
    if (t.officer_name) officers.set(t.officer_name, [...(officers.get(t.officer_name) ?? []), t]);
  const heat = new Map<string, number>();
  for (const t of tickets) {
    if (t.number === null) continue;
    const key = `${isoWeekday(t.day)}|${hourOf(t.line_at, tenant, t.day)}`;
    heat.set(key, (heat.get(key) ?? 0) + 1);
  }
  const days = new Map<string, TicketRow[]>();
  for (const t of tickets) days.set(t.day, [...(days.get(t.day) ?? []), t]);
  return {
    location: { id: location.id, name: location.name },
    from,
    to,
    totals: figures(tickets),
    services: services.map((s) => ({
      id: s.id,
      name: s.name,
      letter: s.letter,
      ...figures(tickets.filter((t) => t.service_id === s.id)),
    })),
    counters: counters.map((c) => {
      const mine = tickets.filter((t) => t.counter_id === c.id);
      const paused = pauses
        .filter((p) => p.counter_id === c.id)
        .reduce((sum, p) => sum + (minutesBetween(p.started_at, p.ended_at ?? nowIso) ?? 0), 0);
      return {
        id: c.id,
        number: c.number,
        name: c.name,
        ...figures(mine),
        pausedMinutes: Math.round(paused),
        idleMinutes: Math.round(Math.max(0, idleMinutes(mine) - paused)),
      };
    }),
    officers: [...officers].map(([name, list]) => ({ name, ...figures(list) })).sort((a, b) => b.served - a.served),
    heat: [...heat].map(([key, n]) => {
      const [weekday, hour] = key.split('|').map(Number);
      return { weekday: weekday as number, hour: hour as number, tickets: n };
    }),
    days: [...days].map(([day, list]) => ({ day, ...figures(list) })),
  };
}

/** The period's tickets as CSV rows (no names of visitors: the queue keeps none). */
export async function locationTicketsCsv(
  ctx: Ctx,
  locationId: string,
  query: { from?: string; to?: string },
): Promise<string> {
  const stats = await locationStats(ctx, locationId, query);
  const tenant = requireTenant(ctx);
  const tickets = await queueRepo.ticketsBetween(ctx.db, locationId, stats.from, stats.to);
  const services = await queueRepo.services(ctx.db, tenant.id, [locationId]);
  const counters = await queueRepo.counters(ctx.db, tenant.id, [locationId]);
  const cell = (v: unknown) => {
    const text = v === null || v === undefined ? '' : String(v);
    const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
    return /[",\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  const header = [
    'day',
    'code',
    'service',
    'channel',
    'priority',
    'status',
    'outcome',
    'counter',
    'officer',
    'issued_at',
    'called_at',
    'finished_at',
    'wait_minutes',
    'service_minutes',
    'transfers',
  ];
  const rows = tickets
    .filter((t) => t.number !== null)
    .map((t) => [
      t.day,
      t.code,
      services.find((s) => s.id === t.service_id)?.name,
      t.channel,
      t.priority,
      t.status,
      t.outcome,
      counters.find((c) => c.id === t.counter_id)?.number,
      t.officer_name,
      t.issued_at,
      t.called_at,
      t.finished_at,
      round(waitOf(t)),
      round(serviceOf(t)),
      t.transfers,
    ]);
  return `${[header, ...rows].map((r) => r.map(cell).join(',')).join('\n')}\n`;
}

/** Public: typical waits per service and the weekday × hour pattern of the last 60 days, so people choose when to come. */
export async function busyHours(ctx: Ctx, locationId: string) {
  const tenant = requireTenant(ctx);
  const location: LocationRow | undefined = await queueRepo.location(ctx.db, tenant.id, locationId);
  if (!location?.active) throw new NotFound();
  const today = localMoment(tenant, ctx.clock.now()).day;
  const from = addDays(today, -60);
  const [tickets, services] = await Promise.all([
    queueRepo.ticketsBetween(ctx.db, location.id, from, addDays(today, -1)),
    queueRepo.services(ctx.db, tenant.id, [location.id]),
  ]);
  const days = new Map<number, Set<string>>();
  const counts = new Map<string, number>();
  for (const t of tickets) {
    if (t.number === null) continue;
    const weekday = isoWeekday(t.day);
    days.set(weekday, (days.get(weekday) ?? new Set()).add(t.day));
    const key = `${weekday}|${hourOf(t.line_at, tenant, t.day)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return {
    services: services
      .filter((s) => s.active === 1)
      .map((s) => ({
        serviceId: s.id,
        name: s.name,
        typicalWaitMinutes: round(median(present(tickets.filter((t) => t.service_id === s.id).map(waitOf)))),
      })),
    heat: [...counts].map(([key, n]) => {
      const [weekday, hour] = key.split('|').map(Number) as [number, number];
      return { weekday, hour, tickets: Math.round((n / (days.get(weekday)?.size ?? 1)) * 10) / 10 };
    }),
  };
}

/** The busy hours as CSV: ISO weekday (1 = Monday), local hour, average tickets that hour. */
export function busyHoursCsv(heat: ReadonlyArray<{ weekday: number; hour: number; tickets: number }>): string {
  const rows = [...heat].sort((a, b) => a.weekday - b.weekday || a.hour - b.hour);
  return `weekday,hour,average_tickets\n${rows.map((r) => `${r.weekday},${r.hour},${r.tickets}`).join('\n')}\n`;
}
