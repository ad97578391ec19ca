/** The module's tables, as Kysely sees them. */
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

declare module '../../../platform/db/schema' {
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
