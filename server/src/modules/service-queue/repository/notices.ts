import { sql } from 'kysely';
import type { DbOrTx } from '../../../platform/db/database';
import type { TicketRow } from './tables';

/** What a notice about a ticket needs. */
export type NoticeTicket = Pick<TicketRow, 'id' | 'code' | 'account_id' | 'near_notified_at'>;

/** The reads and writes of the queue's notices to ticket holders. */
export const noticesRepo = {
  /**
   * The first waiting tickets of a service's line, in the order counters call them (priority groups, bookings whose
   * window began, then by arrival): one ranged read of the line per call.
   */
  firstWaiting(db: DbOrTx, serviceId: string, day: string, now: string, limit: number): Promise<NoticeTicket[]> {
    return db
      .selectFrom('service_queue_tickets')
      .select(['id', 'code', 'account_id', 'near_notified_at'])
      .where('service_id', '=', serviceId)
      .where('day', '=', day)
      .where('status', '=', 'waiting')
      .orderBy(
        sql`case when priority is not null then 0 when booking_window is not null and line_at <= ${now} then 1 else 2 end`,
      )
      .orderBy('line_at')
      .orderBy('id')
      .limit(limit)
      .execute();
  },
  /**
   * Marks tickets as told that their turn is near, only those not marked yet (a call on another node may have
   * marked one meanwhile): the ids this call marked, whose holders it tells.
   */
  async markNear(db: DbOrTx, tenantId: string, ids: readonly string[], at: string): Promise<string[]> {
    if (!ids.length) return [];
    const rows = await db
      .updateTable('service_queue_tickets')
      .set({ near_notified_at: at })
      .where('tenant_id', '=', tenantId)
      .where('id', 'in', [...ids])
      .where('near_notified_at', 'is', null)
      .returning('id')
      .execute();
    return rows.map((r) => r.id);
  },
};
