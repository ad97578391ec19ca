import type { ComplaintStatus } from '@lentera/common';
import { type Ctx, requireTenant } from '../../platform/context';
import { Conflict, NotFound } from '../../platform/errors';
import { COMPLAINTS, type ComplaintSubject } from './policy';
import { complaintsRepo, type Report } from './repository';

export const subjectOf = (r: Report): ComplaintSubject => ({
  tenantId: r.tenant_id,
  unitId: r.unit_id,
  unitPath: r.unit_path,
});

/**
 * A complaint for a staff action: 404 when it does not exist, is another tenant's, or the actor may not act
 * on it (verification desk for `verify`, the responsible unit's officers for `handle`).
 */
export async function complaintFor(ctx: Ctx, id: string, action: 'verify' | 'handle'): Promise<Report> {
  const tenant = requireTenant(ctx);
  if (!ctx.actor) await ctx.access.assert(ctx.actor, COMPLAINTS.work);
  const report = await complaintsRepo.report(ctx.db, tenant.id, id);
  if (!report) throw new NotFound();
  if (action === 'verify') {
    if (!(await ctx.access.can(ctx.actor, COMPLAINTS.verify))) throw new NotFound();
  } else await ctx.access.assertVisible(ctx.actor, COMPLAINTS.handle, subjectOf(report));
  return report;
}

/** Refuses a step that does not fit the complaint's state. */
export function expectStatus(report: Report, allowed: readonly ComplaintStatus[]): void {
  if (!allowed.includes(report.status as ComplaintStatus))
    throw new Conflict('complaint_state', { status: report.status });
}

/** Applies a change only if the state is still what was read (a concurrent step makes it fail cleanly). */
export async function changeState(
  ctx: Ctx,
  report: Report,
  allowed: readonly ComplaintStatus[],
  set: Parameters<typeof complaintsRepo.updateReport>[4],
): Promise<void> {
  const ok = await complaintsRepo.updateReport(ctx.db, report.tenant_id, report.id, allowed, {
    ...set,
    updated_at: ctx.clock.now().toISOString(),
  });
  if (!ok) throw new Conflict('complaint_state', { status: report.status });
}
