import { PEOPLE_PERMISSIONS } from '@lentera/common';
import type { AccessRegistry } from '../../platform/access/registry';
import { hasAnyRole } from '../../platform/access/registry';
import type { Actor } from '../../platform/context';

/** What a policy needs to know about an employee record. */
export interface EmployeeSubject extends UnitSubject {
  accountId: string | null;
  /** Ids of the employees above this one on the reporting line. */
  superiorChain: string[];
  /** The acting person's own employee id in this tenant, if any. */
  actorEmployeeId: string | null;
}

export interface UnitSubject {
  tenantId: string;
  unitId: string | null;
  /** The unit's path ('/root/.../unit/'): its ancestry, so that no policy needs to query (inside a transaction). */
  unitPath: string | null;
}

/** The module's actions (shared with the web, which shows menus by them). */
export const PEOPLE = PEOPLE_PERMISSIONS;

/**
 * hr_admin for the whole tenant, or unit_admin on the unit or one of its ancestors. The ancestry comes
 * from the subject's path rather than from the platform's unit provider: the provider reads outside the
 * current transaction, which on SQLite (one connection) waits for that transaction forever.
 */
function managesUnit(actor: Actor, subject: UnitSubject | undefined): boolean {
  if (hasAnyRole(actor, 'hr_admin')) return true;
  if (!subject) return hasAnyRole(actor, 'unit_admin');
  if (!subject.unitId || !subject.unitPath) return false;
  const ancestry = subject.unitPath.split('/').filter(Boolean);
  return actor.grants.some((g) => g.role === 'unit_admin' && (g.unitId === null || ancestry.includes(g.unitId)));
}

const staff = (actor: Actor) => actor.grants.some((g) => g.role !== 'citizen') || actor.isSystemAdmin;

export function definePeoplePolicies(access: AccessRegistry): void {
  access.define<UnitSubject | undefined>(PEOPLE.list, (actor, subject) => managesUnit(actor, subject), { menu: true });
  access.define<UnitSubject | undefined>(PEOPLE.manage, (actor, subject) => managesUnit(actor, subject));
  access.define<UnitSubject | undefined>(PEOPLE.manageUnits, (actor, subject) => managesUnit(actor, subject), {
    menu: true,
  });
  access.define(PEOPLE.import, (actor) => hasAnyRole(actor, 'hr_admin', 'unit_admin'), { menu: true });
  // An import holds other people's data: its uploader sees it, and hr_admin, who manages the whole tenant.
  access.define<{ createdBy: string }>(
    PEOPLE.readImport,
    (actor, subject) => subject.createdBy === actor.accountId || hasAnyRole(actor, 'hr_admin'),
  );
  access.define(PEOPLE.decideCorrections, (actor) => hasAnyRole(actor, 'hr_admin'), { menu: true });
  access.define(PEOPLE.directory, (actor) => staff(actor), { menu: true });
  access.define(PEOPLE.viewStructure, (actor) => staff(actor), { menu: true });
  access.define(PEOPLE.me, (actor) => hasAnyRole(actor, 'employee'), { menu: true });
  access.define<EmployeeSubject>(PEOPLE.read, (actor, subject) => {
    if (managesUnit(actor, subject)) return true;
    if (subject.accountId && subject.accountId === actor.accountId) return true;
    // A supervisor sees the records of the people below them on the reporting line.
    return subject.actorEmployeeId !== null && subject.superiorChain.includes(subject.actorEmployeeId);
  });
}
