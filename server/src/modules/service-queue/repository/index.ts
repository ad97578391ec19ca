import { type Insertable, sql, type Updateable } from 'kysely';
import type { DbOrTx } from '../../../platform/db/database';
import { insertRows } from '../../../platform/db/insert-rows';
import { setupRepo } from './setup';
import type { TicketRow, TicketsTable } from './tables';

export type { CounterRow, KioskRow, LocationRow, ServiceRow, TicketRow } from './tables';

/** The key of a service day in maps: `serviceId|day`. */
export const dayKey = (d: { serviceId: string; day: string }) => `${d.serviceId}|${d.day}`;

/** Statuses of a ticket still in the building's line: waiting, or at a counter. */
export const ACTIVE = ['waiting', 'called', 'serving'] as const;

/** The queue's reads and writes; every query names the tenant. */
export const queueRepo = {
  ...setupRepo,

  // Numbers and tickets
  /**
   * The next number of a service on a local day: an upsert of the day's row, which the database serialises (on
   * PostgreSQL its row lock holds until commit), so that two nodes issuing at the same instant get two numbers.
   */
  async nextNumber(db: DbOrTx, tenantId: string, serviceId: string, day: string): Promise<number> {
    const row = await db
      .insertInto('service_queue_numbers')
      .values({ service_id: serviceId, day, tenant_id: tenantId, last: 1 })
      .onConflict((oc) =>
        oc.columns(['service_id', 'day']).doUpdateSet({ last: sql<number>`service_queue_numbers.last + 1` }),
      )
      .returning('last')
      .executeTakeFirstOrThrow();
    return Number(row.last);
  },
  /** Takes the service day's row lock (creating the row) without drawing a number: bookings of one day queue here. */
  async lockDay(db: DbOrTx, tenantId: string, serviceId: string, day: string): Promise<number> {
    const row = await db
      .insertInto('service_queue_numbers')
      .values({ service_id: serviceId, day, tenant_id: tenantId, last: 0 })
      .onConflict((oc) =>
        oc.columns(['service_id', 'day']).doUpdateSet({ last: sql<number>`service_queue_numbers.last` }),
      )
      .returning('last')
      .executeTakeFirstOrThrow();
    return Number(row.last);
  },
  /** Waiting tickets of a service before a place in line (the people ahead of a new ticket). */
  async waitingBefore(
    db: DbOrTx,
    serviceId: string,
    day: string,
    ticket: Pick<TicketRow, 'priority' | 'line_at' | 'id'>,
  ) {
    const row = await db
      .selectFrom('service_queue_tickets')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('service_id', '=', serviceId)
      .where('day', '=', day)
      .where('status', '=', 'waiting')
      .where('id', '!=', ticket.id)
      .where((eb) => {
        const earlier = eb.or([
          eb('line_at', '<', ticket.line_at),
          eb.and([eb('line_at', '=', ticket.line_at), eb('id', '<', ticket.id)]),
        ]);
        return ticket.priority
          ? eb.and([eb('priority', 'is not', null), earlier])
          : eb.or([eb('priority', 'is not', null), earlier]);
      })
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  },
  /**
   * Takes the rows of several service days at once (creating them), in one order, services sorted, so that two
   * writers never wait for each other in a circle; each day's last number by `serviceId|day`.
   */
  async lockDays(
    db: DbOrTx,
    tenantId: string,
    days: ReadonlyArray<{ serviceId: string; day: string }>,
  ): Promise<Map<string, number>> {
    const sorted = [...days].sort((a, b) => dayKey(a).localeCompare(dayKey(b)));
    const rows = await db
      .insertInto('service_queue_numbers')
      .values(sorted.map((d) => ({ service_id: d.serviceId, day: d.day, tenant_id: tenantId, last: 0 })))
      .onConflict((oc) =>
        oc.columns(['service_id', 'day']).doUpdateSet({ last: sql<number>`service_queue_numbers.last` }),
      )
      .returning(['service_id', 'day', 'last'])
      .execute();
    return new Map(rows.map((r) => [dayKey({ serviceId: r.service_id, day: r.day }), Number(r.last)]));
  },
  /** Sets the last numbers of service days locked by `lockDays`, in the same transaction, with one statement. */
  async setLastNumbers(
    db: DbOrTx,
    tenantId: string,
    days: ReadonlyArray<{ serviceId: string; day: string; last: number }>,
  ): Promise<void> {
    await db
      .insertInto('service_queue_numbers')
      .values(days.map((d) => ({ service_id: d.serviceId, day: d.day, tenant_id: tenantId, last: d.last })))
      .onConflict((oc) => oc.columns(['service_id', 'day']).doUpdateSet({ last: sql<number>`excluded.last` }))
      .execute();
  },
  /**
   * Service days' lines as a newcomer at `nowIso` finds them, in one statement: the bookings not yet checked in
   * (they hold places of the day's capacity), the waiting tickets ahead of a walk-in (everyone in line since
   * `nowIso` or before, and priority visitors whenever they joined), and, when `forPriority`, those ahead of a
   * priority visitor (the priority ones in line since `nowIso` or before). Each is a count over a range of the
   * line's covering index, so a long line costs index entries, not rows.
   */
  async linesAt(
    db: DbOrTx,
    days: ReadonlyArray<{ serviceId: string; day: string; forPriority: boolean }>,
    nowIso: string,
  ): Promise<Array<{ booked: number; ahead: number; priorityAhead: number }>> {
    if (!days.length) return [];
    const row = await db
      .selectNoFrom((eb) =>
        days.flatMap(({ serviceId, day, forPriority }, i) => {
          const line = (status: string) =>
            db
              .selectFrom('service_queue_tickets')
              .select((c) => c.fn.countAll<number>().as('n'))
              .where('service_id', '=', serviceId)
              .where('day', '=', day)
              .where('status', '=', status);
          const inLine = line('waiting').where('line_at', '<=', nowIso);
          return [
            line('booked').as(`booked_${i}`),
            inLine.as(`before_${i}`),
            line('waiting').where('line_at', '>', nowIso).where('priority', 'is not', null).as(`later_${i}`),
            (forPriority ? inLine.where('priority', 'is not', null) : eb.val(0)).as(`priority_${i}`),
          ];
        }),
      )
      .executeTakeFirstOrThrow();
    const n = (name: string) => Number((row as Record<string, unknown>)[name] ?? 0);
    return days.map((_, i) => ({
      booked: n(`booked_${i}`),
      ahead: n(`before_${i}`) + n(`later_${i}`),
      priorityAhead: n(`priority_${i}`),
    }));
  },
  /** Bookings of a service day not yet checked in (they hold their place in the day's capacity). */
  async bookedCount(db: DbOrTx, serviceId: string, day: string): Promise<number> {
    const row = await db
      .selectFrom('service_queue_tickets')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('service_id', '=', serviceId)
      .where('day', '=', day)
      .where('status', '=', 'booked')
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  },
  async insertTickets(db: DbOrTx, rows: readonly Insertable<TicketsTable>[]) {
    await insertRows(db, 'service_queue_tickets', rows);
  },
  async insertTicket(db: DbOrTx, row: Insertable<TicketsTable>) {
    await db.insertInto('service_queue_tickets').values(row).execute();
  },
  ticket(db: DbOrTx, tenantId: string, id: string): Promise<TicketRow | undefined> {
    return db
      .selectFrom('service_queue_tickets')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  },
  ticketByToken(db: DbOrTx, tenantId: string, token: string): Promise<TicketRow | undefined> {
    return db
      .selectFrom('service_queue_tickets')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('token', '=', token)
      .executeTakeFirst();
  },
  ticketByBooking(db: DbOrTx, tenantId: string, code: string): Promise<TicketRow | undefined> {
    return db
      .selectFrom('service_queue_tickets')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('booking_code', '=', code)
      .executeTakeFirst();
  },
  /** Tickets of a service on a day, by status: the capacity check and the booking windows. */
  async countByService(db: DbOrTx, serviceId: string, day: string): Promise<number> {
    const row = await db
      .selectFrom('service_queue_tickets')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('service_id', '=', serviceId)
      .where('day', '=', day)
      .where('status', '!=', 'cancelled')
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  },
  async bookingsByWindow(db: DbOrTx, serviceId: string, day: string): Promise<Map<string, number>> {
    const rows = await db
      .selectFrom('service_queue_tickets')
      .select(['booking_window', (eb) => eb.fn.countAll<number>().as('n')])
      .where('service_id', '=', serviceId)
      .where('day', '=', day)
      .where('booking_window', 'is not', null)
      .where('status', '!=', 'cancelled')
      .groupBy('booking_window')
      .execute();
    return new Map(rows.map((r) => [r.booking_window as string, Number(r.n)]));
  },
  /** An account's tickets of a service on a day that still count (one online ticket a day). */
  accountTicket(db: DbOrTx, tenantId: string, accountId: string, serviceId: string, day: string) {
    return db
      .selectFrom('service_queue_tickets')
      .select(['id', 'code', 'booking_code'])
      .where('tenant_id', '=', tenantId)
      .where('account_id', '=', accountId)
      .where('service_id', '=', serviceId)
      .where('day', '=', day)
      .where('status', 'in', ['booked', 'waiting', 'called', 'serving'])
      .executeTakeFirst();
  },
  accountTickets(db: DbOrTx, tenantId: string, accountId: string, fromDay: string): Promise<TicketRow[]> {
    return db
      .selectFrom('service_queue_tickets')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('account_id', '=', accountId)
      .where('day', '>=', fromDay)
      .orderBy('day', 'desc')
      .orderBy('line_at', 'desc')
      .limit(50)
      .execute();
  },
  /** A location's tickets of a day still in the building (waiting or at a counter), in line order. */
  activeTickets(db: DbOrTx, locationId: string, day: string): Promise<TicketRow[]> {
    return db
      .selectFrom('service_queue_tickets')
      .selectAll()
      .where('location_id', '=', locationId)
      .where('day', '=', day)
      .where('status', 'in', [...ACTIVE])
      .orderBy('line_at')
      .orderBy('id')
      .execute();
  },
  /** The latest calls of a location's day (the board's list). */
  lastCalls(db: DbOrTx, locationId: string, day: string, limit: number): Promise<TicketRow[]> {
    return db
      .selectFrom('service_queue_tickets')
      .selectAll()
      .where('location_id', '=', locationId)
      .where('day', '=', day)
      .where('called_at', 'is not', null)
      .orderBy('called_at', 'desc')
      .limit(limit)
      .execute();
  },
  /**
   * Minutes a counter spent on each of a location's recent finished visits, per service, from the call to the
   * finish (the walk to the counter included: that is what the next visitor waits for). The wait estimate.
   */
  async recentServiceMinutes(db: DbOrTx, locationId: string, sinceDay: string): Promise<Map<string, number[]>> {
    const rows = await db
      .selectFrom('service_queue_tickets')
      .select(['service_id', 'called_at', 'finished_at'])
      .where('location_id', '=', locationId)
      .where('day', '>=', sinceDay)
      .where('status', '=', 'done')
      .where('called_at', 'is not', null)
      .orderBy('finished_at', 'desc')
      .limit(500)
      .execute();
    const out = new Map<string, number[]>();
    for (const r of rows) {
      const list = out.get(r.service_id) ?? [];
      if (list.length >= 30) continue;
      list.push((Date.parse(r.finished_at as string) - Date.parse(r.called_at as string)) / 60_000);
      out.set(r.service_id, list);
    }
    return out;
  },
  /**
   * The first waiting tickets a counter may call, best first: priority groups, then bookings whose window has
   * begun, then first come first served (`line_at`) across the counter's services, ties broken by the counter's
   * order of its services. A ticket transferred to another counter is called there alone.
   */
  candidates(
    db: DbOrTx,
    counter: { id: string; location_id: string; serviceIds: readonly string[] },
    day: string,
    now: string,
    limit = 5,
    options: { lock?: boolean } = {},
  ): Promise<Array<Pick<TicketRow, 'id' | 'service_id'>>> {
    const order = sql<number>`case ${sql.join(
      counter.serviceIds.map((id, i) => sql`when service_id = ${id} then ${i}`),
      sql` `,
    )} else 99 end`;
    let query = db
      .selectFrom('service_queue_tickets')
      .select(['id', 'service_id'])
      .where('location_id', '=', counter.location_id)
      .where('day', '=', day)
      .where('status', '=', 'waiting')
      .where((eb) =>
        eb.or([
          eb.and([eb('service_id', 'in', [...counter.serviceIds]), eb('for_counter_id', 'is', null)]),
          eb('for_counter_id', '=', counter.id),
        ]),
      )
      .orderBy(
        sql`case when priority is not null then 0 when booking_window is not null and line_at <= ${now} then 1 else 2 end`,
      )
      .orderBy('line_at')
      .orderBy(order)
      .orderBy('id')
      .limit(limit);
    // On PostgreSQL, inside the caller's transaction: a ticket another console is taking is skipped, not waited for.
    if (options.lock) query = query.forUpdate().skipLocked();
    return query.execute();
  },
  /** Moves a ticket from one status to another only if it is still in `from`: true when this call changed it. */
  async transition(
    db: DbOrTx,
    tenantId: string,
    id: string,
    from: readonly string[],
    set: Updateable<TicketsTable>,
    extra?: { counterId?: string },
  ): Promise<boolean> {
    let q = db
      .updateTable('service_queue_tickets')
      .set(set)
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('status', 'in', [...from]);
    if (extra?.counterId) q = q.where('counter_id', '=', extra.counterId);
    const result = await q.executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },
  /** The ticket a counter has called or is serving, if any. */
  currentAt(db: DbOrTx, counterId: string): Promise<TicketRow | undefined> {
    return db
      .selectFrom('service_queue_tickets')
      .selectAll()
      .where('counter_id', '=', counterId)
      .where('status', 'in', ['called', 'serving'])
      .orderBy('called_at', 'desc')
      .executeTakeFirst();
  },
  /** Tickets of a location between two local days (inclusive), for the statistics. */
  ticketsBetween(db: DbOrTx, locationId: string, fromDay: string, toDay: string): Promise<TicketRow[]> {
    return db
      .selectFrom('service_queue_tickets')
      .selectAll()
      .where('location_id', '=', locationId)
      .where('day', '>=', fromDay)
      .where('day', '<=', toDay)
      .orderBy('day')
      .orderBy('line_at')
      .execute();
  },
  pausesBetween(db: DbOrTx, locationId: string, fromIso: string, toIso: string) {
    return db
      .selectFrom('service_queue_pauses')
      .selectAll()
      .where('location_id', '=', locationId)
      .where('started_at', '>=', fromIso)
      .where('started_at', '<', toIso)
      .execute();
  },
  async startPause(db: DbOrTx, row: Insertable<import('./tables').PausesTable>) {
    await db.insertInto('service_queue_pauses').values(row).execute();
  },
  async endPause(db: DbOrTx, counterId: string, at: string) {
    await db
      .updateTable('service_queue_pauses')
      .set({ ended_at: at })
      .where('counter_id', '=', counterId)
      .where('ended_at', 'is', null)
      .execute();
  },
  /** Finished visits with their survey link, for the surveys module. */
  finishedBetween(db: DbOrTx, tenantId: string, fromIso: string, toIso: string) {
    return db
      .selectFrom('service_queue_tickets')
      .select(['id', 'location_id', 'service_id', 'day', 'finished_at', 'outcome', 'survey_token', 'survey_expires_at'])
      .where('tenant_id', '=', tenantId)
      .where('status', '=', 'done')
      .where('finished_at', '>=', fromIso)
      .where('finished_at', '<', toIso)
      .orderBy('finished_at')
      .execute();
  },
};
