import type { AccessRegistry } from '../../../platform/access/registry';
import { hasAnyRole } from '../../../platform/access/registry';

/** Actions of the complaint channels. */
export const CHANNELS = {
  /** Open311 API keys and the Telegram bot of the tenant: the tenant admin. */
  manage: 'complaints.channels',
} as const;

export function defineChannelsPolicies(access: AccessRegistry): void {
  access.define(CHANNELS.manage, (actor) => actor.isSystemAdmin || hasAnyRole(actor, 'tenant_admin'), { menu: true });
}
