/**
 * The complaint channels (Open311 GeoReport v2, and the chats of the messaging layer: Telegram, WhatsApp,
 * Messenger, Instagram): what the complaints manifest registers. They file complaints through the module's own
 * intake use case; chats hear its public steps through the complainant notifier (`../notify-chat.ts`).
 */
import './conversation';
import './telegram/messaging';
import type { AccessRegistry } from '../../../platform/access/registry';
import { makeCtx, type Services } from '../../../platform/context';
import { findTenantBySlug } from '../../../platform/tenancy/repository';
import * as channelsMigration from '../migrations/2026_11_23_2101_complaints_channels';
import { createOpen311Key } from './open311/keys';
import { defineChannelsPolicies } from './policy';

export { channelsRoutes } from './routes';

export const channelsMigrations = { '2026_11_23_2101_complaints_channels': channelsMigration };

export function channelsPolicies(access: AccessRegistry): void {
  defineChannelsPolicies(access);
}

/** `lentera open311-key create --tenant SLUG`: a key made from the command line (audited as the system). */
export async function createOpen311KeyFromCli(services: Services, tenantSlug: string, name: string): Promise<string> {
  const tenant = await findTenantBySlug(services.db, tenantSlug);
  if (!tenant) throw new Error(`Unknown tenant "${tenantSlug}".`);
  const actor = { accountId: 'system', name: 'Command line', isSystemAdmin: true, grants: [] };
  return (await createOpen311Key(makeCtx(services, { tenant, actor }), { name })).key;
}
