import { hashPassword } from '../platform/auth/passwords';
import { type Actor, makeCtx, type Services } from '../platform/context';
import { uuidv7 } from '../platform/ids';
import type { TenantRecord } from '../platform/tenancy/repository';
import { createTenant } from '../platform/tenancy/use-cases';

export const TEST_PASSWORD = 'uji-coba-sandi-2026';
let passwordHash: Promise<string> | null = null;
let counter = 0;

export const systemActor: Actor = { accountId: 'system', name: 'System', isSystemAdmin: true, grants: [] };

/** A tenant code (four capital letters) unique within the test file: codes are unique per installation. */
function codeFor(n: number): string {
  const letter = (i: number) => String.fromCharCode(65 + (Math.floor(n / 26 ** i) % 26));
  return `T${letter(2)}${letter(1)}${letter(0)}`;
}

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
    code: overrides.code ?? codeFor(counter),
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

/** A role grant in the tenant (for an account made here unless one is given). */
export async function buildRoleGrant(
  services: Services,
  tenant: TenantRecord,
  options: { accountId?: string; role?: string; unitId?: string | null } = {},
): Promise<{ id: string; accountId: string; role: string }> {
  const accountId = options.accountId ?? (await buildAccount(services)).id;
  const id = uuidv7();
  const role = options.role ?? 'employee';
  await services.db
    .insertInto('role_grants')
    .values({
      id,
      tenant_id: tenant.id,
      account_id: accountId,
      role,
      unit_id: options.unitId ?? null,
      scope: options.unitId ?? '*',
      granted_by: null,
      created_at: services.clock.now().toISOString(),
    })
    .execute();
  return { id, accountId, role };
}

let holidayDay = 0;

/** A local holiday of the tenant on an ordinary 2027 weekday unless a date is given. */
export async function buildLocalHoliday(
  services: Services,
  tenant: TenantRecord,
  overrides: Partial<{ date: string; name: string }> = {},
): Promise<{ id: string; date: string; name: string }> {
  holidayDay += 1;
  // 2027-02-01 is a Monday; step through weekdays of February and March.
  const offset = Math.floor((holidayDay - 1) / 5) * 7 + ((holidayDay - 1) % 5);
  const date = overrides.date ?? new Date(Date.UTC(2027, 1, 1 + offset)).toISOString().slice(0, 10);
  const id = uuidv7();
  const name = overrides.name ?? `Hari Jadi Uji ${holidayDay}`;
  await services.db
    .insertInto('calendar_holidays')
    .values({ id, tenant_id: tenant.id, date, name, kind: 'local', created_at: services.clock.now().toISOString() })
    .execute();
  services.calendars.invalidate(tenant.id);
  return { id, date, name };
}
