import { hashPassword } from '../platform/auth/passwords';
import { type Actor, makeCtx, type Services } from '../platform/context';
import { uuidv7 } from '../platform/ids';
import type { TenantRecord } from '../platform/tenancy/repository';
import { createTenant } from '../platform/tenancy/use-cases';

export const TEST_PASSWORD = 'uji-coba-sandi-2026';
let passwordHash: Promise<string> | null = null;
let counter = 0;

export const systemActor: Actor = { accountId: 'system', name: 'System', isSystemAdmin: true, grants: [] };

const CODES = ['AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'FFF', 'GGG', 'HHH'];

export async function buildTenant(
  services: Services,
  overrides: Partial<{ slug: string; name: string; timeZone: string; code: string }> = {},
): Promise<TenantRecord> {
  counter += 1;
  const slug = overrides.slug ?? `kota${counter}`;
  return createTenant(makeCtx(services, { actor: systemActor }), {
    slug,
    name: overrides.name ?? `Pemerintah Kota Uji ${counter}`,
    kind: 'kota',
    code: overrides.code ?? CODES[counter % CODES.length] ?? 'ZZZ',
    timeZone: overrides.timeZone ?? 'Asia/Jakarta',
    locale: 'id',
    contacts: { address: 'Jl. Uji No. 1' },
  });
}

export interface TestAccount {
  id: string;
  email: string;
  nip: string | null;
  password: string;
}

/** An account with a known password and the given roles. */
export async function buildAccount(
  services: Services,
  options: {
    roles?: Array<{ tenant: TenantRecord; role: string; unitId?: string | null }>;
    nip?: string;
    verified?: boolean;
    systemAdmin?: boolean;
    name?: string;
  } = {},
): Promise<TestAccount> {
  counter += 1;
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const id = uuidv7();
  const email = `user${counter}.${id.slice(-6)}@uji.lentera.id`;
  const now = services.clock.now().toISOString();
  await services.db
    .insertInto('accounts')
    .values({
      id,
      email,
      nip: options.nip ?? null,
      name: options.name ?? `Pengguna Uji ${counter}`,
      password_hash: await passwordHash,
      email_verified_at: options.verified === false ? null : now,
      locale: 'id',
      is_system_admin: options.systemAdmin ? 1 : 0,
      created_at: now,
      updated_at: now,
    })
    .execute();
  for (const grant of options.roles ?? []) {
    await services.db
      .insertInto('role_grants')
      .values({
        id: uuidv7(),
        tenant_id: grant.tenant.id,
        account_id: id,
        role: grant.role,
        unit_id: grant.unitId ?? null,
        scope: grant.unitId ?? '*',
        granted_by: null,
        created_at: now,
      })
      .execute();
  }
  return { id, email, nip: options.nip ?? null, password: TEST_PASSWORD };
}
