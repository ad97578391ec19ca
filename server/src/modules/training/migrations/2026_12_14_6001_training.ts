import type { Kysely } from 'kysely';

// Frozen in time: never import application code here.

/**
 * Training and competency development: the tenant's settings (JP minimums), programmes, events, registrations
 * (approval, seat or waiting list, attendance, scores, JP credited), certificates, feedback, external training with
 * evidence, training needs and the year's plan.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('training_settings')
    .addColumn('tenant_id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('minimum_jp_pns', 'integer', (c) => c.notNull())
    .addColumn('minimum_jp_pppk', 'integer', (c) => c.notNull())
    .addColumn('approval_working_days', 'integer', (c) => c.notNull())
    .addColumn('complaint_need_threshold', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('training_programmes')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('code', 'varchar(30)', (c) => c.notNull())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('topic', 'varchar(20)', (c) => c.notNull())
    .addColumn('competency_type', 'varchar(20)', (c) => c.notNull())
    .addColumn('mode', 'varchar(12)', (c) => c.notNull())
    .addColumn('jp', 'integer', (c) => c.notNull())
    .addColumn('provider', 'varchar(200)', (c) => c.notNull())
    /** JSON arrays: groups ('all', 'cpns', 'pns', 'pppk') and units for whom the programme is mandatory. */
    .addColumn('mandatory_groups', 'text', (c) => c.notNull())
    .addColumn('mandatory_unit_ids', 'text', (c) => c.notNull())
    .addColumn('pass_mark', 'integer')
    /** JSON array of account ids holding the trainer role who run the programme. */
    .addColumn('trainer_account_ids', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('training_programmes_code')
    .on('training_programmes')
    .columns(['tenant_id', 'code'])
    .unique()
    .execute();

  await db.schema
    .createTable('training_events')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('programme_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('starts_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('ends_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('place', 'varchar(300)', (c) => c.notNull())
    .addColumn('link', 'varchar(500)', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('trainer_account_ids', 'text', (c) => c.notNull())
    /** JSON: { unitIds, statuses } who may register (empty lists: everyone). */
    .addColumn('eligibility', 'text', (c) => c.notNull())
    .addColumn('pre_test', 'integer', (c) => c.notNull())
    /** scheduled, cancelled, completed. */
    .addColumn('status', 'varchar(12)', (c) => c.notNull())
    .addColumn('completed_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('training_events_tenant_start')
    .on('training_events')
    .columns(['tenant_id', 'starts_on'])
    .execute();

  await db.schema
    .createTable('training_registrations')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('event_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('employee_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    /** self (the employee registered) or assigned (by HR). */
    .addColumn('source', 'varchar(10)', (c) => c.notNull())
    /** The direct superior (employee id) who decides a self-registration. */
    .addColumn('approver_id', 'varchar(36)')
    .addColumn('approval_due_at', 'timestamptz')
    .addColumn('decided_at', 'timestamptz')
    .addColumn('decided_by', 'varchar(36)')
    .addColumn('decision_note', 'varchar(500)', (c) => c.notNull())
    /** When it joined the waiting list: the list moves up in this order. */
    .addColumn('queued_at', 'timestamptz')
    .addColumn('attended_at', 'timestamptz')
    .addColumn('attendance_method', 'varchar(8)')
    .addColumn('pre_score', 'integer')
    .addColumn('post_score', 'integer')
    /** The local date the event closed with this registration completed: the JP count in that year. */
    .addColumn('completed_on', 'varchar(10)')
    .addColumn('jp_credited', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('training_registrations_event_employee')
    .on('training_registrations')
    .columns(['tenant_id', 'event_id', 'employee_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('training_registrations_employee')
    .on('training_registrations')
    .columns(['tenant_id', 'employee_id'])
    .execute();
  await db.schema
    .createIndex('training_registrations_approver')
    .on('training_registrations')
    .columns(['tenant_id', 'approver_id', 'status'])
    .execute();
  // The compliance board: JP per employee of a year, read from the index alone.
  await db.schema
    .createIndex('training_registrations_credited')
    .on('training_registrations')
    .columns(['tenant_id', 'completed_on', 'employee_id', 'jp_credited'])
    .execute();

  await db.schema
    .createTable('training_certificates')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('code', 'varchar(14)', (c) => c.notNull())
    .addColumn('registration_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('employee_id', 'varchar(36)', (c) => c.notNull())
    /** As printed on the certificate, frozen when issued. */
    .addColumn('employee_name', 'varchar(300)', (c) => c.notNull())
    .addColumn('programme_title', 'varchar(200)', (c) => c.notNull())
    .addColumn('jp', 'integer', (c) => c.notNull())
    .addColumn('completed_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('issued_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('revoked_by', 'varchar(36)')
    .addColumn('revoke_reason', 'varchar(500)')
    .execute();
  await db.schema
    .createIndex('training_certificates_code')
    .on('training_certificates')
    .columns(['tenant_id', 'code'])
    .unique()
    .execute();
  await db.schema
    .createIndex('training_certificates_registration')
    .on('training_certificates')
    .columns(['tenant_id', 'registration_id'])
    .unique()
    .execute();

  await db.schema
    .createTable('training_feedback')
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('registration_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('event_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('event_rating', 'integer', (c) => c.notNull())
    .addColumn('trainer_rating', 'integer', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('training_feedback_pk', ['tenant_id', 'registration_id'])
    .execute();
  await db.schema
    .createIndex('training_feedback_event')
    .on('training_feedback')
    .columns(['tenant_id', 'event_id'])
    .execute();

  await db.schema
    .createTable('training_external')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('employee_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('provider', 'varchar(200)', (c) => c.notNull())
    .addColumn('jp', 'integer', (c) => c.notNull())
    .addColumn('started_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('ended_on', 'varchar(10)', (c) => c.notNull())
    /** submitted, verified, refused: counted in JP only once verified. */
    .addColumn('status', 'varchar(10)', (c) => c.notNull())
    .addColumn('evidence_key', 'varchar(200)', (c) => c.notNull())
    .addColumn('evidence_mime', 'varchar(40)', (c) => c.notNull())
    .addColumn('evidence_name', 'varchar(200)', (c) => c.notNull())
    .addColumn('decided_by', 'varchar(36)')
    .addColumn('decided_at', 'timestamptz')
    .addColumn('decision_note', 'varchar(500)')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('training_external_status')
    .on('training_external')
    .columns(['tenant_id', 'status', 'created_at'])
    .execute();
  await db.schema
    .createIndex('training_external_employee')
    .on('training_external')
    .columns(['tenant_id', 'employee_id'])
    .execute();

  await db.schema
    .createTable('training_needs')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('unit_id', 'varchar(36)')
    .addColumn('employee_id', 'varchar(36)')
    /** performance, complaints, manual. */
    .addColumn('source', 'varchar(12)', (c) => c.notNull())
    .addColumn('topic', 'varchar(20)', (c) => c.notNull())
    .addColumn('reason', 'varchar(500)', (c) => c.notNull())
    /** open, planned, dismissed. */
    .addColumn('status', 'varchar(10)', (c) => c.notNull())
    .addColumn('plan_item_id', 'varchar(36)')
    /** source|year|unit|employee|topic: a suggestion drawn twice is stored once. */
    .addColumn('dedupe_key', 'varchar(200)', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('training_needs_dedupe')
    .on('training_needs')
    .columns(['tenant_id', 'dedupe_key'])
    .unique()
    .execute();
  await db.schema
    .createIndex('training_needs_year')
    .on('training_needs')
    .columns(['tenant_id', 'year', 'status'])
    .execute();

  await db.schema
    .createTable('training_plan_items')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('topic', 'varchar(20)', (c) => c.notNull())
    .addColumn('programme_id', 'varchar(36)')
    .addColumn('unit_id', 'varchar(36)')
    .addColumn('target_participants', 'integer', (c) => c.notNull())
    .addColumn('status', 'varchar(12)', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('training_plan_items_year')
    .on('training_plan_items')
    .columns(['tenant_id', 'year'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'training_plan_items',
    'training_needs',
    'training_external',
    'training_feedback',
    'training_certificates',
    'training_registrations',
    'training_events',
    'training_programmes',
    'training_settings',
  ])
    await db.schema.dropTable(t).execute();
}
