import type { DbOrTx } from '../../../platform/db/database';
import type { EmployeesTable, HistoryTable } from './tables';

/** Employees and their career history. Every query is scoped by tenant. */
export const employeesRepo = {
  employee(db: DbOrTx, tenantId: string, id: string) {
    return db
      .selectFrom('people_employees')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  },
  employeeByNip(db: DbOrTx, tenantId: string, nip: string) {
    return db
      .selectFrom('people_employees')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('nip', '=', nip)
      .executeTakeFirst();
  },
  employeeByAccount(db: DbOrTx, tenantId: string, accountId: string) {
    return db
      .selectFrom('people_employees')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('account_id', '=', accountId)
      .where('employment', '=', 'active')
      .executeTakeFirst();
  },
  insertEmployees(db: DbOrTx, rows: EmployeesTable[]) {
    return db.insertInto('people_employees').values(rows).execute();
  },
  updateEmployee(db: DbOrTx, tenantId: string, id: string, changes: Partial<EmployeesTable>) {
    return db
      .updateTable('people_employees')
      .set(changes)
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  },
  /** The optimistic lock: succeeds only if nobody saved since `version` was read. */
  async updateEmployeeIfVersion(
    db: DbOrTx,
    tenantId: string,
    id: string,
    version: number,
    changes: Partial<EmployeesTable>,
  ) {
    const result = await db
      .updateTable('people_employees')
      .set({ ...changes, version: version + 1 })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },
  subordinatesOf(db: DbOrTx, tenantId: string, employeeId: string) {
    return db
      .selectFrom('people_employees')
      .select(['id'])
      .where('tenant_id', '=', tenantId)
      .where('superior_id', '=', employeeId)
      .where('employment', '=', 'active')
      .execute();
  },

  history(db: DbOrTx, tenantId: string, employeeId: string) {
    return db
      .selectFrom('people_history')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('employee_id', '=', employeeId)
      .orderBy('tmt')
      .orderBy('recorded_at')
      .execute();
  },
  insertHistory(db: DbOrTx, rows: HistoryTable[]) {
    return db.insertInto('people_history').values(rows).execute();
  },
};
