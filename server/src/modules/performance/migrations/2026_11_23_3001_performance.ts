import type { Kysely } from 'kysely';

// Frozen in time: never import application code here.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('performance_settings')
    .addColumn('tenant_id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('period_kind', 'varchar(12)', (c) => c.notNull())
    .addColumn('submission_working_days', 'integer', (c) => c.notNull())
    .addColumn('review_working_days', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('performance_years')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('status', 'varchar(8)', (c) => c.notNull())
    // The period kind is fixed when the year opens: a later change of the setting applies to later years.
    .addColumn('period_kind', 'varchar(12)', (c) => c.notNull())
    .addColumn('opened_at', 'timestamptz', (c) => c.notNull())
    .addColumn('closed_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('performance_years_year')
    .on('performance_years')
    .columns(['tenant_id', 'year'])
    .unique()
    .execute();

  await db.schema
    .createTable('performance_plans')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('employee_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('unit_id', 'varchar(36)')
    .addColumn('status', 'varchar(10)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('approved_version', 'integer')
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('performance_plans_employee')
    .on('performance_plans')
    .columns(['tenant_id', 'employee_id', 'year'])
    .unique()
    .execute();
  await db.schema
    .createIndex('performance_plans_status')
    .on('performance_plans')
    .columns(['tenant_id', 'year', 'status'])
    .execute();

  // Every version of a plan, kept: the content (RHK, indicators, behaviour) is a JSON document.
  await db.schema
    .createTable('performance_plan_versions')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('plan_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'varchar(10)', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('decided_at', 'timestamptz')
    .addColumn('decided_by', 'varchar(200)')
    .addColumn('note', 'text')
    .execute();
  await db.schema
    .createIndex('performance_plan_versions_plan')
    .on('performance_plan_versions')
    .columns(['tenant_id', 'plan_id', 'version'])
    .unique()
    .execute();

  await db.schema
    .createTable('performance_reports')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('plan_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('employee_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('unit_id', 'varchar(36)')
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('period_index', 'integer', (c) => c.notNull())
    .addColumn('period_start', 'varchar(10)', (c) => c.notNull())
    .addColumn('period_end', 'varchar(10)', (c) => c.notNull())
    .addColumn('due_at', 'timestamptz', (c) => c.notNull())
    .addColumn('status', 'varchar(10)', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('first_submitted_at', 'timestamptz')
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('late', 'integer', (c) => c.notNull())
    .addColumn('review_due_at', 'timestamptz')
    .addColumn('reviewed_at', 'timestamptz')
    .addColumn('review_late', 'integer', (c) => c.notNull())
    .addColumn('reviewer_id', 'varchar(36)')
    .addColumn('hasil_kerja', 'varchar(10)')
    .addColumn('perilaku', 'varchar(10)')
    .addColumn('predikat', 'varchar(20)')
    .addColumn('feedback', 'text')
    .addColumn('reopened_count', 'integer', (c) => c.notNull())
    .addColumn('reminded_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('performance_reports_employee')
    .on('performance_reports')
    .columns(['tenant_id', 'employee_id', 'year', 'period_index'])
    .unique()
    .execute();
  await db.schema
    .createIndex('performance_reports_period')
    .on('performance_reports')
    .columns(['tenant_id', 'year', 'period_index', 'unit_id'])
    .execute();
  await db.schema
    .createIndex('performance_reports_status')
    .on('performance_reports')
    .columns(['tenant_id', 'status', 'review_due_at'])
    .execute();

  // Every submission round of a report with its decision, kept.
  await db.schema
    .createTable('performance_report_rounds')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('report_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('decision', 'varchar(10)')
    .addColumn('feedback', 'text')
    .addColumn('hasil_kerja', 'varchar(10)')
    .addColumn('perilaku', 'varchar(10)')
    .addColumn('predikat', 'varchar(20)')
    .addColumn('decided_at', 'timestamptz')
    .addColumn('decided_by', 'varchar(200)')
    .execute();
  await db.schema
    .createIndex('performance_report_rounds_report')
    .on('performance_report_rounds')
    .columns(['tenant_id', 'report_id', 'round'])
    .unique()
    .execute();

  await db.schema
    .createTable('performance_annuals')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('employee_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('unit_id', 'varchar(36)')
    .addColumn('appraiser_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('status', 'varchar(14)', (c) => c.notNull())
    .addColumn('hasil_kerja', 'varchar(10)', (c) => c.notNull())
    .addColumn('perilaku', 'varchar(10)', (c) => c.notNull())
    .addColumn('predikat', 'varchar(20)', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('rated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('confirmed_by', 'varchar(36)')
    .addColumn('confirmed_at', 'timestamptz')
    .addColumn('acknowledged_at', 'timestamptz')
    .addColumn('objection_reason', 'text')
    .addColumn('objected_at', 'timestamptz')
    .addColumn('objection_decision', 'varchar(10)')
    .addColumn('objection_note', 'text')
    .addColumn('decided_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('performance_annuals_employee')
    .on('performance_annuals')
    .columns(['tenant_id', 'employee_id', 'year'])
    .unique()
    .execute();
  await db.schema
    .createIndex('performance_annuals_year')
    .on('performance_annuals')
    .columns(['tenant_id', 'year', 'unit_id'])
    .execute();

  await db.schema
    .createTable('performance_unit_predikat')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('unit_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('predikat', 'varchar(20)', (c) => c.notNull())
    .addColumn('set_at', 'timestamptz', (c) => c.notNull())
    .addColumn('set_by', 'varchar(200)')
    .execute();
  await db.schema
    .createIndex('performance_unit_predikat_unit')
    .on('performance_unit_predikat')
    .columns(['tenant_id', 'year', 'unit_id'])
    .unique()
    .execute();

  await db.schema
    .createTable('performance_coaching')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('employee_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('annual_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('predikat', 'varchar(20)', (c) => c.notNull())
    .addColumn('status', 'varchar(8)', (c) => c.notNull())
    .addColumn('actions', 'text', (c) => c.notNull())
    .addColumn('mentor_id', 'varchar(36)')
    .addColumn('start_date', 'varchar(10)')
    .addColumn('end_date', 'varchar(10)')
    .addColumn('outcome', 'text')
    .addColumn('referred_at', 'timestamptz')
    .addColumn('referred_by', 'varchar(36)')
    .addColumn('referral_reason', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('performance_coaching_annual')
    .on('performance_coaching')
    .columns(['tenant_id', 'annual_id'])
    .unique()
    .execute();

  await db.schema
    .createTable('performance_acting')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('replaces_id', 'varchar(36)')
    .addColumn('unit_id', 'varchar(36)')
    .addColumn('acting_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('from_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('to_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('reason', 'varchar(500)', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('created_by', 'varchar(200)')
    .execute();
  await db.schema.createIndex('performance_acting_tenant').on('performance_acting').columns(['tenant_id']).execute();

  // One row per reminder sent: the key's uniqueness makes the sweeper act once, also with several nodes.
  await db.schema
    .createTable('performance_reminders')
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('key', 'varchar(200)', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('performance_reminders_pk', ['tenant_id', 'key'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'performance_reminders',
    'performance_acting',
    'performance_coaching',
    'performance_unit_predikat',
    'performance_annuals',
    'performance_report_rounds',
    'performance_reports',
    'performance_plan_versions',
    'performance_plans',
    'performance_years',
    'performance_settings',
  ])
    await db.schema.dropTable(t).execute();
}
