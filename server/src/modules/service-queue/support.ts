import {
  holidayOn,
  localDate,
  PRIORITY_GROUPS,
  type PriorityGroup,
  type QueueSettings,
  timeZoneOffsetMs,
  type WeekHours,
  zonedStartOfDay,
} from '@lentera/common';
import type { Ctx } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import { randomToken, uuidv7 } from '../../platform/ids';
import type { TenantRecord } from '../../platform/tenancy/repository';
import { type LocationSubject, QUEUE } from './policy';
import { type LocationRow, queueRepo, type TicketRow } from './repository';

export const DEFAULT_SETTINGS: QueueSettings = { priorityGroups: [...PRIORITY_GROUPS], maxRecalls: 2, surveyDays: 7 };

export async function settingsOf(ctx: Ctx, tenantId: string): Promise<QueueSettings> {
  const row = await queueRepo.settings(ctx.db, tenantId);
  if (!row) return DEFAULT_SETTINGS;
  return {
    priorityGroups: (JSON.parse(row.priority_groups) as PriorityGroup[]).filter((g) => PRIORITY_GROUPS.includes(g)),
    maxRecalls: row.max_recalls,
    surveyDays: row.survey_days,
  };
}

/** The tenant's local day and wall-clock time (`HH:MM`) of an instant. */
export function localMoment(tenant: TenantRecord, at: Date): { day: string; time: string } {
  const local = new Date(at.getTime() + timeZoneOffsetMs(at, tenant.timeZone));
  const time = `${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
  return { day: localDate(at, tenant.timeZone), time };
}

/** The instant of a local day and time `HH:MM`. */
export function instantOf(tenant: TenantRecord, day: string, time: string): Date {
  const start = zonedStartOfDay(day, tenant.timeZone);
  return new Date(start.getTime() + (Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))) * 60_000);
}

export function hoursOf(location: Pick<LocationRow, 'hours'>): WeekHours {
  return JSON.parse(location.hours) as WeekHours;
}

export async function isHoliday(ctx: Ctx, tenant: TenantRecord, day: string): Promise<boolean> {
  const cal = await ctx.calendars.forTenant(tenant.id, tenant.timeZone);
  return holidayOn(day, cal) !== undefined;
}

export const subjectOf = (location: Pick<LocationRow, 'tenant_id' | 'unit_id'>): LocationSubject => ({
  tenantId: location.tenant_id,
  unitId: location.unit_id,
});

/** A location of the tenant, or 404 (also for one the actor may not see, when `action` is given). */
export async function locationFor(ctx: Ctx, tenant: TenantRecord, id: string, action?: string): Promise<LocationRow> {
  const location = await queueRepo.location(ctx.db, tenant.id, id);
  if (!location) throw new NotFound();
  if (action) await ctx.access.assertVisible(ctx.actor, action, subjectOf(location));
  return location;
}

/** Publishes a queue event after the transaction commits: boards, consoles and phone pages of every node. */
export function publishAfterCommit(ctx: Ctx, name: string, payload: Record<string, unknown>): void {
  const tenantId = ctx.tenant?.id ?? null;
  ctx.afterCommit(() => ctx.events.publish({ name, tenantId, payload }));
}

export const QUEUE_EVENTS = {
  issued: 'queue.ticket.issued',
  called: 'queue.called',
  changed: 'queue.ticket.changed',
  finished: 'queue.ticket.finished',
  counter: 'queue.counter.changed',
  /** A location, service, counter or kiosk was set up or changed, or the tenant's settings (`locationId` null). */
  setup: 'queue.setup.changed',
} as const;

export { QUEUE };

/** The fields a new ticket is given by its channel; everything else starts empty. */
type NewTicket = Pick<
  TicketRow,
  'tenant_id' | 'location_id' | 'service_id' | 'day' | 'channel' | 'status' | 'line_at' | 'issued_at'
> &
  Partial<TicketRow>;

/** A new ticket's row, as it is before anyone calls it: a fresh id and phone-page token, no counter, no outcome. */
export function newTicketRow(fields: NewTicket): TicketRow {
  return {
    id: uuidv7(),
    number: null,
    code: null,
    token: randomToken(24),
    priority: null,
    called_at: null,
    started_at: null,
    finished_at: null,
    counter_id: null,
    for_counter_id: null,
    officer_account_id: null,
    officer_name: null,
    recalls: 0,
    transfers: 0,
    outcome: null,
    account_id: null,
    booking_code: null,
    booking_window: null,
    survey_token: null,
    survey_expires_at: null,
    near_notified_at: null,
    updated_at: fields.issued_at,
    ...fields,
  };
}
