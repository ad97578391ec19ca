/** The performance tables' rows as Kysely sees them (both dialects; see platform/db/schema.ts). */
export interface SettingsTable {
  tenant_id: string;
  period_kind: string;
  submission_working_days: number;
  review_working_days: number;
  updated_at: string;
}
export interface YearsTable {
  id: string;
  tenant_id: string;
  year: number;
  status: string;
  period_kind: string;
  opened_at: string;
  closed_at: string | null;
}
export interface PlansTable {
  id: string;
  tenant_id: string;
  employee_id: string;
  year: number;
  unit_id: string | null;
  status: string;
  version: number;
  approved_version: number | null;
  submitted_at: string | null;
  /** Who the submission waits for (the direct superior when submitted). */
  appraiser_id: string | null;
  created_at: string;
  updated_at: string;
}
export interface PlanVersionsTable {
  id: string;
  tenant_id: string;
  plan_id: string;
  version: number;
  status: string;
  content: string;
  submitted_at: string | null;
  decided_at: string | null;
  decided_by: string | null;
  note: string | null;
}
export interface ReportsTable {
  id: string;
  tenant_id: string;
  plan_id: string;
  employee_id: string;
  unit_id: string | null;
  year: number;
  period_index: number;
  period_start: string;
  period_end: string;
  due_at: string;
  status: string;
  content: string;
  round: number;
  first_submitted_at: string | null;
  submitted_at: string | null;
  late: number;
  review_due_at: string | null;
  reviewed_at: string | null;
  review_late: number;
  reviewer_id: string | null;
  /** Who the submission waits for (the direct superior when submitted). */
  appraiser_id: string | null;
  hasil_kerja: string | null;
  perilaku: string | null;
  predikat: string | null;
  feedback: string | null;
  reopened_count: number;
  reminded_at: string | null;
  created_at: string;
  updated_at: string;
}
export interface ReportRoundsTable {
  id: string;
  tenant_id: string;
  report_id: string;
  round: number;
  content: string;
  submitted_at: string;
  decision: string | null;
  feedback: string | null;
  hasil_kerja: string | null;
  perilaku: string | null;
  predikat: string | null;
  decided_at: string | null;
  decided_by: string | null;
}
export interface AnnualsTable {
  id: string;
  tenant_id: string;
  employee_id: string;
  year: number;
  unit_id: string | null;
  appraiser_id: string;
  /** The appraiser's unit when rated: an acting appraiser for a vacant head post confirms that unit's ratings. */
  appraiser_unit_id: string | null;
  status: string;
  hasil_kerja: string;
  perilaku: string;
  predikat: string;
  notes: string | null;
  rated_at: string;
  confirmed_by: string | null;
  confirmed_at: string | null;
  acknowledged_at: string | null;
  objection_reason: string | null;
  objected_at: string | null;
  objection_decision: string | null;
  objection_note: string | null;
  decided_at: string | null;
}
export interface UnitPredikatTable {
  id: string;
  tenant_id: string;
  year: number;
  unit_id: string;
  predikat: string;
  set_at: string;
  set_by: string | null;
}
export interface CoachingTable {
  id: string;
  tenant_id: string;
  employee_id: string;
  annual_id: string;
  year: number;
  predikat: string;
  status: string;
  actions: string;
  mentor_id: string | null;
  start_date: string | null;
  end_date: string | null;
  outcome: string | null;
  referred_at: string | null;
  referred_by: string | null;
  referral_reason: string | null;
  created_at: string;
  updated_at: string;
}
export interface ActingTable {
  id: string;
  tenant_id: string;
  replaces_id: string | null;
  unit_id: string | null;
  acting_id: string;
  from_date: string;
  to_date: string;
  reason: string;
  created_at: string;
  created_by: string | null;
}

export interface RemindersTable {
  tenant_id: string;
  key: string;
  sent_at: string;
}

/** Raised by database triggers on every write to reports, annual results, years and settings (migration 3004). */
export interface PerformanceRevisionsTable {
  tenant_id: string;
  revision: number;
}

export interface EvidenceFilesTable {
  id: string;
  tenant_id: string;
  report_id: string;
  employee_id: string;
  file_name: string;
  mime: string;
  size: number;
  sha256: string;
  storage_key: string;
  uploaded_by: string;
  created_at: string;
}

declare module '../../../platform/db/schema' {
  interface Database {
    performance_reminders: RemindersTable;
    performance_settings: SettingsTable;
    performance_years: YearsTable;
    performance_plans: PlansTable;
    performance_plan_versions: PlanVersionsTable;
    performance_reports: ReportsTable;
    performance_report_rounds: ReportRoundsTable;
    performance_annuals: AnnualsTable;
    performance_unit_predikat: UnitPredikatTable;
    performance_coaching: CoachingTable;
    performance_acting: ActingTable;
    performance_revisions: PerformanceRevisionsTable;
    performance_evidence_files: EvidenceFilesTable;
  }
}
