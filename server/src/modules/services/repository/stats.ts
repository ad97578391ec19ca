import type { DbOrTx } from '../../../platform/db/database';

/** One request as the statistics count it: when it came and finished, how long it took against its standard. */
export interface StatsRow {
  service_id: string;
  unit_id: string;
  status: string;
  submitted_at: string | null;
  completed_at: string | null;
  working_days: number | null;
  refusal_reason: string | null;
  duration_days: number | null;
}

/** The statistics' reads: requests received or finished in a period (instants, [from, to)). */
export const statsRepo = {
  async rows(
    db: DbOrTx,
    tenantId: string,
    from: string,
    to: string,
    filter: { unitId?: string; serviceId?: string },
  ): Promise<{ received: StatsRow[]; finished: StatsRow[] }> {
    const base = () => {
      let query = db
        .selectFrom('services_requests')
        .innerJoin('services_standards', 'services_standards.id', 'services_requests.standard_id')
        .select([
          'services_requests.service_id',
          'services_requests.unit_id',
          'services_requests.status',
          'services_requests.submitted_at',
          'services_requests.completed_at',
          'services_requests.working_days',
          'services_requests.refusal_reason',
          'services_standards.duration_days',
        ])
        .where('services_requests.tenant_id', '=', tenantId);
      if (filter.unitId) query = query.where('services_requests.unit_id', '=', filter.unitId);
      if (filter.serviceId) query = query.where('services_requests.service_id', '=', filter.serviceId);
      return query;
    };
    const [received, finished] = await Promise.all([
      base()
        .where('services_requests.submitted_at', '>=', from)
        .where('services_requests.submitted_at', '<', to)
        .execute(),
      base()
        .where('services_requests.status', 'in', ['done', 'refused'])
        .where('services_requests.completed_at', '>=', from)
        .where('services_requests.completed_at', '<', to)
        .execute(),
    ]);
    return { received, finished };
  },
  /** The years in which the tenant received requests, ascending. */
  async years(db: DbOrTx, tenantId: string): Promise<{ first: string | null }> {
    const row = await db
      .selectFrom('services_requests')
      .select((eb) => eb.fn.min('submitted_at').as('first'))
      .where('tenant_id', '=', tenantId)
      .executeTakeFirst();
    return { first: (row?.first as string | null | undefined) ?? null };
  },
};
