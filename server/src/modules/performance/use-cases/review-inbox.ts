import { type PeriodKind, type Predikat, periodContaining, periodOf } from '@lentera/common';
import type { Ctx } from '../../../platform/context';
import { requireTenant } from '../../../platform/context';
import { NotFound } from '../../../platform/errors';
import { type PersonRef, peopleService } from '../../people/index';
import { PERFORMANCE } from '../policy';
import { type InboxRow, performanceRepo } from '../repository';
import { actorEmployee, tenantToday } from '../support';

/** The appraiser's review inbox and the supervisor's team status for a period. */

export async function appraiseesOf(ctx: Ctx, me: PersonRef): Promise<PersonRef[]> {
  const { tenant, today } = tenantToday(ctx);
  const ids = new Set(await peopleService.directSubordinates(ctx, me.id));
  const found = new Map<string, PersonRef>();
  for (const acting of await performanceRepo.actingBy(ctx.db, tenant.id, me.id, today)) {
    if (acting.replaces_id)
      for (const id of await peopleService.directSubordinates(ctx, acting.replaces_id)) ids.add(id);
    if (acting.unit_id)
      for (const p of await peopleService.activeEmployees(ctx, { unitId: acting.unit_id })) found.set(p.id, p);
  }
  for (const id of found.keys()) ids.delete(id);
  for (const p of await peopleService.activeEmployees(ctx, { ids: [...ids] })) found.set(p.id, p);
  found.delete(me.id);
  return [...found.values()];
}

/**
 * What waits for the actor: plans and reports submitted to them (or to the superior they act for, or in the
 * unit whose vacant head post they hold), annual results their subordinates rated (to confirm), objections.
 * Submissions are found by the appraiser recorded when they were submitted: indexed, whatever the team's size.
 */
export async function reviewInbox(ctx: Ctx) {
  await ctx.access.assert(ctx.actor, PERFORMANCE.review);
  const me = await actorEmployee(ctx);
  if (!me) return [];
  const { tenant, today, now } = tenantToday(ctx);
  const [acting, mySubordinates] = await Promise.all([
    performanceRepo.actingBy(ctx.db, tenant.id, me.id, today),
    peopleService.directSubordinates(ctx, me.id),
  ]);
  const replaced = acting.flatMap((a) => (a.replaces_id && a.replaces_id !== me.id ? [a.replaces_id] : []));
  const unitIds = acting.flatMap((a) => (a.unit_id ? [a.unit_id] : []));
  // Those whose annual ratings the actor confirms: the people the actor appraises who rate others.
  const subordinateIds = new Set(mySubordinates);
  for (const id of replaced) for (const s of await peopleService.directSubordinates(ctx, id)) subordinateIds.add(s);
  subordinateIds.delete(me.id);
  // Plans, reports and annual results in one statement, then the names in one more.
  const rows = (
    await performanceRepo.inbox(ctx.db, tenant.id, {
      appraiserIds: [me.id, ...replaced],
      unitIds,
      confirmFor: [...subordinateIds],
      appraiserUnitIds: unitIds,
    })
  ).filter((r) => r.employee_id !== me.id && !(r.kind === 'annual' && r.appraiser_id === me.id));
  const people = new Map(
    (await peopleService.activeEmployees(ctx, { ids: [...new Set(rows.map((r) => r.employee_id))] })).map((p) => [
      p.id,
      p,
    ]),
  );
  const labelOf = (r: InboxRow) => {
    if (r.kind === 'plan') return `SKP ${r.year}`;
    if (r.kind === 'annual') return `Evaluasi tahunan ${r.year}`;
    const index = r.period_index ?? 0;
    return periodOf(r.year, (r.period_kind ?? 'monthly') as PeriodKind, index)?.label ?? String(index);
  };
  return rows
    .flatMap((r) => {
      const employee = people.get(r.employee_id);
      if (!employee) return [];
      const kind =
        r.kind === 'annual' ? (r.status === 'rated' ? ('confirm' as const) : ('objection' as const)) : r.kind;
      return [
        {
          kind,
          id: r.id,
          employeeId: employee.id,
          employeeName: employee.displayName,
          nip: employee.nip,
          label: labelOf(r),
          submittedAt: r.at,
          dueAt: r.due_at,
          overdue: !!r.due_at && r.due_at < now,
        },
      ];
    })
    .sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''));
}

export async function memberStatuses(ctx: Ctx, members: PersonRef[], year: number, periodIndex: number) {
  const tenantId = requireTenant(ctx).id;
  const ids = members.map((m) => m.id);
  const [plans, reports] = await Promise.all([
    performanceRepo.plansOf(ctx.db, tenantId, ids, year),
    performanceRepo.reportsOf(ctx.db, tenantId, ids, year, periodIndex),
  ]);
  const planOf = new Map(plans.map((p) => [p.employee_id, p]));
  const reportOf = new Map(reports.map((r) => [r.employee_id, r]));
  return members.map((m) => {
    const report = reportOf.get(m.id);
    return {
      employeeId: m.id,
      employeeName: m.displayName,
      nip: m.nip,
      planStatus: (planOf.get(m.id)?.status ?? null) as 'draft' | 'submitted' | 'approved' | 'returned' | null,
      reportId: report?.id ?? null,
      reportStatus: (report?.status ?? null) as 'draft' | 'submitted' | 'returned' | 'approved' | null,
      late: report?.late === 1,
      predikat: (report?.predikat ?? null) as Predikat | null,
    };
  });
}

/** The asked year and period, or this year and the period running today. */
export async function periodOrToday(ctx: Ctx, query: { year?: number | undefined; periodIndex?: number | undefined }) {
  const { tenant, today } = tenantToday(ctx);
  const year = query.year ?? Number(today.slice(0, 4));
  if (query.periodIndex !== undefined) return { year, periodIndex: query.periodIndex };
  const kind = ((await performanceRepo.year(ctx.db, tenant.id, year))?.period_kind ?? 'monthly') as PeriodKind;
  return { year, periodIndex: year === Number(today.slice(0, 4)) ? periodContaining(today, kind).index : 1 };
}

/** A supervisor's team for one period. */
export async function teamStatus(ctx: Ctx, query: { year?: number | undefined; periodIndex?: number | undefined }) {
  await ctx.access.assert(ctx.actor, PERFORMANCE.review);
  const { year, periodIndex } = await periodOrToday(ctx, query);
  const me = await actorEmployee(ctx);
  if (!me) throw new NotFound();
  return { year, periodIndex, members: await memberStatuses(ctx, await appraiseesOf(ctx, me), year, periodIndex) };
}
