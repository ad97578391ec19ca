import type { Selectable } from 'kysely';

// The services module's tables as Kysely sees them. Only the repository files touch Kysely; they hold no rules.

export interface ServicesTable {
  id: string;
  tenant_id: string;
  unit_id: string;
  name: string;
  name_en: string;
  summary: string;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface StandardsTable {
  id: string;
  tenant_id: string;
  service_id: string;
  version: number;
  status: string;
  effective_from: string;
  duration_days: number | null;
  fee: number | string | null;
  output_kind: string;
  /** JSON: FormField[]. */
  form: string;
  letter_template: string;
  requirements: string;
  procedure: string;
  fee_basis: string;
  product: string;
  complaint_handling: string;
  legal_basis: string;
  facilities: string;
  competence: string;
  oversight: string;
  officers: string;
  guarantee: string;
  safety: string;
  evaluation: string;
  return_note: string | null;
  created_by: string | null;
  submitted_at: string | null;
  decided_by: string | null;
  decided_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface SequencesTable {
  tenant_id: string;
  year: number;
  last: number;
}

export interface RequestsTable {
  id: string;
  tenant_id: string;
  service_id: string;
  standard_id: string;
  unit_id: string;
  code: string | null;
  status: string;
  applicant_account_id: string | null;
  applicant_name: string;
  applicant_email: string;
  /** JSON: Record<fieldKey, string | number>. */
  answers: string;
  fee: number | string;
  submitted_at: string | null;
  due_date: string | null;
  remind_at: string | null;
  due_at: string | null;
  days_used: number;
  paused_at: string | null;
  missing: string | null;
  missing_note: string | null;
  refusal_reason: string | null;
  paid_receipt: string | null;
  paid_amount: number | string | null;
  paid_at: string | null;
  output_kind: string | null;
  output_file_key: string | null;
  output_name: string | null;
  completed_at: string | null;
  working_days: number | null;
  reminded_at: string | null;
  escalated_at: string | null;
  survey_token: string | null;
  survey_expires_at: string | null;
  follow_token_hash: string | null;
  confirm_token_hash: string | null;
  created_at: string;
  updated_at: string;
}

export interface DocumentsTable {
  id: string;
  tenant_id: string;
  request_id: string;
  field_key: string;
  file_key: string;
  name: string;
  mime: string;
  size: number;
  uploaded_at: string;
}

export interface RequestEventsTable {
  id: string;
  tenant_id: string;
  request_id: string;
  kind: string;
  note: string;
  data: string;
  public: number;
  actor_account_id: string | null;
  at: string;
}

declare module '../../../platform/db/schema' {
  interface Database {
    services_services: ServicesTable;
    services_standards: StandardsTable;
    services_sequences: SequencesTable;
    services_requests: RequestsTable;
    services_documents: DocumentsTable;
    services_request_events: RequestEventsTable;
  }
}

export type ServiceRow = Selectable<ServicesTable>;
export type StandardRow = Selectable<StandardsTable>;
export type RequestRow = Selectable<RequestsTable>;
export type DocumentRow = Selectable<DocumentsTable>;
export type RequestEventRow = Selectable<RequestEventsTable>;
