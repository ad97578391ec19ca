import type { DbOrTx } from '../../../platform/db/database';

/** Every comment (or extra answer) of a unit's period, for the staff's download: the same rows as the paged list. */
export const commentsRepo = {
  forExport(db: DbOrTx, tenantId: string, filter: { unitId: string; period: string; channel?: string }, limit: number) {
    let query = db
      .selectFrom('surveys_responses')
      .select(['created_day', 'service_name', 'channel', 'comment', 'extra'])
      .where('tenant_id', '=', tenantId)
      .where('unit_id', '=', filter.unitId)
      .where('period', '=', filter.period)
      .where((eb) => eb.or([eb('comment', '<>', ''), eb('extra', '<>', '{}')]));
    if (filter.channel) query = query.where('channel', '=', filter.channel);
    return query.orderBy('created_day', 'desc').orderBy('id').limit(limit).execute();
  },
};
