import { TRAINING_PERMISSIONS } from '@lentera/common';
import type { AccessRegistry } from '../../platform/access/registry';
import { hasAnyRole } from '../../platform/access/registry';
import type { Actor } from '../../platform/context';

export const TRAINING = TRAINING_PERMISSIONS;

/** What a trainer's permission is asked about: the trainers of the programme and of the event. */
export interface TeachSubject {
  trainerAccountIds: readonly string[];
}

/** A unit of the tenant: what a compliance list is asked about. */
export interface UnitSubject {
  tenantId: string;
  unitId: string;
}

const isHr = (actor: Actor) => hasAnyRole(actor, 'hr_admin', 'tenant_admin');

/**
 * HR admins (BKPSDM) and the tenant admin run the catalog and everything tenant-wide. A trainer acts on the events of
 * the programmes (or events) that name them. Unit admins see the compliance of their units and the units below.
 * Registering and one's own record are the employee's; approvals and the team's JP the supervisor's (both roles
 * are derived from the people module's records). Without a subject, the question is whether the person may use
 * the screen at all (the menus).
 */
export function defineTrainingPolicies(access: AccessRegistry): void {
  access.define(TRAINING.manage, (actor) => isHr(actor), { menu: true });
  access.define<TeachSubject | undefined>(
    TRAINING.teach,
    (actor, subject) => {
      if (isHr(actor)) return true;
      if (!hasAnyRole(actor, 'trainer')) return false;
      return !subject || subject.trainerAccountIds.includes(actor.accountId);
    },
    { menu: true },
  );
  access.define<UnitSubject | undefined>(
    TRAINING.compliance,
    async (actor, subject) => {
      if (isHr(actor)) return true;
      if (!subject) return hasAnyRole(actor, 'unit_admin');
      return access.hasRole(actor, 'unit_admin', subject.tenantId, subject.unitId);
    },
    { menu: true },
  );
  access.define(TRAINING.learn, (actor) => hasAnyRole(actor, 'employee'), { menu: true });
  access.define(TRAINING.team, (actor) => hasAnyRole(actor, 'supervisor'), { menu: true });
}
