import { type ExpressionBuilder, type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { DbOrTx } from '../../platform/db/database';
import type { Database } from '../../platform/db/schema';

/** Only this file touches Kysely for complaints; it holds no business rules. */

export interface CategoriesTable {
  id: string;
  tenant_id: string;
  code: string;
  name: string;
  name_en: string;
  tier: string;
  answer_days: number;
  default_unit_id: string | null;
  active: number;
  created_at: string;
}

export interface SequencesTable {
  tenant_id: string;
  year: number;
  last: number;
}

export interface ReportsTable {
  id: string;
  tenant_id: string;
  code: string;
  class: string;
  category_id: string;
  title: string;
  description: string;
  concerned_unit_id: string | null;
  employee_text: string | null;
  address: string | null;
  lat: number | null;
  lng: number | null;
  privacy: string;
  channel: string;
  external_ref: string | null;
  status: string;
  reporter_account_id: string | null;
  reporter_name: string | null;
  reporter_email: string | null;
  reporter_phone: string | null;
  guest_token_hash: string | null;
  /** A keyed hash of the guest's address or contact, for the guest rate limit (never the address itself). */
  intake_key: string | null;
  unit_id: string | null;
  unit_path: string | null;
  assigned_account_id: string | null;
  assigned_name: string | null;
  answer_days: number;
  received_at: string;
  verification_due_at: string | null;
  verification_remind_at: string | null;
  verification_days_left: number | null;
  verified_at: string | null;
  first_response_at: string | null;
  answer_due_at: string | null;
  answer_remind_at: string | null;
  answered_at: string | null;
  answer_text: string | null;
  closed_at: string | null;
  question: string | null;
  referral: string | null;
  archive_reason: string | null;
  merged_into_id: string | null;
  rating: number | null;
  rating_comment: string | null;
  rated_at: string | null;
  reopen_count: number;
  integrity_referred_at: string | null;
  integrity_note: string | null;
  verification_reminded_at: string | null;
  verification_escalated_at: string | null;
  answer_reminded_at: string | null;
  answer_escalated_at: string | null;
  auto_close_at: string | null;
  search_text: string;
  created_at: string;
  updated_at: string;
}

export interface EventsTable {
  id: string;
  tenant_id: string;
  complaint_id: string;
  at: string;
  kind: string;
  public: number;
  text: string | null;
  actor_account_id: string | null;
  actor_name: string | null;
  /** Order within the complaint's timeline. */
  seq: number;
}

export interface DigestsTable {
  tenant_id: string;
  account_id: string;
  day: string;
  sent_at: string;
}

export interface AttachmentsTable {
  id: string;
  tenant_id: string;
  complaint_id: string;
  file_name: string;
  mime: string;
  size: number;
  sha256: string;
  storage_key: string;
  created_at: string;
}

export interface FollowersTable {
  id: string;
  tenant_id: string;
  complaint_id: string;
  source_complaint_id: string;
  account_id: string | null;
  email: string | null;
  telegram_chat_id: string | null;
  created_at: string;
}

export interface ComplaintEmployeesTable {
  tenant_id: string;
  complaint_id: string;
  employee_id: string;
  linked_at: string;
  linked_by: string | null;
}

export interface DailyTable {
  tenant_id: string;
  day: string;
  unit_id: string;
  category_id: string;
  received: number;
  verified: number;
  answered: number;
  answered_on_time: number;
  rating_sum: number;
  ratings: number;
  reopened: number;
}

export interface DurationsTable {
  tenant_id: string;
  day: string;
  unit_id: string;
  category_id: string;
  measure: string;
  days: number;
  count: number;
}

export interface MonthlyTable extends Omit<DailyTable, 'day'> {
  /** Local month, 'YYYY-MM'. */
  month: string;
}

export interface DurationsMonthlyTable extends Omit<DurationsTable, 'day'> {
  month: string;
}

export interface SettingsTable {
  tenant_id: string;
  verification_days: number;
  reopen_days: number;
  guest_per_hour: number;
  daily_digest: number;
  updated_at: string;
}

declare module '../../platform/db/schema' {
  interface Database {
    complaints_categories: CategoriesTable;
    complaints_sequences: SequencesTable;
    complaints_reports: ReportsTable;
    complaints_events: EventsTable;
    complaints_attachments: AttachmentsTable;
    complaints_followers: FollowersTable;
    complaints_employees: ComplaintEmployeesTable;
    complaints_daily: DailyTable;
    complaints_durations: DurationsTable;
    complaints_monthly: MonthlyTable;
    complaints_durations_monthly: DurationsMonthlyTable;
    complaints_settings: SettingsTable;
    complaints_digests: DigestsTable;
  }
}

export type Report = Selectable<ReportsTable>;
export type Category = Selectable<CategoriesTable>;
export type DailyCounter = 'received' | 'verified' | 'answered' | 'answered_on_time' | 'reopened';

const COUNTER_SUMS = (eb: ExpressionBuilder<Database, 'complaints_daily' | 'complaints_monthly'>) => [
  eb.ref('unit_id').as('unit_id'),
  eb.ref('category_id').as('category_id'),
  eb.fn.sum<number>('received').as('received'),
  eb.fn.sum<number>('verified').as('verified'),
  eb.fn.sum<number>('answered').as('answered'),
  eb.fn.sum<number>('answered_on_time').as('answered_on_time'),
  eb.fn.sum<number>('rating_sum').as('rating_sum'),
  eb.fn.sum<number>('ratings').as('ratings'),
  eb.fn.sum<number>('reopened').as('reopened'),
];

export const complaintsRepo = {
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

  /** The next number of the tenant's year: one atomic upsert, safe with concurrent writers on both dialects. */
  async nextSequence(db: DbOrTx, tenantId: string, year: number): Promise<number> {
    const row = await db
      .insertInto('complaints_sequences')
      .values({ tenant_id: tenantId, year, last: 1 })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'year']).doUpdateSet({ last: sql<number>`complaints_sequences.last + 1` }),
      )
      .returning('last')
      .executeTakeFirstOrThrow();
    return Number(row.last);
  },

  // Reports
  async insertReport(db: DbOrTx, row: Insertable<ReportsTable>): Promise<void> {
    await db.insertInto('complaints_reports').values(row).execute();
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
  async countRecentIntake(db: DbOrTx, tenantId: string, keys: string[], since: string): Promise<number> {
    if (!keys.length) return 0;
    const row = await db
      .selectFrom('complaints_reports')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('tenant_id', '=', tenantId)
      .where('intake_key', 'in', keys)
      .where('received_at', '>', since)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },
  async oldestRecentIntake(db: DbOrTx, tenantId: string, keys: string[], since: string): Promise<string | null> {
    const row = await db
      .selectFrom('complaints_reports')
      .select((eb) => eb.fn.min('received_at').as('at'))
      .where('tenant_id', '=', tenantId)
      .where('intake_key', 'in', keys)
      .where('received_at', '>', since)
      .executeTakeFirst();
    return (row?.at as string | null) ?? null;
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
  async insertAttachment(db: DbOrTx, row: Insertable<AttachmentsTable>): Promise<void> {
    await db.insertInto('complaints_attachments').values(row).execute();
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
  async insertFollower(db: DbOrTx, row: Insertable<FollowersTable>): Promise<void> {
    await db.insertInto('complaints_followers').values(row).execute();
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

  // Statistics kept as they happen: each change goes to the day's row and to its month's row (same transaction).
  async bumpDaily(
    db: DbOrTx,
    key: { tenant_id: string; day: string; unit_id: string; category_id: string },
    add: Partial<Record<DailyCounter | 'rating_sum' | 'ratings', number>>,
  ): Promise<void> {
    const zero = { received: 0, verified: 0, answered: 0, answered_on_time: 0, rating_sum: 0, ratings: 0, reopened: 0 };
    const counters = (table: 'complaints_daily' | 'complaints_monthly') => {
      const set: Record<string, unknown> = {};
      for (const [column, n] of Object.entries(add)) set[column] = sql`${sql.table(table)}.${sql.ref(column)} + ${n}`;
      return set;
    };
    await db
      .insertInto('complaints_daily')
      .values({ ...key, ...zero, ...add })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'day', 'unit_id', 'category_id']).doUpdateSet(counters('complaints_daily')),
      )
      .execute();
    const { day, ...rest } = key;
    await db
      .insertInto('complaints_monthly')
      .values({ ...rest, month: day.slice(0, 7), ...zero, ...add })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'month', 'unit_id', 'category_id']).doUpdateSet(counters('complaints_monthly')),
      )
      .execute();
  },
  async bumpDuration(
    db: DbOrTx,
    key: { tenant_id: string; day: string; unit_id: string; category_id: string },
    measure: 'first_response' | 'answer',
    days: number,
    n = 1,
  ): Promise<void> {
    await db
      .insertInto('complaints_durations')
      .values({ ...key, measure, days, count: n })
      .onConflict((oc) =>
        oc
          .columns(['tenant_id', 'day', 'unit_id', 'category_id', 'measure', 'days'])
          .doUpdateSet({ count: sql<number>`complaints_durations.count + ${n}` }),
      )
      .execute();
    const { day, ...rest } = key;
    await db
      .insertInto('complaints_durations_monthly')
      .values({ ...rest, month: day.slice(0, 7), measure, days, count: n })
      .onConflict((oc) =>
        oc
          .columns(['tenant_id', 'month', 'unit_id', 'category_id', 'measure', 'days'])
          .doUpdateSet({ count: sql<number>`complaints_durations_monthly.count + ${n}` }),
      )
      .execute();
  },
  /** Sums of the day rows in [from, to] (local dates). */
  async dailyTotals(db: DbOrTx, tenantId: string, from: string, to: string) {
    return db
      .selectFrom('complaints_daily')
      .select(COUNTER_SUMS)
      .where('tenant_id', '=', tenantId)
      .where('day', '>=', from)
      .where('day', '<=', to)
      .groupBy(['unit_id', 'category_id'])
      .execute();
  },
  /** Sums of the month rows in [from, to] ('YYYY-MM'). */
  async monthlyTotals(db: DbOrTx, tenantId: string, from: string, to: string) {
    return db
      .selectFrom('complaints_monthly')
      .select(COUNTER_SUMS)
      .where('tenant_id', '=', tenantId)
      .where('month', '>=', from)
      .where('month', '<=', to)
      .groupBy(['unit_id', 'category_id'])
      .execute();
  },
  async durationTotals(db: DbOrTx, tenantId: string, from: string, to: string) {
    return db
      .selectFrom('complaints_durations')
      .select((eb) => ['unit_id', 'category_id', 'measure', 'days', eb.fn.sum<number>('count').as('count')])
      .where('tenant_id', '=', tenantId)
      .where('day', '>=', from)
      .where('day', '<=', to)
      .groupBy(['unit_id', 'category_id', 'measure', 'days'])
      .execute();
  },
  async monthlyDurationTotals(db: DbOrTx, tenantId: string, from: string, to: string) {
    return db
      .selectFrom('complaints_durations_monthly')
      .select((eb) => ['unit_id', 'category_id', 'measure', 'days', eb.fn.sum<number>('count').as('count')])
      .where('tenant_id', '=', tenantId)
      .where('month', '>=', from)
      .where('month', '<=', to)
      .groupBy(['unit_id', 'category_id', 'measure', 'days'])
      .execute();
  },
};
