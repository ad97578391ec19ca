import type { Annual, Plan, PlanContent, Predikat, Rating, Report, ReportContent } from '@lentera/common';
import type { PersonRef } from '../people/index';
import type { AnnualsTable, PlansTable, PlanVersionsTable, ReportRoundsTable, ReportsTable } from './repository';
import { parseJson } from './support';

/** What the API shows of the stored rows: columns never reach a response except through here. */

export function presentPlan(
  plan: PlansTable,
  versions: PlanVersionsTable[],
  employee: PersonRef,
  superiorRhk: Array<{ id: string; text: string }>,
): Plan {
  const current = versions.find((v) => v.version === plan.version);
  const approved = plan.approved_version ? versions.find((v) => v.version === plan.approved_version) : undefined;
  const empty: PlanContent = { rhk: [], behaviour: [] };
  return {
    id: plan.id,
    year: plan.year,
    employeeId: plan.employee_id,
    employeeName: employee.displayName,
    nip: employee.nip,
    status: plan.status as Plan['status'],
    version: plan.version,
    approvedVersion: plan.approved_version,
    content: current ? parseJson<PlanContent>(current.content) : empty,
    approvedContent: approved ? parseJson<PlanContent>(approved.content) : null,
    versions: versions.map((v) => ({
      version: v.version,
      status: v.status as Plan['status'],
      content: parseJson<PlanContent>(v.content),
      submittedAt: v.submitted_at,
      decidedAt: v.decided_at,
      decidedBy: v.decided_by,
      note: v.note,
    })),
    superiorRhk,
  };
}

export function presentReport(
  report: ReportsTable,
  rounds: ReportRoundsTable[],
  employee: PersonRef,
  periodLabel: string,
  now: string,
): Report {
  return {
    id: report.id,
    planId: report.plan_id,
    employeeId: report.employee_id,
    employeeName: employee.displayName,
    nip: employee.nip,
    year: report.year,
    periodIndex: report.period_index,
    periodLabel,
    periodStart: report.period_start,
    periodEnd: report.period_end,
    dueAt: report.due_at,
    status: report.status as Report['status'],
    content: parseJson<ReportContent>(report.content),
    submittedAt: report.submitted_at,
    late: report.late === 1,
    reviewDueAt: report.review_due_at,
    reviewedAt: report.reviewed_at,
    // Late while waiting, too: an overdue review shows before it is done.
    reviewLate:
      report.review_late === 1 ||
      (report.status === 'submitted' && !!report.review_due_at && report.review_due_at < now),
    hasilKerja: report.hasil_kerja as Rating | null,
    perilaku: report.perilaku as Rating | null,
    predikat: report.predikat as Predikat | null,
    feedback: report.feedback,
    reopenedCount: report.reopened_count,
    rounds: rounds.map((r) => ({
      round: r.round,
      submittedAt: r.submitted_at,
      decision: r.decision as 'returned' | 'approved' | null,
      feedback: r.feedback,
      hasilKerja: r.hasil_kerja as Rating | null,
      perilaku: r.perilaku as Rating | null,
      predikat: r.predikat as Predikat | null,
      decidedAt: r.decided_at,
      decidedBy: r.decided_by,
      content: parseJson<ReportContent>(r.content),
    })),
  };
}

export function presentAnnual(
  row: AnnualsTable,
  employee: PersonRef,
  periodic: Annual['periodic'],
  warnings: Annual['warnings'],
): Annual {
  return {
    id: row.id,
    employeeId: row.employee_id,
    employeeName: employee.displayName,
    nip: employee.nip,
    year: row.year,
    unitId: row.unit_id,
    status: row.status as Annual['status'],
    hasilKerja: row.hasil_kerja as Rating,
    perilaku: row.perilaku as Rating,
    predikat: row.predikat as Predikat,
    notes: row.notes,
    ratedAt: row.rated_at,
    confirmedAt: row.confirmed_at,
    acknowledgedAt: row.acknowledged_at,
    objectionReason: row.objection_reason,
    objectionDecision: row.objection_decision,
    objectionNote: row.objection_note,
    periodic,
    warnings,
  };
}
