import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code.
// Times are 'timestamptz' (PostgreSQL) and stored as ISO text by SQLite; JSON is text.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('tenants')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('slug', 'varchar(40)', (c) => c.notNull().unique())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('code', 'varchar(4)', (c) => c.notNull().unique())
    .addColumn('time_zone', 'varchar(64)', (c) => c.notNull())
    .addColumn('locale', 'varchar(5)', (c) => c.notNull())
    .addColumn('logo_url', 'varchar(500)')
    .addColumn('contacts', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('accounts')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('email', 'varchar(254)', (c) => c.unique())
    .addColumn('nip', 'varchar(18)', (c) => c.unique())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('password_hash', 'varchar(200)')
    .addColumn('email_verified_at', 'timestamptz')
    .addColumn('locale', 'varchar(5)', (c) => c.notNull())
    .addColumn('is_system_admin', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('account_id', 'varchar(36)', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('user_agent', 'varchar(300)')
    .addColumn('ip', 'varchar(64)')
    .execute();
  await db.schema.createIndex('sessions_account_idx').on('sessions').column('account_id').execute();

  await db.schema
    .createTable('auth_tokens')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('account_id', 'varchar(36)', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('purpose', 'varchar(32)', (c) => c.notNull())
    .addColumn('tenant_slug', 'varchar(40)')
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('auth_throttle')
    .addColumn('key', 'varchar(300)', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('last_failure_at', 'timestamptz', (c) => c.notNull())
    .addColumn('locked_until', 'timestamptz')
    .execute();

  await db.schema
    .createTable('role_grants')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull().references('tenants.id'))
    .addColumn('account_id', 'varchar(36)', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('role', 'varchar(40)', (c) => c.notNull())
    .addColumn('unit_id', 'varchar(36)')
    .addColumn('scope', 'varchar(36)', (c) => c.notNull())
    .addColumn('granted_by', 'varchar(36)')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('role_grants_unique')
    .on('role_grants')
    .columns(['tenant_id', 'account_id', 'role', 'scope'])
    .unique()
    .execute();
  await db.schema.createIndex('role_grants_account_idx').on('role_grants').column('account_id').execute();

  await db.schema
    .createTable('audit_entries')
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('actor_id', 'varchar(36)')
    .addColumn('actor_name', 'varchar(200)')
    .addColumn('action', 'varchar(100)', (c) => c.notNull())
    .addColumn('entity_type', 'varchar(60)', (c) => c.notNull())
    .addColumn('entity_id', 'varchar(100)')
    .addColumn('digest', 'varchar(64)', (c) => c.notNull())
    .addColumn('prev_hash', 'varchar(64)')
    .addColumn('hash', 'varchar(64)', (c) => c.notNull())
    .addPrimaryKeyConstraint('audit_entries_pk', ['tenant_id', 'seq'])
    .execute();
  await db.schema.createIndex('audit_entries_at_idx').on('audit_entries').columns(['tenant_id', 'at']).execute();

  await db.schema
    .createTable('audit_heads')
    .addColumn('tenant_id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('hash', 'varchar(64)')
    .execute();

  await db.schema
    .createTable('calendar_holidays')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('date', 'varchar(10)', (c) => c.notNull())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('calendar_holidays_unique')
    .on('calendar_holidays')
    .columns(['tenant_id', 'date'])
    .unique()
    .execute();

  await db.schema
    .createTable('mail_outbox')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)')
    .addColumn('to_address', 'varchar(254)', (c) => c.notNull())
    .addColumn('subject', 'varchar(300)', (c) => c.notNull())
    .addColumn('text_body', 'text', (c) => c.notNull())
    .addColumn('html_body', 'text')
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('mail_outbox_due_idx').on('mail_outbox').columns(['status', 'next_attempt_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'mail_outbox',
    'calendar_holidays',
    'audit_heads',
    'audit_entries',
    'role_grants',
    'auth_throttle',
    'auth_tokens',
    'sessions',
    'accounts',
    'tenants',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
