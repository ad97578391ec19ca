import type { Kysely } from 'kysely';

// Frozen in time: never import application code here.

/**
 * Public satisfaction surveys (SKM): anonymous responses (no visit, no person, no time but the day), the hashes of
 * used visit links (apart, without a time), kiosk sessions, the tenant's own questions, visits entered by hand,
 * published reports (frozen figures) and improvement actions.
 */
export async function up(db: Kysely<any>): Promise<void> {
  let responses = db.schema
    .createTable('surveys_responses')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('unit_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('unit_name', 'varchar(200)', (c) => c.notNull())
    /** `services:<id>` or `queue:<id>`: the service's source and id. */
    .addColumn('service_key', 'varchar(80)', (c) => c.notNull())
    .addColumn('service_name', 'varchar(200)', (c) => c.notNull())
    /** `2026-S1`. */
    .addColumn('period', 'varchar(7)', (c) => c.notNull())
    /** visit_link, kiosk, paper, public_link. */
    .addColumn('channel', 'varchar(12)', (c) => c.notNull());
  for (let i = 1; i <= 9; i++) responses = responses.addColumn(`u${i}`, 'integer', (c) => c.notNull());
  await responses
    .addColumn('age_band', 'varchar(12)', (c) => c.notNull())
    .addColumn('sex', 'varchar(8)', (c) => c.notNull())
    .addColumn('education', 'varchar(12)', (c) => c.notNull())
    .addColumn('occupation', 'varchar(16)', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull())
    /** JSON: answers to the tenant's own questions, by question id. */
    .addColumn('extra', 'text', (c) => c.notNull())
    .addColumn('paper_form_number', 'varchar(40)')
    /** The local day of the response: a date only, never a time. */
    .addColumn('created_day', 'varchar(10)', (c) => c.notNull())
    .execute();
  // The results query: one grouped scan of a unit's period, read from the index alone.
  await db.schema
    .createIndex('surveys_responses_results')
    .on('surveys_responses')
    .columns([
      'tenant_id',
      'unit_id',
      'period',
      'channel',
      'service_key',
      'u1',
      'u2',
      'u3',
      'u4',
      'u5',
      'u6',
      'u7',
      'u8',
      'u9',
    ])
    .execute();
  await db.schema
    .createIndex('surveys_responses_tenant_period')
    .on('surveys_responses')
    .columns(['tenant_id', 'period'])
    .execute();
  // A paper form is entered once per unit and period (null for the other channels: never equal).
  await db.schema
    .createIndex('surveys_responses_paper')
    .on('surveys_responses')
    .columns(['tenant_id', 'unit_id', 'period', 'paper_form_number'])
    .unique()
    .execute();

  await db.schema
    .createTable('surveys_used_links')
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    /** SHA-256 of the visit's one-time token; no time, nothing that ties it to a response. */
    .addColumn('hash', 'varchar(64)', (c) => c.notNull())
    .addPrimaryKeyConstraint('surveys_used_links_pk', ['tenant_id', 'hash'])
    .execute();

  await db.schema
    .createTable('surveys_kiosk_sessions')
    /** SHA-256 of the session token handed to the kiosk. */
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    /** The visit link's hash, marked used when the kiosk response is saved. */
    .addColumn('link_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('unit_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('unit_name', 'varchar(200)', (c) => c.notNull())
    .addColumn('service_key', 'varchar(80)', (c) => c.notNull())
    .addColumn('service_name', 'varchar(200)', (c) => c.notNull())
    .addColumn('period', 'varchar(7)', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('surveys_questions')
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('id', 'varchar(40)', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text_id', 'varchar(300)', (c) => c.notNull())
    .addColumn('text_en', 'varchar(300)', (c) => c.notNull())
    .addPrimaryKeyConstraint('surveys_questions_pk', ['tenant_id', 'id'])
    .execute();

  await db.schema
    .createTable('surveys_visit_counts')
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('unit_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('period', 'varchar(7)', (c) => c.notNull())
    .addColumn('visits', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'varchar(36)')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('surveys_visit_counts_pk', ['tenant_id', 'unit_id', 'period'])
    .execute();

  await db.schema
    .createTable('surveys_reports')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('unit_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('period', 'varchar(7)', (c) => c.notNull())
    /** JSON: the unit's figures as they were when published (never recomputed). */
    .addColumn('figures', 'text', (c) => c.notNull())
    .addColumn('analysis', 'text', (c) => c.notNull())
    /** SHA-256 of the frozen figures' JSON. */
    .addColumn('digest', 'varchar(64)', (c) => c.notNull())
    /** Key of the report's PDF in the file storage. */
    .addColumn('pdf_key', 'varchar(300)', (c) => c.notNull())
    .addColumn('published_by', 'varchar(36)')
    .addColumn('published_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('surveys_reports_unit_period')
    .on('surveys_reports')
    .columns(['tenant_id', 'unit_id', 'period'])
    .unique()
    .execute();

  await db.schema
    .createTable('surveys_plan_actions')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('unit_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('period', 'varchar(7)', (c) => c.notNull())
    .addColumn('element', 'varchar(3)', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('owner', 'varchar(160)', (c) => c.notNull())
    .addColumn('due_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('progress', 'integer', (c) => c.notNull())
    /** planned, in_progress, done. */
    .addColumn('status', 'varchar(12)', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('surveys_plan_actions_unit')
    .on('surveys_plan_actions')
    .columns(['tenant_id', 'unit_id', 'period'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'surveys_plan_actions',
    'surveys_reports',
    'surveys_visit_counts',
    'surveys_questions',
    'surveys_kiosk_sessions',
    'surveys_used_links',
    'surveys_responses',
  ])
    await db.schema.dropTable(table).execute();
}
