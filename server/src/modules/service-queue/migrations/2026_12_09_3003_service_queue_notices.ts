import type { Kysely } from 'kysely';

// Frozen in time: never import application code here.

/**
 * An online ticket's or a booking's holder hears once that their turn is near (the third waiting in the service, or
 * closer): the time it was sent, so that the next call does not send it again (issue 14).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('service_queue_tickets').addColumn('near_notified_at', 'timestamptz').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('service_queue_tickets').dropColumn('near_notified_at').execute();
}
