import type { DbOrTx } from '../../../platform/db/database';
import { byId, inTenant, ofEmployees, updateFromStatus } from './query';
import type { EvidenceFilesTable, ReportRoundsTable, ReportsTable } from './tables';

/** Periodic reports and their rounds (every submission with its decision). */
export const reportsRepo = {
  report: (db: DbOrTx, tenantId: string, id: string) => byId(db, 'performance_reports', tenantId, id),
  reportOf: (db: DbOrTx, tenantId: string, employeeId: string, year: number, periodIndex: number) =>
    inTenant(db, 'performance_reports', tenantId)
      .where('employee_id', '=', employeeId)
      .where('year', '=', year)
      .where('period_index', '=', periodIndex)
      .executeTakeFirst(),
  reportsOfEmployee: (db: DbOrTx, tenantId: string, employeeId: string, year?: number) => {
    let q = inTenant(db, 'performance_reports', tenantId).where('employee_id', '=', employeeId);
    if (year !== undefined) q = q.where('year', '=', year);
    return q.orderBy('year').orderBy('period_index').execute();
  },
  reportsOf: (db: DbOrTx, tenantId: string, employeeIds: string[], year: number, periodIndex?: number) => {
    if (employeeIds.length === 0) return Promise.resolve([] as ReportsTable[]);
    let q = ofEmployees(db, 'performance_reports', tenantId, employeeIds).where('year', '=', year);
    if (periodIndex !== undefined) q = q.where('period_index', '=', periodIndex);
    return q.execute();
  },
  insertReport: (db: DbOrTx, row: ReportsTable) => db.insertInto('performance_reports').values(row).execute(),
  /** Conditional on the status read, so two concurrent submissions or reviews cannot both apply. */
  updateReport: (db: DbOrTx, tenantId: string, id: string, fromStatus: string, changes: Partial<ReportsTable>) =>
    updateFromStatus(db, 'performance_reports', tenantId, id, fromStatus, changes),
  rounds: (db: DbOrTx, tenantId: string, reportId: string) =>
    inTenant(db, 'performance_report_rounds', tenantId).where('report_id', '=', reportId).orderBy('round').execute(),
  insertRound: (db: DbOrTx, row: ReportRoundsTable) => db.insertInto('performance_report_rounds').values(row).execute(),
  decideRound: (db: DbOrTx, tenantId: string, reportId: string, round: number, changes: Partial<ReportRoundsTable>) =>
    db
      .updateTable('performance_report_rounds')
      .set(changes)
      .where('tenant_id', '=', tenantId)
      .where('report_id', '=', reportId)
      .where('round', '=', round)
      .execute(),

  evidenceFiles: (db: DbOrTx, tenantId: string, reportId: string) =>
    inTenant(db, 'performance_evidence_files', tenantId)
      .where('report_id', '=', reportId)
      .orderBy('created_at')
      .execute(),
  evidenceFile: (db: DbOrTx, tenantId: string, id: string) => byId(db, 'performance_evidence_files', tenantId, id),
  insertEvidenceFiles: (db: DbOrTx, rows: EvidenceFilesTable[]) =>
    db.insertInto('performance_evidence_files').values(rows).execute(),
  deleteEvidenceFile: (db: DbOrTx, tenantId: string, id: string) =>
    db.deleteFrom('performance_evidence_files').where('tenant_id', '=', tenantId).where('id', '=', id).execute(),
};
