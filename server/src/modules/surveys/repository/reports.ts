import type { Insertable, Updateable } from 'kysely';
import type { DbOrTx } from '../../../platform/db/database';
import type {
  KioskSessionRow,
  KioskSessionsTable,
  PlanActionRow,
  PlanActionsTable,
  ReportRow,
  ReportsTable,
} from './tables';

/** Reports, improvement plans, visits entered and kiosk sessions. */
export const reportsRepo = {
  report(db: DbOrTx, tenantId: string, unitId: string, period: string): Promise<ReportRow | undefined> {
    return db
      .selectFrom('surveys_reports')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('unit_id', '=', unitId)
      .where('period', '=', period)
      .executeTakeFirst();
  },
  reportById(db: DbOrTx, tenantId: string, id: string): Promise<ReportRow | undefined> {
    return db
      .selectFrom('surveys_reports')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  },
  reports(db: DbOrTx, tenantId: string, filter: { period?: string; unitId?: string } = {}): Promise<ReportRow[]> {
    let query = db.selectFrom('surveys_reports').selectAll().where('tenant_id', '=', tenantId);
    if (filter.period) query = query.where('period', '=', filter.period);
    if (filter.unitId) query = query.where('unit_id', '=', filter.unitId);
    return query.orderBy('period', 'desc').execute();
  },
  async publishedPeriods(db: DbOrTx, tenantId: string): Promise<string[]> {
    const rows = await db
      .selectFrom('surveys_reports')
      .select('period')
      .distinct()
      .where('tenant_id', '=', tenantId)
      .orderBy('period', 'desc')
      .execute();
    return rows.map((r) => r.period);
  },
  /** False when the unit's period was published meanwhile (the unique key decides). */
  async insertReport(db: DbOrTx, row: Insertable<ReportsTable>): Promise<boolean> {
    const result = await db
      .insertInto('surveys_reports')
      .values(row)
      .onConflict((oc) => oc.columns(['tenant_id', 'unit_id', 'period']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  },

  plan(db: DbOrTx, tenantId: string, filter: { unitId?: string; period?: string } = {}): Promise<PlanActionRow[]> {
    let query = db.selectFrom('surveys_plan_actions').selectAll().where('tenant_id', '=', tenantId);
    if (filter.unitId) query = query.where('unit_id', '=', filter.unitId);
    if (filter.period) query = query.where('period', '=', filter.period);
    return query.orderBy('period', 'desc').orderBy('element').orderBy('created_at').execute();
  },
  action(db: DbOrTx, tenantId: string, id: string): Promise<PlanActionRow | undefined> {
    return db
      .selectFrom('surveys_plan_actions')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  },
  async insertActions(db: DbOrTx, rows: Insertable<PlanActionsTable>[]): Promise<void> {
    if (rows.length) await db.insertInto('surveys_plan_actions').values(rows).execute();
  },
  async updateAction(db: DbOrTx, tenantId: string, id: string, set: Updateable<PlanActionsTable>): Promise<void> {
    await db
      .updateTable('surveys_plan_actions')
      .set(set)
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  },
  async deleteAction(db: DbOrTx, tenantId: string, id: string): Promise<void> {
    await db.deleteFrom('surveys_plan_actions').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
  },

  async visitCount(db: DbOrTx, tenantId: string, unitId: string, period: string): Promise<number | null> {
    const row = await db
      .selectFrom('surveys_visit_counts')
      .select('visits')
      .where('tenant_id', '=', tenantId)
      .where('unit_id', '=', unitId)
      .where('period', '=', period)
      .executeTakeFirst();
    return row ? Number(row.visits) : null;
  },
  async setVisitCount(
    db: DbOrTx,
    row: {
      tenant_id: string;
      unit_id: string;
      period: string;
      visits: number;
      updated_by: string | null;
      updated_at: string;
    },
  ): Promise<void> {
    await db
      .insertInto('surveys_visit_counts')
      .values(row)
      .onConflict((oc) =>
        oc
          .columns(['tenant_id', 'unit_id', 'period'])
          .doUpdateSet({ visits: row.visits, updated_by: row.updated_by, updated_at: row.updated_at }),
      )
      .execute();
  },

  async insertKioskSession(db: DbOrTx, row: Insertable<KioskSessionsTable>): Promise<void> {
    await db.insertInto('surveys_kiosk_sessions').values(row).execute();
  },
  kioskSession(db: DbOrTx, tenantId: string, id: string): Promise<KioskSessionRow | undefined> {
    return db
      .selectFrom('surveys_kiosk_sessions')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  },
  /** Ends a session: false when it was ended already (a second answer from the same kiosk session). */
  async endKioskSession(db: DbOrTx, tenantId: string, id: string): Promise<boolean> {
    const result = await db
      .deleteFrom('surveys_kiosk_sessions')
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  },
};
