import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { DbOrTx } from '../../../platform/db/database';
import { insertRows } from '../../../platform/db/insert-rows';
import type {
  AttachmentsTable,
  CategoriesTable,
  Category,
  ComplaintEmployeesTable,
  EventsTable,
  FollowersTable,
  Report,
  ReportsTable,
  SettingsTable,
} from './tables';

/** Categories, settings, complaints and what hangs off them (events, files, followers, employees named). */
export const reportsRepo = {
  // Categories
  async categories(db: DbOrTx, tenantId: string): Promise<Category[]> {
    return db
      .selectFrom('complaints_categories')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .orderBy('name')
      .execute();
  },
  async category(db: DbOrTx, tenantId: string, id: string): Promise<Category | undefined> {
    return db
      .selectFrom('complaints_categories')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  },
  /** The tenant's categories among `ids` (an intake batch's, read once for all of them). */
  async categoriesByIds(db: DbOrTx, tenantId: string, ids: readonly string[]): Promise<Category[]> {
    if (!ids.length) return [];
    return db
      .selectFrom('complaints_categories')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', 'in', [...ids])
      .execute();
  },
  async categoryByCode(db: DbOrTx, tenantId: string, code: string): Promise<Category | undefined> {
    return db
      .selectFrom('complaints_categories')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('code', '=', code)
      .executeTakeFirst();
  },
  async insertCategory(db: DbOrTx, row: Insertable<CategoriesTable>): Promise<void> {
    await db.insertInto('complaints_categories').values(row).execute();
  },
  async updateCategory(db: DbOrTx, tenantId: string, id: string, set: Updateable<CategoriesTable>): Promise<void> {
    await db
      .updateTable('complaints_categories')
      .set(set)
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  },

  // Settings
  async settings(db: DbOrTx, tenantId: string): Promise<Selectable<SettingsTable> | undefined> {
    return db.selectFrom('complaints_settings').selectAll().where('tenant_id', '=', tenantId).executeTakeFirst();
  },
  async saveSettings(db: DbOrTx, row: Insertable<SettingsTable>): Promise<void> {
    const { tenant_id: _t, ...rest } = row;
    await db
      .insertInto('complaints_settings')
      .values(row)
      .onConflict((oc) => oc.column('tenant_id').doUpdateSet(rest))
      .execute();
  },

  /**
   * Takes the next `count` numbers of the tenant's year and returns the last of them: one atomic upsert, safe
   * with concurrent writers on both dialects.
   */
  async nextSequence(db: DbOrTx, tenantId: string, year: number, count = 1): Promise<number> {
    const row = await db
      .insertInto('complaints_sequences')
      .values({ tenant_id: tenantId, year, last: count })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'year']).doUpdateSet({ last: sql<number>`complaints_sequences.last + ${count}` }),
      )
      .returning('last')
      .executeTakeFirstOrThrow();
    return Number(row.last);
  },
  /** Moves the tenant's year on to `last`, for a writer that holds the row's lock (taken with `nextSequence(..., 0)`). */
  async setSequence(db: DbOrTx, tenantId: string, year: number, last: number): Promise<void> {
    await db
      .updateTable('complaints_sequences')
      .set({ last })
      .where('tenant_id', '=', tenantId)
      .where('year', '=', year)
      .execute();
  },

  // Reports
  /** Several complaints at once (intake batches): 32 rows of 60 columns stay far below either database's parameter limit. */
  async insertReports(db: DbOrTx, rows: Insertable<ReportsTable>[]): Promise<void> {
    await insertRows(db, 'complaints_reports', rows, 32);
  },
  async report(db: DbOrTx, tenantId: string, id: string): Promise<Report | undefined> {
    return db
      .selectFrom('complaints_reports')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  },
  async reportByCode(db: DbOrTx, tenantId: string, code: string): Promise<Report | undefined> {
    return db
      .selectFrom('complaints_reports')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('code', '=', code)
      .executeTakeFirst();
  },
  async reportByTokenHash(db: DbOrTx, tenantId: string, hash: string): Promise<Report | undefined> {
    return db
      .selectFrom('complaints_reports')
      .selectAll()
      .where('guest_token_hash', '=', hash)
      .where('tenant_id', '=', tenantId)
      .executeTakeFirst();
  },
  async reportsByIds(db: DbOrTx, tenantId: string, ids: string[]): Promise<Report[]> {
    if (!ids.length) return [];
    return db
      .selectFrom('complaints_reports')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', 'in', ids)
      .execute();
  },
  /**
   * Changes a report only while it is still in one of the expected states: the state check and the change are
   * one statement, so two officers acting at once cannot both succeed. Returns whether it changed.
   */
  async updateReport(
    db: DbOrTx,
    tenantId: string,
    id: string,
    fromStatuses: readonly string[],
    set: Updateable<ReportsTable>,
  ): Promise<boolean> {
    const result = await db
      .updateTable('complaints_reports')
      .set(set)
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('status', 'in', [...fromStatuses])
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },
  /** A claim: sets `column` to now only where it is still empty; true for the one caller that set it. */
  async claim(
    db: DbOrTx,
    tenantId: string,
    id: string,
    column: 'verification_reminded_at' | 'verification_escalated_at' | 'answer_reminded_at' | 'answer_escalated_at',
    at: string,
  ): Promise<boolean> {
    const result = await db
      .updateTable('complaints_reports')
      .set({ [column]: at })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where(column, 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },
  /** When each of `keys` filed a complaint after `since` (the guest rate limit counts them). */
  async recentIntakes(
    db: DbOrTx,
    tenantId: string,
    keys: readonly string[],
    since: string,
  ): Promise<Array<{ intake_key: string; received_at: string }>> {
    if (!keys.length) return [];
    const rows = await db
      .selectFrom('complaints_reports')
      .select(['intake_key', 'received_at'])
      .where('tenant_id', '=', tenantId)
      .where('intake_key', 'in', [...keys])
      .where('received_at', '>', since)
      .execute();
    return rows.map((r) => ({ intake_key: r.intake_key as string, received_at: r.received_at }));
  },

  // Timeline
  /** Appends to the timeline with the next ordinal (inside the step's transaction). */
  async insertEvent(db: DbOrTx, row: Omit<Insertable<EventsTable>, 'seq'>): Promise<void> {
    const last = await db
      .selectFrom('complaints_events')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('tenant_id', '=', row.tenant_id)
      .where('complaint_id', '=', row.complaint_id)
      .executeTakeFirst();
    await db
      .insertInto('complaints_events')
      .values({ ...row, seq: Number(last?.seq ?? 0) + 1 })
      .execute();
  },
  /** The first steps of new complaints, numbered by the caller (intake batches). */
  async insertFirstEvents(db: DbOrTx, rows: Insertable<EventsTable>[]): Promise<void> {
    await insertRows(db, 'complaints_events', rows);
  },
  async events(db: DbOrTx, tenantId: string, complaintId: string, options: { publicOnly: boolean }) {
    let q = db
      .selectFrom('complaints_events')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('complaint_id', '=', complaintId);
    if (options.publicOnly) q = q.where('public', '=', 1);
    return q.orderBy('seq').orderBy('at').execute();
  },

  // Attachments
  async insertAttachments(db: DbOrTx, rows: Insertable<AttachmentsTable>[]): Promise<void> {
    await insertRows(db, 'complaints_attachments', rows);
  },
  async attachments(db: DbOrTx, tenantId: string, complaintId: string) {
    return db
      .selectFrom('complaints_attachments')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('complaint_id', '=', complaintId)
      .orderBy('created_at')
      .execute();
  },
  async attachment(db: DbOrTx, tenantId: string, complaintId: string, id: string) {
    return db
      .selectFrom('complaints_attachments')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('complaint_id', '=', complaintId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  // Followers
  async insertFollowers(db: DbOrTx, rows: Insertable<FollowersTable>[]): Promise<void> {
    await insertRows(db, 'complaints_followers', rows);
  },
  async followers(db: DbOrTx, tenantId: string, complaintId: string) {
    return db
      .selectFrom('complaints_followers')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('complaint_id', '=', complaintId)
      .execute();
  },
  async moveFollowers(db: DbOrTx, tenantId: string, fromId: string, toId: string): Promise<void> {
    await db
      .updateTable('complaints_followers')
      .set({ complaint_id: toId })
      .where('tenant_id', '=', tenantId)
      .where('complaint_id', '=', fromId)
      .execute();
  },

  // Employees concerned
  async linkEmployee(db: DbOrTx, row: Insertable<ComplaintEmployeesTable>): Promise<boolean> {
    const result = await db
      .insertInto('complaints_employees')
      .values(row)
      .onConflict((oc) => oc.columns(['tenant_id', 'complaint_id', 'employee_id']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  },
  async linkedEmployees(db: DbOrTx, tenantId: string, complaintId: string): Promise<string[]> {
    const rows = await db
      .selectFrom('complaints_employees')
      .select('employee_id')
      .where('tenant_id', '=', tenantId)
      .where('complaint_id', '=', complaintId)
      .execute();
    return rows.map((r) => r.employee_id);
  },
  async complaintsAboutEmployees(db: DbOrTx, tenantId: string, employeeIds: string[], from?: string, to?: string) {
    if (!employeeIds.length) return [];
    let q = db
      .selectFrom('complaints_employees as e')
      .innerJoin('complaints_reports as r', (j) =>
        j.onRef('r.id', '=', 'e.complaint_id').onRef('r.tenant_id', '=', 'e.tenant_id'),
      )
      .selectAll('r')
      .select('e.employee_id')
      .where('e.tenant_id', '=', tenantId)
      .where('e.employee_id', 'in', employeeIds);
    if (from) q = q.where('r.received_at', '>=', from);
    if (to) q = q.where('r.received_at', '<', to);
    return q.orderBy('r.received_at', 'desc').limit(500).execute();
  },
};

/** Accounts holding a complaints role in the tenant (for choosing whom to assign); names only, never contact. */
export const officerGrantsRepo = {
  async complaintRoleHolders(db: DbOrTx, tenantId: string) {
    return db
      .selectFrom('role_grants')
      .innerJoin('accounts', 'accounts.id', 'role_grants.account_id')
      .select([
        'accounts.id as accountId',
        'accounts.name as name',
        'role_grants.role as role',
        'role_grants.unit_id as unitId',
      ])
      .where('role_grants.tenant_id', '=', tenantId)
      .where('role_grants.role', 'in', ['complaint_officer', 'complaint_coordinator'])
      .orderBy('accounts.name')
      .orderBy('accounts.id')
      .execute();
  },
};
