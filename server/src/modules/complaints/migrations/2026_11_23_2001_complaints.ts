import type { Kysely } from 'kysely';

// Frozen in time: never import application code here.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('complaints_categories')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull().references('tenants.id'))
    .addColumn('code', 'varchar(40)', (c) => c.notNull())
    .addColumn('name', 'varchar(120)', (c) => c.notNull())
    .addColumn('name_en', 'varchar(120)', (c) => c.notNull())
    .addColumn('tier', 'varchar(20)', (c) => c.notNull())
    .addColumn('answer_days', 'integer', (c) => c.notNull())
    .addColumn('default_unit_id', 'varchar(36)')
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('complaints_categories_code')
    .on('complaints_categories')
    .columns(['tenant_id', 'code'])
    .unique()
    .execute();

  // One row per tenant and year: the tracking-code sequence, bumped with an upsert (a row lock on PostgreSQL,
  // the single writer on SQLite), so two nodes never hand out the same number.
  await db.schema
    .createTable('complaints_sequences')
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('complaints_sequences_pk', ['tenant_id', 'year'])
    .execute();

  await db.schema
    .createTable('complaints_reports')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('code', 'varchar(40)', (c) => c.notNull())
    .addColumn('class', 'varchar(30)', (c) => c.notNull())
    .addColumn('category_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('concerned_unit_id', 'varchar(36)')
    .addColumn('employee_text', 'varchar(200)')
    .addColumn('address', 'varchar(300)')
    .addColumn('lat', 'double precision')
    .addColumn('lng', 'double precision')
    .addColumn('privacy', 'varchar(10)', (c) => c.notNull())
    .addColumn('channel', 'varchar(20)', (c) => c.notNull())
    .addColumn('external_ref', 'varchar(100)')
    .addColumn('status', 'varchar(20)', (c) => c.notNull())
    // The reporter: only presenter.ts reads these, and only for whom policy.ts allows.
    .addColumn('reporter_account_id', 'varchar(36)')
    .addColumn('reporter_name', 'varchar(120)')
    .addColumn('reporter_email', 'varchar(254)')
    .addColumn('reporter_phone', 'varchar(40)')
    .addColumn('guest_token_hash', 'varchar(64)')
    .addColumn('intake_key', 'varchar(64)')
    .addColumn('unit_id', 'varchar(36)')
    .addColumn('unit_path', 'varchar(1000)')
    .addColumn('assigned_account_id', 'varchar(36)')
    .addColumn('assigned_name', 'varchar(200)')
    .addColumn('answer_days', 'integer', (c) => c.notNull())
    .addColumn('received_at', 'timestamptz', (c) => c.notNull())
    .addColumn('verification_due_at', 'timestamptz')
    .addColumn('verification_remind_at', 'timestamptz')
    .addColumn('verification_days_left', 'integer')
    .addColumn('verified_at', 'timestamptz')
    .addColumn('first_response_at', 'timestamptz')
    .addColumn('answer_due_at', 'timestamptz')
    .addColumn('answer_remind_at', 'timestamptz')
    .addColumn('answered_at', 'timestamptz')
    .addColumn('answer_text', 'text')
    .addColumn('closed_at', 'timestamptz')
    .addColumn('question', 'text')
    .addColumn('referral', 'text')
    .addColumn('archive_reason', 'text')
    .addColumn('merged_into_id', 'varchar(36)')
    .addColumn('rating', 'integer')
    .addColumn('rating_comment', 'varchar(1000)')
    .addColumn('rated_at', 'timestamptz')
    .addColumn('reopen_count', 'integer', (c) => c.notNull())
    .addColumn('integrity_referred_at', 'timestamptz')
    .addColumn('integrity_note', 'text')
    // Claims of the deadline sweeper: set once with a conditional update, so each notice goes out exactly once.
    .addColumn('verification_reminded_at', 'timestamptz')
    .addColumn('verification_escalated_at', 'timestamptz')
    .addColumn('answer_reminded_at', 'timestamptz')
    .addColumn('answer_escalated_at', 'timestamptz')
    .addColumn('auto_close_at', 'timestamptz')
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('complaints_reports_code')
    .on('complaints_reports')
    .columns(['tenant_id', 'code'])
    .unique()
    .execute();
  await db.schema
    .createIndex('complaints_reports_token')
    .on('complaints_reports')
    .columns(['guest_token_hash'])
    .execute();
  await db.schema
    .createIndex('complaints_reports_status')
    .on('complaints_reports')
    .columns(['tenant_id', 'status', 'received_at'])
    .execute();
  await db.schema
    .createIndex('complaints_reports_unit')
    .on('complaints_reports')
    .columns(['tenant_id', 'unit_id', 'status'])
    .execute();
  await db.schema
    .createIndex('complaints_reports_reporter')
    .on('complaints_reports')
    .columns(['tenant_id', 'reporter_account_id'])
    .execute();
  await db.schema
    .createIndex('complaints_reports_intake')
    .on('complaints_reports')
    .columns(['tenant_id', 'intake_key', 'received_at'])
    .execute();
  await db.schema
    .createIndex('complaints_reports_public')
    .on('complaints_reports')
    .columns(['tenant_id', 'privacy', 'received_at'])
    .execute();

  await db.schema
    .createTable('complaints_events')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('complaint_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('kind', 'varchar(40)', (c) => c.notNull())
    .addColumn('public', 'integer', (c) => c.notNull())
    .addColumn('text', 'text')
    .addColumn('actor_account_id', 'varchar(36)')
    .addColumn('actor_name', 'varchar(200)')
    .execute();
  await db.schema
    .createIndex('complaints_events_complaint')
    .on('complaints_events')
    .columns(['tenant_id', 'complaint_id', 'at'])
    .execute();

  await db.schema
    .createTable('complaints_attachments')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('complaint_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('file_name', 'varchar(200)', (c) => c.notNull())
    .addColumn('mime', 'varchar(60)', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'varchar(64)', (c) => c.notNull())
    .addColumn('storage_key', 'varchar(300)', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('complaints_attachments_complaint')
    .on('complaints_attachments')
    .columns(['tenant_id', 'complaint_id'])
    .execute();

  // Who is told about a complaint's public steps: its reporter, and after a merge the duplicates' reporters.
  await db.schema
    .createTable('complaints_followers')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('complaint_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('source_complaint_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('account_id', 'varchar(36)')
    .addColumn('email', 'varchar(254)')
    .addColumn('telegram_chat_id', 'varchar(40)')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('complaints_followers_complaint')
    .on('complaints_followers')
    .columns(['tenant_id', 'complaint_id'])
    .execute();

  await db.schema
    .createTable('complaints_employees')
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('complaint_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('employee_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('linked_at', 'timestamptz', (c) => c.notNull())
    .addColumn('linked_by', 'varchar(36)')
    .addPrimaryKeyConstraint('complaints_employees_pk', ['tenant_id', 'complaint_id', 'employee_id'])
    .execute();
  await db.schema
    .createIndex('complaints_employees_employee')
    .on('complaints_employees')
    .columns(['tenant_id', 'employee_id', 'linked_at'])
    .execute();

  // Statistics kept as they happen: one row per tenant, local day, unit and category ('' for none), so that
  // a year's public statistics read a few thousand rows whatever the number of complaints.
  await db.schema
    .createTable('complaints_daily')
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('day', 'varchar(10)', (c) => c.notNull())
    .addColumn('unit_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('category_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('received', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('verified', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('answered', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('answered_on_time', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rating_sum', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('ratings', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reopened', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('complaints_daily_pk', ['tenant_id', 'day', 'unit_id', 'category_id'])
    .execute();
  // Working days to first response and to answer, as exact histograms (whole days) per day, unit, category.
  await db.schema
    .createTable('complaints_durations')
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('day', 'varchar(10)', (c) => c.notNull())
    .addColumn('unit_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('category_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('measure', 'varchar(20)', (c) => c.notNull())
    .addColumn('days', 'integer', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('complaints_durations_pk', [
      'tenant_id',
      'day',
      'unit_id',
      'category_id',
      'measure',
      'days',
    ])
    .execute();

  await db.schema
    .createTable('complaints_settings')
    .addColumn('tenant_id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('verification_days', 'integer', (c) => c.notNull())
    .addColumn('reopen_days', 'integer', (c) => c.notNull())
    .addColumn('guest_per_hour', 'integer', (c) => c.notNull())
    .addColumn('daily_digest', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'complaints_settings',
    'complaints_durations',
    'complaints_daily',
    'complaints_employees',
    'complaints_followers',
    'complaints_attachments',
    'complaints_events',
    'complaints_reports',
    'complaints_sequences',
    'complaints_categories',
  ])
    await db.schema.dropTable(table).execute();
}
