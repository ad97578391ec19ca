import { MESSAGING_PERMISSIONS } from '@lentera/common';
import type { AccessRegistry } from '../../access/registry';
import { hasAnyRole } from '../../access/registry';

/** The messaging layer's actions: connecting Meta's channels and naming the WhatsApp templates is the tenant admin's. */
export function defineMessagingPolicies(access: AccessRegistry): void {
  access.define(MESSAGING_PERMISSIONS.manage, (actor) => actor.isSystemAdmin || hasAnyRole(actor, 'tenant_admin'), {
    menu: true,
  });
}
