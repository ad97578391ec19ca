import type { DbOrTx } from '../../../platform/db/database';
import { byId, inTenant, updateFromStatus } from './query';
import type { AnnualsTable, CoachingTable } from './tables';

/** Annual results and the follow-up on them (coaching plans, referrals). */
export const annualsRepo = {
  annual: (db: DbOrTx, tenantId: string, id: string) => byId(db, 'performance_annuals', tenantId, id),
  annualOf: (db: DbOrTx, tenantId: string, employeeId: string, year: number) =>
    inTenant(db, 'performance_annuals', tenantId)
      .where('employee_id', '=', employeeId)
      .where('year', '=', year)
      .executeTakeFirst(),
  annualsOfEmployee: (db: DbOrTx, tenantId: string, employeeId: string) =>
    inTenant(db, 'performance_annuals', tenantId).where('employee_id', '=', employeeId).execute(),
  annualsOfUnit: (db: DbOrTx, tenantId: string, year: number, unitId: string | null) =>
    inTenant(db, 'performance_annuals', tenantId)
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
    let q = inTenant(db, 'performance_annuals', tenantId);
    if (filter.status) q = q.where('status', 'in', filter.status);
    return q.execute();
  },
  insertAnnual: (db: DbOrTx, row: AnnualsTable) => db.insertInto('performance_annuals').values(row).execute(),
  /** Conditional on the status read, so two concurrent decisions cannot both apply. */
  updateAnnual: (db: DbOrTx, tenantId: string, id: string, fromStatus: string, changes: Partial<AnnualsTable>) =>
    updateFromStatus(db, 'performance_annuals', tenantId, id, fromStatus, changes),

  coaching: (db: DbOrTx, tenantId: string, id: string) => byId(db, 'performance_coaching', tenantId, id),
  coachingOfAnnual: (db: DbOrTx, tenantId: string, annualId: string) =>
    inTenant(db, 'performance_coaching', tenantId).where('annual_id', '=', annualId).executeTakeFirst(),
  coachingList: (db: DbOrTx, tenantId: string, filter: { year?: number; referredOnly?: boolean }) => {
    let q = inTenant(db, 'performance_coaching', tenantId);
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
};
