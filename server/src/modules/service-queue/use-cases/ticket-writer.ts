import { type PriorityGroup, type TicketChannel, ticketCode } from '@lentera/common';
import { type AuditManyInput, recordAuditMany } from '../../../platform/audit/audit';
import { Coalescer, type Settled } from '../../../platform/coalesce';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import type { Db } from '../../../platform/db/database';
import { statementGroup } from '../../../platform/db/statement-group';
import { Conflict } from '../../../platform/errors';
import { dayKey, type LocationRow, queueRepo, type ServiceRow, type TicketRow } from '../repository';
import { newTicketRow, publishAfterCommit, QUEUE_EVENTS } from '../support';

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

/** A walk-in's ticket row with its number, waiting in line from now. */
function walkInRow(item: PendingTicket, tenantId: string, number: number): TicketRow {
  const now = item.ctx.clock.now().toISOString();
  return newTicketRow({
    tenant_id: tenantId,
    location_id: item.location.id,
    service_id: item.service.id,
    day: item.day,
    number,
    code: ticketCode(item.service.letter, number),
    channel: item.channel,
    priority: item.priority,
    status: 'waiting',
    line_at: now,
    issued_at: now,
    account_id: item.accountId ?? null,
  });
}

/**
 * Writes walk-in tickets of one tenant in the caller's transaction. The batch's service days are locked and read
 * with one statement and their lines counted with another; per day, the capacity is checked (a ticket past it is
 * refused alone, and draws no number) and the accepted ones numbered in order; the last numbers are set with one
 * statement, then the tickets and their audit entries are written together (on PostgreSQL as one statement, once
 * the audit chain's head is read). One ticket or fifty, one line or twenty: a handful of statements, the rows those
 * of issuing them one by one, and numbers gap-free.
 */
export async function writeTickets(tx: Ctx, pending: readonly PendingTicket[]): Promise<Array<Settled<WrittenTicket>>> {
  if (!tx.inTransaction) throw new Error('writeTickets must run inside a transaction');
  const tenant = requireTenant(tx);
  const outcomes: Array<Settled<WrittenTicket>> = [];
  const groups = new Map<string, number[]>();
  pending.forEach((item, i) => {
    const key = dayKey({ serviceId: item.service.id, day: item.day });
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const lines = [...groups.values()].map((indexes) => {
    const first = pending[indexes[0] as number] as PendingTicket;
    return {
      indexes,
      service: first.service,
      serviceId: first.service.id,
      day: first.day,
      forPriority: indexes.some((i) => (pending[i] as PendingTicket).priority),
    };
  });
  // Under the days' locks no other ticket of these lines is issued meanwhile: who is ahead is exact.
  const lasts = await queueRepo.lockDays(tx.db, tenant.id, lines);
  const counts = await queueRepo.linesAt(tx.db, lines, tx.clock.now().toISOString());
  const rows: TicketRow[] = [];
  /** Who issued each row: the officer at a counter, no one at the kiosk. */
  const actors: Array<Ctx['actor']> = [];
  const numbered = lines.map((line, l) => {
    const count = counts[l] as (typeof counts)[number];
    let last = lasts.get(dayKey(line)) ?? 0;
    let { ahead, priorityAhead } = count;
    for (const index of line.indexes) {
      const item = pending[index] as PendingTicket;
      if (last + 1 + count.booked > line.service.daily_capacity) {
        outcomes[index] = { ok: false, error: new Conflict('queue_full', { capacity: line.service.daily_capacity }) };
        continue;
      }
      last += 1;
      const row = walkInRow(item, tenant.id, last);
      rows.push(row);
      actors.push(item.ctx.actor);
      // As if issued one by one: a walk-in has everyone before it ahead, a priority visitor the priority ones.
      outcomes[index] = { ok: true, value: { ticket: row, ahead: item.priority ? priorityAhead : ahead } };
      ahead += 1;
      if (item.priority) priorityAhead += 1;
    }
    return { serviceId: line.serviceId, day: line.day, last };
  });
  await queueRepo.setLastNumbers(tx.db, tenant.id, numbered);
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
