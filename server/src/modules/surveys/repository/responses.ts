import type { Insertable } from 'kysely';
import type { Db, DbOrTx } from '../../../platform/db/database';
import { insertRows } from '../../../platform/db/insert-rows';
import type { ResponsesTable } from './tables';
import { talliesRepo } from './tallies';

export type { SumsRow } from './tallies';

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
  /** Writes a response and adds it to the tallies: call it in a transaction (saveResponse does). */
  async insert(db: DbOrTx, row: Insertable<ResponsesTable>): Promise<void> {
    await db.insertInto('surveys_responses').values(row).execute();
    await talliesRepo.add(db, [row]);
  },
  /** Writes responses and adds them to the tallies, in one transaction of its own unless given one. */
  async insertMany(db: DbOrTx, rows: readonly Insertable<ResponsesTable>[]): Promise<void> {
    const write = async (tx: DbOrTx) => {
      await insertRows(tx, 'surveys_responses', rows);
      await talliesRepo.add(tx, rows);
    };
    if (db.isTransaction) await write(db);
    else await (db as Db).transaction().execute(write);
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

  /** The sums per unit, service and channel of a period (one unit, or all), from the tallies. */
  sums: talliesRepo.sums,
  /** The sums per period and channel of one unit (trends), from the tallies. */
  sumsByPeriod: talliesRepo.sumsByPeriod,
  /** Verified respondents of a unit's period by each detail, from the tallies. */
  details: talliesRepo.details,

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
