/** Factories for the complaint channels' tests (and the generated security tests). */
import { makeCtx, type Services } from '../../../../platform/context';
import type { TenantRecord } from '../../../../platform/tenancy/repository';
import { systemActor } from '../../../../test/factories';
import type { FixtureRecord } from '../../../../test/record-fixtures';
import { createOpen311Key } from '../open311/keys';
import { configureTelegram } from '../telegram/service';

/** A live Open311 API key of the tenant; `key` is the secret a client sends. */
export function buildOpen311Key(services: Services, tenant: TenantRecord, name = 'Aplikasi Warga') {
  return createOpen311Key(makeCtx(services, { tenant, actor: systemActor }), { name });
}

export const TEST_BOT_TOKEN = '123456789:AAHtestTokenForLenteraStandInBot_0123';

/** The tenant's Telegram bot, with a known webhook secret. */
export async function buildTelegramConfig(services: Services, tenant: TenantRecord, secret: string) {
  return configureTelegram(makeCtx(services, { tenant, actor: systemActor }), { botToken: TEST_BOT_TOKEN, secret });
}

export const channelsRecordFixtures = {
  open311Key: async (services: Services, tenant: TenantRecord): Promise<FixtureRecord> => {
    const key = await buildOpen311Key(services, tenant);
    return {
      id: key.id,
      snapshot: () =>
        services.db.selectFrom('complaints_open311_keys').selectAll().where('id', '=', key.id).executeTakeFirst(),
    };
  },
};
