import {
  type BoardSnapshot,
  CLOSED_REASON_LABELS,
  median,
  openState,
  type PriorityGroup,
  type PublicLocation,
  type PublicTicket,
  type TicketChannel,
  type TicketOutcome,
  type TicketStatus,
} from '@lentera/common';
import { type Ctx, requireTenant } from '../../../platform/context';
import { NotFound, Unauthenticated } from '../../../platform/errors';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { linesOf } from '../lines';
import { type LocationRow, queueRepo } from '../repository';
import { hoursOf, isHoliday, localMoment, locationFor, settingsOf, subjectOf } from '../support';
import { counterFor } from './counter-session';
import { consoleTicket } from './work-counter';

async function publicLocation(
  ctx: Ctx,
  tenant: TenantRecord,
  location: LocationRow,
  day: string,
  time: string,
): Promise<PublicLocation> {
  const lines = await linesOf(ctx, tenant.id, location.id, day);
  const state = openState(hoursOf(location), day, time, await isHoliday(ctx, tenant, day));
  return {
    id: location.id,
    name: location.name,
    address: location.address,
    hours: hoursOf(location),
    open: state.open,
    closedReason: state.open ? null : CLOSED_REASON_LABELS[state.reason][ctx.lang],
    services: lines.services
      .filter((s) => s.active === 1)
      .map((s) => ({
        serviceId: s.id,
        name: s.name,
        letter: s.letter,
        waiting: lines.waiting(s.id).length,
        estimatedMinutes: lines.newcomer(s.id),
        onlineAllowed: s.online_allowed === 1,
        bookingAllowed: s.booking_allowed === 1,
        documents: s.documents,
        averageMinutes: s.average_minutes,
      })),
  };
}

/** The public list: active locations with their open services, waiting counts and estimated waits. */
export async function publicLocations(ctx: Ctx): Promise<{ items: PublicLocation[] }> {
  const tenant = requireTenant(ctx);
  const { day, time } = localMoment(tenant, ctx.clock.now());
  const locations = await queueRepo.locations(ctx.db, tenant.id, true);
  return { items: await Promise.all(locations.map((l) => publicLocation(ctx, tenant, l, day, time))) };
}

export async function publicLocationOf(ctx: Ctx, locationId: string): Promise<PublicLocation> {
  const tenant = requireTenant(ctx);
  const location = await queueRepo.location(ctx.db, tenant.id, locationId);
  if (!location?.active) throw new NotFound();
  const { day, time } = localMoment(tenant, ctx.clock.now());
  return publicLocation(ctx, tenant, location, day, time);
}

/** What the display board shows: each counter's ticket, the last calls, the waiting lines. */
export async function boardOf(ctx: Ctx, locationId: string): Promise<BoardSnapshot> {
  const tenant = requireTenant(ctx);
  const location = await queueRepo.location(ctx.db, tenant.id, locationId);
  if (!location?.active) throw new NotFound();
  const { day } = localMoment(tenant, ctx.clock.now());
  const [lines, last] = await Promise.all([
    linesOf(ctx, tenant.id, location.id, day),
    queueRepo.lastCalls(ctx.db, location.id, day, 8),
  ]);
  const counterNumber = new Map(lines.counters.map((c) => [c.id, c.number]));
  const serviceName = (id: string) => lines.services.find((s) => s.id === id)?.name ?? '';
  return {
    location: { id: location.id, name: location.name },
    at: ctx.clock.now().toISOString(),
    counters: lines.counters
      .filter((c) => c.active === 1)
      .map((c) => {
        const current = lines.active
          .filter((t) => t.counter_id === c.id && (t.status === 'called' || t.status === 'serving'))
          .sort((a, b) => (b.called_at ?? '').localeCompare(a.called_at ?? ''))[0];
        return {
          id: c.id,
          number: c.number,
          name: c.name,
          state: !c.officer_account_id ? ('closed' as const) : c.paused_at ? ('paused' as const) : ('open' as const),
          ticket: current
            ? {
                code: current.code ?? '',
                serviceName: serviceName(current.service_id),
                status: current.status as TicketStatus,
                calledAt: current.called_at,
              }
            : null,
        };
      }),
    lastCalls: last
      .filter((t) => t.counter_id && counterNumber.has(t.counter_id))
      .map((t) => ({
        code: t.code ?? '',
        counterNumber: counterNumber.get(t.counter_id as string) as number,
        at: t.called_at as string,
      })),
    waiting: lines.services
      .filter((s) => s.active === 1)
      .map((s) => ({
        serviceId: s.id,
        name: s.name,
        letter: s.letter,
        waiting: lines.waiting(s.id).length,
        estimatedMinutes: lines.newcomer(s.id),
      })),
  };
}

/** The citizen's phone page: the ticket by its secret token, with its live place in line. */
export async function publicTicket(ctx: Ctx, token: string): Promise<PublicTicket> {
  const tenant = requireTenant(ctx);
  const ticket = token.length >= 16 ? await queueRepo.ticketByToken(ctx.db, tenant.id, token) : undefined;
  if (!ticket) throw new NotFound();
  const location = await locationFor(ctx, tenant, ticket.location_id);
  const service = await queueRepo.service(ctx.db, tenant.id, ticket.service_id);
  let ahead: number | null = null;
  let estimatedMinutes: number | null = null;
  let counter: { number: number; name: string } | null = null;
  if (ticket.status === 'waiting') {
    const lines = await linesOf(ctx, tenant.id, location.id, ticket.day);
    ({ ahead, estimatedMinutes } = lines.position(ticket));
  }
  if (ticket.counter_id && ['called', 'serving', 'done'].includes(ticket.status)) {
    const row = await queueRepo.counter(ctx.db, tenant.id, ticket.counter_id);
    if (row) counter = { number: row.number, name: row.name };
  }
  const surveyOpen =
    ticket.survey_token && ticket.survey_expires_at && ticket.survey_expires_at > ctx.clock.now().toISOString();
  return {
    code: ticket.code ?? '',
    status: ticket.status as TicketStatus,
    channel: ticket.channel as TicketChannel,
    priority: ticket.priority as PriorityGroup | null,
    service: { id: ticket.service_id, name: service?.name ?? '', documents: service?.documents ?? '' },
    location: { id: location.id, name: location.name, address: location.address },
    day: ticket.day,
    issuedAt: ticket.issued_at,
    ahead,
    estimatedMinutes,
    counter,
    calledAt: ticket.called_at,
    finishedAt: ticket.finished_at,
    outcome: ticket.outcome as TicketOutcome | null,
    booking: ticket.booking_code ? { code: ticket.booking_code, window: ticket.booking_window ?? '' } : null,
    surveyUrl: surveyOpen ? `/t/${tenant.slug}/survei/${ticket.survey_token}` : null,
  };
}

/** A signed-in citizen's tickets from today on. */
export async function myTickets(ctx: Ctx) {
  const tenant = requireTenant(ctx);
  if (!ctx.actor) throw new Unauthenticated();
  const today = localMoment(tenant, ctx.clock.now()).day;
  const tickets = await queueRepo.accountTickets(ctx.db, tenant.id, ctx.actor.accountId, today);
  const locationIds = [...new Set(tickets.map((t) => t.location_id))];
  const [locations, services] = await Promise.all([
    queueRepo.locations(ctx.db, tenant.id),
    queueRepo.services(ctx.db, tenant.id, locationIds),
  ]);
  return {
    items: tickets.map((t) => ({
      token: t.token,
      code: t.code ?? '',
      status: t.status as TicketStatus,
      serviceName: services.find((s) => s.id === t.service_id)?.name ?? '',
      locationName: locations.find((l) => l.id === t.location_id)?.name ?? '',
      day: t.day,
      bookingCode: t.booking_code,
      bookingWindow: t.booking_window,
    })),
  };
}

/** Where the officer may work: the locations of their unit with their counters. */
export async function consoleLocations(ctx: Ctx) {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, 'queue.serve');
  const all = await queueRepo.locations(ctx.db, tenant.id, true);
  const mine: LocationRow[] = [];
  for (const l of all) if (await ctx.access.can(ctx.actor, 'queue.serve', subjectOf(l))) mine.push(l);
  const counters = await queueRepo.counters(
    ctx.db,
    tenant.id,
    mine.map((l) => l.id),
  );
  return {
    locations: mine.map((l) => ({
      id: l.id,
      name: l.name,
      counters: counters
        .filter((c) => c.location_id === l.id && c.active === 1)
        .map((c) => ({
          id: c.id,
          number: c.number,
          name: c.name,
          officerName: c.officer_name,
          mine: c.officer_account_id === ctx.actor?.accountId,
        })),
    })),
  };
}

/** The console of one counter: its state, its current ticket, the lines it serves and today's figures. */
export async function counterConsole(ctx: Ctx, counterId: string) {
  const tenant = requireTenant(ctx);
  const { counter, location } = await counterFor(ctx, tenant, counterId);
  const { day } = localMoment(tenant, ctx.clock.now());
  const lines = await linesOf(ctx, tenant.id, location.id, day);
  const serves = JSON.parse(counter.service_ids) as string[];
  const current = lines.active.find(
    (t) => t.counter_id === counter.id && (t.status === 'called' || t.status === 'serving'),
  );
  const todays = (await queueRepo.ticketsBetween(ctx.db, location.id, day, day)).filter(
    (t) => t.counter_id === counter.id,
  );
  const minutes = (a: string | null, b: string | null) => (a && b ? (Date.parse(b) - Date.parse(a)) / 60_000 : null);
  const served = todays.filter((t) => t.status === 'done');
  const settings = await settingsOf(ctx, tenant.id);
  return {
    counter: {
      id: counter.id,
      number: counter.number,
      name: counter.name,
      locationId: location.id,
      locationName: location.name,
      state: !counter.officer_account_id
        ? ('closed' as const)
        : counter.paused_at
          ? ('paused' as const)
          : ('open' as const),
      officerName: counter.officer_name,
      pauseReason: counter.pause_reason,
      mine: counter.officer_account_id === ctx.actor?.accountId,
    },
    current: current ? consoleTicket(current, lines.services) : null,
    lines: serves
      .map((id) => lines.services.find((s) => s.id === id))
      .filter((s) => s !== undefined)
      .map((s) => {
        const waiting = lines.active.filter(
          (t) =>
            t.status === 'waiting' &&
            (t.service_id === s.id || t.for_counter_id === counter.id) &&
            (!t.for_counter_id || t.for_counter_id === counter.id),
        );
        return {
          serviceId: s.id,
          name: s.name,
          letter: s.letter,
          waiting: waiting.length,
          tickets: waiting.slice(0, 20).map((t) => consoleTicket(t, lines.services)),
        };
      }),
    today: {
      served: served.length,
      noShows: todays.filter((t) => t.status === 'no_show').length,
      transfers: todays.reduce((n, t) => n + t.transfers, 0),
      serviceMedianMinutes: roundOrNull(
        median(served.map((t) => minutes(t.started_at, t.finished_at)).filter((m): m is number => m !== null)),
      ),
      waitMedianMinutes: roundOrNull(
        median(todays.map((t) => minutes(t.line_at, t.called_at)).filter((m): m is number => m !== null)),
      ),
    },
    services: lines.services.filter((s) => s.active === 1).map((s) => ({ id: s.id, name: s.name })),
    counters: lines.counters
      .filter((c) => c.active === 1 && c.id !== counter.id)
      .map((c) => ({ id: c.id, number: c.number, name: c.name })),
    maxRecalls: settings.maxRecalls,
  };
}

const roundOrNull = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);
