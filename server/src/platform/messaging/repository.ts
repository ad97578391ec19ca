import { type Insertable, sql, type Updateable } from 'kysely';
import type { DbOrTx, Dialect } from '../db/database';
import { insertRows } from '../db/insert-rows';
import type { ContactRow, MessagingOutboxTable, OutboxRow } from './tables';

/** Only this file (and `meta/repository.ts` for Meta's settings) queries the messaging tables; no rules here. */
export const messagingRepo = {
  async enqueue(db: DbOrTx, rows: ReadonlyArray<Insertable<MessagingOutboxTable>>): Promise<void> {
    if (rows.length) await insertRows(db, 'messaging_outbox', rows as Insertable<MessagingOutboxTable>[]);
  },

  /**
   * Marks up to `limit` due rows as being sent (one more attempt each, and a lease until `leaseUntil`) and returns
   * them in queue order. Due: pending and past its time, or `sending` whose lease is over (its node died); and the
   * oldest unsent message of its chat, so that a chat's messages go one after the other even when two nodes
   * deliver at once. One statement, so two nodes never claim one row; PostgreSQL skips rows another node is claiming.
   */
  async claimDue(db: DbOrTx, dialect: Dialect, now: string, leaseUntil: string, limit: number): Promise<OutboxRow[]> {
    let due = db
      .selectFrom('messaging_outbox as o')
      .select('o.id')
      .where('o.status', 'in', ['pending', 'sending'])
      .where('o.next_attempt_at', '<=', now)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('messaging_outbox as e')
              .select('e.id')
              .whereRef('e.tenant_id', '=', 'o.tenant_id')
              .whereRef('e.channel', '=', 'o.channel')
              .whereRef('e.address', '=', 'o.address')
              .whereRef('e.id', '<', 'o.id')
              .where('e.status', 'in', ['pending', 'sending']),
          ),
        ),
      )
      .orderBy('o.next_attempt_at')
      .orderBy('o.id')
      .limit(limit);
    if (dialect === 'postgres') due = due.forUpdate().skipLocked();
    const rows = await db
      .updateTable('messaging_outbox')
      .set((eb) => ({ status: 'sending', attempts: eb('attempts', '+', 1), next_attempt_at: leaseUntil }))
      .where('id', 'in', due)
      .where('status', 'in', ['pending', 'sending'])
      .where('next_attempt_at', '<=', now)
      .returningAll()
      .execute();
    return rows.sort((a, b) => a.id.localeCompare(b.id));
  },
  async update(db: DbOrTx, ids: readonly string[], set: Updateable<MessagingOutboxTable>): Promise<void> {
    if (ids.length)
      await db
        .updateTable('messaging_outbox')
        .set(set)
        .where('id', 'in', [...ids])
        .execute();
  },
  async outbox(
    db: DbOrTx,
    tenantId: string,
    filter: { channel?: string; address?: string } = {},
  ): Promise<OutboxRow[]> {
    let q = db.selectFrom('messaging_outbox').selectAll().where('tenant_id', '=', tenantId);
    if (filter.channel) q = q.where('channel', '=', filter.channel);
    if (filter.address) q = q.where('address', '=', filter.address);
    return q.orderBy('id').execute();
  },

  // Contacts
  async contact(db: DbOrTx, tenantId: string, channel: string, address: string): Promise<ContactRow | undefined> {
    return db
      .selectFrom('messaging_contacts')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('channel', '=', channel)
      .where('address', '=', address)
      .executeTakeFirst();
  },
  async contactsOf(db: DbOrTx, tenantId: string, pairs: ReadonlyArray<{ channel: string; address: string }>) {
    if (!pairs.length) return [];
    return db
      .selectFrom('messaging_contacts')
      .select(['channel', 'address', 'last_inbound_at', 'opted_out_at'])
      .where('tenant_id', '=', tenantId)
      .where((eb) => eb.or(pairs.map((p) => eb.and([eb('channel', '=', p.channel), eb('address', '=', p.address)]))))
      .execute();
  },
  async accountContacts(db: DbOrTx, tenantId: string, accountId: string): Promise<ContactRow[]> {
    return db
      .selectFrom('messaging_contacts')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('account_id', '=', accountId)
      .orderBy('linked_at')
      .execute();
  },
  /**
   * Records a message from a chat: the contact is made or updated (its name, its last inbound time, which opens the
   * 24-hour window) and its rate window counted in one statement, so that two nodes count one flood together.
   * Returns the messages counted in the current window.
   */
  async touchInbound(
    db: DbOrTx,
    row: { tenant_id: string; channel: string; address: string; name: string | null },
    now: string,
    windowStart: string,
  ): Promise<ContactRow> {
    const inserted = await db
      .insertInto('messaging_contacts')
      .values({
        ...row,
        account_id: null,
        linked_at: null,
        last_inbound_at: now,
        opted_out_at: null,
        rate_window_start: now,
        rate_count: 1,
        updated_at: now,
      })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'channel', 'address']).doUpdateSet({
          name: sql`coalesce(excluded.name, messaging_contacts.name)`,
          last_inbound_at: now,
          updated_at: now,
          rate_count: sql`case when messaging_contacts.rate_window_start is null or messaging_contacts.rate_window_start < ${windowStart} then 1 else messaging_contacts.rate_count + 1 end`,
          rate_window_start: sql`case when messaging_contacts.rate_window_start is null or messaging_contacts.rate_window_start < ${windowStart} then ${now} else messaging_contacts.rate_window_start end`,
        }),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
    return inserted;
  },
  async setContact(
    db: DbOrTx,
    key: { tenantId: string; channel: string; address: string },
    set: Partial<Pick<ContactRow, 'account_id' | 'linked_at' | 'opted_out_at' | 'updated_at'>>,
  ): Promise<void> {
    await db
      .updateTable('messaging_contacts')
      .set(set)
      .where('tenant_id', '=', key.tenantId)
      .where('channel', '=', key.channel)
      .where('address', '=', key.address)
      .execute();
  },
  async unlinkAccount(db: DbOrTx, tenantId: string, accountId: string, channel: string, at: string): Promise<number> {
    const result = await db
      .updateTable('messaging_contacts')
      .set({ account_id: null, linked_at: null, updated_at: at })
      .where('tenant_id', '=', tenantId)
      .where('account_id', '=', accountId)
      .where('channel', '=', channel)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  },

  /** Each account's e-mail, locale, chosen channel and the usable chat on that channel (linked, not opted out). */
  async routes(db: DbOrTx, tenantId: string, accountIds: readonly string[]) {
    if (!accountIds.length) return [];
    return db
      .selectFrom('accounts as a')
      .leftJoin('messaging_preferences as p', (j) =>
        j.onRef('p.account_id', '=', 'a.id').on('p.tenant_id', '=', tenantId),
      )
      .leftJoin('messaging_contacts as c', (j) =>
        j
          .onRef('c.account_id', '=', 'a.id')
          .onRef('c.channel', '=', 'p.channel')
          .on('c.tenant_id', '=', tenantId)
          .on('c.opted_out_at', 'is', null),
      )
      .select(['a.id', 'a.email', 'a.locale', 'p.channel', 'p.enabled', 'c.address'])
      .where('a.id', 'in', [...new Set(accountIds)])
      .execute();
  },
  async preference(db: DbOrTx, tenantId: string, accountId: string) {
    return db
      .selectFrom('messaging_preferences')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('account_id', '=', accountId)
      .executeTakeFirst();
  },
  async savePreference(
    db: DbOrTx,
    row: { tenant_id: string; account_id: string; channel: string; enabled: number; updated_at: string },
  ): Promise<void> {
    const { tenant_id: _t, account_id: _a, ...rest } = row;
    await db
      .insertInto('messaging_preferences')
      .values(row)
      .onConflict((oc) => oc.columns(['tenant_id', 'account_id']).doUpdateSet(rest))
      .execute();
  },

  // Link codes
  async insertLinkCode(
    db: DbOrTx,
    row: { tenant_id: string; code: string; account_id: string; expires_at: string },
  ): Promise<boolean> {
    const result = await db
      .insertInto('messaging_link_codes')
      .values(row)
      .onConflict((oc) => oc.columns(['tenant_id', 'code']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  },
  async deleteLinkCodes(db: DbOrTx, tenantId: string, where: { accountId?: string; expiredBefore?: string }) {
    let q = db.deleteFrom('messaging_link_codes').where('tenant_id', '=', tenantId);
    if (where.accountId) q = q.where('account_id', '=', where.accountId);
    if (where.expiredBefore) q = q.where('expires_at', '<', where.expiredBefore);
    await q.execute();
  },
  /** Takes a code (it works once): its account, or undefined when unknown or expired. */
  async takeLinkCode(db: DbOrTx, tenantId: string, code: string, now: string): Promise<string | undefined> {
    const row = await db
      .deleteFrom('messaging_link_codes')
      .where('tenant_id', '=', tenantId)
      .where('code', '=', code)
      .returning(['account_id', 'expires_at'])
      .executeTakeFirst();
    return row && row.expires_at > now ? row.account_id : undefined;
  },

  // Webhook deliveries
  async claimInbound(db: DbOrTx, tenantId: string, messageId: string, at: string): Promise<boolean> {
    const result = await db
      .insertInto('messaging_inbound')
      .values({ tenant_id: tenantId, message_id: messageId, received_at: at })
      .onConflict((oc) => oc.columns(['tenant_id', 'message_id']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  },
  async releaseInbound(db: DbOrTx, tenantId: string, messageId: string): Promise<void> {
    await db
      .deleteFrom('messaging_inbound')
      .where('tenant_id', '=', tenantId)
      .where('message_id', '=', messageId)
      .execute();
  },

  /** The tenant's WhatsApp template per notice where it differs from the default (Meta's settings, JSON). */
  async templates(db: DbOrTx, tenantId: string): Promise<string | undefined> {
    const row = await db
      .selectFrom('messaging_meta_config')
      .select('templates')
      .where('tenant_id', '=', tenantId)
      .executeTakeFirst();
    return row?.templates;
  },
};
