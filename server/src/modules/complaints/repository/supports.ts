import { sql } from 'kysely';
import type { DbOrTx } from '../../../platform/db/database';

/** "Saya juga mengalami ini" (migration 2006): one row per supporting account or (hashed) e-mail address. */
export interface SupportsTable {
  id: string;
  tenant_id: string;
  complaint_id: string;
  account_id: string | null;
  /** A keyed hash of the guest's e-mail address; the address itself is never stored. */
  email_key: string | null;
  /** SHA-256 of the guest's confirmation link. */
  token_hash: string | null;
  token_expires_at: string | null;
  mailed_at: string | null;
  created_at: string;
  /** Set when it counts: at once for an account, when the link is opened for a guest. */
  confirmed_at: string | null;
}

declare module '../../../platform/db/schema' {
  interface Database {
    complaints_supports: SupportsTable;
  }
}

export const supportsRepo = {
  /** Adds an account's support, counted at once; false (and nothing changes) when it is already there. */
  async addAccountSupport(
    db: DbOrTx,
    row: { id: string; tenant_id: string; complaint_id: string; account_id: string; at: string },
  ): Promise<boolean> {
    const result = await db
      .insertInto('complaints_supports')
      .values({
        id: row.id,
        tenant_id: row.tenant_id,
        complaint_id: row.complaint_id,
        account_id: row.account_id,
        email_key: null,
        token_hash: null,
        token_expires_at: null,
        mailed_at: null,
        created_at: row.at,
        confirmed_at: row.at,
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'complaint_id', 'account_id']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  },
  async emailSupport(db: DbOrTx, tenantId: string, complaintId: string, emailKey: string) {
    return db
      .selectFrom('complaints_supports')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('complaint_id', '=', complaintId)
      .where('email_key', '=', emailKey)
      .executeTakeFirst();
  },
  /** A guest's pending support, or a new link for it (the earlier link stops working). */
  async savePendingEmailSupport(
    db: DbOrTx,
    row: {
      id: string;
      tenant_id: string;
      complaint_id: string;
      email_key: string;
      token_hash: string;
      token_expires_at: string;
      at: string;
    },
  ): Promise<void> {
    await db
      .insertInto('complaints_supports')
      .values({
        id: row.id,
        tenant_id: row.tenant_id,
        complaint_id: row.complaint_id,
        account_id: null,
        email_key: row.email_key,
        token_hash: row.token_hash,
        token_expires_at: row.token_expires_at,
        mailed_at: row.at,
        created_at: row.at,
        confirmed_at: null,
      })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'complaint_id', 'email_key']).doUpdateSet({
          token_hash: row.token_hash,
          token_expires_at: row.token_expires_at,
          mailed_at: row.at,
        }),
      )
      .execute();
  },
  /** Confirmation mails sent to one address (by its key) since `since`, over all complaints. */
  async mailsSince(db: DbOrTx, tenantId: string, emailKey: string, since: string): Promise<number> {
    const row = await db
      .selectFrom('complaints_supports')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('tenant_id', '=', tenantId)
      .where('email_key', '=', emailKey)
      .where('mailed_at', '>', since)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },
  async byTokenHash(db: DbOrTx, tenantId: string, tokenHash: string) {
    return db
      .selectFrom('complaints_supports')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
  },
  /** Counts a pending support once; a second confirmation changes nothing. */
  async confirm(db: DbOrTx, tenantId: string, id: string, at: string): Promise<boolean> {
    const result = await db
      .updateTable('complaints_supports')
      .set({ confirmed_at: at })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('confirmed_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },
  async hasAccountSupport(db: DbOrTx, tenantId: string, complaintId: string, accountId: string): Promise<boolean> {
    const row = await db
      .selectFrom('complaints_supports')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('complaint_id', '=', complaintId)
      .where('account_id', '=', accountId)
      .executeTakeFirst();
    return Boolean(row);
  },
  /** Confirmed supports of each of `complaintIds` (a list page's or one complaint's); absent ids have none. */
  async supportCounts(db: DbOrTx, tenantId: string, complaintIds: readonly string[]): Promise<Map<string, number>> {
    if (!complaintIds.length) return new Map();
    const rows = await db
      .selectFrom('complaints_supports')
      .select(['complaint_id', sql<number>`count(*)`.as('n')])
      .where('tenant_id', '=', tenantId)
      .where('complaint_id', 'in', [...complaintIds])
      .where('confirmed_at', 'is not', null)
      .groupBy('complaint_id')
      .execute();
    return new Map(rows.map((r) => [r.complaint_id, Number(r.n)]));
  },
};
