import type { AssignableOfficer } from '@lentera/common';
import { type Ctx, requireTenant } from '../../../platform/context';
import { NotFound } from '../../../platform/errors';
import { peopleService } from '../../people/index';
import { COMPLAINTS } from '../policy';
import { officerGrantsRepo } from '../repository';

type OfficerRole = AssignableOfficer['role'];

const RANK: Record<OfficerRole, number> = { unit_officer: 0, desk_officer: 1, coordinator: 2 };

/**
 * The officers who may handle complaints routed to a unit (`handlesComplaint`): complaint officers granted on the
 * unit or one of its ancestors, the desk (tenant-wide complaint officers) and the coordinators. Only names: the
 * choice of an assignee never shows staff contact. Callers must themselves handle the unit's complaints; any
 * other unit, or one of another tenant, is 404.
 */
export async function assignableOfficers(ctx: Ctx, unitId: string): Promise<AssignableOfficer[]> {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, COMPLAINTS.work);
  const unit = (await peopleService.units(ctx)).find((u) => u.id === unitId);
  if (!unit) throw new NotFound();
  await ctx.access.assertVisible(ctx.actor, COMPLAINTS.handle, {
    tenantId: tenant.id,
    unitId: unit.id,
    unitPath: unit.path,
  });
  const ancestry = unit.path.split('/').filter(Boolean);
  const byAccount = new Map<string, AssignableOfficer>();
  for (const grant of await officerGrantsRepo.complaintRoleHolders(ctx.db, tenant.id)) {
    const role: OfficerRole | null =
      grant.role === 'complaint_coordinator'
        ? 'coordinator'
        : grant.unitId === null
          ? 'desk_officer'
          : ancestry.includes(grant.unitId)
            ? 'unit_officer'
            : null;
    if (!role) continue;
    const known = byAccount.get(grant.accountId);
    if (!known || RANK[role] < RANK[known.role]) byAccount.set(grant.accountId, { ...grant, role });
  }
  // The unit's own officers first, then the desk, then the coordinators; by name within each.
  return [...byAccount.values()]
    .map(({ accountId, name, role }) => ({ accountId, name, role }))
    .sort((a, b) => RANK[a.role] - RANK[b.role] || a.name.localeCompare(b.name, 'id'));
}
