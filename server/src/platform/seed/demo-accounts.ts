import { hashPassword } from '../auth/passwords';
import type { Services } from '../context';
import { uuidv7 } from '../ids';

/**
 * A demo login's account (created once, its e-mail verified) and its role grant, on a unit or (null) the whole
 * tenant; the role is the login's role up to a space (`complaint_officer (DPUPR)` grants `complaint_officer`).
 * Returns the account id. Used by the modules' demo seeds.
 */
export async function ensureDemoAccount(
  services: Services,
  tenantId: string,
  login: { login: string; password: string; role: string },
  name: string,
  unitId: string | null,
) {
  const now = services.clock.now().toISOString();
  let account = await services.db
    .selectFrom('accounts')
    .select('id')
    .where('email', '=', login.login)
    .executeTakeFirst();
  if (!account) {
    account = { id: uuidv7() };
    await services.db
      .insertInto('accounts')
      .values({
        id: account.id,
        email: login.login,
        nip: null,
        name,
        password_hash: await hashPassword(login.password),
        email_verified_at: now,
        locale: 'id',
        is_system_admin: 0,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
  const role = login.role.split(' ')[0] as string;
  await services.db
    .insertInto('role_grants')
    .values({
      id: uuidv7(),
      tenant_id: tenantId,
      account_id: account.id,
      role,
      unit_id: unitId,
      scope: unitId ?? '*',
      granted_by: null,
      created_at: now,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return account.id;
}
