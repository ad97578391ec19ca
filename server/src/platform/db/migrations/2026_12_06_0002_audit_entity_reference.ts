import type { Kysely } from 'kysely';

// Frozen in time: this file must never import application code.

/**
 * The human reference of an audited record as it was when the entry was written (a revoked grant's role and
 * person, a removed holiday's name), JSON `{ id, en }`: the audit log names records that no longer exist. Like
 * `actor_name`, it is outside the hash chain (a label, not evidence).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_entries').addColumn('entity_ref', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_entries').dropColumn('entity_ref').execute();
}
