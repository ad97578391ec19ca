import {
  type ConsoleTicket,
  finishInputSchema,
  type PriorityGroup,
  spokenCall,
  TICKET_STATUS_LABELS,
  type TicketChannel,
  type TicketStatus,
  transferInputSchema,
} from '@lentera/common';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { Conflict, Invalid, NotFound } from '../../../platform/errors';
import { randomToken } from '../../../platform/ids';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { servesOf } from '../lines';
import { noticeCall, noticeSurvey } from '../notices';
import { forgetRecent } from '../recent';
import { type CounterRow, queueRepo, type ServiceRow, type TicketRow } from '../repository';
import { localMoment, locationFor, publishAfterCommit, QUEUE, QUEUE_EVENTS, settingsOf } from '../support';
import { myCounter } from './counter-session';

export function consoleTicket(t: TicketRow, services: readonly ServiceRow[]): ConsoleTicket {
  return {
    id: t.id,
    code: t.code ?? '',
    status: t.status as TicketStatus,
    channel: t.channel as TicketChannel,
    priority: t.priority as PriorityGroup | null,
    serviceId: t.service_id,
    serviceName: services.find((s) => s.id === t.service_id)?.name ?? '',
    issuedAt: t.issued_at,
    calledAt: t.called_at,
    startedAt: t.started_at,
    recalls: t.recalls,
    transfers: t.transfers,
  };
}

const stateError = (ticket: TicketRow, ctx: Ctx) =>
  new Conflict('queue_ticket_state', {
    code: ticket.code ?? ticket.booking_code ?? '',
    status: TICKET_STATUS_LABELS[ticket.status as TicketStatus]?.[ctx.lang] ?? ticket.status,
  });

const NOBODY = { id: 'Tidak ada antrian yang menunggu untuk loket ini.', en: 'Nobody is waiting for this counter.' };

/**
 * Calls the next visitor to the counter. Each candidate is taken with a conditional update (still waiting), so two
 * officers pressing at the same instant, on one node or two, never get the same ticket: the one who loses the
 * race takes the next candidate.
 */
export async function callNext(
  ctx: Ctx,
  counterId: string,
): Promise<{ ticket: ConsoleTicket | null; message: string | null }> {
  const tenant = requireTenant(ctx);
  const { counter, location } = await myCounter(ctx, tenant, counterId);
  const current = await queueRepo.currentAt(ctx.db, counter.id);
  if (current) throw stateError(current, ctx);
  const day = localMoment(tenant, ctx.clock.now()).day;
  const services = await queueRepo.services(ctx.db, tenant.id, [location.id]);
  const serviceIds = servesOf(counter);
  // The choice and the call in one transaction: on PostgreSQL the chosen row is locked and other consoles skip it;
  // SQLite runs write transactions one at a time. The conditional update stays as the last guard.
  for (let round = 0; round < 5; round += 1) {
    const outcome = await transaction(ctx, async (tx) => {
      const now = tx.clock.now().toISOString();
      const [candidate] = await queueRepo.candidates(
        tx.db,
        { id: counter.id, location_id: location.id, serviceIds },
        day,
        now,
        1,
        {
          lock: tx.dialect === 'postgres',
        },
      );
      if (!candidate) return 'nobody' as const;
      const set = {
        status: 'called',
        called_at: now,
        counter_id: counter.id,
        for_counter_id: null,
        officer_account_id: ctx.actor?.accountId ?? null,
        officer_name: ctx.actor?.name ?? null,
        updated_at: now,
      };
      if (!(await queueRepo.transition(tx.db, tenant.id, candidate.id, ['waiting'], set))) return null;
      const ticket = await queueRepo.ticket(tx.db, tenant.id, candidate.id);
      if (!ticket) return null;
      await recordAudit(tx, {
        action: 'queue.ticket_called',
        entityType: 'queue_ticket',
        entityId: ticket.id,
        after: { code: ticket.code, counter: counter.number },
      });
      publishCall(tx, ticket, counter, services, false);
      await noticeCall(tx, ticket, counter, services, day);
      return ticket;
    });
    if (outcome === 'nobody') break;
    if (outcome) return { ticket: consoleTicket(outcome, services), message: null };
  }
  return { ticket: null, message: NOBODY[ctx.lang] };
}

function publishCall(
  ctx: Ctx,
  ticket: TicketRow,
  counter: CounterRow,
  services: readonly ServiceRow[],
  recall: boolean,
) {
  publishAfterCommit(ctx, QUEUE_EVENTS.called, {
    locationId: ticket.location_id,
    ticketId: ticket.id,
    code: ticket.code,
    counterId: counter.id,
    counterNumber: counter.number,
    counterName: counter.name,
    serviceName: services.find((s) => s.id === ticket.service_id)?.name ?? '',
    recall,
    at: ctx.clock.now().toISOString(),
    spoken: spokenCall(ticket.code ?? '', counter.number),
  });
}

/** The ticket at the officer's counter in one of `from`, or a clear refusal. */
async function ticketAtMyCounter(ctx: Ctx, tenant: TenantRecord, ticketId: string, from: readonly TicketStatus[]) {
  const ticket = await queueRepo.ticket(ctx.db, tenant.id, ticketId);
  if (!ticket) throw new NotFound();
  const location = await locationFor(ctx, tenant, ticket.location_id, QUEUE.serve);
  if (!ticket.counter_id || !from.includes(ticket.status as TicketStatus)) throw stateError(ticket, ctx);
  const { counter } = await myCounter(ctx, tenant, ticket.counter_id, { paused: true });
  return { ticket, counter, location };
}

async function move(
  ctx: Ctx,
  tenant: TenantRecord,
  ticket: TicketRow,
  from: readonly TicketStatus[],
  set: Record<string, unknown>,
  action: string,
  after: Record<string, unknown>,
  event: string = QUEUE_EVENTS.changed,
  also?: (tx: Ctx) => Promise<void>,
) {
  await transaction(ctx, async (tx) => {
    const now = tx.clock.now().toISOString();
    if (!(await queueRepo.transition(tx.db, tenant.id, ticket.id, from, { ...set, updated_at: now })))
      throw stateError(ticket, ctx);
    await recordAudit(tx, {
      action,
      entityType: 'queue_ticket',
      entityId: ticket.id,
      after: { code: ticket.code, ...after },
    });
    if (also) await also(tx);
    publishAfterCommit(tx, event, {
      locationId: ticket.location_id,
      ticketId: ticket.id,
      serviceId: (set.service_id as string) ?? ticket.service_id,
    });
  });
}

export async function recall(ctx: Ctx, ticketId: string): Promise<void> {
  const tenant = requireTenant(ctx);
  const { ticket, counter, location } = await ticketAtMyCounter(ctx, tenant, ticketId, ['called']);
  const services = await queueRepo.services(ctx.db, tenant.id, [location.id]);
  await transaction(ctx, async (tx) => {
    const set = { recalls: ticket.recalls + 1, updated_at: tx.clock.now().toISOString() };
    if (!(await queueRepo.transition(tx.db, tenant.id, ticket.id, ['called'], set, { counterId: counter.id })))
      throw stateError(ticket, ctx);
    await recordAudit(tx, {
      action: 'queue.ticket_recalled',
      entityType: 'queue_ticket',
      entityId: ticket.id,
      after: { code: ticket.code, recalls: set.recalls },
    });
    publishCall(tx, ticket, counter, services, true);
  });
}

export async function start(ctx: Ctx, ticketId: string): Promise<void> {
  const tenant = requireTenant(ctx);
  const { ticket } = await ticketAtMyCounter(ctx, tenant, ticketId, ['called']);
  await move(
    ctx,
    tenant,
    ticket,
    ['called'],
    { status: 'serving', started_at: ctx.clock.now().toISOString() },
    'queue.ticket_started',
    {},
  );
}

export async function finish(ctx: Ctx, ticketId: string, input: unknown): Promise<void> {
  const tenant = requireTenant(ctx);
  const data = finishInputSchema.parse(input);
  const { ticket, location } = await ticketAtMyCounter(ctx, tenant, ticketId, ['called', 'serving']);
  const settings = await settingsOf(ctx, tenant.id);
  const now = ctx.clock.now();
  const surveyToken = randomToken(24);
  await move(
    ctx,
    tenant,
    ticket,
    ['called', 'serving'],
    {
      status: 'done',
      outcome: data.outcome,
      // Finished without a separate start: the visit began when it was called.
      started_at: ticket.started_at ?? ticket.called_at ?? now.toISOString(),
      finished_at: now.toISOString(),
      survey_token: surveyToken,
      survey_expires_at: new Date(now.getTime() + settings.surveyDays * 86_400_000).toISOString(),
    },
    'queue.ticket_finished',
    { outcome: data.outcome, note: data.note ?? null },
    QUEUE_EVENTS.finished,
    async (tx) => {
      if (!ticket.account_id) return;
      const service = await queueRepo.service(tx.db, tenant.id, ticket.service_id);
      await noticeSurvey(tx, ticket, surveyToken, service?.name ?? '');
    },
  );
  forgetRecent(location.id);
}

export async function noShow(ctx: Ctx, ticketId: string): Promise<void> {
  const tenant = requireTenant(ctx);
  const { ticket } = await ticketAtMyCounter(ctx, tenant, ticketId, ['called']);
  const settings = await settingsOf(ctx, tenant.id);
  if (ticket.recalls < settings.maxRecalls)
    throw new Conflict('queue_recall_first', { recalls: settings.maxRecalls - ticket.recalls });
  await move(
    ctx,
    tenant,
    ticket,
    ['called'],
    { status: 'no_show', finished_at: ctx.clock.now().toISOString() },
    'queue.ticket_no_show',
    {},
  );
}

/** Sends the visitor to another service or counter of the location: waiting again, keeping the place in line. */
export async function transfer(ctx: Ctx, ticketId: string, input: unknown): Promise<void> {
  const tenant = requireTenant(ctx);
  const data = transferInputSchema.parse(input);
  const { ticket, location } = await ticketAtMyCounter(ctx, tenant, ticketId, ['called', 'serving']);
  let serviceId = ticket.service_id;
  if (data.serviceId) {
    const service = await queueRepo.service(ctx.db, tenant.id, data.serviceId);
    if (!service || service.location_id !== location.id || !service.active) throw new Invalid('queue_service_not_here');
    serviceId = service.id;
  }
  let forCounter: string | null = null;
  if (data.counterId) {
    const target = await queueRepo.counter(ctx.db, tenant.id, data.counterId);
    if (!target || target.location_id !== location.id || !target.active)
      throw new Invalid('validation_failed', {}, [{ path: 'counterId', code: 'queue_counter_not_here' }]);
    forCounter = target.id;
  }
  await move(
    ctx,
    tenant,
    ticket,
    ['called', 'serving'],
    {
      status: 'waiting',
      service_id: serviceId,
      for_counter_id: forCounter,
      counter_id: null,
      called_at: null,
      started_at: null,
      recalls: 0,
      transfers: ticket.transfers + 1,
    },
    'queue.ticket_transferred',
    { serviceId, counterId: forCounter },
  );
}
