import {
  bookingInputSchema,
  bookingWindows,
  CLOSED_REASON_LABELS,
  checkInInputSchema,
  estimateWaitMinutes,
  type IssuedTicket,
  isoWeekday,
  kioskTicketInputSchema,
  openState,
  type PriorityGroup,
  ticketCode,
} from '@lentera/common';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { Conflict, Invalid, NotFound, Unauthenticated } from '../../../platform/errors';
import { randomToken } from '../../../platform/ids';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { openCountersFor } from '../lines';
import { recentMinutes } from '../recent';
import { type LocationRow, queueRepo, type ServiceRow, type TicketRow } from '../repository';
import { cachedSettings, locationSetup } from '../setup-cache';
import {
  hoursOf,
  instantOf,
  isHoliday,
  localMoment,
  locationFor,
  newTicketRow,
  publishAfterCommit,
  QUEUE,
  QUEUE_EVENTS,
} from '../support';
import { kioskBySecret } from './setup';
import { fileTicket } from './ticket-writer';

const BOOKING_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function bookingCode(): string {
  const bytes = randomToken(12);
  let out = '';
  for (let i = 0; out.length < 6 && i < bytes.length; i += 1) {
    const c = bytes.charCodeAt(i) % BOOKING_ALPHABET.length;
    out += BOOKING_ALPHABET[c];
  }
  return out;
}

async function serviceAt(ctx: Ctx, tenant: TenantRecord, serviceId: string, location?: LocationRow) {
  const service = await queueRepo.service(ctx.db, tenant.id, serviceId);
  if (!service || (location && service.location_id !== location.id)) {
    if (location) throw new Invalid('queue_service_not_here');
    throw new NotFound();
  }
  return service;
}

/** Refuses a ticket for today when the location or service is closed, and says why in the user's words. */
async function assertOpen(ctx: Ctx, tenant: TenantRecord, location: LocationRow, service: ServiceRow) {
  const { day, time } = localMoment(tenant, ctx.clock.now());
  const state = openState(hoursOf(location), day, time, await isHoliday(ctx, tenant, day));
  if (!location.active || !service.active)
    throw new Conflict('queue_closed', { reason: ctx.lang === 'en' ? 'not in service' : 'tidak beroperasi' });
  if (!state.open) throw new Conflict('queue_closed', { reason: CLOSED_REASON_LABELS[state.reason][ctx.lang] });
  return day;
}

/** What the issuer shows and prints: the code, the phone page's token, who is ahead and the estimated wait. */
async function issued(
  ctx: Ctx,
  tenant: TenantRecord,
  ticket: TicketRow,
  location: LocationRow,
  service: ServiceRow,
  /** Who was ahead when the ticket was written (`fileTicket` knows); otherwise counted now. */
  aheadAtIssue?: number,
): Promise<IssuedTicket> {
  let ahead = 0;
  let estimatedMinutes = 0;
  if (ticket.status === 'waiting') {
    const [before, setup, recent] = await Promise.all([
      aheadAtIssue ?? queueRepo.waitingBefore(ctx.db, service.id, ticket.day, ticket),
      locationSetup(ctx, tenant.id, location.id),
      recentMinutes(ctx, location.id, ticket.day),
    ]);
    ahead = before;
    estimatedMinutes = estimateWaitMinutes(
      ahead,
      recent.get(service.id) ?? [],
      service.average_minutes,
      openCountersFor(service.id, setup?.counters ?? []),
    );
  }
  return {
    id: ticket.id,
    code: ticket.code ?? '',
    token: ticket.token,
    ahead,
    estimatedMinutes,
    issuedAt: ticket.issued_at,
    serviceName: service.name,
    locationName: location.name,
    bookingCode: ticket.booking_code,
  };
}

async function priorityAllowed(ctx: Ctx, tenant: TenantRecord, priority: PriorityGroup | null) {
  if (!priority) return null;
  const settings = await cachedSettings(ctx, tenant.id);
  if (!settings.priorityGroups.includes(priority))
    throw new Invalid('validation_failed', {}, [{ path: 'priority', code: 'queue_priority_off' }]);
  return priority;
}

/** A ticket from the entrance kiosk: the device proves itself by the secret in its URL. */
export async function issueAtKiosk(
  ctx: Ctx,
  kioskId: string,
  secret: string | undefined,
  input: unknown,
): Promise<IssuedTicket> {
  const tenant = requireTenant(ctx);
  const kiosk = await kioskBySecret(ctx, kioskId, secret);
  const data = kioskTicketInputSchema.parse(input);
  const setup = await locationSetup(ctx, tenant.id, kiosk.location_id);
  if (!setup) throw new NotFound();
  const { location } = setup;
  const service = setup.services.find((s) => s.id === data.serviceId);
  if (!service) throw new Invalid('queue_service_not_here');
  const day = await assertOpen(ctx, tenant, location, service);
  const priority = await priorityAllowed(ctx, tenant, data.priority);
  const { ticket, ahead } = await fileTicket(ctx, { location, service, channel: 'kiosk', priority, day });
  return issued(ctx, tenant, ticket, location, service, ahead);
}

/** A walk-in registered by hand at the counter by its officer. */
export async function issueAtCounter(ctx: Ctx, counterId: string, input: unknown): Promise<IssuedTicket> {
  const tenant = requireTenant(ctx);
  const counter = await queueRepo.counter(ctx.db, tenant.id, counterId);
  if (!counter) throw new NotFound();
  const location = await locationFor(ctx, tenant, counter.location_id, QUEUE.serve);
  const data = kioskTicketInputSchema.parse(input);
  const service = await serviceAt(ctx, tenant, data.serviceId, location);
  const day = await assertOpen(ctx, tenant, location, service);
  const priority = await priorityAllowed(ctx, tenant, data.priority);
  const { ticket, ahead } = await fileTicket(ctx, { location, service, channel: 'counter', priority, day });
  return issued(ctx, tenant, ticket, location, service, ahead);
}

/** An online ticket for today: a signed-in citizen, one per service a day, while the service is open. */
export async function issueOnline(ctx: Ctx, serviceId: string): Promise<IssuedTicket> {
  const tenant = requireTenant(ctx);
  if (!ctx.actor) throw new Unauthenticated();
  const service = await serviceAt(ctx, tenant, serviceId);
  const location = await locationFor(ctx, tenant, service.location_id);
  if (!service.online_allowed) throw new Conflict('queue_online_not_allowed');
  const day = await assertOpen(ctx, tenant, location, service);
  const accountId = ctx.actor.accountId;
  const { ticket, ahead } = await transaction(ctx, async (tx) => {
    // Under the service day's lock, so that two taps of one citizen give one ticket.
    await queueRepo.lockDay(tx.db, tenant.id, service.id, day);
    const existing = await queueRepo.accountTicket(tx.db, tenant.id, accountId, service.id, day);
    if (existing) throw new Conflict('queue_one_per_day', { code: existing.code ?? existing.booking_code ?? '' });
    return fileTicket(tx, { location, service, channel: 'online', priority: null, accountId, day });
  });
  return issued(ctx, tenant, ticket, location, service, ahead);
}

/** Free places of each booking window of a later working day. */
export async function bookingWindowsOf(ctx: Ctx, serviceId: string, date: string) {
  const tenant = requireTenant(ctx);
  const service = await serviceAt(ctx, tenant, serviceId);
  const location = await locationFor(ctx, tenant, service.location_id);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
    throw new Invalid('validation_failed', {}, [{ path: 'date', message: 'YYYY-MM-DD' }]);
  const today = localMoment(tenant, ctx.clock.now()).day;
  if (
    !service.booking_allowed ||
    !location.active ||
    !service.active ||
    date <= today ||
    (await isHoliday(ctx, tenant, date))
  )
    return { date, windows: [] };
  const taken = await queueRepo.bookingsByWindow(ctx.db, service.id, date);
  const windows = bookingWindows(hoursOf(location)[isoWeekday(date) - 1] ?? null, service.window_minutes);
  return {
    date,
    windows: windows.map((window) => ({
      window,
      free: Math.max(0, service.window_capacity - (taken.get(window) ?? 0)),
    })),
  };
}

/** Books a window on a later working day; the visitor checks in on the day at the kiosk or the counter. */
export async function book(ctx: Ctx, serviceId: string, input: unknown): Promise<IssuedTicket> {
  const tenant = requireTenant(ctx);
  if (!ctx.actor) throw new Unauthenticated();
  const data = bookingInputSchema.parse(input);
  const service = await serviceAt(ctx, tenant, serviceId);
  const location = await locationFor(ctx, tenant, service.location_id);
  if (!service.booking_allowed || !location.active || !service.active) throw new Conflict('queue_online_not_allowed');
  const today = localMoment(tenant, ctx.clock.now()).day;
  const hours = hoursOf(location)[isoWeekday(data.date) - 1] ?? null;
  if (
    data.date <= today ||
    (await isHoliday(ctx, tenant, data.date)) ||
    !bookingWindows(hours, service.window_minutes).includes(data.window)
  )
    throw new Invalid('queue_booking_past');
  const accountId = ctx.actor.accountId;
  const ticket = await transaction(ctx, async (tx) => {
    const issuedNumbers = await queueRepo.lockDay(tx.db, tenant.id, service.id, data.date);
    const existing = await queueRepo.accountTicket(tx.db, tenant.id, accountId, service.id, data.date);
    if (existing) throw new Conflict('queue_one_per_day', { code: existing.code ?? existing.booking_code ?? '' });
    const taken = await queueRepo.bookingsByWindow(tx.db, service.id, data.date);
    if ((taken.get(data.window) ?? 0) >= service.window_capacity)
      throw new Conflict('queue_booking_full', { window: data.window });
    const booked = await queueRepo.bookedCount(tx.db, service.id, data.date);
    if (issuedNumbers + booked + 1 > service.daily_capacity)
      throw new Conflict('queue_full', { capacity: service.daily_capacity });
    const now = tx.clock.now().toISOString();
    const row = newTicketRow({
      tenant_id: tenant.id,
      location_id: location.id,
      service_id: service.id,
      day: data.date,
      channel: 'booking',
      status: 'booked',
      line_at: instantOf(tenant, data.date, data.window).toISOString(),
      issued_at: now,
      account_id: accountId,
      booking_code: bookingCode(),
      booking_window: data.window,
    });
    await queueRepo.insertTicket(tx.db, row);
    await recordAudit(tx, {
      action: 'queue.ticket_booked',
      entityType: 'queue_ticket',
      entityId: row.id,
      after: { bookingCode: row.booking_code, service: service.name, date: data.date, window: data.window },
    });
    return row;
  });
  return issued(ctx, tenant, ticket, location, service);
}

/**
 * A booked visitor arrives: on the booked day, the booking gets the day's next number and joins the line at its
 * window's place (later than the window's end, at the back of it like a walk-in).
 */
async function checkIn(ctx: Ctx, tenant: TenantRecord, locationId: string, input: unknown): Promise<IssuedTicket> {
  const data = checkInInputSchema.parse(input);
  const code = data.code.toUpperCase();
  const location = await locationFor(ctx, tenant, locationId);
  const today = localMoment(tenant, ctx.clock.now()).day;
  const booking = await queueRepo.ticketByBooking(ctx.db, tenant.id, code);
  if (!booking || booking.location_id !== location.id || booking.day !== today || booking.status !== 'booked')
    throw new Invalid('queue_booking_unknown');
  const service = await serviceAt(ctx, tenant, booking.service_id, location);
  await assertOpen(ctx, tenant, location, service);
  const ticket = await transaction(ctx, async (tx) => {
    const number = await queueRepo.nextNumber(tx.db, tenant.id, service.id, today);
    const now = tx.clock.now();
    const windowEnd = Date.parse(booking.line_at) + service.window_minutes * 60_000;
    const lineAt = now.getTime() > windowEnd ? now.toISOString() : booking.line_at;
    const set = {
      number,
      code: ticketCode(service.letter, number),
      status: 'waiting',
      line_at: lineAt,
      updated_at: now.toISOString(),
    };
    if (!(await queueRepo.transition(tx.db, tenant.id, booking.id, ['booked'], set)))
      throw new Invalid('queue_booking_unknown');
    await recordAudit(tx, {
      action: 'queue.ticket_checked_in',
      entityType: 'queue_ticket',
      entityId: booking.id,
      after: { code: set.code, bookingCode: code },
    });
    publishAfterCommit(tx, QUEUE_EVENTS.issued, {
      locationId: location.id,
      ticketId: booking.id,
      serviceId: service.id,
    });
    return { ...booking, ...set };
  });
  return issued(ctx, tenant, ticket, location, service);
}

export async function checkInAtKiosk(ctx: Ctx, kioskId: string, secret: string | undefined, input: unknown) {
  const tenant = requireTenant(ctx);
  const kiosk = await kioskBySecret(ctx, kioskId, secret);
  return checkIn(ctx, tenant, kiosk.location_id, input);
}

export async function checkInAtCounter(ctx: Ctx, counterId: string, input: unknown) {
  const tenant = requireTenant(ctx);
  const counter = await queueRepo.counter(ctx.db, tenant.id, counterId);
  if (!counter) throw new NotFound();
  const location = await locationFor(ctx, tenant, counter.location_id, QUEUE.serve);
  return checkIn(ctx, tenant, location.id, input);
}
