import type { Kysely } from 'kysely';

// Frozen in time: never import application code here.

/**
 * Public services online: each unit's services, their standards (versioned, with the request form and the letter
 * template), requests with their documents and timeline, and each tenant's yearly request numbers (gap-free, safe
 * across nodes: one row per tenant and year).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('services_services')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('unit_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('name', 'varchar(160)', (c) => c.notNull())
    .addColumn('name_en', 'varchar(160)', (c) => c.notNull())
    .addColumn('summary', 'varchar(600)', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('services_services_tenant')
    .on('services_services')
    .columns(['tenant_id', 'unit_id'])
    .execute();

  let standards = db.schema
    .createTable('services_standards')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('service_id', 'varchar(36)', (c) => c.notNull().references('services_services.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    /** draft, submitted, published, returned. */
    .addColumn('status', 'varchar(12)', (c) => c.notNull())
    .addColumn('effective_from', 'varchar(10)', (c) => c.notNull())
    .addColumn('duration_days', 'integer')
    .addColumn('fee', 'bigint')
    .addColumn('output_kind', 'varchar(10)', (c) => c.notNull())
    /** JSON: the request form's fields. */
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('letter_template', 'text', (c) => c.notNull());
  for (const column of [
    'requirements',
    'procedure',
    'fee_basis',
    'product',
    'complaint_handling',
    'legal_basis',
    'facilities',
    'competence',
    'oversight',
    'officers',
    'guarantee',
    'safety',
    'evaluation',
  ])
    standards = standards.addColumn(column, 'text', (c) => c.notNull());
  await standards
    .addColumn('return_note', 'text')
    .addColumn('created_by', 'varchar(36)')
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('decided_by', 'varchar(36)')
    .addColumn('decided_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('services_standards_version')
    .on('services_standards')
    .columns(['service_id', 'version'])
    .unique()
    .execute();
  await db.schema
    .createIndex('services_standards_tenant')
    .on('services_standards')
    .columns(['tenant_id', 'status'])
    .execute();

  await db.schema
    .createTable('services_sequences')
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('services_sequences_pk', ['tenant_id', 'year'])
    .execute();

  await db.schema
    .createTable('services_requests')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('service_id', 'varchar(36)', (c) => c.notNull().references('services_services.id'))
    /** The standard (and so the form) the request was made with, kept when the standard changes later. */
    .addColumn('standard_id', 'varchar(36)', (c) => c.notNull().references('services_standards.id'))
    .addColumn('unit_id', 'varchar(36)', (c) => c.notNull())
    /** Null while a guest has not confirmed the e-mail. */
    .addColumn('code', 'varchar(24)')
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('applicant_account_id', 'varchar(36)')
    .addColumn('applicant_name', 'varchar(200)', (c) => c.notNull())
    .addColumn('applicant_email', 'varchar(200)', (c) => c.notNull())
    /** JSON: the form's answers (documents are rows of services_documents). */
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('fee', 'bigint', (c) => c.notNull())
    .addColumn('submitted_at', 'timestamptz')
    /** The last working day of the standard's time, local date; moves when documents were incomplete. */
    .addColumn('due_date', 'varchar(10)')
    .addColumn('remind_at', 'timestamptz')
    .addColumn('due_at', 'timestamptz')
    /** Working days already used when the clock stopped (documents incomplete). */
    .addColumn('days_used', 'integer', (c) => c.notNull())
    .addColumn('paused_at', 'timestamptz')
    /** JSON: the document fields the officer asked for. */
    .addColumn('missing', 'text')
    .addColumn('missing_note', 'text')
    .addColumn('refusal_reason', 'text')
    .addColumn('paid_receipt', 'varchar(80)')
    .addColumn('paid_amount', 'bigint')
    .addColumn('paid_at', 'timestamptz')
    .addColumn('output_kind', 'varchar(10)')
    .addColumn('output_file_key', 'varchar(300)')
    .addColumn('output_name', 'varchar(200)')
    .addColumn('completed_at', 'timestamptz')
    /** Working days from submission to completion, without the days the clock stood still. */
    .addColumn('working_days', 'integer')
    .addColumn('reminded_at', 'timestamptz')
    .addColumn('escalated_at', 'timestamptz')
    .addColumn('survey_token', 'varchar(64)')
    .addColumn('survey_expires_at', 'timestamptz')
    /** A guest's secret links (follow, confirm), stored only as hashes. */
    .addColumn('follow_token_hash', 'varchar(64)')
    .addColumn('confirm_token_hash', 'varchar(64)')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('services_requests_code')
    .on('services_requests')
    .columns(['tenant_id', 'code'])
    .unique()
    .execute();
  await db.schema
    .createIndex('services_requests_inbox')
    .on('services_requests')
    .columns(['tenant_id', 'unit_id', 'status', 'due_at'])
    .execute();
  await db.schema
    .createIndex('services_requests_service')
    .on('services_requests')
    .columns(['tenant_id', 'service_id', 'submitted_at'])
    .execute();
  await db.schema
    .createIndex('services_requests_applicant')
    .on('services_requests')
    .column('applicant_account_id')
    .execute();
  await db.schema.createIndex('services_requests_follow').on('services_requests').column('follow_token_hash').execute();
  await db.schema
    .createIndex('services_requests_confirm')
    .on('services_requests')
    .column('confirm_token_hash')
    .execute();
  await db.schema.createIndex('services_requests_due').on('services_requests').columns(['status', 'due_at']).execute();
  await db.schema
    .createIndex('services_requests_completed')
    .on('services_requests')
    .columns(['tenant_id', 'completed_at'])
    .execute();

  await db.schema
    .createTable('services_documents')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('request_id', 'varchar(36)', (c) => c.notNull().references('services_requests.id'))
    /** The form's document field, or `output` for the letter the unit delivers. */
    .addColumn('field_key', 'varchar(40)', (c) => c.notNull())
    .addColumn('file_key', 'varchar(300)', (c) => c.notNull())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('mime', 'varchar(80)', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('uploaded_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('services_documents_request').on('services_documents').column('request_id').execute();

  await db.schema
    .createTable('services_request_events')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('request_id', 'varchar(36)', (c) => c.notNull().references('services_requests.id'))
    /** submitted, incomplete, completed_documents, in_process, approved, refused, paid, ready, done, reminder, escalated. */
    .addColumn('kind', 'varchar(24)', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    /** JSON: what the step carries (missing fields, amount and receipt...). */
    .addColumn('data', 'text', (c) => c.notNull())
    /** Shown to the citizen (officers' names are not). */
    .addColumn('public', 'integer', (c) => c.notNull())
    .addColumn('actor_account_id', 'varchar(36)')
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('services_request_events_request')
    .on('services_request_events')
    .column('request_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'services_request_events',
    'services_documents',
    'services_requests',
    'services_sequences',
    'services_standards',
    'services_services',
  ])
    await db.schema.dropTable(table).execute();
}
