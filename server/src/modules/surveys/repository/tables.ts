import type { Generated, Selectable } from 'kysely';

// The surveys module's tables as Kysely sees them. Only the repository files touch Kysely; they hold no rules.

export interface ResponsesTable {
  id: string;
  tenant_id: string;
  unit_id: string;
  unit_name: string;
  service_key: string;
  service_name: string;
  period: string;
  channel: string;
  u1: number;
  u2: number;
  u3: number;
  u4: number;
  u5: number;
  u6: number;
  u7: number;
  u8: number;
  u9: number;
  age_band: string;
  sex: string;
  education: string;
  occupation: string;
  comment: string;
  /** JSON: Record<questionId, answer>. */
  extra: string;
  paper_form_number: string | null;
  created_day: string;
}

export interface UsedLinksTable {
  tenant_id: string;
  hash: string;
}

export interface KioskSessionsTable {
  id: string;
  tenant_id: string;
  link_hash: string;
  unit_id: string;
  unit_name: string;
  service_key: string;
  service_name: string;
  period: string;
  expires_at: string;
}

export interface QuestionsTable {
  tenant_id: string;
  id: string;
  position: number;
  text_id: string;
  text_en: string;
  /** 1 while the question is on the forms; 0 once deactivated (its answers are kept). */
  active: Generated<number>;
}

export interface VisitCountsTable {
  tenant_id: string;
  unit_id: string;
  period: string;
  visits: number;
  updated_by: string | null;
  updated_at: string;
}

export interface ReportsTable {
  id: string;
  tenant_id: string;
  unit_id: string;
  period: string;
  /** JSON: the frozen `UnitResults` without publication and plan fields. */
  figures: string;
  analysis: string;
  digest: string;
  pdf_key: string;
  published_by: string | null;
  published_at: string;
}

export interface PlanActionsTable {
  id: string;
  tenant_id: string;
  unit_id: string;
  period: string;
  element: string;
  action: string;
  owner: string;
  due_date: string;
  progress: number;
  status: string;
  created_at: string;
  updated_at: string;
}

declare module '../../../platform/db/schema' {
  interface Database {
    surveys_responses: ResponsesTable;
    surveys_used_links: UsedLinksTable;
    surveys_kiosk_sessions: KioskSessionsTable;
    surveys_questions: QuestionsTable;
    surveys_visit_counts: VisitCountsTable;
    surveys_reports: ReportsTable;
    surveys_plan_actions: PlanActionsTable;
  }
}

export type ResponseRow = Selectable<ResponsesTable>;
export type KioskSessionRow = Selectable<KioskSessionsTable>;
export type ReportRow = Selectable<ReportsTable>;
export type PlanActionRow = Selectable<PlanActionsTable>;
export type QuestionRow = Selectable<QuestionsTable>;
