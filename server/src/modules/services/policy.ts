import { SERVICES_PERMISSIONS } from '@lentera/common';
import type { AccessRegistry } from '../../platform/access/registry';
import { hasAnyRole } from '../../platform/access/registry';

export const SERVICES = SERVICES_PERMISSIONS;

/** What a policy needs to know about a service or a request: its tenant and the unit that runs it. */
export interface UnitSubject {
  tenantId: string;
  unitId: string;
}

/**
 * The tenant admin runs every unit's services; a unit admin edits those of the unit and the units below it. HR and
 * tenant admins approve standards for publication. Service officers work the requests of their unit's services (a
 * grant for the whole tenant: every unit). Without a subject, the question is whether the person may use the
 * screen at all (the menus).
 */
export function defineServicesPolicies(access: AccessRegistry): void {
  const scoped =
    (role: string) => async (actor: Parameters<typeof hasAnyRole>[0], subject: UnitSubject | undefined) => {
      if (!subject) return hasAnyRole(actor, role);
      return access.hasRole(actor, role, subject.tenantId, subject.unitId);
    };
  access.define<UnitSubject | undefined>(
    SERVICES.manage,
    async (actor, subject) =>
      hasAnyRole(actor, 'tenant_admin', 'hr_admin') || (await scoped('unit_admin')(actor, subject)),
    { menu: true },
  );
  access.define(SERVICES.approve, (actor) => hasAnyRole(actor, 'tenant_admin', 'hr_admin'), { menu: true });
  access.define<UnitSubject | undefined>(
    SERVICES.serve,
    (actor, subject) => scoped('service_officer')(actor, subject),
    {
      menu: true,
    },
  );
}
