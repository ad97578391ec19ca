import type { Actor, Services } from '../context';
import type { DbOrTx } from '../db/database';

export interface AccountRow {
  id: string;
  name: string;
  email: string | null;
  nip: string | null;
  locale: string;
  is_system_admin: number;
}

export async function findAccount(db: DbOrTx, accountId: string): Promise<AccountRow | undefined> {
  return db
    .selectFrom('accounts')
    .select(['id', 'name', 'email', 'nip', 'locale', 'is_system_admin'])
    .where('id', '=', accountId)
    .executeTakeFirst();
}

/** The actor for one request: the account with its grants (and derived roles) in the tenant of the request. */
export async function loadActor(services: Services, account: AccountRow, tenantId: string | null): Promise<Actor> {
  const grants = tenantId
    ? await services.db
        .selectFrom('role_grants')
        .select(['role', 'unit_id'])
        .where('tenant_id', '=', tenantId)
        .where('account_id', '=', account.id)
        .execute()
    : [];
  const derived = tenantId ? await services.access.derivedRoles(tenantId, account.id) : [];
  return {
    accountId: account.id,
    name: account.name,
    isSystemAdmin: account.is_system_admin === 1,
    grants: [...grants.map((g) => ({ role: g.role, unitId: g.unit_id })), ...derived],
  };
}
