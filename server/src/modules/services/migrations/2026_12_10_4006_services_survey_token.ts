import type { Kysely } from 'kysely';

// Frozen in time: never import application code here.

/** A request's one-time survey link is looked up by its token (the surveys module's door `surveyVisit`). */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('services_requests_survey_token')
    .on('services_requests')
    .columns(['survey_token'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('services_requests_survey_token').execute();
}
