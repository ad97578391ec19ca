import type { DbOrTx } from '../../../platform/db/database';
import { byId, inTenant, ofEmployees, updateFromStatus } from './query';
import type { PlansTable, PlanVersionsTable } from './tables';

/** SKP plans and every version of their content. */
export const plansRepo = {
  plan: (db: DbOrTx, tenantId: string, id: string) => byId(db, 'performance_plans', tenantId, id),
  planOf: (db: DbOrTx, tenantId: string, employeeId: string, year: number) =>
    inTenant(db, 'performance_plans', tenantId)
      .where('employee_id', '=', employeeId)
      .where('year', '=', year)
      .executeTakeFirst(),
  plansOf: (db: DbOrTx, tenantId: string, employeeIds: string[], year: number) =>
    employeeIds.length === 0
      ? Promise.resolve([] as PlansTable[])
      : ofEmployees(db, 'performance_plans', tenantId, employeeIds).where('year', '=', year).execute(),
  insertPlan: (db: DbOrTx, row: PlansTable) => db.insertInto('performance_plans').values(row).execute(),
  /** Conditional on the status read, so two concurrent decisions cannot both apply. */
  updatePlan: (db: DbOrTx, tenantId: string, id: string, fromStatus: string, changes: Partial<PlansTable>) =>
    updateFromStatus(db, 'performance_plans', tenantId, id, fromStatus, changes),
  versions: (db: DbOrTx, tenantId: string, planId: string) =>
    inTenant(db, 'performance_plan_versions', tenantId).where('plan_id', '=', planId).orderBy('version').execute(),
  version: (db: DbOrTx, tenantId: string, planId: string, version: number) =>
    inTenant(db, 'performance_plan_versions', tenantId)
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
};
