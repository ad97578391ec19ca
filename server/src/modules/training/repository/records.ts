import { sql } from 'kysely';
import type { DbOrTx } from '../../../platform/db/database';
import type { ExternalTable, NeedsTable, PlanItemsTable } from './tables';

/** External training, JP sums for compliance, needs and the plan. */
export const recordsRepo = {
  external(db: DbOrTx, tenantId: string, id: string) {
    return db
      .selectFrom('training_external')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  },
  externalOfEmployee(db: DbOrTx, tenantId: string, employeeId: string) {
    return db
      .selectFrom('training_external')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('employee_id', '=', employeeId)
      .orderBy('created_at', 'desc')
      .execute();
  },
  async externalPage(db: DbOrTx, tenantId: string, f: { status?: string; page: number; pageSize: number }) {
    let q = db.selectFrom('training_external').where('tenant_id', '=', tenantId);
    if (f.status) q = q.where('status', '=', f.status);
    const [{ n }] = (await q.select((eb) => eb.fn.countAll<number>().as('n')).execute()) as [{ n: number }];
    const items = await q
      .selectAll()
      .orderBy('created_at')
      .orderBy('id')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute();
    return { items, total: Number(n) };
  },
  async insertExternal(db: DbOrTx, row: ExternalTable): Promise<void> {
    await db.insertInto('training_external').values(row).execute();
  },
  async decideExternal(db: DbOrTx, tenantId: string, id: string, set: Partial<ExternalTable>): Promise<boolean> {
    const result = await db
      .updateTable('training_external')
      .set(set)
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('status', '=', 'submitted')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  /** JP credited per employee in [from, to] (events completed, verified external training ended), in two scans. */
  async jpByEmployee(db: DbOrTx, tenantId: string, from: string, to: string, employeeIds?: string[]) {
    const out = new Map<string, number>();
    if (employeeIds && employeeIds.length === 0) return out;
    let events = db
      .selectFrom('training_registrations')
      .select(['employee_id', (eb) => eb.fn.sum<number>('jp_credited').as('jp')])
      .where('tenant_id', '=', tenantId)
      .where('completed_on', '>=', from)
      .where('completed_on', '<=', to);
    let external = db
      .selectFrom('training_external')
      .select(['employee_id', (eb) => eb.fn.sum<number>('jp').as('jp')])
      .where('tenant_id', '=', tenantId)
      .where('status', '=', 'verified')
      .where('ended_on', '>=', from)
      .where('ended_on', '<=', to);
    if (employeeIds) {
      events = events.where('employee_id', 'in', employeeIds);
      external = external.where('employee_id', 'in', employeeIds);
    }
    for (const rows of await Promise.all([
      events.groupBy('employee_id').execute(),
      external.groupBy('employee_id').execute(),
    ]))
      for (const r of rows) out.set(r.employee_id, (out.get(r.employee_id) ?? 0) + Number(r.jp));
    return out;
  },
  /** Programme ids each employee has ever completed (the mandatory ones missing are the rest). */
  async completedProgrammes(db: DbOrTx, tenantId: string, programmeIds: string[], employeeIds?: string[]) {
    const out = new Map<string, Set<string>>();
    if ((employeeIds && employeeIds.length === 0) || programmeIds.length === 0) return out;
    let q = db
      .selectFrom('training_registrations as r')
      .innerJoin('training_events as e', 'e.id', 'r.event_id')
      .select(['r.employee_id', 'e.programme_id'])
      .where('r.tenant_id', '=', tenantId)
      .where('r.status', '=', 'completed')
      .where('e.programme_id', 'in', programmeIds);
    if (employeeIds) q = q.where('r.employee_id', 'in', employeeIds);
    for (const r of await q.distinct().execute()) {
      const set = out.get(r.employee_id) ?? new Set<string>();
      set.add(r.programme_id);
      out.set(r.employee_id, set);
    }
    return out;
  },
  /** Completions of a programme in [from, to], by employee (the plan's progress). */
  completersOf(db: DbOrTx, tenantId: string, programmeIds: string[], from: string, to: string) {
    if (!programmeIds.length) return Promise.resolve([]);
    return db
      .selectFrom('training_registrations as r')
      .innerJoin('training_events as e', 'e.id', 'r.event_id')
      .select(['e.programme_id', 'r.employee_id'])
      .where('r.tenant_id', '=', tenantId)
      .where('e.programme_id', 'in', programmeIds)
      .where('r.status', '=', 'completed')
      .where('r.completed_on', '>=', from)
      .where('r.completed_on', '<=', to)
      .distinct()
      .execute();
  },

  need(db: DbOrTx, tenantId: string, id: string) {
    return db
      .selectFrom('training_needs')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  },
  needs(
    db: DbOrTx,
    tenantId: string,
    f: { year?: number; status?: string; unitId?: string; employeeId?: string; ids?: string[] },
  ) {
    if (f.ids && f.ids.length === 0) return Promise.resolve([]);
    let q = db.selectFrom('training_needs').selectAll().where('tenant_id', '=', tenantId);
    if (f.year !== undefined) q = q.where('year', '=', f.year);
    if (f.status) q = q.where('status', '=', f.status);
    if (f.unitId) q = q.where('unit_id', '=', f.unitId);
    if (f.employeeId) q = q.where('employee_id', '=', f.employeeId);
    if (f.ids) q = q.where('id', 'in', f.ids);
    return q.orderBy('created_at').orderBy('id').execute();
  },
  /** Adds the needs not stored yet (by their dedupe key); returns those added. */
  async insertNeeds(db: DbOrTx, rows: NeedsTable[]): Promise<NeedsTable[]> {
    if (!rows.length) return [];
    const existing = new Set(
      (
        await db
          .selectFrom('training_needs')
          .select('dedupe_key')
          .where('tenant_id', '=', rows[0]!.tenant_id)
          .where(
            'dedupe_key',
            'in',
            rows.map((r) => r.dedupe_key),
          )
          .execute()
      ).map((r) => r.dedupe_key),
    );
    const fresh = rows.filter((r) => !existing.has(r.dedupe_key));
    if (fresh.length) await db.insertInto('training_needs').values(fresh).execute();
    return fresh;
  },
  async updateNeeds(db: DbOrTx, tenantId: string, ids: string[], set: Partial<NeedsTable>): Promise<void> {
    if (!ids.length) return;
    await db.updateTable('training_needs').set(set).where('tenant_id', '=', tenantId).where('id', 'in', ids).execute();
  },
  async needCounts(db: DbOrTx, tenantId: string, planItemIds: string[]) {
    if (!planItemIds.length) return new Map<string, number>();
    const rows = await db
      .selectFrom('training_needs')
      .select(['plan_item_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('tenant_id', '=', tenantId)
      .where('plan_item_id', 'in', planItemIds)
      .groupBy('plan_item_id')
      .execute();
    return new Map(rows.map((r) => [r.plan_item_id as string, Number(r.n)]));
  },

  planItem(db: DbOrTx, tenantId: string, id: string) {
    return db
      .selectFrom('training_plan_items')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  },
  planItems(db: DbOrTx, tenantId: string, year: number) {
    return db
      .selectFrom('training_plan_items')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('year', '=', year)
      .orderBy(sql`lower(title)`)
      .orderBy('id')
      .execute();
  },
  async insertPlanItem(db: DbOrTx, row: PlanItemsTable): Promise<void> {
    await db.insertInto('training_plan_items').values(row).execute();
  },
  async updatePlanItem(db: DbOrTx, tenantId: string, id: string, set: Partial<PlanItemsTable>): Promise<void> {
    await db
      .updateTable('training_plan_items')
      .set(set)
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  },
};
