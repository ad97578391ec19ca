import {
  addWorkingDays,
  assignInputSchema,
  decisionInputSchema,
  type RegistrationStatus,
  registerInputSchema,
  seatFor,
} from '@lentera/common';
import { recordAudit, recordAuditMany } from '../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { Conflict, Forbidden, NotFound } from '../../../platform/errors';
import { uuidv7 } from '../../../platform/ids';
import { type PersonRef, peopleService } from '../../people/index';
import { TRAINING } from '../policy';
import { eligibilityOf } from '../presenter';
import { catalogRepo } from '../repository/catalog';
import { registrationsRepo } from '../repository/registrations';
import type { EventRow, RegistrationRow, RegistrationsTable } from '../repository/tables';
import { myEmployee, settingsOf, today, unitPaths } from '../support';
import { fillSeats } from './waiting-list';

const ACTIVE = ['pending', 'confirmed', 'waitlisted'];

/** The event open for registration: scheduled and not started (in the tenant's time zone). */
async function openEvent(ctx: Ctx, eventId: string): Promise<EventRow> {
  const tenant = requireTenant(ctx);
  const event = await catalogRepo.event(ctx.db, tenant.id, eventId);
  if (!event) throw new NotFound();
  if (event.status !== 'scheduled' || event.starts_on <= today(ctx)) throw new Conflict('training_event_closed');
  const programme = await catalogRepo.programme(ctx.db, tenant.id, event.programme_id);
  if (programme?.active !== 1) throw new Conflict('training_programme_inactive');
  return event;
}

async function assertEligible(ctx: Ctx, event: EventRow, me: PersonRef): Promise<void> {
  const rule = eligibilityOf(event);
  if (rule.statuses.length && !rule.statuses.includes(me.status)) throw new Forbidden('training_not_eligible');
  if (rule.unitIds.length) {
    const path = me.unitId ? (await unitPaths(ctx)).get(me.unitId)?.path : undefined;
    if (!path || !rule.unitIds.some((id) => path.includes(`/${id}/`))) throw new Forbidden('training_not_eligible');
  }
}

function blank(ctx: Ctx, eventId: string, employeeId: string, now: string): RegistrationsTable {
  return {
    id: uuidv7(),
    tenant_id: requireTenant(ctx).id,
    event_id: eventId,
    employee_id: employeeId,
    status: 'pending',
    source: 'self',
    approver_id: null,
    approval_due_at: null,
    decided_at: null,
    decided_by: null,
    decision_note: '',
    queued_at: null,
    attended_at: null,
    attendance_method: null,
    pre_score: null,
    post_score: null,
    completed_on: null,
    jp_credited: 0,
    created_at: now,
    updated_at: now,
  };
}

/**
 * An employee registers: a free seat is held while the direct superior decides (within the tenant's working days);
 * a full event puts them on the waiting list (no longer than the event's capacity). Registering again after a
 * cancellation or a refusal starts afresh. Audited.
 */
export async function registerForEvent(ctx: Ctx, body: unknown) {
  const tenant = requireTenant(ctx);
  const input = registerInputSchema.parse(body);
  const me = await myEmployee(ctx);
  const event = await openEvent(ctx, input.eventId);
  await assertEligible(ctx, event, me);
  if (!me.superiorId) throw new Conflict('training_no_superior');
  const settings = await settingsOf(ctx);
  const calendar = await ctx.calendars.forTenant(tenant.id, tenant.timeZone);
  const now = ctx.clock.now();
  const due = addWorkingDays(now, settings.approvalWorkingDays, calendar).at.toISOString();
  return transaction(ctx, async (tx) => {
    const locked = await catalogRepo.lockEvent(tx.db, tx.dialect, tenant.id, event.id);
    if (!locked) throw new NotFound();
    const existing = await registrationsRepo.ofEmployee(tx.db, tenant.id, event.id, me.id);
    if (existing && ACTIVE.includes(existing.status)) throw new Conflict('training_already_registered');
    if (existing && !['cancelled', 'declined'].includes(existing.status))
      throw new Conflict('training_already_registered');
    const occupancy = (await catalogRepo.occupancy(tx.db, tenant.id, [event.id])).get(event.id) ?? {
      seated: 0,
      waiting: 0,
    };
    const seat = seatFor({ capacity: locked.capacity, ...occupancy });
    if (seat === 'full') throw new Conflict('training_event_full');
    const stamp = now.toISOString();
    const row: RegistrationsTable = {
      ...blank(tx, event.id, me.id, stamp),
      ...(existing ? { id: existing.id, created_at: existing.created_at } : {}),
      status: seat === 'seat' ? 'pending' : 'waitlisted',
      approver_id: me.superiorId,
      approval_due_at: due,
      queued_at: seat === 'waitlist' ? stamp : null,
    };
    if (existing) {
      const { id, tenant_id, created_at, ...rest } = row;
      await registrationsRepo.update(tx.db, tenant.id, id, rest);
    } else await registrationsRepo.insert(tx.db, [row]);
    await recordAudit(tx, {
      action: 'training.registered',
      entityType: 'training_registration',
      entityId: row.id,
      after: { eventId: event.id, status: row.status },
    });
    return { id: row.id, status: row.status as 'pending' | 'waitlisted', approvalDueAt: due };
  });
}

async function myRegistration(ctx: Ctx, registrationId: string): Promise<{ me: PersonRef; row: RegistrationRow }> {
  const me = await myEmployee(ctx);
  const row = await registrationsRepo.registration(ctx.db, requireTenant(ctx).id, registrationId);
  if (!row || row.employee_id !== me.id) throw new NotFound();
  return { me, row };
}

/** The employee cancels before the event starts; the seat goes to the waiting list. Audited. */
export async function cancelMyRegistration(ctx: Ctx, registrationId: string): Promise<void> {
  const tenant = requireTenant(ctx);
  const { row } = await myRegistration(ctx, registrationId);
  if (!ACTIVE.includes(row.status)) throw new Conflict('training_registration_state', { status: row.status });
  const event = await catalogRepo.event(ctx.db, tenant.id, row.event_id);
  if (event?.status !== 'scheduled' || event.starts_on <= today(ctx)) throw new Conflict('training_event_closed');
  await transaction(ctx, async (tx) => {
    const locked = await catalogRepo.lockEvent(tx.db, tx.dialect, tenant.id, event.id);
    await registrationsRepo.update(tx.db, tenant.id, row.id, {
      status: 'cancelled',
      queued_at: null,
      updated_at: ctx.clock.now().toISOString(),
    });
    await recordAudit(tx, {
      action: 'training.registration_cancelled',
      entityType: 'training_registration',
      entityId: row.id,
      before: { status: row.status },
    });
    if (locked) await fillSeats(tx, locked);
  });
}

/** Registrations waiting for the signed-in superior's decision, soonest deadline first. */
export async function listApprovals(ctx: Ctx) {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, TRAINING.team);
  const me = await myEmployee(ctx);
  const rows = await registrationsRepo.awaitingApprover(ctx.db, tenant.id, me.id);
  const events = await catalogRepo.events(ctx.db, tenant.id, [...new Set(rows.map((r) => r.event_id))]);
  const programmes = await catalogRepo.programmes(ctx.db, tenant.id, {
    ids: [...new Set(events.map((e) => e.programme_id))],
  });
  const people = await peopleService.activeEmployees(ctx, { ids: [...new Set(rows.map((r) => r.employee_id))] });
  const eventOf = new Map(events.map((e) => [e.id, e]));
  const titleOf = new Map(programmes.map((p) => [p.id, p.title]));
  const personOf = new Map(people.map((p) => [p.id, p]));
  return {
    items: rows.map((r) => {
      const event = eventOf.get(r.event_id);
      return {
        registrationId: r.id,
        employeeId: r.employee_id,
        employeeName: personOf.get(r.employee_id)?.displayName ?? '',
        eventId: r.event_id,
        programmeTitle: (event && titleOf.get(event.programme_id)) ?? '',
        startsOn: event?.starts_on ?? '',
        status: r.status as 'pending' | 'waitlisted',
        approvalDueAt: r.approval_due_at,
        overdue: r.approval_due_at !== null && r.approval_due_at < ctx.clock.now().toISOString(),
      };
    }),
  };
}

/**
 * The direct superior approves (the held seat is confirmed; a waiting registration stays on the list, approved) or
 * declines (the seat goes to the waiting list), before the deadline. Another's registration is not found. Audited.
 */
export async function decideRegistration(ctx: Ctx, registrationId: string, body: unknown) {
  const tenant = requireTenant(ctx);
  const input = decisionInputSchema.parse(body);
  await ctx.access.assert(ctx.actor, TRAINING.team);
  const me = await myEmployee(ctx);
  const row = await registrationsRepo.registration(ctx.db, tenant.id, registrationId);
  if (!row || row.approver_id !== me.id) throw new NotFound();
  if (row.decided_at !== null || !['pending', 'waitlisted'].includes(row.status))
    throw new Conflict('training_registration_state', { status: row.status });
  const now = ctx.clock.now().toISOString();
  if (row.approval_due_at && row.approval_due_at < now)
    throw new Conflict('training_approval_overdue', { due: row.approval_due_at.slice(0, 10) });
  const status: RegistrationStatus =
    input.decision === 'decline' ? 'declined' : row.status === 'pending' ? 'confirmed' : 'waitlisted';
  await transaction(ctx, async (tx) => {
    const locked = await catalogRepo.lockEvent(tx.db, tx.dialect, tenant.id, row.event_id);
    await registrationsRepo.update(tx.db, tenant.id, row.id, {
      status,
      decided_at: now,
      decided_by: me.id,
      decision_note: input.note,
      ...(status === 'declined' ? { queued_at: null } : {}),
      updated_at: now,
    });
    await recordAudit(tx, {
      action: input.decision === 'approve' ? 'training.registration_approved' : 'training.registration_declined',
      entityType: 'training_registration',
      entityId: row.id,
      before: { status: row.status },
      after: { status, note: input.note },
    });
    if (status === 'declined' && locked) await fillSeats(tx, locked);
  });
  return { id: row.id, status };
}

/**
 * HR assigns employees: each gets a confirmed seat without the superior's approval; those already registered, not
 * found or beyond the free seats are skipped with the reason. Audited per assignment.
 */
export async function assignEmployees(ctx: Ctx, eventId: string, body: unknown) {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, TRAINING.manage);
  const input = assignInputSchema.parse(body);
  const event = await catalogRepo.event(ctx.db, tenant.id, eventId);
  if (!event) throw new NotFound();
  if (event.status !== 'scheduled' || event.ends_on < today(ctx)) throw new Conflict('training_event_closed');
  const people = new Map(
    (await peopleService.activeEmployees(ctx, { ids: [...new Set(input.employeeIds)] })).map((p) => [p.id, p]),
  );
  return transaction(ctx, async (tx) => {
    const locked = await catalogRepo.lockEvent(tx.db, tx.dialect, tenant.id, eventId);
    if (!locked) throw new NotFound();
    let seated = (await catalogRepo.occupancy(tx.db, tenant.id, [eventId])).get(eventId)?.seated ?? 0;
    const now = ctx.clock.now().toISOString();
    const assigned: string[] = [];
    const registrationIds: string[] = [];
    const skipped: Array<{ employeeId: string; code: string }> = [];
    for (const employeeId of new Set(input.employeeIds)) {
      if (!people.has(employeeId)) {
        skipped.push({ employeeId, code: 'not_found' });
        continue;
      }
      const existing = await registrationsRepo.ofEmployee(tx.db, tenant.id, eventId, employeeId);
      if (existing && !['cancelled', 'declined'].includes(existing.status)) {
        skipped.push({ employeeId, code: 'training_already_registered' });
        continue;
      }
      if (seated >= locked.capacity) {
        skipped.push({ employeeId, code: 'training_event_full' });
        continue;
      }
      const row = {
        ...blank(tx, eventId, employeeId, now),
        status: 'confirmed',
        source: 'assigned',
        decided_at: now,
        decided_by: ctx.actor?.accountId ?? null,
      };
      if (existing) {
        const { id, tenant_id, created_at, ...rest } = row;
        await registrationsRepo.update(tx.db, tenant.id, existing.id, rest);
      } else await registrationsRepo.insert(tx.db, [row]);
      assigned.push(employeeId);
      registrationIds.push(existing?.id ?? row.id);
      seated += 1;
    }
    await recordAuditMany(
      tx,
      registrationIds.map((id) => ({ action: 'training.assigned', entityType: 'training_registration', entityId: id })),
    );
    return { assigned, skipped };
  });
}
