import type { Kysely } from 'kysely';

// Frozen in time: never import application code here.

/** The complaint channels: Open311 API keys, and Telegram (per-tenant bot, conversations, outbox). */
export async function up(db: Kysely<any>): Promise<void> {
  // Only a SHA-256 of each key is kept; the key itself is shown once, when it is made.
  await db.schema
    .createTable('complaints_open311_keys')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('name', 'varchar(120)', (c) => c.notNull())
    .addColumn('prefix', 'varchar(20)', (c) => c.notNull())
    .addColumn('key_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('created_by', 'varchar(36)')
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('revoked_by', 'varchar(36)')
    .addColumn('last_used_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('complaints_open311_keys_hash')
    .on('complaints_open311_keys')
    .columns(['key_hash'])
    .unique()
    .execute();
  await db.schema
    .createIndex('complaints_open311_keys_tenant')
    .on('complaints_open311_keys')
    .columns(['tenant_id', 'created_at'])
    .execute();

  // The webhook secret is kept as a SHA-256 and compared in constant time; the bot token is needed to call the API.
  await db.schema
    .createTable('complaints_telegram_config')
    .addColumn('tenant_id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('bot_token', 'varchar(200)', (c) => c.notNull())
    .addColumn('secret_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_by', 'varchar(36)')
    .execute();

  // Where each chat is in the conversation that files a complaint.
  await db.schema
    .createTable('complaints_telegram_chats')
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('chat_id', 'varchar(40)', (c) => c.notNull())
    .addColumn('step', 'varchar(20)', (c) => c.notNull())
    .addColumn('category_id', 'varchar(36)')
    .addColumn('photo_file_ids', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('complaints_telegram_chats_pk', ['tenant_id', 'chat_id'])
    .execute();

  // Telegram repeats an update until it is answered with 2xx: each update id is acted on once.
  await db.schema
    .createTable('complaints_telegram_updates')
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('update_id', 'varchar(20)', (c) => c.notNull())
    .addColumn('received_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('complaints_telegram_updates_pk', ['tenant_id', 'update_id'])
    .execute();

  await db.schema
    .createTable('complaints_telegram_outbox')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('chat_id', 'varchar(40)', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('status', 'varchar(10)', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_error', 'varchar(2000)')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('complaints_telegram_outbox_due')
    .on('complaints_telegram_outbox')
    .columns(['status', 'next_attempt_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'complaints_telegram_outbox',
    'complaints_telegram_updates',
    'complaints_telegram_chats',
    'complaints_telegram_config',
    'complaints_open311_keys',
  ])
    await db.schema.dropTable(table).execute();
}
