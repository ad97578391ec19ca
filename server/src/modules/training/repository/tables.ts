import type { Selectable } from 'kysely';

// The training module's tables as Kysely sees them. Only the repository files touch Kysely; they hold no rules.

export interface SettingsTable {
  tenant_id: string;
  minimum_jp_pns: number;
  minimum_jp_pppk: number;
  approval_working_days: number;
  complaint_need_threshold: number;
  updated_at: string;
}

export interface ProgrammesTable {
  id: string;
  tenant_id: string;
  code: string;
  title: string;
  description: string;
  topic: string;
  competency_type: string;
  mode: string;
  jp: number;
  provider: string;
  /** JSON string[]. */
  mandatory_groups: string;
  /** JSON string[]. */
  mandatory_unit_ids: string;
  pass_mark: number | null;
  /** JSON string[]. */
  trainer_account_ids: string;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface EventsTable {
  id: string;
  tenant_id: string;
  programme_id: string;
  starts_on: string;
  ends_on: string;
  place: string;
  link: string;
  capacity: number;
  /** JSON string[]. */
  trainer_account_ids: string;
  /** JSON { unitIds: string[]; statuses: string[] }. */
  eligibility: string;
  pre_test: number;
  status: string;
  completed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface RegistrationsTable {
  id: string;
  tenant_id: string;
  event_id: string;
  employee_id: string;
  status: string;
  source: string;
  approver_id: string | null;
  approval_due_at: string | null;
  decided_at: string | null;
  decided_by: string | null;
  decision_note: string;
  queued_at: string | null;
  attended_at: string | null;
  attendance_method: string | null;
  pre_score: number | null;
  post_score: number | null;
  completed_on: string | null;
  jp_credited: number;
  created_at: string;
  updated_at: string;
}

export interface CertificatesTable {
  id: string;
  tenant_id: string;
  code: string;
  registration_id: string;
  employee_id: string;
  employee_name: string;
  programme_title: string;
  jp: number;
  completed_on: string;
  issued_at: string;
  revoked_at: string | null;
  revoked_by: string | null;
  revoke_reason: string | null;
}

export interface FeedbackTable {
  tenant_id: string;
  registration_id: string;
  event_id: string;
  event_rating: number;
  trainer_rating: number;
  comment: string;
  created_at: string;
}

export interface ExternalTable {
  id: string;
  tenant_id: string;
  employee_id: string;
  title: string;
  provider: string;
  jp: number;
  started_on: string;
  ended_on: string;
  status: string;
  evidence_key: string;
  evidence_mime: string;
  evidence_name: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_note: string | null;
  created_at: string;
}

export interface NeedsTable {
  id: string;
  tenant_id: string;
  year: number;
  unit_id: string | null;
  employee_id: string | null;
  source: string;
  topic: string;
  reason: string;
  status: string;
  plan_item_id: string | null;
  dedupe_key: string;
  created_at: string;
  updated_at: string;
}

export interface PlanItemsTable {
  id: string;
  tenant_id: string;
  year: number;
  title: string;
  topic: string;
  programme_id: string | null;
  unit_id: string | null;
  target_participants: number;
  status: string;
  created_at: string;
  updated_at: string;
}

declare module '../../../platform/db/schema' {
  interface Database {
    training_settings: SettingsTable;
    training_programmes: ProgrammesTable;
    training_events: EventsTable;
    training_registrations: RegistrationsTable;
    training_certificates: CertificatesTable;
    training_feedback: FeedbackTable;
    training_external: ExternalTable;
    training_needs: NeedsTable;
    training_plan_items: PlanItemsTable;
  }
}

export type ProgrammeRow = Selectable<ProgrammesTable>;
export type EventRow = Selectable<EventsTable>;
export type RegistrationRow = Selectable<RegistrationsTable>;
export type CertificateRow = Selectable<CertificatesTable>;
export type ExternalRow = Selectable<ExternalTable>;
export type NeedRow = Selectable<NeedsTable>;
export type PlanItemRow = Selectable<PlanItemsTable>;
