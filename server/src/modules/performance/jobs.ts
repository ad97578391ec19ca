import { localDate, type PeriodKind, periodDeadline, periodsOfYear, workingDaysBetween } from '@lentera/common';
import { type Ctx, makeCtx, type Services, transaction } from '../../platform/context';
import type { JobDefinition } from '../../platform/jobs/runner';
import { listTenants } from '../../platform/tenancy/repository';
import { peopleService } from '../people/index';
import { performanceRepo } from './repository';
import { loadSettings } from './support';

/** Reminders start this many working days before a submission deadline. */
export const REMIND_WORKING_DAYS_BEFORE = 2;

const formatDate = (iso: string) => iso.slice(0, 10);

/**
 * E-mail reminders through the platform outbox: employees whose report for an ended period is not submitted
 * as the deadline nears or has passed (once before, once after), and appraisers whose review is overdue (once
 * per submission round). Each reminder is claimed by a unique key, so it goes out once also with several nodes.
 */
export async function sendPerformanceReminders(services: Services): Promise<number> {
  let sent = 0;
  for (const tenant of await listTenants(services.db)) {
    const ctx: Ctx = makeCtx(services, { tenant });
    const years = (await performanceRepo.years(ctx.db, tenant.id)).filter((y) => y.status === 'open');
    if (years.length === 0) continue;
    const settings = await loadSettings(ctx);
    const cal = await ctx.calendars.forTenant(tenant.id, tenant.timeZone);
    const now = ctx.clock.now();
    const nowIso = now.toISOString();
    const today = localDate(now, tenant.timeZone);
    for (const year of years) {
      const plans = await ctx.db
        .selectFrom('performance_plans')
        .select(['employee_id'])
        .where('tenant_id', '=', tenant.id)
        .where('year', '=', year.year)
        .where('approved_version', 'is not', null)
        .execute();
      if (plans.length === 0) continue;
      for (const period of periodsOfYear(year.year, year.period_kind as PeriodKind)) {
        if (period.end >= today) continue;
        const due = periodDeadline(period, cal, settings.submissionWorkingDays);
        const daysLeft = workingDaysBetween(now, due.at, cal);
        const phase = due.at < now ? 'overdue' : daysLeft <= REMIND_WORKING_DAYS_BEFORE ? 'soon' : null;
        // Only the latest ended period is chased: older misses are on the dashboards.
        if (!phase || workingDaysBetween(due.at, now, cal) > 10) continue;
        const reports = await performanceRepo.reportsOf(
          ctx.db,
          tenant.id,
          plans.map((p) => p.employee_id),
          year.year,
          period.index,
        );
        const submitted = new Set(reports.filter((r) => r.first_submitted_at).map((r) => r.employee_id));
        const waiting = plans.filter((p) => !submitted.has(p.employee_id)).map((p) => p.employee_id);
        const people = await peopleService.activeEmployees(ctx, { ids: waiting });
        for (const person of people) {
          if (!person.email) continue;
          const key = `report:${person.id}:${year.year}:${period.index}:${phase}`;
          await transaction(ctx, async (tx) => {
            if (!(await performanceRepo.claimReminder(tx.db, tenant.id, key, nowIso))) return;
            await tx.mailer.enqueue(tx, {
              to: person.email!,
              subject: `Pengingat laporan kinerja ${period.label}`,
              text:
                phase === 'soon'
                  ? `Yth. ${person.displayName},\n\nLaporan kinerja periode ${period.label} ditunggu paling lambat ${due.date}. Silakan isi realisasi dan kirim ke atasan langsung.\n\n(Performance report for ${period.label} is due on ${due.date}.)`
                  : `Yth. ${person.displayName},\n\nLaporan kinerja periode ${period.label} melewati batas waktu ${due.date} dan belum dikirim. Segera kirim ke atasan langsung.\n\n(Performance report for ${period.label} is overdue since ${due.date}.)`,
            });
            sent += 1;
          });
        }
      }
    }
    // Reviews overdue: remind the direct superior once per submission round.
    const overdue = await ctx.db
      .selectFrom('performance_reports')
      .select(['id', 'employee_id', 'round', 'review_due_at', 'year', 'period_index'])
      .where('tenant_id', '=', tenant.id)
      .where('status', '=', 'submitted')
      .where('review_due_at', '<', nowIso)
      .execute();
    for (const report of overdue) {
      const employee = await peopleService.employee(ctx, report.employee_id);
      const superior = employee?.superiorId ? await peopleService.employee(ctx, employee.superiorId) : null;
      if (!employee || !superior?.email) continue;
      const key = `review:${report.id}:${report.round}`;
      await transaction(ctx, async (tx) => {
        if (!(await performanceRepo.claimReminder(tx.db, tenant.id, key, nowIso))) return;
        await tx.mailer.enqueue(tx, {
          to: superior.email!,
          subject: `Penilaian laporan kinerja ${employee.displayName} terlambat`,
          text: `Yth. ${superior.displayName},\n\nLaporan kinerja ${employee.displayName} (periode ${report.period_index}/${report.year}) menunggu penilaian sejak batas ${formatDate(report.review_due_at ?? '')}.\n\n(A performance report awaits your review past its due date.)`,
        });
        sent += 1;
      });
    }
  }
  return sent;
}

export function performanceJobs(services: Services): JobDefinition[] {
  return [{ name: 'performance.reminders', everyMs: 60 * 60_000, run: () => sendPerformanceReminders(services) }];
}
