import {
  localDate,
  type PerformanceSettings,
  type PeriodKind,
  periodDeadline,
  periodOf,
  type WorkingCalendar,
} from '@lentera/common';
import { type Ctx, requireTenant } from '../../platform/context';
import { Invalid, NotFound } from '../../platform/errors';
import { type PersonRef, peopleService } from '../people/index';
import { PERFORMANCE, type RecordSubject } from './policy';
import { performanceRepo, type YearsTable } from './repository';

/** Defaults of the tenant setting (DOMAIN.md: monthly; 5 working days to submit). */
export const DEFAULT_SETTINGS: PerformanceSettings = {
  periodKind: 'monthly',
  submissionWorkingDays: 5,
  reviewWorkingDays: 5,
};

export function tenantToday(ctx: Ctx) {
  const tenant = requireTenant(ctx);
  return { tenant, today: localDate(ctx.clock.now(), tenant.timeZone), now: ctx.clock.now().toISOString() };
}

export async function loadSettings(ctx: Ctx): Promise<PerformanceSettings> {
  const row = await performanceRepo.settings(ctx.db, requireTenant(ctx).id);
  return row
    ? {
        periodKind: row.period_kind as PeriodKind,
        submissionWorkingDays: row.submission_working_days,
        reviewWorkingDays: row.review_working_days,
      }
    : DEFAULT_SETTINGS;
}

export async function calendarOf(ctx: Ctx): Promise<WorkingCalendar> {
  const tenant = requireTenant(ctx);
  return ctx.calendars.forTenant(tenant.id, tenant.timeZone);
}

/** The year, open; refused otherwise (a closed or never opened year takes no plans or reports). */
export async function requireOpenYear(ctx: Ctx, year: number): Promise<YearsTable> {
  const row = await performanceRepo.year(ctx.db, requireTenant(ctx).id, year);
  if (row?.status !== 'open') throw new Invalid('performance_year_not_open', { year });
  return row;
}

export async function periodWithDeadline(ctx: Ctx, year: YearsTable, index: number) {
  const period = periodOf(year.year, year.period_kind as PeriodKind, index);
  if (!period) throw new Invalid('validation_failed', { periodIndex: index });
  const settings = await loadSettings(ctx);
  const due = periodDeadline(period, await calendarOf(ctx), settings.submissionWorkingDays);
  return { period, due, settings };
}

export async function actorEmployee(ctx: Ctx): Promise<PersonRef | null> {
  return ctx.actor ? peopleService.employeeOfAccount(ctx, ctx.actor.accountId) : null;
}

/** Who may review the employee on that date: the direct superior, and acting appraisers in force. */
export async function appraisersOf(ctx: Ctx, employee: PersonRef, date: string): Promise<string[]> {
  const acting = await performanceRepo.actingOn(
    ctx.db,
    requireTenant(ctx).id,
    date,
    employee.superiorId,
    employee.unitId,
  );
  const ids = new Set<string>();
  if (employee.superiorId) ids.add(employee.superiorId);
  for (const a of acting) if (a.acting_id !== employee.id) ids.add(a.acting_id);
  return [...ids];
}

export async function recordSubject(ctx: Ctx, employee: PersonRef): Promise<RecordSubject> {
  const { tenant, today } = tenantToday(ctx);
  const [me, appraiserIds, chain] = await Promise.all([
    actorEmployee(ctx),
    appraisersOf(ctx, employee, today),
    peopleService.superiorsOf(ctx, employee.id),
  ]);
  return {
    tenantId: tenant.id,
    employeeId: employee.id,
    employeeAccountId: employee.accountId,
    unitId: employee.unitId,
    actorEmployeeId: me?.id ?? null,
    appraiserIds,
    superiorChain: chain.map((e) => e.id),
  };
}

/** The employee, visible to the actor for reading (404 otherwise, as if it did not exist). */
export async function visibleEmployee(ctx: Ctx, employeeId: string) {
  const employee = await peopleService.employee(ctx, employeeId);
  if (!employee) throw new NotFound();
  const subject = await recordSubject(ctx, employee);
  await ctx.access.assertVisible(ctx.actor, PERFORMANCE.read, subject);
  return { employee, subject };
}

export async function requireEmployee(ctx: Ctx, employeeId: string): Promise<PersonRef> {
  const employee = await peopleService.employee(ctx, employeeId);
  if (!employee) throw new NotFound();
  return employee;
}

export const actorLabel = (ctx: Ctx) => ctx.actor?.name ?? 'system';
export const parseJson = <T>(text: string): T => JSON.parse(text) as T;
