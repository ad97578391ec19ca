import type { DbOrTx } from '../../../platform/db/database';
import type { CorrectionsTable, ImportsTable } from './tables';

/** Self-service corrections and imports. Every query is scoped by tenant. */
export const requestsRepo = {
  insertCorrection(db: DbOrTx, row: CorrectionsTable) {
    return db.insertInto('people_corrections').values(row).execute();
  },
  correction(db: DbOrTx, tenantId: string, id: string) {
    return db
      .selectFrom('people_corrections')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  },
  corrections(db: DbOrTx, tenantId: string, filter: { status?: string; employeeId?: string }) {
    let q = db
      .selectFrom('people_corrections')
      .innerJoin('people_employees', 'people_employees.id', 'people_corrections.employee_id')
      .select([
        'people_corrections.id',
        'people_corrections.employee_id',
        'people_corrections.changes',
        'people_corrections.reason',
        'people_corrections.status',
        'people_corrections.requested_at',
        'people_corrections.decided_at',
        'people_corrections.decision_note',
        'people_employees.name as employee_name',
        'people_employees.nip as employee_nip',
      ])
      .where('people_corrections.tenant_id', '=', tenantId);
    if (filter.status) q = q.where('people_corrections.status', '=', filter.status);
    if (filter.employeeId) q = q.where('people_corrections.employee_id', '=', filter.employeeId);
    return q.orderBy('people_corrections.requested_at', 'desc').limit(500).execute();
  },
  decideCorrection(db: DbOrTx, tenantId: string, id: string, changes: Partial<CorrectionsTable>) {
    return db
      .updateTable('people_corrections')
      .set(changes)
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .executeTakeFirst()
      .then((r) => Number(r.numUpdatedRows) === 1);
  },

  insertImport(db: DbOrTx, row: ImportsTable) {
    return db.insertInto('people_imports').values(row).execute();
  },
  /** The newest imports first; only those of `createdBy` when given. */
  imports(db: DbOrTx, tenantId: string, createdBy: string | null, limit: number) {
    let q = db
      .selectFrom('people_imports')
      .leftJoin('accounts', 'accounts.id', 'people_imports.created_by')
      .select([
        'people_imports.id',
        'people_imports.file_name',
        'people_imports.rows',
        'people_imports.errors',
        'people_imports.status',
        'people_imports.summary',
        'people_imports.created_at',
        'people_imports.applied_at',
        'accounts.name as created_by_name',
      ])
      .where('people_imports.tenant_id', '=', tenantId);
    if (createdBy) q = q.where('people_imports.created_by', '=', createdBy);
    return q.orderBy('people_imports.created_at', 'desc').orderBy('people_imports.id', 'desc').limit(limit).execute();
  },
  importRecord(db: DbOrTx, tenantId: string, id: string) {
    return db
      .selectFrom('people_imports')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  },
  /** Moves an import from one status to the next only if nobody moved it first. */
  claimImport(db: DbOrTx, tenantId: string, id: string, from: string, to: string) {
    return db
      .updateTable('people_imports')
      .set({ status: to })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('status', '=', from)
      .executeTakeFirst()
      .then((r) => Number(r.numUpdatedRows) === 1);
  },
  updateImport(db: DbOrTx, tenantId: string, id: string, changes: Partial<ImportsTable>) {
    return db
      .updateTable('people_imports')
      .set(changes)
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  },
};
