import type { Insertable } from 'kysely';
import type { DbOrTx } from '../../db/database';
import type { MessagingMetaConfigTable, MetaConfigRow } from '../tables';

/** Only this file queries `messaging_meta_config` (a tenant's Meta app, WhatsApp number, page and Instagram account). */
export const metaRepo = {
  async config(db: DbOrTx, tenantId: string): Promise<MetaConfigRow | undefined> {
    return db.selectFrom('messaging_meta_config').selectAll().where('tenant_id', '=', tenantId).executeTakeFirst();
  },

  async save(db: DbOrTx, row: Insertable<MessagingMetaConfigTable>): Promise<void> {
    const { tenant_id: _t, ...rest } = row;
    await db
      .insertInto('messaging_meta_config')
      .values(row)
      .onConflict((oc) => oc.column('tenant_id').doUpdateSet(rest))
      .execute();
  },
};
