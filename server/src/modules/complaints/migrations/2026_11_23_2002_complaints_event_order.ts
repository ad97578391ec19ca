import type { Kysely } from 'kysely';

// Frozen in time: never import application code here.

/** Timeline order within a complaint: steps taken in the same millisecond keep the order they happened in. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('complaints_events')
    .addColumn('seq', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // Daily digest for officers: one row per tenant, account and local day, claimed once.
  await db.schema
    .createTable('complaints_digests')
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('account_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('day', 'varchar(10)', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('complaints_digests_pk', ['tenant_id', 'account_id', 'day'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('complaints_digests').execute();
  await db.schema.alterTable('complaints_events').dropColumn('seq').execute();
}
