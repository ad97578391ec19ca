import { PostgresAdapter, sql } from 'kysely';
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
  /**
   * Sets the direct superior of many employees (the reporting lines an import or a move recomputed). On PostgreSQL
   * one statement per 10,000 (a round trip each); on SQLite, where a statement costs none, one small update each.
   */
  async setSuperiors(db: DbOrTx, tenantId: string, changes: ReadonlyArray<{ id: string; superior_id: string | null }>) {
    if (!(db.getExecutor().adapter instanceof PostgresAdapter)) {
      for (const { id, superior_id } of changes) await employeesRepo.updateEmployee(db, tenantId, id, { superior_id });
      return;
    }
    for (let i = 0; i < changes.length; i += 10_000) {
      const chunk = JSON.stringify(changes.slice(i, i + 10_000));
      await sql`update people_employees as e set superior_id = v.superior_id
        from json_to_recordset(${chunk}::json) as v(id varchar(36), superior_id varchar(36))
        where e.tenant_id = ${tenantId} and e.id = v.id`.execute(db);
    }
  },
  /** PostgreSQL: the planner's statistics of the employee tables, refreshed after a bulk write (SQLite: nothing). */
  async refreshStatistics(db: DbOrTx) {
    if (db.getExecutor().adapter instanceof PostgresAdapter)
      await sql`analyze people_employees, people_history, people_positions`.execute(db);
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
