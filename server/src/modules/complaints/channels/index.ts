/**
 * The complaint channels (Open311 GeoReport v2, Telegram): what the complaints manifest registers. They file
 * complaints through the module's own intake use case and hear its public steps through `onPublicStep`.
 */
import type { AccessRegistry } from '../../../platform/access/registry';
import { makeCtx, type Services } from '../../../platform/context';
import type { JobDefinition } from '../../../platform/jobs/runner';
import { findTenantBySlug } from '../../../platform/tenancy/repository';
import * as channelsMigration from '../migrations/2026_11_23_2101_complaints_channels';
import { createOpen311Key } from './open311/keys';
import { defineChannelsPolicies } from './policy';
import { deliverTelegramOutbox, TELEGRAM_OUTBOX_JOB } from './telegram/service';

export { channelsRoutes } from './routes';

export const channelsMigrations = { '2026_11_23_2101_complaints_channels': channelsMigration };

export function channelsPolicies(access: AccessRegistry): void {
  defineChannelsPolicies(access);
}

export function channelsJobs(services: Services): JobDefinition[] {
  return [{ name: TELEGRAM_OUTBOX_JOB, everyMs: 10_000, run: () => deliverTelegramOutbox(services) }];
}

/** `lentera open311-key create --tenant SLUG`: a key made from the command line (audited as the system). */
export async function createOpen311KeyFromCli(services: Services, tenantSlug: string, name: string): Promise<string> {
  const tenant = await findTenantBySlug(services.db, tenantSlug);
  if (!tenant) throw new Error(`Unknown tenant "${tenantSlug}".`);
  const actor = { accountId: 'system', name: 'Command line', isSystemAdmin: true, grants: [] };
  return (await createOpen311Key(makeCtx(services, { tenant, actor }), { name })).key;
}
