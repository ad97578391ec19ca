import { type SelectQueryBuilder, sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database';
import type { Database } from '../../platform/db/schema';

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

export interface SettingsTable {
  tenant_id: string;
  period_kind: string;
  submission_working_days: number;
  review_working_days: number;
  updated_at: string;
}
export interface YearsTable {
  id: string;
  tenant_id: string;
  year: number;
  status: string;
  period_kind: string;
  opened_at: string;
  closed_at: string | null;
}
export interface PlansTable {
  id: string;
  tenant_id: string;
  employee_id: string;
  year: number;
  unit_id: string | null;
  status: string;
  version: number;
  approved_version: number | null;
  submitted_at: string | null;
  /** Who the submission waits for (the direct superior when submitted). */
  appraiser_id: string | null;
  created_at: string;
  updated_at: string;
}
export interface PlanVersionsTable {
  id: string;
  tenant_id: string;
  plan_id: string;
  version: number;
  status: string;
  content: string;
  submitted_at: string | null;
  decided_at: string | null;
  decided_by: string | null;
  note: string | null;
}
export interface ReportsTable {
  id: string;
  tenant_id: string;
  plan_id: string;
  employee_id: string;
  unit_id: string | null;
  year: number;
  period_index: number;
  period_start: string;
  period_end: string;
  due_at: string;
  status: string;
  content: string;
  round: number;
  first_submitted_at: string | null;
  submitted_at: string | null;
  late: number;
  review_due_at: string | null;
  reviewed_at: string | null;
  review_late: number;
  reviewer_id: string | null;
  /** Who the submission waits for (the direct superior when submitted). */
  appraiser_id: string | null;
  hasil_kerja: string | null;
  perilaku: string | null;
  predikat: string | null;
  feedback: string | null;
  reopened_count: number;
  reminded_at: string | null;
  created_at: string;
  updated_at: string;
}
export interface ReportRoundsTable {
  id: string;
  tenant_id: string;
  report_id: string;
  round: number;
  content: string;
  submitted_at: string;
  decision: string | null;
  feedback: string | null;
  hasil_kerja: string | null;
  perilaku: string | null;
  predikat: string | null;
  decided_at: string | null;
  decided_by: string | null;
}
export interface AnnualsTable {
  id: string;
  tenant_id: string;
  employee_id: string;
  year: number;
  unit_id: string | null;
  appraiser_id: string;
  /** The appraiser's unit when rated: an acting appraiser for a vacant head post confirms that unit's ratings. */
  appraiser_unit_id: string | null;
  status: string;
  hasil_kerja: string;
  perilaku: string;
  predikat: string;
  notes: string | null;
  rated_at: string;
  confirmed_by: string | null;
  confirmed_at: string | null;
  acknowledged_at: string | null;
  objection_reason: string | null;
  objected_at: string | null;
  objection_decision: string | null;
  objection_note: string | null;
  decided_at: string | null;
}
export interface UnitPredikatTable {
  id: string;
  tenant_id: string;
  year: number;
  unit_id: string;
  predikat: string;
  set_at: string;
  set_by: string | null;
}
export interface CoachingTable {
  id: string;
  tenant_id: string;
  employee_id: string;
  annual_id: string;
  year: number;
  predikat: string;
  status: string;
  actions: string;
  mentor_id: string | null;
  start_date: string | null;
  end_date: string | null;
  outcome: string | null;
  referred_at: string | null;
  referred_by: string | null;
  referral_reason: string | null;
  created_at: string;
  updated_at: string;
}
export interface ActingTable {
  id: string;
  tenant_id: string;
  replaces_id: string | null;
  unit_id: string | null;
  acting_id: string;
  from_date: string;
  to_date: string;
  reason: string;
  created_at: string;
  created_by: string | null;
}

export interface RemindersTable {
  tenant_id: string;
  key: string;
  sent_at: string;
}

/** Raised by database triggers on every write to reports, annual results, years and settings (migration 3004). */
export interface PerformanceRevisionsTable {
  tenant_id: string;
  revision: number;
}

declare module '../../platform/db/schema' {
  interface Database {
    performance_reminders: RemindersTable;
    performance_settings: SettingsTable;
    performance_years: YearsTable;
    performance_plans: PlansTable;
    performance_plan_versions: PlanVersionsTable;
    performance_reports: ReportsTable;
    performance_report_rounds: ReportRoundsTable;
    performance_annuals: AnnualsTable;
    performance_unit_predikat: UnitPredikatTable;
    performance_coaching: CoachingTable;
    performance_acting: ActingTable;
    performance_revisions: PerformanceRevisionsTable;
  }
}

/** Queries of the performance tables; every one is scoped by the tenant. No rules here. */
export const performanceRepo = {
  /** The tenant's performance revision: it changes with every write the dashboard aggregates, on any node. */
  revision: (db: DbOrTx, tenantId: string) =>
    db
      .selectFrom('performance_revisions')
      .select('revision')
      .where('tenant_id', '=', tenantId)
      .executeTakeFirst()
      .then((r) => Number(r?.revision ?? 0)),
  settings: (db: DbOrTx, tenantId: string) =>
    db.selectFrom('performance_settings').selectAll().where('tenant_id', '=', tenantId).executeTakeFirst(),
  async saveSettings(db: DbOrTx, row: SettingsTable) {
    await db
      .insertInto('performance_settings')
      .values(row)
      .onConflict((oc) =>
        oc.column('tenant_id').doUpdateSet({
          period_kind: row.period_kind,
          submission_working_days: row.submission_working_days,
          review_working_days: row.review_working_days,
          updated_at: row.updated_at,
        }),
      )
      .execute();
  },

  year: (db: DbOrTx, tenantId: string, year: number) =>
    db
      .selectFrom('performance_years')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('year', '=', year)
      .executeTakeFirst(),
  years: (db: DbOrTx, tenantId: string) =>
    db.selectFrom('performance_years').selectAll().where('tenant_id', '=', tenantId).orderBy('year', 'desc').execute(),
  insertYear: (db: DbOrTx, row: YearsTable) => db.insertInto('performance_years').values(row).execute(),
  updateYear: (db: DbOrTx, tenantId: string, id: string, changes: Partial<YearsTable>) =>
    db.updateTable('performance_years').set(changes).where('tenant_id', '=', tenantId).where('id', '=', id).execute(),

  plan: (db: DbOrTx, tenantId: string, id: string) =>
    db
      .selectFrom('performance_plans')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst(),
  planOf: (db: DbOrTx, tenantId: string, employeeId: string, year: number) =>
    db
      .selectFrom('performance_plans')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('employee_id', '=', employeeId)
      .where('year', '=', year)
      .executeTakeFirst(),
  plansOf: (db: DbOrTx, tenantId: string, employeeIds: string[], year: number) =>
    employeeIds.length === 0
      ? Promise.resolve([] as PlansTable[])
      : db
          .selectFrom('performance_plans')
          .selectAll()
          .where('tenant_id', '=', tenantId)
          .where('year', '=', year)
          .where('employee_id', 'in', employeeIds)
          .execute(),
  insertPlan: (db: DbOrTx, row: PlansTable) => db.insertInto('performance_plans').values(row).execute(),
  /** Conditional on the status read, so two concurrent decisions cannot both apply. */
  updatePlan: async (db: DbOrTx, tenantId: string, id: string, fromStatus: string, changes: Partial<PlansTable>) => {
    const result = await db
      .updateTable('performance_plans')
      .set(changes)
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('status', '=', fromStatus)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },
  versions: (db: DbOrTx, tenantId: string, planId: string) =>
    db
      .selectFrom('performance_plan_versions')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('plan_id', '=', planId)
      .orderBy('version')
      .execute(),
  version: (db: DbOrTx, tenantId: string, planId: string, version: number) =>
    db
      .selectFrom('performance_plan_versions')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('plan_id', '=', planId)
      .where('version', '=', version)
      .executeTakeFirst(),
  insertVersion: (db: DbOrTx, row: PlanVersionsTable) =>
    db.insertInto('performance_plan_versions').values(row).execute(),
  updateVersion: (db: DbOrTx, tenantId: string, planId: string, version: number, changes: Partial<PlanVersionsTable>) =>
    db
      .updateTable('performance_plan_versions')
      .set(changes)
      .where('tenant_id', '=', tenantId)
      .where('plan_id', '=', planId)
      .where('version', '=', version)
      .execute(),

  report: (db: DbOrTx, tenantId: string, id: string) =>
    db
      .selectFrom('performance_reports')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst(),
  reportOf: (db: DbOrTx, tenantId: string, employeeId: string, year: number, periodIndex: number) =>
    db
      .selectFrom('performance_reports')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('employee_id', '=', employeeId)
      .where('year', '=', year)
      .where('period_index', '=', periodIndex)
      .executeTakeFirst(),
  reportsOfEmployee: (db: DbOrTx, tenantId: string, employeeId: string, year?: number) => {
    let q = db
      .selectFrom('performance_reports')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('employee_id', '=', employeeId);
    if (year !== undefined) q = q.where('year', '=', year);
    return q.orderBy('year').orderBy('period_index').execute();
  },
  reportsOf: (db: DbOrTx, tenantId: string, employeeIds: string[], year: number, periodIndex?: number) => {
    if (employeeIds.length === 0) return Promise.resolve([] as ReportsTable[]);
    let q = db
      .selectFrom('performance_reports')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('year', '=', year)
      .where('employee_id', 'in', employeeIds);
    if (periodIndex !== undefined) q = q.where('period_index', '=', periodIndex);
    return q.execute();
  },
  insertReport: (db: DbOrTx, row: ReportsTable) => db.insertInto('performance_reports').values(row).execute(),
  updateReport: async (
    db: DbOrTx,
    tenantId: string,
    id: string,
    fromStatus: string,
    changes: Partial<ReportsTable>,
  ) => {
    const result = await db
      .updateTable('performance_reports')
      .set(changes)
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('status', '=', fromStatus)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },
  rounds: (db: DbOrTx, tenantId: string, reportId: string) =>
    db
      .selectFrom('performance_report_rounds')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('report_id', '=', reportId)
      .orderBy('round')
      .execute(),
  insertRound: (db: DbOrTx, row: ReportRoundsTable) => db.insertInto('performance_report_rounds').values(row).execute(),
  decideRound: (db: DbOrTx, tenantId: string, reportId: string, round: number, changes: Partial<ReportRoundsTable>) =>
    db
      .updateTable('performance_report_rounds')
      .set(changes)
      .where('tenant_id', '=', tenantId)
      .where('report_id', '=', reportId)
      .where('round', '=', round)
      .execute(),

  annual: (db: DbOrTx, tenantId: string, id: string) =>
    db
      .selectFrom('performance_annuals')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst(),
  annualOf: (db: DbOrTx, tenantId: string, employeeId: string, year: number) =>
    db
      .selectFrom('performance_annuals')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('employee_id', '=', employeeId)
      .where('year', '=', year)
      .executeTakeFirst(),
  annualsOfEmployee: (db: DbOrTx, tenantId: string, employeeId: string) =>
    db
      .selectFrom('performance_annuals')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('employee_id', '=', employeeId)
      .execute(),
  annualsOfUnit: (db: DbOrTx, tenantId: string, year: number, unitId: string | null) =>
    db
      .selectFrom('performance_annuals')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('year', '=', year)
      .where('unit_id', unitId === null ? 'is' : '=', unitId)
      .execute(),
  annualsWhere: async (db: DbOrTx, tenantId: string, filter: { appraiserIds?: string[]; status?: string[] }) => {
    if (filter.appraiserIds) {
      if (filter.appraiserIds.length === 0) return [] as AnnualsTable[];
      // Through the appraiser index alone (see peopleService.activeEmployees); the tenant is checked on the rows.
      let q = db.selectFrom('performance_annuals').selectAll().where('appraiser_id', 'in', filter.appraiserIds);
      if (filter.status) q = q.where('status', 'in', filter.status);
      return (await q.execute()).filter((a) => a.tenant_id === tenantId);
    }
    let q = db.selectFrom('performance_annuals').selectAll().where('tenant_id', '=', tenantId);
    if (filter.status) q = q.where('status', 'in', filter.status);
    return q.execute();
  },
  insertAnnual: (db: DbOrTx, row: AnnualsTable) => db.insertInto('performance_annuals').values(row).execute(),
  updateAnnual: async (
    db: DbOrTx,
    tenantId: string,
    id: string,
    fromStatus: string,
    changes: Partial<AnnualsTable>,
  ) => {
    const result = await db
      .updateTable('performance_annuals')
      .set(changes)
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('status', '=', fromStatus)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  unitPredikat: (db: DbOrTx, tenantId: string, year: number, unitId: string) =>
    db
      .selectFrom('performance_unit_predikat')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('year', '=', year)
      .where('unit_id', '=', unitId)
      .executeTakeFirst(),
  async saveUnitPredikat(db: DbOrTx, row: UnitPredikatTable) {
    await db
      .insertInto('performance_unit_predikat')
      .values(row)
      .onConflict((oc) =>
        oc
          .columns(['tenant_id', 'year', 'unit_id'])
          .doUpdateSet({ predikat: row.predikat, set_at: row.set_at, set_by: row.set_by }),
      )
      .execute();
  },

  coaching: (db: DbOrTx, tenantId: string, id: string) =>
    db
      .selectFrom('performance_coaching')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst(),
  coachingOfAnnual: (db: DbOrTx, tenantId: string, annualId: string) =>
    db
      .selectFrom('performance_coaching')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('annual_id', '=', annualId)
      .executeTakeFirst(),
  coachingList: (db: DbOrTx, tenantId: string, filter: { year?: number; referredOnly?: boolean }) => {
    let q = db.selectFrom('performance_coaching').selectAll().where('tenant_id', '=', tenantId);
    if (filter.year !== undefined) q = q.where('year', '=', filter.year);
    if (filter.referredOnly) q = q.where('referred_at', 'is not', null);
    return q.orderBy('created_at').execute();
  },
  insertCoaching: (db: DbOrTx, row: CoachingTable) => db.insertInto('performance_coaching').values(row).execute(),
  updateCoaching: (db: DbOrTx, tenantId: string, id: string, changes: Partial<CoachingTable>) =>
    db
      .updateTable('performance_coaching')
      .set(changes)
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute(),

  acting: (db: DbOrTx, tenantId: string) =>
    db.selectFrom('performance_acting').selectAll().where('tenant_id', '=', tenantId).orderBy('from_date').execute(),
  actingOne: (db: DbOrTx, tenantId: string, id: string) =>
    db
      .selectFrom('performance_acting')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst(),
  /** Acting appointments in force on a date that cover an absent superior or a unit. */
  actingOn: (db: DbOrTx, tenantId: string, date: string, replacesId: string | null, unitId: string | null) => {
    if (!replacesId && !unitId) return Promise.resolve([] as ActingTable[]);
    return db
      .selectFrom('performance_acting')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('from_date', '<=', date)
      .where('to_date', '>=', date)
      .where((eb) => {
        const either = [];
        if (replacesId) either.push(eb('replaces_id', '=', replacesId));
        if (unitId) either.push(eb('unit_id', '=', unitId));
        return eb.or(either);
      })
      .execute();
  },
  /** Appointments naming this acting appraiser in force on a date. */
  actingBy: (db: DbOrTx, tenantId: string, actingId: string, date: string) =>
    db
      .selectFrom('performance_acting')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('acting_id', '=', actingId)
      .where('from_date', '<=', date)
      .where('to_date', '>=', date)
      .execute(),
  insertActing: (db: DbOrTx, row: ActingTable) => db.insertInto('performance_acting').values(row).execute(),
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
  /** Claims a reminder: true only for the first caller with this key. */
  async claimReminder(db: DbOrTx, tenantId: string, key: string, at: string): Promise<boolean> {
    const result = await db
      .insertInto('performance_reminders')
      .values({ tenant_id: tenantId, key, sent_at: at })
      .onConflict((oc) => oc.columns(['tenant_id', 'key']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  },
  deleteActing: (db: DbOrTx, tenantId: string, id: string) =>
    db.deleteFrom('performance_acting').where('tenant_id', '=', tenantId).where('id', '=', id).execute(),
};
