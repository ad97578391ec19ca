/** Factories for the Meta channels' tests. */
import type { MetaSettingsInput } from '@lentera/common';
import { systemActor } from '../../../../test/factories';
import { makeCtx, type Services } from '../../../context';
import type { TenantRecord } from '../../../tenancy/repository';
import { saveMetaSettings } from '../config';
import { IG_ACCOUNT_ID, PAGE_ID, WA_PHONE_NUMBER_ID } from './payloads';

export const TEST_APP_SECRET = 'rahasia-aplikasi-meta-uji-0123';
export const TEST_VERIFY_TOKEN = 'token-verifikasi-uji-0123';
export const TEST_WA_TOKEN = 'EAAGwhatsappTokenUjiLentera0123456789';
export const TEST_PAGE_TOKEN = 'EAAGpageTokenUjiLentera0123456789';

/** The tenant's Meta channels, all connected, with known secrets. */
export function buildMetaConfig(services: Services, tenant: TenantRecord, overrides: Partial<MetaSettingsInput> = {}) {
  return saveMetaSettings(makeCtx(services, { tenant, actor: systemActor }), {
    appSecret: TEST_APP_SECRET,
    verifyToken: TEST_VERIFY_TOKEN,
    whatsapp: { phoneNumberId: WA_PHONE_NUMBER_ID, displayNumber: '0811 0000 1111', accessToken: TEST_WA_TOKEN },
    messenger: { pageId: PAGE_ID, accessToken: TEST_PAGE_TOKEN },
    instagram: { accountId: IG_ACCOUNT_ID },
    ...overrides,
  });
}
