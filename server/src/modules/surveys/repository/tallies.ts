import { ELEMENT_CODES } from '@lentera/common';
import { type Insertable, sql } from 'kysely';
import type { DbOrTx } from '../../../platform/db/database';
import type { ResponsesTable } from './tables';

/** Per unit, period, channel and service: the count and the sum of each element's answers (kept in step). */
export interface TalliesTable {
  tenant_id: string;
  unit_id: string;
  period: string;
  channel: string;
  service_key: string;
  /** 0–7: a group's tally is spread over a few rows (summed on read). */
  shard: number;
  unit_name: string;
  service_name: string;
  n: number | string;
  s_u1: number | string;
  s_u2: number | string;
  s_u3: number | string;
  s_u4: number | string;
  s_u5: number | string;
  s_u6: number | string;
  s_u7: number | string;
  s_u8: number | string;
  s_u9: number | string;
}

/** Per unit and period: verified respondents (not the open link) by one of their four details. */
export interface DetailTalliesTable {
  tenant_id: string;
  unit_id: string;
  period: string;
  dimension: string;
  value: string;
  shard: number;
  n: number | string;
}

declare module '../../../platform/db/schema' {
  interface Database {
    surveys_tallies: TalliesTable;
    surveys_detail_tallies: DetailTalliesTable;
  }
}

const U = ELEMENT_CODES.map((_, i) => `u${i + 1}` as const);
const SUMS = U.map((u) => `s_${u}` as const);
const DETAILS = ['age_band', 'sex', 'education', 'occupation'] as const;
/**
 * A group's tally is spread over this many rows, one chosen at random per write: on PostgreSQL an answer holds its
 * tally row's lock until it commits, and answers of the same service written at once would otherwise queue for it.
 */
const SHARDS = 8;
const plus = (table: string, column: string) =>
  sql<number>`${sql.ref(`${table}.${column}`)} + ${sql.ref(`excluded.${column}`)}`;

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

function sumsOf(row: Record<string, unknown>): SumsRow {
  return {
    unitId: String(row.unit_id),
    unitName: String(row.unit_name ?? ''),
    serviceKey: String(row.service_key ?? ''),
    serviceName: String(row.service_name ?? ''),
    channel: String(row.channel),
    period: String(row.period),
    n: Number(row.n),
    sums: SUMS.map((s) => Number(row[s])),
  };
}

/**
 * The results kept as responses are written, in the same transaction: a response adds one to its group's count and
 * its answers to the group's sums, so a unit's IKM reads a few rows however many responses it has, and stays exactly
 * what the stored answers give (a test recomputes it from them).
 */
export const talliesRepo = {
  /** Adds written responses to the tallies: one upsert per table for the whole batch, keys in a fixed order. */
  async add(db: DbOrTx, rows: readonly Insertable<ResponsesTable>[]): Promise<void> {
    if (rows.length === 0) return;
    const shard = Math.floor(Math.random() * SHARDS);
    type Group = Omit<TalliesTable, 'n'> & { n: number; [sum: string]: string | number };
    const groups = new Map<string, Group>();
    const details = new Map<string, Insertable<DetailTalliesTable> & { n: number }>();
    for (const r of rows) {
      const key = `${r.tenant_id}|${r.unit_id}|${r.period}|${r.channel}|${r.service_key}`;
      const group: Group = groups.get(key) ?? {
        tenant_id: r.tenant_id,
        unit_id: r.unit_id,
        period: r.period,
        channel: r.channel,
        service_key: r.service_key,
        shard,
        unit_name: r.unit_name,
        service_name: r.service_name,
        n: 0,
        s_u1: 0,
        s_u2: 0,
        s_u3: 0,
        s_u4: 0,
        s_u5: 0,
        s_u6: 0,
        s_u7: 0,
        s_u8: 0,
        s_u9: 0,
      };
      group.n += 1;
      const answers = r as unknown as Record<string, number>;
      for (const [i, u] of U.entries())
        group[SUMS[i] as string] = Number(group[SUMS[i] as string]) + Number(answers[u]);
      group.unit_name = r.unit_name;
      group.service_name = r.service_name;
      groups.set(key, group);
      if (r.channel === 'public_link') continue;
      for (const dimension of DETAILS) {
        const value = String(r[dimension]);
        const dkey = `${r.tenant_id}|${r.unit_id}|${r.period}|${dimension}|${value}`;
        const detail = details.get(dkey) ?? {
          tenant_id: r.tenant_id,
          unit_id: r.unit_id,
          period: r.period,
          dimension,
          value,
          shard,
          n: 0,
        };
        detail.n += 1;
        details.set(dkey, detail);
      }
    }
    const ordered = <T>(map: Map<string, T>) => [...map].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v);
    // A large batch (the seed, bench data) in slices that stay under the databases' parameter limits.
    const talliesRows = ordered(groups);
    for (let i = 0; i < talliesRows.length; i += 500)
      await db
        .insertInto('surveys_tallies')
        .values(talliesRows.slice(i, i + 500))
        .onConflict((oc) =>
          oc.columns(['tenant_id', 'unit_id', 'period', 'channel', 'service_key', 'shard']).doUpdateSet({
            unit_name: sql<string>`${sql.ref('excluded.unit_name')}`,
            service_name: sql<string>`${sql.ref('excluded.service_name')}`,
            n: plus('surveys_tallies', 'n'),
            ...Object.fromEntries(SUMS.map((s) => [s, plus('surveys_tallies', s)])),
          }),
        )
        .execute();
    const detailRows = ordered(details);
    for (let i = 0; i < detailRows.length; i += 1000)
      await db
        .insertInto('surveys_detail_tallies')
        .values(detailRows.slice(i, i + 1000))
        .onConflict((oc) =>
          oc
            .columns(['tenant_id', 'unit_id', 'period', 'dimension', 'value', 'shard'])
            .doUpdateSet({ n: plus('surveys_detail_tallies', 'n') }),
        )
        .execute();
  },

  /** The sums per unit, service and channel of a period (one unit, or all), its shards added up. */
  async sums(db: DbOrTx, tenantId: string, period: string, unitId?: string): Promise<SumsRow[]> {
    let query = db
      .selectFrom('surveys_tallies')
      .select([
        'unit_id',
        'period',
        'channel',
        'service_key',
        (eb) => eb.fn.max('unit_name').as('unit_name'),
        (eb) => eb.fn.max('service_name').as('service_name'),
        (eb) => eb.fn.sum('n').as('n'),
        ...SUMS.map((s) => sql<string>`sum(${sql.ref(s)})`.as(s)),
      ])
      .where('tenant_id', '=', tenantId)
      .where('period', '=', period);
    if (unitId) query = query.where('unit_id', '=', unitId);
    const rows = await query
      .groupBy(['unit_id', 'period', 'channel', 'service_key'])
      .orderBy('unit_id')
      .orderBy('channel')
      .orderBy('service_key')
      .execute();
    return rows.map((r) => sumsOf(r as unknown as Record<string, unknown>));
  },

  /** The sums per period and channel of one unit (trends). */
  async sumsByPeriod(db: DbOrTx, tenantId: string, unitId: string): Promise<SumsRow[]> {
    const rows = await db
      .selectFrom('surveys_tallies')
      .select([
        'unit_id',
        'channel',
        'period',
        (eb) => eb.fn.max('unit_name').as('unit_name'),
        (eb) => eb.fn.sum('n').as('n'),
        ...SUMS.map((s) => sql<string>`sum(${sql.ref(s)})`.as(s)),
      ])
      .where('tenant_id', '=', tenantId)
      .where('unit_id', '=', unitId)
      .groupBy(['unit_id', 'period', 'channel'])
      .orderBy('period')
      .execute();
    return rows.map((r) => sumsOf(r as unknown as Record<string, unknown>));
  },

  /** Verified respondents of a unit's period by each of their four details. */
  async details(db: DbOrTx, tenantId: string, unitId: string, period: string) {
    const rows = await db
      .selectFrom('surveys_detail_tallies')
      .select(['dimension', 'value', (eb) => eb.fn.sum('n').as('n')])
      .where('tenant_id', '=', tenantId)
      .where('unit_id', '=', unitId)
      .where('period', '=', period)
      .groupBy(['dimension', 'value'])
      .execute();
    return rows.map((r) => ({ dimension: r.dimension, value: r.value, n: Number(r.n) }));
  },
};
