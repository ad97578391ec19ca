import type { Insertable, Selectable } from 'kysely';
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

/** Where each chat (any channel) is in the conversation that files a complaint. */
export interface ChatSessionsTable {
  tenant_id: string;
  channel: string;
  address: string;
  /** `category`: waiting for a category number; `describe`: waiting for the description. */
  step: string;
  category_id: string | null;
  /** JSON array of `{ key, fileName }`: files received, checked and kept in the file store until the complaint. */
  media: string;
  /** A location the chat shared (WhatsApp, Messenger). */
  lat: number | null;
  lng: number | null;
  updated_at: string;
}

declare module '../../../platform/db/schema' {
  interface Database {
    complaints_open311_keys: Open311KeysTable;
    complaints_telegram_config: TelegramConfigTable;
    complaints_chat_sessions: ChatSessionsTable;
  }
}

export type Open311Key = Selectable<Open311KeysTable>;
export type ChatSession = Selectable<ChatSessionsTable>;

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

  // Chat conversations (every chat channel)
  async chatSession(db: DbOrTx, tenantId: string, channel: string, address: string): Promise<ChatSession | undefined> {
    return db
      .selectFrom('complaints_chat_sessions')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('channel', '=', channel)
      .where('address', '=', address)
      .executeTakeFirst();
  },
  async saveChatSession(db: DbOrTx, row: Insertable<ChatSessionsTable>): Promise<void> {
    const { tenant_id: _t, channel: _c, address: _a, ...rest } = row;
    await db
      .insertInto('complaints_chat_sessions')
      .values(row)
      .onConflict((oc) => oc.columns(['tenant_id', 'channel', 'address']).doUpdateSet(rest))
      .execute();
  },
  /** The complaint of this code, only if the chat follows it (filed it, or filed a duplicate merged into it). */
  async followedByChat(db: DbOrTx, tenantId: string, code: string, channel: string, address: string) {
    return db
      .selectFrom('complaints_reports as r')
      .innerJoin('complaints_followers as f', 'f.tenant_id', 'r.tenant_id')
      .select(['r.id', 'r.code', 'r.status', 'r.answer_text', 'r.question', 'r.referral'])
      .where('r.tenant_id', '=', tenantId)
      .where((eb) =>
        eb.or([eb('f.complaint_id', '=', eb.ref('r.id')), eb('f.source_complaint_id', '=', eb.ref('r.id'))]),
      )
      .where('r.code', '=', code)
      .where('f.contact_channel', '=', channel)
      .where('f.contact_address', '=', address)
      .executeTakeFirst();
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
