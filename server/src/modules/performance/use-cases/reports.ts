import {
  addWorkingDays,
  isRating,
  type PeriodKind,
  type PlanContent,
  periodOf,
  periodState,
  predikatOf,
  type Report,
  type ReportContent,
  reportContentInputSchema,
  type reportReopenSchema,
  type reportReviewSchema,
  type reportSaveSchema,
  zonedEndOfDay,
  zonedStartOfDay,
} from '@lentera/common';
import type { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { Conflict, Forbidden, Invalid, NotFound } from '../../../platform/errors';
import { uuidv7 } from '../../../platform/ids';
import { complaintsService } from '../../complaints/index';
import type { PersonRef } from '../../people/index';
import { isHrAdmin, PERFORMANCE } from '../policy';
import { presentReport } from '../presenter';
import { performanceRepo, type ReportsTable } from '../repository';
import {
  actorEmployee,
  actorLabel,
  appraisersOf,
  calendarOf,
  loadSettings,
  parseJson,
  periodWithDeadline,
  requireEmployee,
  requireOpenYear,
  tenantToday,
  visibleEmployee,
} from '../support';
import { assertAppraiserOf } from './plans';

/**
 * Periodic reports: per period, the realisation of each indicator of the approved plan, activities, evidence
 * links, obstacles and next steps; submitted by the deadline (late ones counted); reviewed by the appraiser,
 * who approves with ratings (the predikat follows from the matrix) or returns with feedback. Every round kept.
 */

export async function loadReport(ctx: Ctx, report: ReportsTable, employee: PersonRef): Promise<Report> {
  const tenant = requireTenant(ctx);
  const rounds = await performanceRepo.rounds(ctx.db, tenant.id, report.id);
  const year = await performanceRepo.year(ctx.db, tenant.id, report.year);
  const period = periodOf(report.year, (year?.period_kind ?? 'monthly') as PeriodKind, report.period_index);
  return presentReport(
    report,
    rounds,
    employee,
    period?.label ?? String(report.period_index),
    ctx.clock.now().toISOString(),
  );
}

async function assertOwnReport(ctx: Ctx, employee: PersonRef): Promise<void> {
  await ctx.access.assert(ctx.actor, PERFORMANCE.me);
  if (employee.accountId && employee.accountId === ctx.actor?.accountId) return;
  await visibleEmployee(ctx, employee.id);
  throw new Forbidden();
}

function checkIndicators(content: ReportContent, plan: PlanContent): void {
  const indicators = new Set(plan.rhk.flatMap((r) => r.indicators.map((i) => i.id)));
  for (const r of content.realisations) {
    if (!indicators.has(r.indicatorId))
      throw new Invalid('performance_unknown_indicator', { indicatorId: r.indicatorId });
  }
}

/** Saves the employee's own report for a period as a draft (creating it), while it is not under review. */
export async function saveReport(ctx: Ctx, input: z.input<typeof reportSaveSchema>): Promise<Report> {
  await ctx.access.assert(ctx.actor, PERFORMANCE.me);
  const me = await actorEmployee(ctx);
  if (!me) throw new NotFound();
  const tenant = requireTenant(ctx);
  const yearNumber = Number(input.year);
  const year = await performanceRepo.year(ctx.db, tenant.id, yearNumber);
  if (!year) throw new Invalid('performance_year_not_open', { year: yearNumber });
  if (year.status !== 'open') throw new Invalid('performance_period_closed', { year: yearNumber });
  const { period, due } = await periodWithDeadline(ctx, year, input.periodIndex);
  const { today } = tenantToday(ctx);
  if (periodState(period, today) === 'future') throw new Invalid('performance_period_future');
  const plan = await performanceRepo.planOf(ctx.db, tenant.id, me.id, yearNumber);
  if (!plan?.approved_version) throw new Invalid('performance_plan_not_approved');
  const approved = await performanceRepo.version(ctx.db, tenant.id, plan.id, plan.approved_version);
  const content = reportContentInputSchema.parse(input.content);
  checkIndicators(content, parseJson<PlanContent>(approved!.content));
  const now = ctx.clock.now().toISOString();
  const id = await transaction(ctx, async (tx) => {
    const existing = await performanceRepo.reportOf(tx.db, tenant.id, me.id, yearNumber, input.periodIndex);
    if (existing) {
      if (existing.status === 'submitted') throw new Conflict('performance_under_review');
      if (existing.status === 'approved') throw new Conflict('performance_approved_locked');
      if (
        !(await performanceRepo.updateReport(tx.db, tenant.id, existing.id, existing.status, {
          content: JSON.stringify(content),
          updated_at: now,
        }))
      )
        throw new Conflict('performance_under_review');
      return existing.id;
    }
    const row: ReportsTable = {
      id: uuidv7(),
      tenant_id: tenant.id,
      plan_id: plan.id,
      employee_id: me.id,
      unit_id: me.unitId,
      year: yearNumber,
      period_index: input.periodIndex,
      period_start: period.start,
      period_end: period.end,
      due_at: due.at.toISOString(),
      status: 'draft',
      content: JSON.stringify(content),
      round: 0,
      first_submitted_at: null,
      submitted_at: null,
      late: 0,
      review_due_at: null,
      reviewed_at: null,
      review_late: 0,
      reviewer_id: null,
      appraiser_id: null,
      hasil_kerja: null,
      perilaku: null,
      predikat: null,
      feedback: null,
      reopened_count: 0,
      reminded_at: null,
      created_at: now,
      updated_at: now,
    };
    await performanceRepo.insertReport(tx.db, row);
    await recordAudit(tx, { action: 'performance.report_created', entityType: 'performance_report', entityId: row.id });
    return row.id;
  });
  return loadReport(ctx, (await performanceRepo.report(ctx.db, tenant.id, id))!, me);
}

export async function submitReport(ctx: Ctx, reportId: string): Promise<Report> {
  const tenant = requireTenant(ctx);
  const report = await performanceRepo.report(ctx.db, tenant.id, reportId);
  if (!report) throw new NotFound();
  const employee = await requireEmployee(ctx, report.employee_id);
  await assertOwnReport(ctx, employee);
  if (report.status === 'submitted') throw new Conflict('performance_under_review');
  if (report.status === 'approved') throw new Conflict('performance_approved_locked');
  await requireOpenYear(ctx, report.year);
  const settings = await loadSettings(ctx);
  const cal = await calendarOf(ctx);
  const now = ctx.clock.now();
  const nowIso = now.toISOString();
  const reviewDue = addWorkingDays(now, settings.reviewWorkingDays, cal).at.toISOString();
  const round = report.round + 1;
  await transaction(ctx, async (tx) => {
    const changes: Partial<ReportsTable> = {
      status: 'submitted',
      round,
      submitted_at: nowIso,
      review_due_at: reviewDue,
      reminded_at: null,
      appraiser_id: employee.superiorId ?? (await appraisersOf(ctx, employee, tenantToday(ctx).today))[0] ?? null,
      updated_at: nowIso,
    };
    // Lateness is the first submission's: a revision asked for by the superior is not late.
    if (!report.first_submitted_at) {
      changes.first_submitted_at = nowIso;
      changes.late = nowIso > report.due_at ? 1 : 0;
    }
    if (!(await performanceRepo.updateReport(tx.db, tenant.id, report.id, report.status, changes)))
      throw new Conflict('performance_under_review');
    await performanceRepo.insertRound(tx.db, {
      id: uuidv7(),
      tenant_id: tenant.id,
      report_id: report.id,
      round,
      content: report.content,
      submitted_at: nowIso,
      decision: null,
      feedback: null,
      hasil_kerja: null,
      perilaku: null,
      predikat: null,
      decided_at: null,
      decided_by: null,
    });
    await recordAudit(tx, {
      action: 'performance.report_submitted',
      entityType: 'performance_report',
      entityId: report.id,
      after: { round },
    });
  });
  return loadReport(ctx, (await performanceRepo.report(ctx.db, tenant.id, report.id))!, employee);
}

export async function reviewReport(
  ctx: Ctx,
  reportId: string,
  input: z.output<typeof reportReviewSchema>,
): Promise<Report> {
  const tenant = requireTenant(ctx);
  const report = await performanceRepo.report(ctx.db, tenant.id, reportId);
  if (!report) throw new NotFound();
  const employee = await requireEmployee(ctx, report.employee_id);
  await assertAppraiserOf(ctx, employee);
  if (report.status !== 'submitted') throw new Conflict('performance_report_state', { status: report.status });
  const me = await actorEmployee(ctx);
  const now = ctx.clock.now().toISOString();
  let predikat: string | null = null;
  if (input.decision === 'approve') {
    if (!isRating(input.hasilKerja) || !isRating(input.perilaku)) throw new Invalid('validation_failed');
    predikat = predikatOf(input.hasilKerja, input.perilaku);
  }
  const status = input.decision === 'approve' ? 'approved' : 'returned';
  await transaction(ctx, async (tx) => {
    const changes: Partial<ReportsTable> = {
      status,
      feedback: input.feedback ?? null,
      reviewer_id: me?.id ?? null,
      updated_at: now,
    };
    if (input.decision === 'approve') {
      Object.assign(changes, {
        hasil_kerja: input.hasilKerja,
        perilaku: input.perilaku,
        predikat,
        reviewed_at: now,
        review_late: report.review_due_at && now > report.review_due_at ? 1 : 0,
      });
    }
    if (!(await performanceRepo.updateReport(tx.db, tenant.id, report.id, 'submitted', changes)))
      throw new Conflict('performance_report_state', { status: 'changed' });
    await performanceRepo.decideRound(tx.db, tenant.id, report.id, report.round, {
      decision: status,
      feedback: input.feedback ?? null,
      hasil_kerja: input.decision === 'approve' ? input.hasilKerja : null,
      perilaku: input.decision === 'approve' ? input.perilaku : null,
      predikat,
      decided_at: now,
      decided_by: actorLabel(tx),
    });
    await recordAudit(tx, {
      action: status === 'approved' ? 'performance.report_approved' : 'performance.report_returned',
      entityType: 'performance_report',
      entityId: report.id,
      after: { round: report.round, predikat, feedback: input.feedback ?? null },
    });
  });
  return loadReport(ctx, (await performanceRepo.report(ctx.db, tenant.id, report.id))!, employee);
}

/** Reopens an approved report for changes (appraiser or hr_admin), with a reason, in the audit log. */
export async function reopenReport(
  ctx: Ctx,
  reportId: string,
  input: z.output<typeof reportReopenSchema>,
): Promise<Report> {
  const tenant = requireTenant(ctx);
  const report = await performanceRepo.report(ctx.db, tenant.id, reportId);
  if (!report) throw new NotFound();
  const employee = await requireEmployee(ctx, report.employee_id);
  if (!isHrAdmin(ctx.actor)) await assertAppraiserOf(ctx, employee);
  if (report.status !== 'approved') throw new Conflict('performance_report_state', { status: report.status });
  await requireOpenYear(ctx, report.year);
  const now = ctx.clock.now().toISOString();
  await transaction(ctx, async (tx) => {
    if (
      !(await performanceRepo.updateReport(tx.db, tenant.id, report.id, 'approved', {
        status: 'returned',
        feedback: input.reason,
        predikat: null,
        hasil_kerja: null,
        perilaku: null,
        reopened_count: report.reopened_count + 1,
        updated_at: now,
      }))
    )
      throw new Conflict('performance_report_state', { status: 'changed' });
    await recordAudit(tx, {
      action: 'performance.report_reopened',
      entityType: 'performance_report',
      entityId: report.id,
      before: { predikat: report.predikat },
      after: { reason: input.reason },
    });
  });
  return loadReport(ctx, (await performanceRepo.report(ctx.db, tenant.id, report.id))!, employee);
}

export async function getReport(ctx: Ctx, reportId: string): Promise<Report> {
  if (!ctx.actor) await ctx.access.assert(ctx.actor, PERFORMANCE.me);
  const report = await performanceRepo.report(ctx.db, requireTenant(ctx).id, reportId);
  if (!report) throw new NotFound();
  const { employee } = await visibleEmployee(ctx, report.employee_id);
  return loadReport(ctx, report, employee);
}

/** The employee's own reports of a year. */
export async function myReports(ctx: Ctx, year: number): Promise<Report[]> {
  await ctx.access.assert(ctx.actor, PERFORMANCE.me);
  const me = await actorEmployee(ctx);
  if (!me) throw new NotFound();
  const rows = await performanceRepo.reportsOfEmployee(ctx.db, requireTenant(ctx).id, me.id, year);
  return Promise.all(rows.map((r) => loadReport(ctx, r, me)));
}

/**
 * Context for the appraiser: complaints about the employee in the period, read through the complaints module's
 * public door (never the reporter). Training hours will follow when the training module exists.
 */
export async function reviewContext(ctx: Ctx, reportId: string) {
  if (!ctx.actor) await ctx.access.assert(ctx.actor, PERFORMANCE.me);
  const tenant = requireTenant(ctx);
  const report = await performanceRepo.report(ctx.db, tenant.id, reportId);
  if (!report) throw new NotFound();
  const employee = await requireEmployee(ctx, report.employee_id);
  await assertAppraiserOf(ctx, employee);
  const from = zonedStartOfDay(report.period_start, tenant.timeZone).toISOString();
  const to = new Date(zonedEndOfDay(report.period_end, tenant.timeZone).getTime() + 1).toISOString();
  const complaints = await complaintsService.aboutEmployee(ctx, employee.id, from, to);
  return {
    complaints: {
      available: true,
      items: complaints.map((c) => ({ reference: c.code, title: c.title, status: c.status, filedAt: c.receivedAt })),
    },
  };
}
