import type { Kysely } from 'kysely';

// Frozen in time: never import application code here.

/**
 * A finished ticket's one-time survey link is looked up by its token (the surveys module's door `surveyVisit`):
 * without this index each answer read every ticket of the tenant.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('service_queue_tickets_survey_token')
    .on('service_queue_tickets')
    .columns(['tenant_id', 'survey_token'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('service_queue_tickets_survey_token').execute();
}
