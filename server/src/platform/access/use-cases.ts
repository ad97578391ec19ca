import { grantRoleBodySchema, PERMISSIONS, type RoleGrant, roleName } from '@lentera/common';
import type { z } from 'zod';
import { recordAudit } from '../audit/audit';
import { normalizeLogin } from '../auth/use-cases';
import { type Ctx, requireTenant, transaction } from '../context';
import { Conflict, NotFound } from '../errors';
import { uuidv7 } from '../ids';

function toGrant(row: {
  id: string;
  account_id: string;
  name: string;
  email: string | null;
  nip: string | null;
  role: string;
  unit_id: string | null;
  created_at: string;
  granted_by: string | null;
}): RoleGrant {
  return {
    id: row.id,
    accountId: row.account_id,
    accountName: row.name,
    login: row.nip ?? row.email ?? '',
    role: row.role,
    unitId: row.unit_id,
    grantedAt: row.created_at,
    grantedBy: row.granted_by,
  };
}

export async function listRoleGrants(
  ctx: Ctx,
  query: { page: number; pageSize: number; q?: string; role?: string },
): Promise<{ items: RoleGrant[]; total: number; page: number; pageSize: number }> {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, PERMISSIONS.manageRoles);
  let base = ctx.db
    .selectFrom('role_grants')
    .innerJoin('accounts', 'accounts.id', 'role_grants.account_id')
    .where('role_grants.tenant_id', '=', tenant.id)
    .where('role_grants.role', '!=', 'citizen');
  if (query.role) base = base.where('role_grants.role', '=', query.role);
  if (query.q) {
    const like = `%${query.q.toLowerCase()}%`;
    base = base.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['accounts.name']), 'like', like),
        eb('accounts.email', 'like', like),
        eb('accounts.nip', 'like', like),
      ]),
    );
  }
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .select([
      'role_grants.id',
      'role_grants.account_id',
      'accounts.name',
      'accounts.email',
      'accounts.nip',
      'role_grants.role',
      'role_grants.unit_id',
      'role_grants.created_at',
      'role_grants.granted_by',
    ])
    .orderBy('accounts.name')
    .orderBy('role_grants.role')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return { items: rows.map(toGrant), total: Number(total.n), page: query.page, pageSize: query.pageSize };
}

export async function grantRole(ctx: Ctx, input: z.infer<typeof grantRoleBodySchema>): Promise<RoleGrant> {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, PERMISSIONS.manageRoles);
  const data = grantRoleBodySchema.parse(input);
  return transaction(ctx, async (tx) => {
    const { email, nip } = normalizeLogin(data.login);
    const account = await tx.db
      .selectFrom('accounts')
      .select(['id', 'name', 'email', 'nip'])
      .where(email ? 'email' : 'nip', '=', email ?? nip ?? '')
      .executeTakeFirst();
    if (!account) throw new NotFound('account_not_found', { login: data.login });
    const scope = data.unitId ?? '*';
    const existing = await tx.db
      .selectFrom('role_grants')
      .select('id')
      .where('tenant_id', '=', tenant.id)
      .where('account_id', '=', account.id)
      .where('role', '=', data.role)
      .where('scope', '=', scope)
      .executeTakeFirst();
    if (existing) throw new Conflict('role_already_granted');
    const row = {
      id: uuidv7(),
      tenant_id: tenant.id,
      account_id: account.id,
      role: data.role,
      unit_id: data.unitId ?? null,
      scope,
      granted_by: tx.actor?.accountId ?? null,
      created_at: tx.clock.now().toISOString(),
    };
    await tx.db.insertInto('role_grants').values(row).execute();
    await recordAudit(tx, {
      action: 'role.granted',
      entityType: 'role_grant',
      entityId: row.id,
      after: { accountId: account.id, role: data.role, unitId: row.unit_id },
      // Kept with the entry: a revoked grant's row is deleted, its history still names it.
      reference: {
        id: `${roleName(data.role, 'id')}: ${account.name}`,
        en: `${roleName(data.role, 'en')}: ${account.name}`,
      },
    });
    return toGrant({ ...row, name: account.name, email: account.email, nip: account.nip });
  });
}

export async function revokeRole(ctx: Ctx, grantId: string): Promise<void> {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, PERMISSIONS.manageRoles);
  await transaction(ctx, async (tx) => {
    const row = await tx.db
      .selectFrom('role_grants')
      .selectAll()
      .where('tenant_id', '=', tenant.id)
      .where('id', '=', grantId)
      .executeTakeFirst();
    if (!row) throw new NotFound();
    await tx.db.deleteFrom('role_grants').where('tenant_id', '=', tenant.id).where('id', '=', grantId).execute();
    const holder = await tx.db
      .selectFrom('accounts')
      .select('name')
      .where('id', '=', row.account_id)
      .executeTakeFirst();
    await recordAudit(tx, {
      action: 'role.revoked',
      entityType: 'role_grant',
      entityId: grantId,
      before: { accountId: row.account_id, role: row.role, unitId: row.unit_id },
      // The grant is gone: the log names it by what it was.
      reference: {
        id: `${roleName(row.role, 'id')}: ${holder?.name ?? '?'}`,
        en: `${roleName(row.role, 'en')}: ${holder?.name ?? '?'}`,
      },
    });
  });
}
