import { feedbackInputSchema } from '@lentera/common';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { Conflict, Forbidden, NotFound } from '../../../platform/errors';
import { registrationView } from '../presenter';
import { catalogRepo } from '../repository/catalog';
import { registrationsRepo } from '../repository/registrations';
import { myEmployee } from '../support';
import { attendanceCodeFor } from './attendance';

/** The signed-in employee's registrations, newest first, with the programme, the date and any certificate. */
export async function myRegistrations(ctx: Ctx) {
  const tenant = requireTenant(ctx);
  const me = await myEmployee(ctx);
  const rows = await registrationsRepo.forEmployee(ctx.db, tenant.id, me.id);
  const events = await catalogRepo.events(ctx.db, tenant.id, [...new Set(rows.map((r) => r.event_id))]);
  const programmes = await catalogRepo.programmes(ctx.db, tenant.id, {
    ids: [...new Set(events.map((e) => e.programme_id))],
  });
  const certificates = await registrationsRepo.certificatesOfRegistrations(
    ctx.db,
    tenant.id,
    rows.map((r) => r.id),
  );
  const eventOf = new Map(events.map((e) => [e.id, e]));
  const titleOf = new Map(programmes.map((p) => [p.id, p.title]));
  const certificateOf = new Map(certificates.map((c) => [c.registration_id, c]));
  return rows.map((r) => {
    const event = eventOf.get(r.event_id);
    return {
      ...registrationView(r, me, certificateOf.get(r.id)),
      programmeTitle: (event && titleOf.get(event.programme_id)) ?? '',
      startsOn: event?.starts_on ?? '',
    };
  });
}

/** The code the employee's phone shows at the door (as a QR), for a confirmed seat. */
export async function myAttendanceCode(ctx: Ctx, registrationId: string) {
  const me = await myEmployee(ctx);
  const row = await registrationsRepo.registration(ctx.db, requireTenant(ctx).id, registrationId);
  if (!row || row.employee_id !== me.id) throw new NotFound();
  if (row.status !== 'confirmed') throw new Conflict('training_not_confirmed');
  return { registrationId: row.id, code: attendanceCodeFor(ctx, row.event_id, row.id) };
}

/** An attendee (only one who attended) rates the event and the trainer, once. Audited without the comment. */
export async function giveFeedback(ctx: Ctx, registrationId: string, body: unknown) {
  const tenant = requireTenant(ctx);
  const input = feedbackInputSchema.parse(body);
  const me = await myEmployee(ctx);
  const row = await registrationsRepo.registration(ctx.db, tenant.id, registrationId);
  if (!row || row.employee_id !== me.id) throw new NotFound();
  if (!row.attended_at) throw new Forbidden('training_not_attendee');
  if (await registrationsRepo.feedbackOf(ctx.db, tenant.id, row.id)) throw new Conflict('training_feedback_given');
  await transaction(ctx, async (tx) => {
    await registrationsRepo.insertFeedback(tx.db, {
      tenant_id: tenant.id,
      registration_id: row.id,
      event_id: row.event_id,
      event_rating: input.eventRating,
      trainer_rating: input.trainerRating,
      comment: input.comment,
      created_at: ctx.clock.now().toISOString(),
    });
    await recordAudit(tx, {
      action: 'training.feedback_given',
      entityType: 'training_registration',
      entityId: row.id,
      after: { eventRating: input.eventRating, trainerRating: input.trainerRating },
    });
  });
  return { ok: true as const };
}
