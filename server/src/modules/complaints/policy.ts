import { COMPLAINTS_PERMISSIONS } from '@lentera/common';
import type { AccessRegistry } from '../../platform/access/registry';
import { hasAnyRole } from '../../platform/access/registry';
import type { Actor } from '../../platform/context';

export const COMPLAINTS = COMPLAINTS_PERMISSIONS;

/** What a policy needs to know about a complaint: the responsible unit and its ancestry (no queries here). */
export interface ComplaintSubject {
  tenantId: string;
  /** The unit the complaint was routed to, with its path ('/root/.../unit/'); null before routing. */
  unitId: string | null;
  unitPath: string | null;
}

const isCoordinator = (actor: Actor) => hasAnyRole(actor, 'complaint_coordinator');
/** A complaint officer granted for the whole tenant works the verification desk. */
const isDeskOfficer = (actor: Actor) => actor.grants.some((g) => g.role === 'complaint_officer' && g.unitId === null);

/** The coordinator and desk officers handle every complaint; a unit's officers those routed to their subtree. */
export function handlesComplaint(actor: Actor, subject: ComplaintSubject | undefined): boolean {
  if (isCoordinator(actor) || isDeskOfficer(actor)) return true;
  if (!subject) return hasAnyRole(actor, 'complaint_officer');
  if (!subject.unitId || !subject.unitPath) return false;
  const ancestry = subject.unitPath.split('/').filter(Boolean);
  return actor.grants.some((g) => g.role === 'complaint_officer' && g.unitId !== null && ancestry.includes(g.unitId));
}

/** Units an actor's officer grants cover ('*' for the whole tenant). */
export function officerUnits(actor: Actor): '*' | string[] {
  if (isCoordinator(actor) || isDeskOfficer(actor)) return '*';
  return actor.grants.filter((g) => g.role === 'complaint_officer' && g.unitId).map((g) => g.unitId as string);
}

export function defineComplaintsPolicies(access: AccessRegistry): void {
  access.define(COMPLAINTS.verify, (actor) => isCoordinator(actor) || isDeskOfficer(actor), { menu: true });
  access.define(COMPLAINTS.work, (actor) => hasAnyRole(actor, 'complaint_coordinator', 'complaint_officer'), {
    menu: true,
  });
  access.define<ComplaintSubject | undefined>(COMPLAINTS.handle, (actor, subject) => handlesComplaint(actor, subject));
  // LAPOR! once leaked whistle-blowers because an admin forgot a flag: here no flag exists, only this role.
  access.define(COMPLAINTS.identity, (actor) => isCoordinator(actor));
  access.define(COMPLAINTS.myTeam, (actor) => hasAnyRole(actor, 'supervisor'), { menu: true });
  access.define(COMPLAINTS.mine, () => true, { menu: true });
  access.define(COMPLAINTS.referIntegrity, (actor) => isCoordinator(actor));
  access.define(COMPLAINTS.manage, (actor) => hasAnyRole(actor, 'complaint_coordinator', 'tenant_admin'), {
    menu: true,
  });
}
