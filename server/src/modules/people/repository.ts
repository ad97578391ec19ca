import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database';

export interface UnitsTable {
  id: string;
  tenant_id: string;
  code: string;
  name: string;
  type: string;
  parent_id: string | null;
  path: string;
  opened_on: string;
  closed_on: string | null;
  created_at: string;
  updated_at: string;
}
export interface UnitChangesTable {
  id: string;
  tenant_id: string;
  unit_id: string;
  kind: string;
  effective_on: string;
  details: string;
  recorded_at: string;
  recorded_by: string | null;
}
export interface PositionsTable {
  id: string;
  tenant_id: string;
  unit_id: string;
  name: string;
  kind: string;
  fungsional_level: string | null;
  class: number;
  quota: number;
  is_head: number;
  created_at: string;
}
export interface EmployeesTable {
  id: string;
  tenant_id: string;
  nip: string;
  account_id: string | null;
  name: string;
  front_title: string | null;
  back_title: string | null;
  sex: string;
  birth_date: string;
  birth_place: string | null;
  education_level: string | null;
  education_major: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  photo_url: string | null;
  tmt_cpns: string | null;
  tmt_pns: string | null;
  superior_override_id: string | null;
  status: string;
  employment: string;
  golongan: string | null;
  position_id: string | null;
  unit_id: string | null;
  unit_path: string | null;
  position_kind: string | null;
  superior_id: string | null;
  search_name: string;
  version: number;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}
export interface HistoryTable {
  id: string;
  tenant_id: string;
  employee_id: string;
  tmt: string;
  sk_number: string | null;
  sk_date: string | null;
  position_id: string | null;
  unit_id: string | null;
  golongan: string | null;
  status: string | null;
  employment: string | null;
  note: string | null;
  recorded_at: string;
  recorded_by: string | null;
}
export interface CorrectionsTable {
  id: string;
  tenant_id: string;
  employee_id: string;
  changes: string;
  reason: string;
  status: string;
  requested_by: string;
  requested_at: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_note: string | null;
}
/** Raised by triggers on every write to employees, units and positions (migration 1004). */
export interface RevisionsTable {
  tenant_id: string;
  revision: number;
}
export interface ImportsTable {
  id: string;
  tenant_id: string;
  file_name: string;
  rows: number;
  errors: number;
  status: string;
  summary: string | null;
  created_by: string;
  created_at: string;
  applied_at: string | null;
}

declare module '../../platform/db/schema' {
  interface Database {
    people_units: UnitsTable;
    people_unit_changes: UnitChangesTable;
    people_positions: PositionsTable;
    people_employees: EmployeesTable;
    people_history: HistoryTable;
    people_corrections: CorrectionsTable;
    people_imports: ImportsTable;
    people_revisions: RevisionsTable;
  }
}

export const searchName = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Only this file touches the module's tables. Every query is scoped by tenant. */
export const peopleRepo = {
  unit(db: DbOrTx, tenantId: string, id: string) {
    return db
      .selectFrom('people_units')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  },
  unitByCode(db: DbOrTx, tenantId: string, code: string) {
    return db
      .selectFrom('people_units')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('code', '=', code)
      .executeTakeFirst();
  },
  units(db: DbOrTx, tenantId: string) {
    return db.selectFrom('people_units').selectAll().where('tenant_id', '=', tenantId).orderBy('path').execute();
  },
  insertUnit(db: DbOrTx, row: UnitsTable) {
    return db.insertInto('people_units').values(row).execute();
  },
  updateUnit(db: DbOrTx, tenantId: string, id: string, changes: Partial<UnitsTable>) {
    return db.updateTable('people_units').set(changes).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
  },
  /** Moves a subtree: every path under oldPrefix now starts with newPrefix, for units and employees alike. */
  async rewritePaths(db: DbOrTx, tenantId: string, oldPrefix: string, newPrefix: string) {
    const cut = oldPrefix.length + 1;
    await db
      .updateTable('people_units')
      .set({ path: sql<string>`${newPrefix} || substr(path, ${cut})` })
      .where('tenant_id', '=', tenantId)
      .where('path', 'like', `${oldPrefix}%`)
      .execute();
    await db
      .updateTable('people_employees')
      .set({ unit_path: sql<string>`${newPrefix} || substr(unit_path, ${cut})` })
      .where('tenant_id', '=', tenantId)
      .where('unit_path', 'like', `${oldPrefix}%`)
      .execute();
  },
  insertUnitChange(db: DbOrTx, row: UnitChangesTable) {
    return db.insertInto('people_unit_changes').values(row).execute();
  },
  unitChanges(db: DbOrTx, tenantId: string, unitId: string) {
    return db
      .selectFrom('people_unit_changes')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('unit_id', '=', unitId)
      .orderBy('effective_on', 'desc')
      .orderBy('recorded_at', 'desc')
      .execute();
  },
  activeCountUnder(db: DbOrTx, tenantId: string, pathPrefix: string) {
    return db
      .selectFrom('people_employees')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('tenant_id', '=', tenantId)
      .where('employment', '=', 'active')
      .where('unit_path', 'like', `${pathPrefix}%`)
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.n));
  },
  headcountsByUnit(db: DbOrTx, tenantId: string) {
    return db
      .selectFrom('people_employees')
      .select(['unit_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('tenant_id', '=', tenantId)
      .where('employment', '=', 'active')
      .groupBy('unit_id')
      .execute();
  },

  /** The tenant's people revision: it changes with every write to employees, units or positions. */
  revision(db: DbOrTx, tenantId: string) {
    return db
      .selectFrom('people_revisions')
      .select('revision')
      .where('tenant_id', '=', tenantId)
      .executeTakeFirst()
      .then((r) => Number(r?.revision ?? 0));
  },

  /**
   * Active employees counted by status, golongan, education, sex and age band in one pass over the
   * (partial, covering) `people_employees_stats` index. `ageCutoffs` maps each band to the latest birth date
   * it admits, oldest band first ("55+" → today minus 55 years); a birth date after every cutoff falls in
   * `youngestBand`.
   */
  workforceCounts(
    db: DbOrTx,
    tenantId: string,
    ageCutoffs: Array<{ band: string; bornOnOrBefore: string }>,
    youngestBand: string,
  ) {
    const whens = ageCutoffs.map((c) => sql`when birth_date <= ${c.bornOnOrBefore} then ${c.band}`);
    const ageBand = sql<string>`case ${sql.join(whens, sql` `)} else ${youngestBand} end`;
    const active = db
      .selectFrom('people_employees')
      .select(['status', 'golongan', 'education_level', 'sex', ageBand.as('age_band')])
      .where('tenant_id', '=', tenantId)
      .where('employment', '=', 'active')
      .as('active');
    return db
      .selectFrom(active)
      .select(['status', 'golongan', 'education_level', 'sex', 'age_band', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy(['status', 'golongan', 'education_level', 'sex', 'age_band'])
      .execute();
  },

  position(db: DbOrTx, tenantId: string, id: string) {
    return db
      .selectFrom('people_positions')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  },
  positions(db: DbOrTx, tenantId: string, unitId?: string) {
    let q = db.selectFrom('people_positions').selectAll().where('tenant_id', '=', tenantId);
    if (unitId) q = q.where('unit_id', '=', unitId);
    return q.orderBy('class', 'desc').orderBy('name').execute();
  },
  insertPosition(db: DbOrTx, row: PositionsTable) {
    return db.insertInto('people_positions').values(row).execute();
  },
  updatePosition(db: DbOrTx, tenantId: string, id: string, changes: Partial<PositionsTable>) {
    return db
      .updateTable('people_positions')
      .set(changes)
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  },
  setPositionKind(db: DbOrTx, tenantId: string, positionId: string, kind: string) {
    return db
      .updateTable('people_employees')
      .set({ position_kind: kind })
      .where('tenant_id', '=', tenantId)
      .where('position_id', '=', positionId)
      .execute();
  },
  filledByPosition(db: DbOrTx, tenantId: string) {
    return db
      .selectFrom('people_employees')
      .select(['position_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('tenant_id', '=', tenantId)
      .where('employment', '=', 'active')
      .groupBy('position_id')
      .execute();
  },

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
