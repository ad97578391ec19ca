import { eventInputSchema, eventListQuerySchema, eventUpdateSchema, testGain } from '@lentera/common';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { Conflict, Invalid, NotFound, Unauthenticated } from '../../../platform/errors';
import { uuidv7 } from '../../../platform/ids';
import { peopleService } from '../../people/index';
import { TRAINING } from '../policy';
import { eventView, registrationView } from '../presenter';
import { catalogRepo } from '../repository/catalog';
import { registrationsRepo } from '../repository/registrations';
import type { EventsTable } from '../repository/tables';
import { eventToRun, today, trainersOf } from '../support';
import { assertTrainers, assertUnits } from './manage-catalog';
import { fillSeats } from './waiting-list';

/** A session of a programme (HR, or a trainer of the programme): dates, place or link, seats, trainers, who may come. */
export async function createEvent(ctx: Ctx, body: unknown) {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, TRAINING.teach);
  const input = eventInputSchema.parse(body);
  const programme = await catalogRepo.programme(ctx.db, tenant.id, input.programmeId);
  if (!programme) throw new NotFound();
  await ctx.access.assertVisible(ctx.actor, TRAINING.teach, { trainerAccountIds: trainersOf(programme) });
  if (programme.active !== 1) throw new Conflict('training_programme_inactive');
  if (input.endsOn < input.startsOn) throw new Invalid('training_event_dates');
  if (input.startsOn < today(ctx)) throw new Invalid('validation_failed', { field: 'startsOn' });
  await assertTrainers(ctx, input.trainerAccountIds);
  await assertUnits(ctx, input.eligibility.unitIds);
  const now = ctx.clock.now().toISOString();
  const row: EventsTable = {
    id: uuidv7(),
    tenant_id: tenant.id,
    programme_id: programme.id,
    starts_on: input.startsOn,
    ends_on: input.endsOn,
    place: input.place,
    link: input.link,
    capacity: input.capacity,
    trainer_account_ids: JSON.stringify([...new Set(input.trainerAccountIds)]),
    eligibility: JSON.stringify(input.eligibility),
    pre_test: input.preTest ? 1 : 0,
    status: 'scheduled',
    completed_at: null,
    created_at: now,
    updated_at: now,
  };
  await transaction(ctx, async (tx) => {
    await catalogRepo.insertEvent(tx.db, row);
    await recordAudit(tx, {
      action: 'training.event_created',
      entityType: 'training_event',
      entityId: row.id,
      after: input,
    });
  });
  return eventView(row, programme);
}

/**
 * Changes a scheduled event; more seats move the waiting list up, fewer than are taken are refused. `cancelled`
 * cancels the event and every registration on it. Audited.
 */
export async function updateEvent(ctx: Ctx, id: string, body: unknown) {
  const tenant = requireTenant(ctx);
  const input = eventUpdateSchema.parse(body);
  const { event, programme } = await eventToRun(ctx, id);
  if (event.status !== 'scheduled') throw new Conflict('training_event_completed');
  const startsOn = input.startsOn ?? event.starts_on;
  const endsOn = input.endsOn ?? event.ends_on;
  if (endsOn < startsOn) throw new Invalid('training_event_dates');
  if (input.trainerAccountIds) await assertTrainers(ctx, input.trainerAccountIds);
  if (input.eligibility) await assertUnits(ctx, input.eligibility.unitIds);
  const set: Partial<EventsTable> = {
    starts_on: startsOn,
    ends_on: endsOn,
    ...(input.place !== undefined && { place: input.place }),
    ...(input.link !== undefined && { link: input.link }),
    ...(input.capacity !== undefined && { capacity: input.capacity }),
    ...(input.trainerAccountIds !== undefined && {
      trainer_account_ids: JSON.stringify([...new Set(input.trainerAccountIds)]),
    }),
    ...(input.eligibility !== undefined && { eligibility: JSON.stringify(input.eligibility) }),
    ...(input.preTest !== undefined && { pre_test: input.preTest ? 1 : 0 }),
    ...(input.cancelled && { status: 'cancelled' }),
    updated_at: ctx.clock.now().toISOString(),
  };
  await transaction(ctx, async (tx) => {
    const locked = await catalogRepo.lockEvent(tx.db, tx.dialect, tenant.id, id);
    if (!locked) throw new NotFound();
    const taken = (await catalogRepo.occupancy(tx.db, tenant.id, [id])).get(id)?.seated ?? 0;
    if (input.capacity !== undefined && input.capacity < taken && !input.cancelled)
      throw new Invalid('validation_failed', { field: 'capacity' });
    await catalogRepo.updateEvent(tx.db, tenant.id, id, set);
    if (input.cancelled) {
      for (const r of await registrationsRepo.ofEvent(tx.db, tenant.id, id))
        if (['pending', 'confirmed', 'waitlisted'].includes(r.status))
          await registrationsRepo.update(tx.db, tenant.id, r.id, { status: 'cancelled', updated_at: set.updated_at! });
    } else await fillSeats(tx, { ...locked, ...set });
    await recordAudit(tx, {
      action: input.cancelled ? 'training.event_cancelled' : 'training.event_updated',
      entityType: 'training_event',
      entityId: id,
      after: input,
    });
  });
  const fresh = (await catalogRepo.event(ctx.db, tenant.id, id))!;
  return eventView(fresh, programme, (await catalogRepo.occupancy(ctx.db, tenant.id, [id])).get(id));
}

/**
 * Events, paged. `state=open`: scheduled events not started yet, for any employee to choose from. Otherwise the
 * staff's list: HR sees every event, a trainer those of their programmes.
 */
export async function listEvents(ctx: Ctx, query: unknown) {
  const tenant = requireTenant(ctx);
  if (!ctx.actor) throw new Unauthenticated();
  const f = eventListQuerySchema.parse(query);
  let programmeIds: string[] | undefined = f.programmeId ? [f.programmeId] : undefined;
  if (f.state === 'open') {
    if (!(await ctx.access.can(ctx.actor, TRAINING.learn))) await ctx.access.assert(ctx.actor, TRAINING.teach);
  } else {
    await ctx.access.assert(ctx.actor, TRAINING.teach);
    if (!(await ctx.access.can(ctx.actor, TRAINING.manage))) {
      const all = await catalogRepo.programmes(ctx.db, tenant.id);
      const mine: string[] = [];
      for (const p of all)
        if (await ctx.access.can(ctx.actor, TRAINING.teach, { trainerAccountIds: trainersOf(p) })) mine.push(p.id);
      programmeIds = programmeIds ? programmeIds.filter((id) => mine.includes(id)) : mine;
    }
  }
  const page = await catalogRepo.eventPage(ctx.db, tenant.id, {
    ...(programmeIds ? { programmeIds } : {}),
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
    ...(f.state === 'open' ? { openFrom: today(ctx) } : {}),
    page: f.page,
    pageSize: f.pageSize,
  });
  const ids = page.items.map((e) => e.id);
  const [programmes, occupancy] = await Promise.all([
    catalogRepo.programmes(ctx.db, tenant.id, { ids: [...new Set(page.items.map((e) => e.programme_id))] }),
    catalogRepo.occupancy(ctx.db, tenant.id, ids),
  ]);
  const byId = new Map(programmes.map((p) => [p.id, p]));
  return {
    items: page.items
      .filter((e) => byId.has(e.programme_id))
      .map((e) => eventView(e, byId.get(e.programme_id)!, occupancy.get(e.id))),
    total: page.total,
  };
}

/** An event for those who run it: registrations, attendance, feedback averages, the pre/post test gain. */
export async function eventDetail(ctx: Ctx, id: string) {
  const tenant = requireTenant(ctx);
  const { event, programme } = await eventToRun(ctx, id);
  const registrations = await registrationsRepo.ofEvent(ctx.db, tenant.id, id);
  const [people, certificates, feedback, occupancy] = await Promise.all([
    peopleService.activeEmployees(ctx, { ids: [...new Set(registrations.map((r) => r.employee_id))] }),
    registrationsRepo.certificatesOfRegistrations(
      ctx.db,
      tenant.id,
      registrations.map((r) => r.id),
    ),
    registrationsRepo.feedbackSummary(ctx.db, tenant.id, id),
    catalogRepo.occupancy(ctx.db, tenant.id, [id]),
  ]);
  const personOf = new Map(people.map((p) => [p.id, p]));
  const certificateOf = new Map(certificates.map((c) => [c.registration_id, c]));
  return {
    ...eventView(event, programme, occupancy.get(id)),
    registrations: registrations.map((r) => registrationView(r, personOf.get(r.employee_id), certificateOf.get(r.id))),
    attendance: {
      attended: registrations.filter((r) => r.attended_at !== null).length,
      completed: registrations.filter((r) => r.status === 'completed').length,
    },
    feedback,
    gain: testGain(registrations.map((r) => ({ pre: r.pre_score, post: r.post_score }))),
  };
}
