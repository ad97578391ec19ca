import type { Selectable } from 'kysely';

// The complaints tables as Kysely sees them. Only the repository files touch Kysely; they hold no business rules.

export interface CategoriesTable {
  id: string;
  tenant_id: string;
  code: string;
  name: string;
  name_en: string;
  tier: string;
  answer_days: number;
  default_unit_id: string | null;
  active: number;
  created_at: string;
}

export interface SequencesTable {
  tenant_id: string;
  year: number;
  last: number;
}

export interface ReportsTable {
  id: string;
  tenant_id: string;
  code: string;
  class: string;
  category_id: string;
  title: string;
  description: string;
  concerned_unit_id: string | null;
  employee_text: string | null;
  address: string | null;
  lat: number | null;
  lng: number | null;
  privacy: string;
  channel: string;
  external_ref: string | null;
  status: string;
  reporter_account_id: string | null;
  reporter_name: string | null;
  reporter_email: string | null;
  reporter_phone: string | null;
  guest_token_hash: string | null;
  /** A keyed hash of the guest's address or contact, for the guest rate limit (never the address itself). */
  intake_key: string | null;
  unit_id: string | null;
  unit_path: string | null;
  assigned_account_id: string | null;
  assigned_name: string | null;
  answer_days: number;
  received_at: string;
  verification_due_at: string | null;
  verification_remind_at: string | null;
  verification_days_left: number | null;
  verified_at: string | null;
  first_response_at: string | null;
  answer_due_at: string | null;
  answer_remind_at: string | null;
  answered_at: string | null;
  answer_text: string | null;
  closed_at: string | null;
  question: string | null;
  referral: string | null;
  archive_reason: string | null;
  merged_into_id: string | null;
  rating: number | null;
  rating_comment: string | null;
  rated_at: string | null;
  reopen_count: number;
  integrity_referred_at: string | null;
  integrity_note: string | null;
  verification_reminded_at: string | null;
  verification_escalated_at: string | null;
  answer_reminded_at: string | null;
  answer_escalated_at: string | null;
  auto_close_at: string | null;
  search_text: string;
  created_at: string;
  updated_at: string;
}

export interface EventsTable {
  id: string;
  tenant_id: string;
  complaint_id: string;
  at: string;
  kind: string;
  public: number;
  text: string | null;
  actor_account_id: string | null;
  actor_name: string | null;
  /** Order within the complaint's timeline. */
  seq: number;
}

export interface DigestsTable {
  tenant_id: string;
  account_id: string;
  day: string;
  sent_at: string;
}

export interface AttachmentsTable {
  id: string;
  tenant_id: string;
  complaint_id: string;
  file_name: string;
  mime: string;
  size: number;
  sha256: string;
  storage_key: string;
  created_at: string;
}

export interface FollowersTable {
  id: string;
  tenant_id: string;
  complaint_id: string;
  source_complaint_id: string;
  account_id: string | null;
  email: string | null;
  /** The chat that filed or follows the complaint (`telegram`, `whatsapp`, `messenger`, `instagram`), with its address. */
  contact_channel: string | null;
  contact_address: string | null;
  created_at: string;
}

export interface ComplaintEmployeesTable {
  tenant_id: string;
  complaint_id: string;
  employee_id: string;
  linked_at: string;
  linked_by: string | null;
}

export interface DailyTable {
  tenant_id: string;
  day: string;
  unit_id: string;
  category_id: string;
  received: number;
  verified: number;
  answered: number;
  answered_on_time: number;
  rating_sum: number;
  ratings: number;
  reopened: number;
}

export interface DurationsTable {
  tenant_id: string;
  day: string;
  unit_id: string;
  category_id: string;
  measure: string;
  days: number;
  count: number;
}

export interface MonthlyTable extends Omit<DailyTable, 'day'> {
  /** Local month, 'YYYY-MM'. */
  month: string;
}

export interface DurationsMonthlyTable extends Omit<DurationsTable, 'day'> {
  month: string;
}

export interface SettingsTable {
  tenant_id: string;
  verification_days: number;
  reopen_days: number;
  guest_per_hour: number;
  daily_digest: number;
  updated_at: string;
}

declare module '../../../platform/db/schema' {
  interface Database {
    complaints_categories: CategoriesTable;
    complaints_sequences: SequencesTable;
    complaints_reports: ReportsTable;
    complaints_events: EventsTable;
    complaints_attachments: AttachmentsTable;
    complaints_followers: FollowersTable;
    complaints_employees: ComplaintEmployeesTable;
    complaints_daily: DailyTable;
    complaints_durations: DurationsTable;
    complaints_monthly: MonthlyTable;
    complaints_durations_monthly: DurationsMonthlyTable;
    complaints_settings: SettingsTable;
    complaints_digests: DigestsTable;
    complaints_stats_revisions: { tenant_id: string; revision: number };
  }
}

export type Report = Selectable<ReportsTable>;
export type Category = Selectable<CategoriesTable>;
export type DailyCounter = 'received' | 'verified' | 'answered' | 'answered_on_time' | 'reopened';
