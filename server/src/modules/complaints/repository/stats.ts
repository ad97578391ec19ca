import { type ExpressionBuilder, sql } from 'kysely';
import type { DbOrTx } from '../../../platform/db/database';
import type { Database } from '../../../platform/db/schema';
import type { DailyCounter } from './tables';

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

/** Statistics kept as they happen, and read back for the public figures. */
export const statsRepo = {
  /** Complaints received in a year per unit and category (from the monthly statistics), with the category's code. */
  receivedByUnitCategory(db: DbOrTx, tenantId: string, year: number) {
    return db
      .selectFrom('complaints_monthly as m')
      .innerJoin('complaints_categories as c', 'c.id', 'm.category_id')
      .select(['m.unit_id', 'c.code', (eb) => eb.fn.sum<number>('m.received').as('received')])
      .where('m.tenant_id', '=', tenantId)
      .where('m.month', '>=', `${year}-01`)
      .where('m.month', '<=', `${year}-12`)
      .groupBy(['m.unit_id', 'c.code'])
      .execute();
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
  /** Received and answered per month, from the month rows in [from, to] ('YYYY-MM'). */
  async monthlyTrend(db: DbOrTx, tenantId: string, from: string, to: string) {
    return db
      .selectFrom('complaints_monthly')
      .select((eb) => [
        eb.ref('month').as('month'),
        eb.fn.sum<number>('received').as('received'),
        eb.fn.sum<number>('answered').as('answered'),
        eb.fn.sum<number>('answered_on_time').as('answered_on_time'),
      ])
      .where('tenant_id', '=', tenantId)
      .where('month', '>=', from)
      .where('month', '<=', to)
      .groupBy('month')
      .execute();
  },
  /** Received and answered per month, from the day rows in [from, to] (local dates): the partial months. */
  async dailyTrend(db: DbOrTx, tenantId: string, from: string, to: string) {
    const month = sql<string>`substr(day, 1, 7)`;
    return db
      .selectFrom('complaints_daily')
      .select((eb) => [
        month.as('month'),
        eb.fn.sum<number>('received').as('received'),
        eb.fn.sum<number>('answered').as('answered'),
        eb.fn.sum<number>('answered_on_time').as('answered_on_time'),
      ])
      .where('tenant_id', '=', tenantId)
      .where('day', '>=', from)
      .where('day', '<=', to)
      .groupBy(month)
      .execute();
  },
  /** Raised by the database on every write to the statistics counters or the categories (migration 2005). */
  async statsRevision(db: DbOrTx, tenantId: string): Promise<number> {
    const row = await db
      .selectFrom('complaints_stats_revisions')
      .select('revision')
      .where('tenant_id', '=', tenantId)
      .executeTakeFirst();
    return Number(row?.revision ?? 0);
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
