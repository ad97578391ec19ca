import { QUEUE_PERMISSIONS } from '@lentera/common';
import type { AccessRegistry } from '../../platform/access/registry';
import { hasAnyRole } from '../../platform/access/registry';

export const QUEUE = { ...QUEUE_PERMISSIONS, settings: 'queue.settings' } as const;

/** What a policy needs to know about a location: its tenant and the unit that runs it (null: the whole tenant). */
export interface LocationSubject {
  tenantId: string;
  unitId: string | null;
}

/**
 * The tenant admin runs every location; a unit admin those of the unit and the units below it. Service officers
 * work the counters of the locations of their unit (a grant for the whole tenant: every location). Statistics are
 * for both. Without a subject, the question is whether the person may use the screen at all (the menus).
 */
export function defineQueuePolicies(access: AccessRegistry): void {
  const scoped =
    (role: string) => async (actor: Parameters<typeof hasAnyRole>[0], subject: LocationSubject | undefined) => {
      if (!subject) return hasAnyRole(actor, role);
      return access.hasRole(actor, role, subject.tenantId, subject.unitId);
    };
  access.define<LocationSubject | undefined>(
    QUEUE.manage,
    async (actor, subject) => hasAnyRole(actor, 'tenant_admin') || (await scoped('unit_admin')(actor, subject)),
    { menu: true },
  );
  access.define(QUEUE.settings, (actor) => hasAnyRole(actor, 'tenant_admin'));
  access.define<LocationSubject | undefined>(
    QUEUE.serve,
    (actor, subject) => scoped('service_officer')(actor, subject),
    {
      menu: true,
    },
  );
  access.define<LocationSubject | undefined>(
    QUEUE.stats,
    async (actor, subject) =>
      hasAnyRole(actor, 'tenant_admin') ||
      (await scoped('unit_admin')(actor, subject)) ||
      (await scoped('service_officer')(actor, subject)),
    { menu: true },
  );
}
