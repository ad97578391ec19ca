import type { Kysely } from 'kysely';

// Frozen in time: never import application code here.

/**
 * A tenant's own question is deactivated rather than deleted: it leaves the forms, but the answers already given keep
 * its text in the comments and their download.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('surveys_questions')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('surveys_questions').dropColumn('active').execute();
}
