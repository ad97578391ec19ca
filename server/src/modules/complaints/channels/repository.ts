import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DbOrTx } from '../../../platform/db/database';
import type { ReportsTable } from '../repository';

/** Only this file touches Kysely for the complaint channels; it holds no business rules. */

export interface Open311KeysTable {
  id: string;
  tenant_id: string;
  name: string;
  prefix: string;
  key_hash: string;
  created_at: string;
  created_by: string | null;
  revoked_at: string | null;
  revoked_by: string | null;
  last_used_at: string | null;
}

export interface TelegramConfigTable {
  tenant_id: string;
  bot_token: string;
  secret_hash: string;
  updated_at: string;
  updated_by: string | null;
}

export interface TelegramChatsTable {
  tenant_id: string;
  chat_id: string;
  /** `category`: waiting for a category number; `describe`: waiting for the description. */
  step: string;
  category_id: string | null;
  /** JSON array of Telegram file ids of photos sent before the description. */
  photo_file_ids: string;
  updated_at: string;
}

export interface TelegramUpdatesTable {
  tenant_id: string;
  update_id: string;
  received_at: string;
}

export interface TelegramOutboxTable {
  id: string;
  tenant_id: string;
  chat_id: string;
  text: string;
  status: string;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

declare module '../../../platform/db/schema' {
  interface Database {
    complaints_open311_keys: Open311KeysTable;
    complaints_telegram_config: TelegramConfigTable;
    complaints_telegram_chats: TelegramChatsTable;
    complaints_telegram_updates: TelegramUpdatesTable;
    complaints_telegram_outbox: TelegramOutboxTable;
  }
}

export type Open311Key = Selectable<Open311KeysTable>;
export type TelegramChat = Selectable<TelegramChatsTable>;
export type TelegramOutboxRow = Selectable<TelegramOutboxTable>;

/**
 * The columns of a complaint that an Open311 answer may carry. The reporter's columns are not in this list, so
 * no Open311 answer can contain them whatever the presenter does.
 */
const OPEN311_COLUMNS = [
  'id',
  'code',
  'category_id',
  'description',
  'status',
  'privacy',
  'address',
  'lat',
  'lng',
  'unit_id',
  'received_at',
  'updated_at',
  'verification_due_at',
  'answer_due_at',
  'answer_text',
  'referral',
  'archive_reason',
  'question',
] as const;
export type Open311Row = Pick<Selectable<ReportsTable>, (typeof OPEN311_COLUMNS)[number]>;

export interface Open311Filter {
  codes?: string[];
  categoryId?: string;
  statuses?: readonly string[];
  from?: string;
  to?: string;
  limit: number;
}

export const channelsRepo = {
  // Open311 keys
  async insertKey(db: DbOrTx, row: Insertable<Open311KeysTable>): Promise<void> {
    await db.insertInto('complaints_open311_keys').values(row).execute();
  },
  async keys(db: DbOrTx, tenantId: string): Promise<Open311Key[]> {
    return db
      .selectFrom('complaints_open311_keys')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .orderBy('created_at', 'desc')
      .execute();
  },
  async key(db: DbOrTx, tenantId: string, id: string): Promise<Open311Key | undefined> {
    return db
      .selectFrom('complaints_open311_keys')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  },
  async keyByHash(db: DbOrTx, hash: string): Promise<Open311Key | undefined> {
    return db.selectFrom('complaints_open311_keys').selectAll().where('key_hash', '=', hash).executeTakeFirst();
  },
  async revokeKey(db: DbOrTx, tenantId: string, id: string, at: string, by: string | null): Promise<boolean> {
    const result = await db
      .updateTable('complaints_open311_keys')
      .set({ revoked_at: at, revoked_by: by })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },
  async touchKey(db: DbOrTx, id: string, at: string): Promise<void> {
    await db.updateTable('complaints_open311_keys').set({ last_used_at: at }).where('id', '=', id).execute();
  },

  // Open311 reads of complaints: never rahasia, never the reporter's columns.
  async open311Requests(db: DbOrTx, tenantId: string, filter: Open311Filter): Promise<Open311Row[]> {
    let q = db
      .selectFrom('complaints_reports')
      .select(OPEN311_COLUMNS)
      .where('tenant_id', '=', tenantId)
      .where('privacy', '<>', 'rahasia');
    if (filter.codes) q = q.where('code', 'in', filter.codes);
    if (filter.categoryId) q = q.where('category_id', '=', filter.categoryId);
    if (filter.statuses) q = q.where('status', 'in', [...filter.statuses]);
    if (filter.from) q = q.where('received_at', '>=', filter.from);
    if (filter.to) q = q.where('received_at', '<=', filter.to);
    return q.orderBy('received_at', 'desc').orderBy('id', 'desc').limit(filter.limit).execute();
  },
  async open311RequestById(db: DbOrTx, tenantId: string, id: string): Promise<Open311Row | undefined> {
    return db
      .selectFrom('complaints_reports')
      .select(OPEN311_COLUMNS)
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('privacy', '<>', 'rahasia')
      .executeTakeFirst();
  },

  // Telegram
  async telegramConfig(db: DbOrTx, tenantId: string) {
    return db.selectFrom('complaints_telegram_config').selectAll().where('tenant_id', '=', tenantId).executeTakeFirst();
  },
  async saveTelegramConfig(db: DbOrTx, row: Insertable<TelegramConfigTable>): Promise<void> {
    const { tenant_id: _t, ...rest } = row;
    await db
      .insertInto('complaints_telegram_config')
      .values(row)
      .onConflict((oc) => oc.column('tenant_id').doUpdateSet(rest))
      .execute();
  },
  async deleteTelegramConfig(db: DbOrTx, tenantId: string): Promise<boolean> {
    const result = await db
      .deleteFrom('complaints_telegram_config')
      .where('tenant_id', '=', tenantId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  },
  /** Records an update id; false when it was already there (a repeated delivery). */
  async claimUpdate(db: DbOrTx, tenantId: string, updateId: string, at: string): Promise<boolean> {
    const result = await db
      .insertInto('complaints_telegram_updates')
      .values({ tenant_id: tenantId, update_id: updateId, received_at: at })
      .onConflict((oc) => oc.columns(['tenant_id', 'update_id']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  },
  async releaseUpdate(db: DbOrTx, tenantId: string, updateId: string): Promise<void> {
    await db
      .deleteFrom('complaints_telegram_updates')
      .where('tenant_id', '=', tenantId)
      .where('update_id', '=', updateId)
      .execute();
  },
  async chat(db: DbOrTx, tenantId: string, chatId: string): Promise<TelegramChat | undefined> {
    return db
      .selectFrom('complaints_telegram_chats')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('chat_id', '=', chatId)
      .executeTakeFirst();
  },
  async saveChat(db: DbOrTx, row: Insertable<TelegramChatsTable>): Promise<void> {
    const { tenant_id: _t, chat_id: _c, ...rest } = row;
    await db
      .insertInto('complaints_telegram_chats')
      .values(row)
      .onConflict((oc) => oc.columns(['tenant_id', 'chat_id']).doUpdateSet(rest))
      .execute();
  },
  async enqueueTelegram(db: DbOrTx, row: Insertable<TelegramOutboxTable>): Promise<void> {
    await db.insertInto('complaints_telegram_outbox').values(row).execute();
  },
  async dueTelegram(db: DbOrTx, now: string, limit: number): Promise<TelegramOutboxRow[]> {
    return db
      .selectFrom('complaints_telegram_outbox')
      .selectAll()
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', now)
      .orderBy('next_attempt_at')
      .orderBy('id')
      .limit(limit)
      .execute();
  },
  /** A claim with a conditional update: of two nodes, one sends. */
  async claimTelegram(db: DbOrTx, id: string, attempts: number): Promise<boolean> {
    const result = await db
      .updateTable('complaints_telegram_outbox')
      .set({ status: 'sending', attempts: attempts + 1 })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .where('attempts', '=', attempts)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },
  async updateTelegram(db: DbOrTx, id: string, set: Updateable<TelegramOutboxTable>): Promise<void> {
    await db.updateTable('complaints_telegram_outbox').set(set).where('id', '=', id).execute();
  },
  async telegramOutbox(db: DbOrTx, tenantId: string, chatId?: string): Promise<TelegramOutboxRow[]> {
    let q = db.selectFrom('complaints_telegram_outbox').selectAll().where('tenant_id', '=', tenantId);
    if (chatId) q = q.where('chat_id', '=', chatId);
    return q.orderBy('created_at').orderBy('id').execute();
  },

  // Open311 media

  /** The first image of each public (not anonim, not rahasia) complaint among `complaintIds`. */
  async publicImages(db: DbOrTx, tenantId: string, complaintIds: string[]) {
    if (!complaintIds.length) return [];
    return db
      .selectFrom('complaints_attachments as a')
      .innerJoin('complaints_reports as r', (j) =>
        j.onRef('r.id', '=', 'a.complaint_id').onRef('r.tenant_id', '=', 'a.tenant_id'),
      )
      .select(['a.id', 'a.complaint_id'])
      .where('a.tenant_id', '=', tenantId)
      .where('a.complaint_id', 'in', complaintIds)
      .where('r.privacy', '=', 'public')
      .where('a.mime', 'like', 'image/%')
      .orderBy('a.created_at')
      .orderBy('a.id')
      .execute();
  },
  /** One image of a public complaint, for its Open311 media_url. */
  async publicImage(db: DbOrTx, tenantId: string, attachmentId: string) {
    return db
      .selectFrom('complaints_attachments as a')
      .innerJoin('complaints_reports as r', (j) =>
        j.onRef('r.id', '=', 'a.complaint_id').onRef('r.tenant_id', '=', 'a.tenant_id'),
      )
      .select(['a.id', 'a.mime', 'a.storage_key', 'a.file_name'])
      .where('a.tenant_id', '=', tenantId)
      .where('a.id', '=', attachmentId)
      .where('r.privacy', '=', 'public')
      .where('a.mime', 'like', 'image/%')
      .executeTakeFirst();
  },
};
