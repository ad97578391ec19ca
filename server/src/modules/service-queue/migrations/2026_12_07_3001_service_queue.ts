import type { Kysely } from 'kysely';

// Frozen in time: never import application code here.

/**
 * The digital queue: locations (offices) with their services, counters and kiosks; each service's numbers per
 * local day (one row per service and day, so numbers are gap-free and never repeat, also across nodes); tickets;
 * and the counters' pauses for the statistics.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('service_queue_settings')
    .addColumn('tenant_id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('priority_groups', 'varchar(200)', (c) => c.notNull())
    .addColumn('max_recalls', 'integer', (c) => c.notNull())
    .addColumn('survey_days', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('service_queue_locations')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('name', 'varchar(120)', (c) => c.notNull())
    .addColumn('address', 'varchar(300)', (c) => c.notNull())
    .addColumn('unit_id', 'varchar(36)')
    /** JSON: seven entries, Monday first, each null or { open, close } in local `HH:MM`. */
    .addColumn('hours', 'varchar(400)', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('service_queue_locations_tenant')
    .on('service_queue_locations')
    .column('tenant_id')
    .execute();
  await db.schema
    .createTable('service_queue_services')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('location_id', 'varchar(36)', (c) => c.notNull().references('service_queue_locations.id'))
    .addColumn('name', 'varchar(120)', (c) => c.notNull())
    .addColumn('letter', 'varchar(1)', (c) => c.notNull())
    .addColumn('daily_capacity', 'integer', (c) => c.notNull())
    .addColumn('average_minutes', 'integer', (c) => c.notNull())
    .addColumn('online_allowed', 'integer', (c) => c.notNull())
    .addColumn('booking_allowed', 'integer', (c) => c.notNull())
    .addColumn('window_minutes', 'integer', (c) => c.notNull())
    .addColumn('window_capacity', 'integer', (c) => c.notNull())
    .addColumn('documents', 'varchar(2000)', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('service_queue_services_letter')
    .on('service_queue_services')
    .columns(['location_id', 'letter'])
    .unique()
    .execute();
  await db.schema
    .createTable('service_queue_counters')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('location_id', 'varchar(36)', (c) => c.notNull().references('service_queue_locations.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('name', 'varchar(60)', (c) => c.notNull())
    /** JSON: the service ids it serves, in priority order. */
    .addColumn('service_ids', 'varchar(2000)', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('officer_account_id', 'varchar(36)')
    .addColumn('officer_name', 'varchar(200)')
    .addColumn('signed_in_at', 'timestamptz')
    .addColumn('paused_at', 'timestamptz')
    .addColumn('pause_reason', 'varchar(200)')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('service_queue_counters_number')
    .on('service_queue_counters')
    .columns(['location_id', 'number'])
    .unique()
    .execute();
  await db.schema
    .createTable('service_queue_kiosks')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('location_id', 'varchar(36)', (c) => c.notNull().references('service_queue_locations.id'))
    .addColumn('name', 'varchar(60)', (c) => c.notNull())
    /** SHA-256 of the secret in the kiosk's URL; the secret itself is shown once. */
    .addColumn('secret_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('service_queue_numbers')
    .addColumn('service_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('day', 'varchar(10)', (c) => c.notNull())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('last', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('service_queue_numbers_pk', ['service_id', 'day'])
    .execute();
  await db.schema
    .createTable('service_queue_tickets')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('location_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('service_id', 'varchar(36)', (c) => c.notNull())
    /** The local day of the visit; a booking's day is its booked day. */
    .addColumn('day', 'varchar(10)', (c) => c.notNull())
    /** The day's number of the service; null for a booking not yet checked in. */
    .addColumn('number', 'integer')
    .addColumn('code', 'varchar(12)')
    /** The phone page's secret link. */
    .addColumn('token', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('channel', 'varchar(10)', (c) => c.notNull())
    .addColumn('priority', 'varchar(20)')
    .addColumn('status', 'varchar(10)', (c) => c.notNull())
    /** The place in line: the issue time, a booking's window start; kept through a transfer. */
    .addColumn('line_at', 'timestamptz', (c) => c.notNull())
    .addColumn('issued_at', 'timestamptz', (c) => c.notNull())
    .addColumn('called_at', 'timestamptz')
    .addColumn('started_at', 'timestamptz')
    .addColumn('finished_at', 'timestamptz')
    .addColumn('counter_id', 'varchar(36)')
    /** A transfer to one counter: only that counter calls it. */
    .addColumn('for_counter_id', 'varchar(36)')
    .addColumn('officer_account_id', 'varchar(36)')
    .addColumn('officer_name', 'varchar(200)')
    .addColumn('recalls', 'integer', (c) => c.notNull())
    .addColumn('transfers', 'integer', (c) => c.notNull())
    .addColumn('outcome', 'varchar(12)')
    .addColumn('account_id', 'varchar(36)')
    .addColumn('booking_code', 'varchar(12)')
    .addColumn('booking_window', 'varchar(5)')
    .addColumn('survey_token', 'varchar(64)')
    .addColumn('survey_expires_at', 'timestamptz')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  // The waiting line of a location (call next, the board) and a day's tickets of a service (capacity, stats).
  await db.schema
    .createIndex('service_queue_tickets_line')
    .on('service_queue_tickets')
    .columns(['location_id', 'status', 'line_at'])
    .execute();
  await db.schema
    .createIndex('service_queue_tickets_day')
    .on('service_queue_tickets')
    .columns(['location_id', 'day'])
    .execute();
  await db.schema
    .createIndex('service_queue_tickets_service_day')
    .on('service_queue_tickets')
    .columns(['service_id', 'day', 'status'])
    .execute();
  await db.schema
    .createIndex('service_queue_tickets_account')
    .on('service_queue_tickets')
    .columns(['tenant_id', 'account_id', 'day'])
    .execute();
  await db.schema
    .createIndex('service_queue_tickets_booking')
    .on('service_queue_tickets')
    .columns(['tenant_id', 'booking_code'])
    .unique()
    .execute();
  await db.schema
    .createIndex('service_queue_tickets_survey')
    .on('service_queue_tickets')
    .columns(['tenant_id', 'finished_at'])
    .execute();
  await db.schema
    .createTable('service_queue_pauses')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('location_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('counter_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('officer_account_id', 'varchar(36)')
    .addColumn('reason', 'varchar(200)', (c) => c.notNull())
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ended_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('service_queue_pauses_counter')
    .on('service_queue_pauses')
    .columns(['counter_id', 'started_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'service_queue_pauses',
    'service_queue_tickets',
    'service_queue_numbers',
    'service_queue_kiosks',
    'service_queue_counters',
    'service_queue_services',
    'service_queue_locations',
    'service_queue_settings',
  ])
    await db.schema.dropTable(table).execute();
}
