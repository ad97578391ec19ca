import type { DbOrTx } from '../../../platform/db/database';

/** The reads behind the queue's door for the surveys module: finished visits counted, a visit by its survey link. */
export const surveyVisitsRepo = {
  /** Finished tickets per location in [from, to), for the surveys module's sample-size check. */
  finishedCounts(db: DbOrTx, tenantId: string, fromIso: string, toIso: string) {
    return db
      .selectFrom('service_queue_tickets')
      .select(['location_id', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('tenant_id', '=', tenantId)
      .where('status', '=', 'done')
      .where('finished_at', '>=', fromIso)
      .where('finished_at', '<', toIso)
      .groupBy('location_id')
      .execute();
  },
  /** A finished ticket by its one-time survey token, for the surveys module. */
  ticketBySurveyToken(db: DbOrTx, tenantId: string, token: string) {
    return db
      .selectFrom('service_queue_tickets')
      .select(['id', 'location_id', 'service_id', 'day', 'survey_expires_at'])
      .where('tenant_id', '=', tenantId)
      .where('survey_token', '=', token)
      .where('status', '=', 'done')
      .executeTakeFirst();
  },
};
