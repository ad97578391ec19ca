import { type SelectQueryBuilder, sql } from 'kysely';
import type { DbOrTx } from '../../../platform/db/database';
import type { Database } from '../../../platform/db/schema';
import type { PlansTable, ReportsTable } from './tables';

/** One line of a review inbox (`performanceRepo.inbox`). */
export interface InboxRow {
  kind: 'plan' | 'report' | 'annual';
  id: string;
  employee_id: string;
  year: number;
  period_index: number | null;
  /** The report's year's period kind (null for plans and annual results, or a year not opened). */
  period_kind: string | null;
  status: string;
  /** Submitted (plan, report), rated (annual waiting for confirmation) or objected. */
  at: string | null;
  due_at: string | null;
  /** Annual results: who rated. */
  appraiser_id: string | null;
}

/** What waits for an appraiser or a confirmer (the review inbox and the reminders). */
export const inboxRepo = {
  /**
   * Submitted plans or reports waiting for these appraisers, or (acting for a vacant head post) in these units.
   * Through the (appraiser_id, status) and (unit_id, status) indexes alone; the tenant is checked on the rows.
   */
  async waitingFor<T extends 'performance_plans' | 'performance_reports'>(
    db: DbOrTx,
    table: T,
    tenantId: string,
    appraiserIds: string[],
    unitIds: string[],
  ) {
    const [byAppraiser, byUnit] = await Promise.all([
      appraiserIds.length
        ? db
            .selectFrom(table as 'performance_reports')
            .selectAll()
            .where('appraiser_id', 'in', appraiserIds)
            .where('status', '=', 'submitted')
            .execute()
        : [],
      unitIds.length
        ? db
            .selectFrom(table as 'performance_reports')
            .selectAll()
            .where('unit_id', 'in', unitIds)
            .where('status', '=', 'submitted')
            .execute()
        : [],
    ]);
    const rows = new Map([...byAppraiser, ...byUnit].filter((r) => r.tenant_id === tenantId).map((r) => [r.id, r]));
    return [...rows.values()] as unknown as Array<T extends 'performance_plans' ? PlansTable : ReportsTable>;
  },
  /** Annual results waiting for confirmation or an objection decision by the superior of these appraisers. */
  async annualsWaiting(db: DbOrTx, tenantId: string, appraiserIds: string[], appraiserUnitIds: string[]) {
    const status = ['rated', 'objected'];
    const [byAppraiser, byUnit] = await Promise.all([
      appraiserIds.length
        ? db
            .selectFrom('performance_annuals')
            .selectAll()
            .where('appraiser_id', 'in', appraiserIds)
            .where('status', 'in', status)
            .execute()
        : [],
      appraiserUnitIds.length
        ? db
            .selectFrom('performance_annuals')
            .selectAll()
            .where('appraiser_unit_id', 'in', appraiserUnitIds)
            .where('status', 'in', status)
            .execute()
        : [],
    ]);
    return [
      ...new Map([...byAppraiser, ...byUnit].filter((r) => r.tenant_id === tenantId).map((r) => [r.id, r])).values(),
    ];
  },
  /**
   * Everything waiting in one review inbox, in one statement: plans and reports submitted to `appraiserIds` or
   * in `unitIds` (acting for a vacant head post), annual results rated by `confirmFor` or in `appraiserUnitIds`
   * (to confirm, or an objection to decide). One UNION ALL branch per list and table, each a plain `IN` on the
   * (appraiser_id, status), (unit_id, status) or (appraiser_unit_id, status) index: an `OR` of the lists, or the
   * tenant in the condition, makes SQLite pick the (tenant_id, status) index and walk the whole tenant instead.
   * The tenant is checked on the rows, and a row found by two lists is kept once. A report carries its year's
   * period kind.
   */
  async inbox(
    db: DbOrTx,
    tenantId: string,
    lists: { appraiserIds: string[]; unitIds: string[]; confirmFor: string[]; appraiserUnitIds: string[] },
  ): Promise<InboxRow[]> {
    type Branch = SelectQueryBuilder<Database, keyof Database, InboxRow & { tenant_id: string }>;
    const branches: Branch[] = [];
    const reports = (column: 'appraiser_id' | 'unit_id', ids: string[]) =>
      db
        .selectFrom('performance_reports')
        .leftJoin('performance_years', (j) =>
          j
            .onRef('performance_years.tenant_id', '=', 'performance_reports.tenant_id')
            .onRef('performance_years.year', '=', 'performance_reports.year'),
        )
        .select([
          sql<InboxRow['kind']>`'report'`.as('kind'),
          'performance_reports.id as id',
          'performance_reports.tenant_id as tenant_id',
          'performance_reports.employee_id as employee_id',
          'performance_reports.year as year',
          'performance_reports.period_index as period_index',
          'performance_years.period_kind as period_kind',
          'performance_reports.status as status',
          'performance_reports.submitted_at as at',
          'performance_reports.review_due_at as due_at',
          sql<string | null>`null`.as('appraiser_id'),
        ])
        .where(`performance_reports.${column}`, 'in', ids)
        .where('performance_reports.status', '=', 'submitted') as unknown as Branch;
    const plans = (column: 'appraiser_id' | 'unit_id', ids: string[]) =>
      db
        .selectFrom('performance_plans')
        .select([
          sql<InboxRow['kind']>`'plan'`.as('kind'),
          'id',
          'tenant_id',
          'employee_id',
          'year',
          sql<number | null>`null`.as('period_index'),
          sql<string | null>`null`.as('period_kind'),
          'status',
          'submitted_at as at',
          sql<string | null>`null`.as('due_at'),
          sql<string | null>`null`.as('appraiser_id'),
        ])
        .where(column, 'in', ids)
        .where('status', '=', 'submitted') as unknown as Branch;
    const annuals = (column: 'appraiser_id' | 'appraiser_unit_id', ids: string[]) =>
      db
        .selectFrom('performance_annuals')
        .select([
          sql<InboxRow['kind']>`'annual'`.as('kind'),
          'id',
          'tenant_id',
          'employee_id',
          'year',
          sql<number | null>`null`.as('period_index'),
          sql<string | null>`null`.as('period_kind'),
          'status',
          sql<string | null>`case when status = 'rated' then rated_at else objected_at end`.as('at'),
          sql<string | null>`null`.as('due_at'),
          'appraiser_id',
        ])
        .where(column, 'in', ids)
        .where('status', 'in', ['rated', 'objected']) as unknown as Branch;
    // Reports first: their columns are all typed, which gives PostgreSQL the types of the other branches' nulls.
    if (lists.appraiserIds.length) branches.push(reports('appraiser_id', lists.appraiserIds));
    if (lists.unitIds.length) branches.push(reports('unit_id', lists.unitIds));
    if (lists.appraiserIds.length) branches.push(plans('appraiser_id', lists.appraiserIds));
    if (lists.unitIds.length) branches.push(plans('unit_id', lists.unitIds));
    if (lists.confirmFor.length) branches.push(annuals('appraiser_id', lists.confirmFor));
    if (lists.appraiserUnitIds.length) branches.push(annuals('appraiser_unit_id', lists.appraiserUnitIds));
    const [first, ...rest] = branches;
    if (!first) return [];
    let query = first;
    for (const branch of rest) query = query.unionAll(branch);
    const rows = new Map<string, InboxRow>();
    for (const { tenant_id, ...row } of await query.execute())
      if (tenant_id === tenantId) rows.set(`${row.kind}:${row.id}`, row);
    return [...rows.values()];
  },
};
