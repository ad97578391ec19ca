import { type Kysely, PostgresAdapter, sql } from 'kysely';

// Frozen in time: never import application code here.

const DUE = sql`case when status = 'received' then verification_due_at when status in ('routed', 'in_progress') then answer_due_at else null end`;

/**
 * Speed at volume, same answers:
 * - `due_sort`: the due time that matters in the current state, or a far-future time when none does, computed by
 *   the database (virtual on SQLite, stored on PostgreSQL) and indexed, so the officer list "soonest due first"
 *   is an index range scan with LIMIT instead of a sort of every open complaint.
 * - monthly roll-ups of the statistics (`complaints_monthly`, `complaints_durations_monthly`), kept in the same
 *   statement batch as the daily rows, so a year reads twelve months × units × categories rows.
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter)
    await sql`alter table complaints_reports add column due_sort timestamptz generated always as (coalesce(${DUE}, timestamptz '9999-12-31 00:00:00+00')) stored`.execute(
      db,
    );
  else
    await sql`alter table complaints_reports add column due_sort text generated always as (coalesce(${DUE}, '9999-12-31T00:00:00.000Z')) virtual`.execute(
      db,
    );
  // The default list (open, soonest due first): closed and postponed complaints sort last, so LIMIT stops early.
  await db.schema
    .createIndex('complaints_reports_due')
    .on('complaints_reports')
    .columns(['tenant_id', 'due_sort', 'received_at', 'id'])
    .execute();
  // Newest or oldest first.
  await db.schema
    .createIndex('complaints_reports_received')
    .on('complaints_reports')
    .columns(['tenant_id', 'received_at', 'id'])
    .execute();
  // An OPD officer's list (their units only) in due order, and its count, without walking the whole tenant.
  await db.schema
    .createIndex('complaints_reports_unit_due')
    .on('complaints_reports')
    .columns(['tenant_id', 'unit_id', 'due_sort', 'received_at', 'id', 'status'])
    .execute();
  // Filtered by category: in due order, and its count from the index alone (status included).
  await db.schema
    .createIndex('complaints_reports_category')
    .on('complaints_reports')
    .columns(['tenant_id', 'category_id', 'due_sort', 'received_at', 'id', 'status'])
    .execute();

  await db.schema
    .createTable('complaints_monthly')
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('month', 'varchar(7)', (c) => c.notNull())
    .addColumn('unit_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('category_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('received', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('verified', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('answered', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('answered_on_time', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rating_sum', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('ratings', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reopened', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('complaints_monthly_pk', ['tenant_id', 'month', 'unit_id', 'category_id'])
    .execute();
  await db.schema
    .createTable('complaints_durations_monthly')
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('month', 'varchar(7)', (c) => c.notNull())
    .addColumn('unit_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('category_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('measure', 'varchar(20)', (c) => c.notNull())
    .addColumn('days', 'integer', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('complaints_durations_monthly_pk', [
      'tenant_id',
      'month',
      'unit_id',
      'category_id',
      'measure',
      'days',
    ])
    .execute();
  await sql`insert into complaints_monthly (tenant_id, month, unit_id, category_id, received, verified, answered,
      answered_on_time, rating_sum, ratings, reopened)
    select tenant_id, substr(day, 1, 7), unit_id, category_id, sum(received), sum(verified), sum(answered),
      sum(answered_on_time), sum(rating_sum), sum(ratings), sum(reopened)
    from complaints_daily group by tenant_id, substr(day, 1, 7), unit_id, category_id`.execute(db);
  await sql`insert into complaints_durations_monthly (tenant_id, month, unit_id, category_id, measure, days, count)
    select tenant_id, substr(day, 1, 7), unit_id, category_id, measure, days, sum(count)
    from complaints_durations group by tenant_id, substr(day, 1, 7), unit_id, category_id, measure, days`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('complaints_durations_monthly').execute();
  await db.schema.dropTable('complaints_monthly').execute();
  await db.schema.dropIndex('complaints_reports_category').execute();
  await db.schema.dropIndex('complaints_reports_unit_due').execute();
  await db.schema.dropIndex('complaints_reports_received').execute();
  await db.schema.dropIndex('complaints_reports_due').execute();
  await db.schema.alterTable('complaints_reports').dropColumn('due_sort').execute();
}
