import { ELEMENT_CODES } from '@lentera/common';
import { type Insertable, sql } from 'kysely';
import type { DbOrTx } from '../../../platform/db/database';
import { insertRows } from '../../../platform/db/insert-rows';
import type { ResponsesTable } from './tables';

/** The sums of one group of responses: the count and the sum of each element's answers (integers). */
export interface SumsRow {
  unitId: string;
  unitName: string;
  serviceKey: string;
  serviceName: string;
  channel: string;
  period: string;
  n: number;
  sums: number[];
}

const U = ELEMENT_CODES.map((_, i) => `u${i + 1}` as const);

function sumsOf(row: Record<string, unknown>): SumsRow {
  return {
    unitId: String(row.unit_id),
    unitName: String(row.unit_name),
    serviceKey: String(row.service_key ?? ''),
    serviceName: String(row.service_name ?? ''),
    channel: String(row.channel),
    period: String(row.period),
    n: Number(row.n),
    sums: U.map((u) => Number(row[`s_${u}`])),
  };
}

const sumColumns = U.map((u) => sql<string>`sum(${sql.ref(u)})`.as(`s_${u}`));

/** The responses' reads and writes; every query names the tenant. */
export const responsesRepo = {
  /** Marks a visit link used: false when it was used already (the unique key decides, also across nodes). */
  async markLinkUsed(db: DbOrTx, tenantId: string, hash: string): Promise<boolean> {
    const result = await db
      .insertInto('surveys_used_links')
      .values({ tenant_id: tenantId, hash })
      .onConflict((oc) => oc.columns(['tenant_id', 'hash']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  },
  async linkUsed(db: DbOrTx, tenantId: string, hash: string): Promise<boolean> {
    const row = await db
      .selectFrom('surveys_used_links')
      .select('hash')
      .where('tenant_id', '=', tenantId)
      .where('hash', '=', hash)
      .executeTakeFirst();
    return row !== undefined;
  },
  async insert(db: DbOrTx, row: Insertable<ResponsesTable>): Promise<void> {
    await db.insertInto('surveys_responses').values(row).execute();
  },
  async insertMany(db: DbOrTx, rows: readonly Insertable<ResponsesTable>[]): Promise<void> {
    await insertRows(db, 'surveys_responses', rows);
  },
  async paperNumberTaken(db: DbOrTx, tenantId: string, unitId: string, period: string, number: string) {
    const row = await db
      .selectFrom('surveys_responses')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('unit_id', '=', unitId)
      .where('period', '=', period)
      .where('paper_form_number', '=', number)
      .executeTakeFirst();
    return row !== undefined;
  },

  /** One grouped scan: the sums per unit, service and channel of a period (one unit, or all). */
  async sums(db: DbOrTx, tenantId: string, period: string, unitId?: string): Promise<SumsRow[]> {
    let query = db
      .selectFrom('surveys_responses')
      .select([
        'unit_id',
        'service_key',
        'channel',
        'period',
        (eb) => eb.fn.max('unit_name').as('unit_name'),
        (eb) => eb.fn.max('service_name').as('service_name'),
        (eb) => eb.fn.countAll().as('n'),
        ...sumColumns,
      ])
      .where('tenant_id', '=', tenantId)
      .where('period', '=', period);
    if (unitId) query = query.where('unit_id', '=', unitId);
    const rows = await query.groupBy(['unit_id', 'period', 'channel', 'service_key']).execute();
    return rows.map((r) => sumsOf(r as Record<string, unknown>));
  },

  /** The sums per period and channel of one unit (trends). */
  async sumsByPeriod(db: DbOrTx, tenantId: string, unitId: string): Promise<SumsRow[]> {
    const rows = await db
      .selectFrom('surveys_responses')
      .select([
        'unit_id',
        'channel',
        'period',
        (eb) => eb.fn.max('unit_name').as('unit_name'),
        (eb) => eb.fn.countAll().as('n'),
        ...sumColumns,
      ])
      .where('tenant_id', '=', tenantId)
      .where('unit_id', '=', unitId)
      .groupBy(['unit_id', 'period', 'channel'])
      .orderBy('period')
      .execute();
    return rows.map((r) => sumsOf(r as Record<string, unknown>));
  },

  /** Verified respondents of a unit's period by their four details (one grouped query). */
  async details(db: DbOrTx, tenantId: string, unitId: string, period: string) {
    const rows = await db
      .selectFrom('surveys_responses')
      .select(['age_band', 'sex', 'education', 'occupation', (eb) => eb.fn.countAll().as('n')])
      .where('tenant_id', '=', tenantId)
      .where('unit_id', '=', unitId)
      .where('period', '=', period)
      .where('channel', '<>', 'public_link')
      .groupBy(['age_band', 'sex', 'education', 'occupation'])
      .execute();
    return rows.map((r) => ({ ...r, n: Number(r.n) }));
  },

  /** Responses with a comment or extra answers, newest day first, a page at a time. */
  async comments(
    db: DbOrTx,
    tenantId: string,
    filter: { unitId: string; period: string; channel?: string },
    page: { offset: number; limit: number },
  ) {
    let query = db
      .selectFrom('surveys_responses')
      .where('tenant_id', '=', tenantId)
      .where('unit_id', '=', filter.unitId)
      .where('period', '=', filter.period)
      .where((eb) => eb.or([eb('comment', '<>', ''), eb('extra', '<>', '{}')]));
    if (filter.channel) query = query.where('channel', '=', filter.channel);
    const [rows, total] = await Promise.all([
      query
        .select(['created_day', 'service_name', 'channel', 'comment', 'extra'])
        .orderBy('created_day', 'desc')
        .orderBy('id')
        .offset(page.offset)
        .limit(page.limit)
        .execute(),
      query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst(),
    ]);
    return { rows, total: Number(total?.n ?? 0) };
  },

  /** Periods in which the tenant has responses, newest first. */
  async periods(db: DbOrTx, tenantId: string): Promise<string[]> {
    const rows = await db
      .selectFrom('surveys_responses')
      .select('period')
      .distinct()
      .where('tenant_id', '=', tenantId)
      .orderBy('period', 'desc')
      .execute();
    return rows.map((r) => r.period);
  },
};
