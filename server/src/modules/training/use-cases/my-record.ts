import { complianceQuerySchema, type TrainingTopic } from '@lentera/common';
import type { Ctx } from '../../../platform/context';
import { requireTenant } from '../../../platform/context';
import { externalView } from '../presenter';
import { recordsRepo } from '../repository/records';
import { registrationsRepo } from '../repository/registrations';
import { myEmployee, yearDates } from '../support';
import { complianceOf, yearOrCurrent } from './compliance';
import { myRegistrations } from './learn';

/** The employee's own record for a year: JP against the minimum, what counted, registrations, reports, needs. */
export async function myRecord(ctx: Ctx, query: unknown) {
  const tenant = requireTenant(ctx);
  const me = await myEmployee(ctx);
  const year = yearOrCurrent(ctx, complianceQuerySchema.parse(query).year);
  const { from, to } = yearDates(year);
  const [[compliance], registrations, rows, external, needs] = await Promise.all([
    complianceOf(ctx, year, [me]),
    myRegistrations(ctx),
    registrationsRepo.forEmployee(ctx.db, tenant.id, me.id),
    recordsRepo.externalOfEmployee(ctx.db, tenant.id, me.id),
    recordsRepo.needs(ctx.db, tenant.id, { year, employeeId: me.id }),
  ]);
  const titleOf = new Map(registrations.map((r) => [r.id, r.programmeTitle]));
  const inYear = (day: string | null) => day !== null && day >= from && day <= to;
  return {
    year,
    compliance: compliance!,
    completed: [
      ...rows
        .filter((r) => r.status === 'completed' && inYear(r.completed_on))
        .map((r) => ({
          kind: 'event' as const,
          title: titleOf.get(r.id) ?? '',
          jp: r.jp_credited,
          on: r.completed_on!,
        })),
      ...external
        .filter((e) => e.status === 'verified' && inYear(e.ended_on))
        .map((e) => ({ kind: 'external' as const, title: e.title, jp: e.jp, on: e.ended_on })),
    ].sort((a, b) => a.on.localeCompare(b.on)),
    registrations,
    external: external.map((e) => externalView(e, me.displayName)),
    needs: needs.map((n) => ({
      topic: n.topic as TrainingTopic,
      reason: n.reason,
      status: n.status as 'open' | 'planned' | 'dismissed',
    })),
  };
}
