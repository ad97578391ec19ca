import type { Kysely } from 'kysely';

// Frozen in time: never import application code here.

/**
 * "Saya juga mengalami ini" (me too) on a published complaint: one row per supporting account or e-mail address.
 * A guest's row counts once its e-mail is confirmed through a link (`confirmed_at`); the address itself is never
 * stored, only a keyed hash (`email_key`), and the link only as a SHA-256 (`token_hash`).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('complaints_supports')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('complaint_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('account_id', 'varchar(36)')
    .addColumn('email_key', 'varchar(64)')
    .addColumn('token_hash', 'varchar(64)')
    .addColumn('token_expires_at', 'timestamptz')
    .addColumn('mailed_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('confirmed_at', 'timestamptz')
    .execute();
  // One support per account and per address on a complaint; several nulls are allowed on both dialects.
  await db.schema
    .createIndex('complaints_supports_account')
    .on('complaints_supports')
    .columns(['tenant_id', 'complaint_id', 'account_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('complaints_supports_email')
    .on('complaints_supports')
    .columns(['tenant_id', 'complaint_id', 'email_key'])
    .unique()
    .execute();
  // The confirmation link, and the per-address limit on confirmation mails across complaints.
  await db.schema
    .createIndex('complaints_supports_token')
    .on('complaints_supports')
    .columns(['tenant_id', 'token_hash'])
    .execute();
  await db.schema
    .createIndex('complaints_supports_mailed')
    .on('complaints_supports')
    .columns(['tenant_id', 'email_key', 'mailed_at'])
    .execute();
  // The count: confirmed rows of a complaint (or of a page of complaints).
  await db.schema
    .createIndex('complaints_supports_count')
    .on('complaints_supports')
    .columns(['tenant_id', 'complaint_id', 'confirmed_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('complaints_supports').execute();
}
