import { type PriorityGroup, type TicketChannel, ticketCode } from '@lentera/common';
import { type AuditManyInput, recordAuditMany } from '../../../platform/audit/audit';
import { Coalescer, type Settled } from '../../../platform/coalesce';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import type { Db } from '../../../platform/db/database';
import { statementGroup } from '../../../platform/db/statement-group';
import { Conflict } from '../../../platform/errors';
import { randomToken, uuidv7 } from '../../../platform/ids';
import { type LocationRow, queueRepo, type ServiceRow, type TicketRow } from '../repository';
import { publishAfterCommit, QUEUE_EVENTS } from '../support';

/** A walk-in's ticket, checked (open, service of the location), waiting for its number and its rows. */
export interface PendingTicket {
  ctx: Ctx;
  location: LocationRow;
  service: ServiceRow;
  channel: TicketChannel;
  priority: PriorityGroup | null;
  day: string;
  /** The citizen who took an online ticket; null at the kiosk and the counter. */
  accountId?: string | null;
}

/** A ticket as written, with the number of visitors ahead of it in its line at that moment. */
export interface WrittenTicket {
  ticket: TicketRow;
  ahead: number;
}

/**
 * Writes walk-in tickets of one tenant in the caller's transaction. Per service and day in the batch: the day's row
 * is locked and read once, the capacity checked (a ticket past it is refused alone, and draws no number), and the
 * accepted ones numbered in order with one update; then the tickets and their audit entries are written together
 * (on PostgreSQL as one statement, once the audit chain's head is read). One ticket or fifty: the rows are those
 * of issuing them one by one, and numbers stay gap-free.
 */
export async function writeTickets(tx: Ctx, pending: readonly PendingTicket[]): Promise<Array<Settled<WrittenTicket>>> {
  if (!tx.inTransaction) throw new Error('writeTickets must run inside a transaction');
  const tenant = requireTenant(tx);
  const outcomes: Array<Settled<WrittenTicket>> = [];
  const groups = new Map<string, number[]>();
  pending.forEach((item, i) => {
    const key = `${item.service.id}|${item.day}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const rows: TicketRow[] = [];
  /** Who issued each row: the officer at a counter, no one at the kiosk. */
  const actors: Array<Ctx['actor']> = [];
  for (const indexes of groups.values()) {
    const first = pending[indexes[0] as number] as PendingTicket;
    const { service, day } = first;
    let last = await queueRepo.lockDay(tx.db, tenant.id, service.id, day);
    // Read under the day's lock: no other ticket of this line is issued meanwhile, so who is ahead is exact.
    const line = await queueRepo.lineAt(tx.db, service.id, day, first.ctx.clock.now().toISOString());
    let ahead = line.ahead;
    let priorityAhead = line.priorityAhead;
    for (const index of indexes) {
      const item = pending[index] as PendingTicket;
      if (last + 1 + line.booked > service.daily_capacity) {
        outcomes[index] = { ok: false, error: new Conflict('queue_full', { capacity: service.daily_capacity }) };
        continue;
      }
      last += 1;
      const now = item.ctx.clock.now().toISOString();
      const row: TicketRow = {
        id: uuidv7(),
        tenant_id: tenant.id,
        location_id: item.location.id,
        service_id: service.id,
        day,
        number: last,
        code: ticketCode(service.letter, last),
        token: randomToken(24),
        channel: item.channel,
        priority: item.priority,
        status: 'waiting',
        line_at: now,
        issued_at: now,
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
        account_id: item.accountId ?? null,
        booking_code: null,
        booking_window: null,
        survey_token: null,
        survey_expires_at: null,
        updated_at: now,
      };
      rows.push(row);
      actors.push(item.ctx.actor);
      // As if issued one by one: a walk-in has everyone before it ahead, a priority visitor the priority ones.
      outcomes[index] = { ok: true, value: { ticket: row, ahead: item.priority ? priorityAhead : ahead } };
      ahead += 1;
      if (item.priority) priorityAhead += 1;
    }
    await queueRepo.setLastNumber(tx.db, service.id, day, last);
  }
  if (!rows.length) return outcomes;
  const writes = statementGroup(tx.db);
  await queueRepo.insertTickets(writes.db, rows);
  await recordAuditMany(
    tx,
    rows.map(
      (row, i): AuditManyInput => ({
        actor: actors[i] ?? null,
        action: 'queue.ticket_issued',
        entityType: 'queue_ticket',
        entityId: row.id,
        after: { code: row.code, channel: row.channel, priority: row.priority },
      }),
    ),
    writes.db,
  );
  await writes.flush();
  for (const row of rows)
    publishAfterCommit(tx, QUEUE_EVENTS.issued, {
      locationId: row.location_id,
      ticketId: row.id,
      serviceId: row.service_id,
    });
  return outcomes;
}

const queues = new WeakMap<Db, Coalescer<PendingTicket, WrittenTicket>>();

/**
 * Issues a walk-in ticket (kiosk or counter). Inside a caller's transaction it is written there; otherwise it joins
 * the tickets of the same tenant issued in the same moment, written in one transaction (`writeTickets`): at a busy
 * entrance, fifty taps cost one audit-chain lock instead of fifty. A refused ticket is refused alone.
 */
export async function fileTicket(ctx: Ctx, item: Omit<PendingTicket, 'ctx'>): Promise<WrittenTicket> {
  const pending = { ...item, ctx };
  if (ctx.inTransaction) {
    const [outcome] = await writeTickets(ctx, [pending]);
    if (!outcome?.ok) throw outcome?.error;
    return outcome.value;
  }
  const db = ctx.db as Db;
  let queue = queues.get(db);
  if (!queue) {
    queue = new Coalescer<PendingTicket, WrittenTicket>((batch) =>
      transaction((batch[0] as PendingTicket).ctx, (tx) => writeTickets(tx, batch)),
    );
    queues.set(db, queue);
  }
  return queue.add(requireTenant(ctx).id, pending);
}
