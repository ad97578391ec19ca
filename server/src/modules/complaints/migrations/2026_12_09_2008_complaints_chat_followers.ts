import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.

/**
 * Chat channels through the platform's messaging layer (`2026_12_09_0003_messaging` runs first):
 * - a follower's chat is `contact_channel` + `contact_address` (Telegram chat id, WhatsApp phone, Messenger PSID,
 *   Instagram IGSID); `telegram_chat_id` moves there and goes;
 * - the conversation that files a complaint keeps its state per (tenant, channel, address) in
 *   `complaints_chat_sessions` (was `complaints_telegram_chats`; photos waiting there were Telegram file ids, which
 *   the new conversation cannot fetch: an unfinished conversation keeps its category and loses only those);
 * - the Telegram outbox's unsent rows move to `messaging_outbox` (kind `reply`), and the Telegram outbox and its
 *   update ids (the layer dedupes deliveries in `messaging_inbound`) go.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('complaints_followers').addColumn('contact_channel', 'varchar(12)').execute();
  await db.schema.alterTable('complaints_followers').addColumn('contact_address', 'varchar(120)').execute();
  await db
    .updateTable('complaints_followers')
    .set({ contact_channel: 'telegram', contact_address: sql`telegram_chat_id` })
    .where('telegram_chat_id', 'is not', null)
    .execute();
  await db.schema.alterTable('complaints_followers').dropColumn('telegram_chat_id').execute();
  // "Which complaints does this chat follow?" (status replies).
  await db.schema
    .createIndex('complaints_followers_contact')
    .on('complaints_followers')
    .columns(['tenant_id', 'contact_channel', 'contact_address'])
    .execute();

  await db.schema
    .createTable('complaints_chat_sessions')
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('channel', 'varchar(12)', (c) => c.notNull())
    .addColumn('address', 'varchar(120)', (c) => c.notNull())
    .addColumn('step', 'varchar(20)', (c) => c.notNull())
    .addColumn('category_id', 'varchar(36)')
    // JSON array of `{ key, fileName }`: files fetched and checked, kept in the file store until the complaint.
    .addColumn('media', 'text', (c) => c.notNull())
    .addColumn('lat', 'double precision')
    .addColumn('lng', 'double precision')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('complaints_chat_sessions_pk', ['tenant_id', 'channel', 'address'])
    .execute();
  const chats: Array<{
    tenant_id: string;
    chat_id: string;
    step: string;
    category_id: string | null;
    updated_at: string;
  }> = await db
    .selectFrom('complaints_telegram_chats')
    .select(['tenant_id', 'chat_id', 'step', 'category_id', 'updated_at'])
    .execute();
  for (const chat of chats)
    await db
      .insertInto('complaints_chat_sessions')
      .values({
        tenant_id: chat.tenant_id,
        channel: 'telegram',
        address: chat.chat_id,
        step: chat.step,
        category_id: chat.category_id,
        media: '[]',
        lat: null,
        lng: null,
        updated_at: chat.updated_at,
      })
      .execute();
  await db.schema.dropTable('complaints_telegram_chats').execute();

  const unsent: Array<{
    id: string;
    tenant_id: string;
    chat_id: string;
    text: string;
    attempts: number;
    next_attempt_at: string;
    created_at: string;
  }> = await db
    .selectFrom('complaints_telegram_outbox')
    .select(['id', 'tenant_id', 'chat_id', 'text', 'attempts', 'next_attempt_at', 'created_at'])
    .where('status', 'in', ['pending', 'sending'])
    .orderBy('id')
    .execute();
  for (const row of unsent)
    await db
      .insertInto('messaging_outbox')
      .values({
        id: row.id,
        tenant_id: row.tenant_id,
        channel: 'telegram',
        address: row.chat_id,
        kind: 'reply',
        text: row.text,
        template_name: null,
        template_language: null,
        template_params: null,
        // A row caught `sending` by the upgrade was never confirmed sent: it goes again.
        status: 'pending',
        attempts: row.attempts,
        next_attempt_at: row.next_attempt_at,
        last_error: null,
        created_at: row.created_at,
        sent_at: null,
      })
      .execute();
  await db.schema.dropTable('complaints_telegram_outbox').execute();
  await db.schema.dropTable('complaints_telegram_updates').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
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
  await db.schema.dropTable('complaints_chat_sessions').execute();
  await db.schema.dropIndex('complaints_followers_contact').execute();
  await db.schema.alterTable('complaints_followers').addColumn('telegram_chat_id', 'varchar(40)').execute();
  await db
    .updateTable('complaints_followers')
    .set({ telegram_chat_id: sql`contact_address` })
    .where('contact_channel', '=', 'telegram')
    .execute();
  await db.schema.alterTable('complaints_followers').dropColumn('contact_channel').execute();
  await db.schema.alterTable('complaints_followers').dropColumn('contact_address').execute();
}
