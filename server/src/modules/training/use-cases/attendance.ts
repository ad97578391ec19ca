import { randomInt } from 'node:crypto';
import {
  attendanceCheckInBatchSchema,
  attendanceCheckInSchema,
  attendanceListInputSchema,
  CERTIFICATE_ALPHABET,
  isCompleted,
  localDate,
  scoresInputSchema,
} from '@lentera/common';
import { recordAudit, recordAuditMany } from '../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { Conflict, Invalid } from '../../../platform/errors';
import { hmacSha256 } from '../../../platform/hmac';
import { uuidv7 } from '../../../platform/ids';
import { peopleService } from '../../people/index';
import { catalogRepo } from '../repository/catalog';
import { registrationsRepo } from '../repository/registrations';
import type { CertificatesTable, EventRow, RegistrationRow } from '../repository/tables';
import { eventToRun, today } from '../support';

type Outcome = 'checked_in' | 'already' | 'invalid' | 'other_event' | 'not_confirmed' | 'event_closed';

function signature(ctx: Ctx, eventId: string, registrationId: string): string {
  return hmacSha256(ctx.config.sessionSecret, `training-attendance:${eventId}:${registrationId}`, 'base64url').slice(
    0,
    22,
  );
}

/** The code an attendee's phone shows as a QR: the registration, signed for its event (nothing else readable). */
export function attendanceCodeFor(ctx: Ctx, eventId: string, registrationId: string): string {
  return `TR1.${registrationId}.${signature(ctx, eventId, registrationId)}`;
}

const CODE = /^TR1\.([0-9a-f-]{36})\.([A-Za-z0-9_-]{22})$/;

/** What a scanned code is for this event: a confirmed registration, or why not. */
async function judge(ctx: Ctx, event: EventRow, code: string): Promise<{ outcome: Outcome; row?: RegistrationRow }> {
  const match = CODE.exec(code.trim());
  if (!match) return { outcome: 'invalid' };
  const [, registrationId, signed] = match as unknown as [string, string, string];
  const row = await registrationsRepo.registration(ctx.db, requireTenant(ctx).id, registrationId);
  if (!row || signature(ctx, row.event_id, row.id) !== signed) return { outcome: 'invalid' };
  if (row.event_id !== event.id) return { outcome: 'other_event' };
  if (row.attended_at) return { outcome: 'already', row };
  if (row.status !== 'confirmed') return { outcome: 'not_confirmed', row };
  return { outcome: 'checked_in', row };
}

function assertOpen(ctx: Ctx, event: EventRow): void {
  if (event.status !== 'scheduled') throw new Conflict('training_event_completed');
  if (today(ctx) < event.starts_on) throw new Conflict('training_event_not_started');
}

/** When a scan happened: as the phone says, never in the future. */
function scanTime(ctx: Ctx, scannedAt: string | undefined): string {
  const now = ctx.clock.now().toISOString();
  return scannedAt && scannedAt < now ? new Date(scannedAt).toISOString() : now;
}

/**
 * The trainer's phone submits an attendee's code. A second scan of the same code answers as before (idempotent);
 * a code of another event, forged or for someone without a seat is refused. Audited once per attendee.
 */
export async function checkIn(ctx: Ctx, eventId: string, body: unknown) {
  const tenant = requireTenant(ctx);
  const input = attendanceCheckInSchema.parse(body);
  const { event } = await eventToRun(ctx, eventId);
  assertOpen(ctx, event);
  const { outcome, row } = await judge(ctx, event, input.code);
  if (outcome === 'invalid') throw new Invalid('training_code_invalid');
  if (outcome === 'other_event') throw new Invalid('training_code_other_event');
  if (outcome === 'not_confirmed' || !row) throw new Conflict('training_not_confirmed');
  const person = await peopleService.employee(ctx, row.employee_id);
  let newly = false;
  if (outcome === 'checked_in')
    await transaction(ctx, async (tx) => {
      newly = await registrationsRepo.markAttended(tx.db, tenant.id, row.id, scanTime(ctx, input.scannedAt), 'qr');
      if (newly)
        await recordAudit(tx, { action: 'training.checked_in', entityType: 'training_registration', entityId: row.id });
    });
  return { registrationId: row.id, employeeName: person?.displayName ?? '', newlyCheckedIn: newly };
}

/**
 * Scans made offline, synced later: each is judged alone and answered with its outcome; repeats (the same code twice,
 * or a batch sent again) change nothing. One transaction, audited once per attendee checked in.
 */
export async function checkInBatch(ctx: Ctx, eventId: string, body: unknown) {
  const tenant = requireTenant(ctx);
  const input = attendanceCheckInBatchSchema.parse(body);
  const { event } = await eventToRun(ctx, eventId);
  if (today(ctx) < event.starts_on) throw new Conflict('training_event_not_started');
  return transaction(ctx, async (tx) => {
    const results: Array<{ code: string; outcome: Outcome; registrationId: string | null }> = [];
    const checked: string[] = [];
    for (const scan of input.scans) {
      let { outcome, row } = await judge(tx, event, scan.code);
      if (event.status !== 'scheduled' && outcome === 'checked_in') outcome = 'event_closed';
      if (outcome === 'checked_in' && row) {
        const newly = await registrationsRepo.markAttended(
          tx.db,
          tenant.id,
          row.id,
          scanTime(ctx, scan.scannedAt),
          'qr',
        );
        if (newly) checked.push(row.id);
        else outcome = 'already';
      }
      results.push({ code: scan.code, outcome, registrationId: row?.id ?? null });
    }
    await recordAuditMany(
      tx,
      checked.map((id) => ({ action: 'training.checked_in', entityType: 'training_registration', entityId: id })),
    );
    return { results };
  });
}

async function ownRegistrations(ctx: Ctx, event: EventRow, ids: string[]) {
  const rows = new Map(
    (await registrationsRepo.ofEvent(ctx.db, requireTenant(ctx).id, event.id)).map((r) => [r.id, r]),
  );
  for (const id of ids)
    if (!rows.has(id)) throw new Invalid('validation_failed', { field: 'registrationId' }, { registrationId: id });
  return rows;
}

/** The trainer's list: attended or not, for confirmed participants. Audited. */
export async function recordAttendance(ctx: Ctx, eventId: string, body: unknown) {
  const tenant = requireTenant(ctx);
  const input = attendanceListInputSchema.parse(body);
  const { event } = await eventToRun(ctx, eventId);
  assertOpen(ctx, event);
  const rows = await ownRegistrations(
    ctx,
    event,
    input.entries.map((e) => e.registrationId),
  );
  for (const e of input.entries)
    if (rows.get(e.registrationId)?.status !== 'confirmed') throw new Conflict('training_not_confirmed');
  const now = ctx.clock.now().toISOString();
  await transaction(ctx, async (tx) => {
    for (const e of input.entries) {
      const row = rows.get(e.registrationId)!;
      if (e.attended && !row.attended_at)
        await registrationsRepo.update(tx.db, tenant.id, row.id, {
          attended_at: now,
          attendance_method: 'list',
          updated_at: now,
        });
      if (!e.attended && row.attended_at)
        await registrationsRepo.update(tx.db, tenant.id, row.id, {
          attended_at: null,
          attendance_method: null,
          updated_at: now,
        });
    }
    await recordAudit(tx, {
      action: 'training.attendance_recorded',
      entityType: 'training_event',
      entityId: event.id,
      after: input,
    });
  });
  return { ok: true as const };
}

/** Pre-test (when the event gives one) and post-test scores, 0–100. Audited. */
export async function recordScores(ctx: Ctx, eventId: string, body: unknown) {
  const tenant = requireTenant(ctx);
  const input = scoresInputSchema.parse(body);
  const { event } = await eventToRun(ctx, eventId);
  if (event.status !== 'scheduled') throw new Conflict('training_event_completed');
  await ownRegistrations(
    ctx,
    event,
    input.entries.map((e) => e.registrationId),
  );
  if (event.pre_test !== 1 && input.entries.some((e) => e.preScore !== undefined && e.preScore !== null))
    throw new Invalid('validation_failed', { field: 'preScore' });
  const now = ctx.clock.now().toISOString();
  await transaction(ctx, async (tx) => {
    for (const e of input.entries)
      await registrationsRepo.update(tx.db, tenant.id, e.registrationId, {
        ...(e.preScore !== undefined && { pre_score: e.preScore }),
        ...(e.postScore !== undefined && { post_score: e.postScore }),
        updated_at: now,
      });
    await recordAudit(tx, {
      action: 'training.scores_recorded',
      entityType: 'training_event',
      entityId: event.id,
      after: input,
    });
  });
  return { ok: true as const };
}

function certificateCode(): string {
  const pick = () => CERTIFICATE_ALPHABET[randomInt(CERTIFICATE_ALPHABET.length)];
  const group = () => Array.from({ length: 4 }, pick).join('');
  return `${group()}-${group()}-${group()}`;
}

/**
 * Closes the event on or after its last day: who attended (and met the pass mark) completes, is credited the
 * programme's JP in the year the event ended, and gets a certificate with a verification code; the rest do not
 * complete; registrations never confirmed are cancelled. Audited.
 */
export async function completeEvent(ctx: Ctx, eventId: string) {
  const tenant = requireTenant(ctx);
  const { event, programme } = await eventToRun(ctx, eventId);
  if (event.status !== 'scheduled') throw new Conflict('training_event_completed');
  if (today(ctx) < event.ends_on) throw new Conflict('training_event_not_started');
  const rows = await registrationsRepo.ofEvent(ctx.db, tenant.id, event.id);
  const people = new Map(
    (await peopleService.activeEmployees(ctx, { ids: rows.map((r) => r.employee_id) })).map((p) => [p.id, p]),
  );
  const now = ctx.clock.now().toISOString();
  let completed = 0;
  let notCompleted = 0;
  await transaction(ctx, async (tx) => {
    const certificates: CertificatesTable[] = [];
    for (const r of rows) {
      if (r.status === 'confirmed') {
        const done = isCompleted({
          attended: r.attended_at !== null,
          postScore: r.post_score,
          passMark: programme.pass_mark,
        });
        await registrationsRepo.update(tx.db, tenant.id, r.id, {
          status: done ? 'completed' : 'not_completed',
          completed_on: done ? event.ends_on : null,
          jp_credited: done ? programme.jp : 0,
          updated_at: now,
        });
        if (done) {
          completed += 1;
          certificates.push({
            id: uuidv7(),
            tenant_id: tenant.id,
            code: certificateCode(),
            registration_id: r.id,
            employee_id: r.employee_id,
            employee_name: people.get(r.employee_id)?.displayName ?? '',
            programme_title: programme.title,
            jp: programme.jp,
            completed_on: event.ends_on,
            issued_at: now,
            revoked_at: null,
            revoked_by: null,
            revoke_reason: null,
          });
        } else notCompleted += 1;
      } else if (['pending', 'waitlisted'].includes(r.status))
        await registrationsRepo.update(tx.db, tenant.id, r.id, {
          status: 'cancelled',
          queued_at: null,
          updated_at: now,
        });
    }
    await registrationsRepo.insertCertificates(tx.db, certificates);
    await catalogRepo.updateEvent(tx.db, tenant.id, event.id, {
      status: 'completed',
      completed_at: now,
      updated_at: now,
    });
    await recordAuditMany(tx, [
      {
        action: 'training.event_completed',
        entityType: 'training_event',
        entityId: event.id,
        after: { completed, notCompleted, on: localDate(ctx.clock.now(), tenant.timeZone) },
      },
      ...certificates.map((c) => ({
        action: 'training.certificate_issued',
        entityType: 'training_certificate',
        entityId: c.id,
      })),
    ]);
  });
  return { completed, notCompleted };
}
