import { PERFORMANCE_PERMISSIONS } from '@lentera/common';
import type { AccessRegistry } from '../../platform/access/registry';
import { hasAnyRole } from '../../platform/access/registry';
import type { Actor } from '../../platform/context';

export const PERFORMANCE = PERFORMANCE_PERMISSIONS;

/** What a policy needs to know about one employee's plan, report or annual result. */
export interface RecordSubject {
  tenantId: string;
  employeeId: string;
  employeeAccountId: string | null;
  unitId: string | null;
  /** The acting person's own employee id in this tenant, if any. */
  actorEmployeeId: string | null;
  /** Who may review this employee now: the direct superior and acting appraisers in force. */
  appraiserIds: string[];
  /** Everyone above the employee on the reporting line. */
  superiorChain: string[];
}

const isAppraiser = (s: RecordSubject) => s.actorEmployeeId !== null && s.appraiserIds.includes(s.actorEmployeeId);

export function definePerformancePolicies(access: AccessRegistry): void {
  access.define(PERFORMANCE.manage, (actor) => hasAnyRole(actor, 'hr_admin'), { menu: true });
  access.define(PERFORMANCE.me, (actor) => hasAnyRole(actor, 'employee'), { menu: true });
  // The menu shows the inbox to supervisors and acting appraisers; a record answers by the appraiser rule.
  access.define<RecordSubject | undefined>(
    PERFORMANCE.review,
    (actor, subject) => (subject ? isAppraiser(subject) : hasAnyRole(actor, 'supervisor', 'acting_appraiser')),
    { menu: true },
  );
  // Unit scopes read the unit tree through the platform's provider: only call outside a transaction.
  access.define<{ tenantId: string; unitId: string | null } | undefined>(
    PERFORMANCE.dashboard,
    async (actor, subject, registry) => {
      if (hasAnyRole(actor, 'hr_admin')) return true;
      if (!subject) return hasAnyRole(actor, 'unit_admin');
      return registry.hasRole(actor, 'unit_admin', subject.tenantId, subject.unitId);
    },
    { menu: true },
  );
  access.define<RecordSubject>(PERFORMANCE.read, async (actor, subject, registry) => {
    if (subject.employeeAccountId !== null && subject.employeeAccountId === actor.accountId) return true;
    if (isAppraiser(subject)) return true;
    if (subject.actorEmployeeId !== null && subject.superiorChain.includes(subject.actorEmployeeId)) return true;
    if (hasAnyRole(actor, 'hr_admin')) return true;
    return registry.hasRole(actor, 'unit_admin', subject.tenantId, subject.unitId);
  });
  // In the menu: supervisors and acting appraisers follow their people's coaching plans, hr_admin everyone's.
  access.define<RecordSubject | undefined>(
    PERFORMANCE.followUp,
    (actor, subject) => {
      if (hasAnyRole(actor, 'hr_admin')) return true;
      if (!subject) return hasAnyRole(actor, 'supervisor', 'acting_appraiser');
      return (
        isAppraiser(subject) ||
        (subject.actorEmployeeId !== null && subject.superiorChain.includes(subject.actorEmployeeId))
      );
    },
    { menu: true },
  );
}

export function isHrAdmin(actor: Actor | null): boolean {
  return actor !== null && hasAnyRole(actor, 'hr_admin');
}
