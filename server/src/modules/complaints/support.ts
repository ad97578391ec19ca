import { createHash } from 'node:crypto';
import {
  addWorkingDays,
  COMPLAINT_DEFAULTS,
  type ComplaintEventKind,
  localDate,
  type WorkingCalendar,
} from '@lentera/common';
import type { Selectable } from 'kysely';
import { type Ctx, requireTenant } from '../../platform/context';
import { hmacSha256 } from '../../platform/hmac';
import { uuidv7 } from '../../platform/ids';
import type { TenantRecord } from '../../platform/tenancy/repository';
import { peopleService } from '../people/index';
import { complaintsRepo, type Report, type SettingsTable } from './repository';

export interface ComplaintSettings {
  verificationDays: number;
  reopenDays: number;
  /** Guest complaints per hour from one address or contact; 0 switches the limit off. */
  guestPerHour: number;
  /** Officers get one daily digest instead of a mail per assignment and reminder. */
  dailyDigest: boolean;
}

export async function settingsOf(ctx: Ctx, tenantId: string): Promise<ComplaintSettings> {
  return settingsFromRow(await complaintsRepo.settings(ctx.db, tenantId));
}

/** The settings a saved row gives, SP4N-LAPOR!'s defaults where none was saved. */
export function settingsFromRow(row: Selectable<SettingsTable> | null | undefined): ComplaintSettings {
  return {
    verificationDays: row?.verification_days ?? COMPLAINT_DEFAULTS.verificationDays,
    reopenDays: row?.reopen_days ?? COMPLAINT_DEFAULTS.reopenDays,
    guestPerHour: row?.guest_per_hour ?? COMPLAINT_DEFAULTS.guestPerHour,
    dailyDigest: (row?.daily_digest ?? 0) === 1,
  };
}

export function calendarOf(ctx: Ctx, tenant: TenantRecord): Promise<WorkingCalendar> {
  return ctx.calendars.forTenant(tenant.id, tenant.timeZone);
}

/**
 * Deadlines by calendar and (local start day, working days): both times depend on nothing else, and every intake
 * asks for the same few. A changed calendar is a new object (CalendarService), so its deadlines start afresh.
 */
const deadlines = new WeakMap<WorkingCalendar, Map<string, { due: string; remind: string }>>();

/** A due time n working days after `start`, and the reminder one working day before it. */
export function deadline(start: Date, days: number, cal: WorkingCalendar): { due: string; remind: string } {
  let known = deadlines.get(cal);
  if (!known) {
    known = new Map();
    deadlines.set(cal, known);
  }
  const key = `${localDate(start, cal.timeZone)}|${days}`;
  const hit = known.get(key);
  if (hit) return hit;
  const computed = Object.freeze(computeDeadline(start, days, cal));
  if (known.size >= 2000) known.clear();
  known.set(key, computed);
  return computed;
}

function computeDeadline(start: Date, days: number, cal: WorkingCalendar): { due: string; remind: string } {
  const due = addWorkingDays(start, days, cal).at.toISOString();
  const remind = addWorkingDays(start, Math.max(0, days - 1), cal).at;
  // A one-day deadline reminds at the start of its day rather than at its end.
  const remindAt = days <= 1 ? new Date(Math.min(remind.getTime(), Date.parse(due) - 8 * 3600_000)) : remind;
  return { due, remind: remindAt.toISOString() };
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A keyed hash for the guest rate limit: the address itself is never stored. */
export const intakeKey = (secret: string, value: string) => hmacSha256(secret, value.trim().toLowerCase(), 'hex');

/** The statistics key of a complaint on a day: local date, responsible unit ('' before routing), category. */
export function statsKey(tenant: TenantRecord, report: Pick<Report, 'unit_id' | 'category_id'>, at: Date) {
  return {
    tenant_id: tenant.id,
    day: localDate(at, tenant.timeZone),
    unit_id: report.unit_id ?? '',
    category_id: report.category_id,
  };
}

/** A step of a complaint's history: the keys of the labels table in common, so that every step has its names. */
export type TimelineKind = ComplaintEventKind;

/** Steps the complainant sees on the timeline; the rest (notes, assignments, escalations) stay internal. */
const PUBLIC_KINDS = new Set<TimelineKind>([
  'received',
  'postponed',
  'info_added',
  'verified',
  'referred',
  'archived',
  'merged',
  'duplicate_merged',
  'assigned',
  'answered',
  'rated',
  'reopened',
  'closed',
]);

const REPORTER_KINDS = new Set<TimelineKind>(['received', 'info_added', 'rated', 'reopened']);

export async function addEvent(
  ctx: Ctx,
  complaintId: string,
  kind: TimelineKind,
  text: string | null = null,
  options: { asSystem?: boolean } = {},
): Promise<void> {
  const tenant = requireTenant(ctx);
  // Steps the reporter takes never record who acted: that would put the reporter's name on the staff timeline.
  const actor = options.asSystem || REPORTER_KINDS.has(kind) ? null : ctx.actor;
  await complaintsRepo.insertEvent(ctx.db, {
    id: uuidv7(ctx.clock.now().getTime()),
    tenant_id: tenant.id,
    complaint_id: complaintId,
    at: ctx.clock.now().toISOString(),
    kind,
    public: PUBLIC_KINDS.has(kind) ? 1 : 0,
    text,
    actor_account_id: actor?.accountId ?? null,
    actor_name: actor?.name ?? null,
  });
}

/** The unit's path in the tree ('/root/.../unit/'), for policies that must not query. */
export async function unitWithPath(ctx: Ctx, unitId: string) {
  const units = await peopleService.units(ctx);
  return units.find((u) => u.id === unitId) ?? null;
}
