import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

/**
 * The messaging layer: one outbox for every chat channel (Telegram, WhatsApp, Messenger, Instagram), the contacts
 * that chats are (with their 24-hour window, opt-out and the account they are linked to), each account's chosen
 * channel per tenant, link codes, Meta's per-tenant settings, and the ids of webhook deliveries already handled.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('messaging_outbox')
    .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('channel', 'varchar(12)', (c) => c.notNull())
    .addColumn('address', 'varchar(120)', (c) => c.notNull())
    .addColumn('kind', 'varchar(40)', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('template_name', 'varchar(512)')
    .addColumn('template_language', 'varchar(10)')
    .addColumn('template_params', 'text')
    .addColumn('status', 'varchar(10)', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_error', 'varchar(2000)')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('messaging_outbox_due')
    .on('messaging_outbox')
    .columns(['status', 'next_attempt_at'])
    .execute();
  await db.schema
    .createIndex('messaging_outbox_address')
    .on('messaging_outbox')
    .columns(['tenant_id', 'channel', 'address', 'id'])
    .execute();

  await db.schema
    .createTable('messaging_contacts')
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('channel', 'varchar(12)', (c) => c.notNull())
    .addColumn('address', 'varchar(120)', (c) => c.notNull())
    .addColumn('account_id', 'varchar(36)')
    .addColumn('linked_at', 'timestamptz')
    .addColumn('name', 'varchar(200)')
    .addColumn('last_inbound_at', 'timestamptz')
    .addColumn('opted_out_at', 'timestamptz')
    .addColumn('rate_window_start', 'timestamptz')
    .addColumn('rate_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('messaging_contacts_pk', ['tenant_id', 'channel', 'address'])
    .execute();
  await db.schema
    .createIndex('messaging_contacts_account')
    .on('messaging_contacts')
    .columns(['tenant_id', 'account_id'])
    .execute();

  await db.schema
    .createTable('messaging_preferences')
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('account_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('channel', 'varchar(12)', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('messaging_preferences_pk', ['tenant_id', 'account_id'])
    .execute();

  await db.schema
    .createTable('messaging_link_codes')
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('code', 'varchar(6)', (c) => c.notNull())
    .addColumn('account_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('messaging_link_codes_pk', ['tenant_id', 'code'])
    .execute();

  await db.schema
    .createTable('messaging_meta_config')
    .addColumn('tenant_id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('app_secret', 'varchar(500)')
    .addColumn('verify_token', 'varchar(200)')
    .addColumn('wa_phone_number_id', 'varchar(30)')
    .addColumn('wa_display_number', 'varchar(30)')
    .addColumn('wa_access_token', 'varchar(500)')
    .addColumn('page_id', 'varchar(30)')
    .addColumn('page_access_token', 'varchar(500)')
    .addColumn('ig_account_id', 'varchar(30)')
    .addColumn('templates', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_by', 'varchar(36)')
    .execute();
  await db.schema.createIndex('messaging_meta_config_page').on('messaging_meta_config').columns(['page_id']).execute();

  // Meta (and Telegram) repeat a delivery until it is answered with 2xx: each message id is acted on once.
  await db.schema
    .createTable('messaging_inbound')
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('message_id', 'varchar(200)', (c) => c.notNull())
    .addColumn('received_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('messaging_inbound_pk', ['tenant_id', 'message_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'messaging_inbound',
    'messaging_meta_config',
    'messaging_link_codes',
    'messaging_preferences',
    'messaging_contacts',
    'messaging_outbox',
  ])
    await db.schema.dropTable(table).execute();
}
