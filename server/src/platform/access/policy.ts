import { PERMISSIONS } from '@lentera/common';
import type { AccessRegistry } from './registry';
import { hasAnyRole } from './registry';

/** Platform actions: administration of tenants, roles, holidays and the audit log. */
export function definePlatformPolicies(access: AccessRegistry): void {
  access.define(PERMISSIONS.manageTenants, (actor) => actor.isSystemAdmin, { menu: true });
  access.define(PERMISSIONS.nationalView, (actor) => actor.isSystemAdmin || hasAnyRole(actor, 'national_viewer'), {
    menu: true,
  });
  access.define(PERMISSIONS.manageRoles, (actor) => actor.isSystemAdmin || hasAnyRole(actor, 'tenant_admin'), {
    menu: true,
  });
  access.define(PERMISSIONS.manageHolidays, (actor) => actor.isSystemAdmin || hasAnyRole(actor, 'tenant_admin'), {
    menu: true,
  });
  access.define(
    PERMISSIONS.readAudit,
    (actor) => actor.isSystemAdmin || hasAnyRole(actor, 'tenant_admin', 'inspector', 'national_viewer'),
    { menu: true },
  );
  access.define(
    PERMISSIONS.workspace,
    (actor) => actor.isSystemAdmin || actor.grants.some((g) => g.role !== 'citizen'),
    { menu: true },
  );
}
