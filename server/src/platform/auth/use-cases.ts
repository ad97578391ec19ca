import type { Lang, SessionAccount } from '@lentera/common';
import { recordAudit, SYSTEM_CHAIN } from '../audit/audit';
import { type Ctx, makeCtx, type Services, transaction } from '../context';
import { DomainError, Forbidden, Invalid, NotFound } from '../errors';
import { randomToken, uuidv7 } from '../ids';
import { findTenantBySlug, listTenants } from '../tenancy/repository';
import { type AccountRow, loadActor } from './actor';
import { authMail } from './mail-texts';
import { assertAcceptablePassword, dummyPasswordHash, hashPassword, verifyPassword } from './passwords';
import { createSession, deleteAllSessions, hashToken } from './sessions';
import { assertMayTry, clearFailures, recordFailure, THROTTLE } from './throttle';

const VERIFY_TTL_MS = 3 * 24 * 3600_000;
const RESET_TTL_MS = 3600_000;

export function normalizeLogin(login: string): { email?: string; nip?: string } {
  const trimmed = login.trim();
  return trimmed.includes('@') ? { email: trimmed.toLowerCase() } : { nip: trimmed.replace(/\s+/g, '') };
}

async function findByLogin(ctx: Ctx, login: string) {
  const { email, nip } = normalizeLogin(login);
  let query = ctx.db.selectFrom('accounts').selectAll();
  query = email ? query.where('email', '=', email) : query.where('nip', '=', nip ?? '');
  return query.executeTakeFirst();
}

const throttleKeyOf = (accountId: string) => `acct:${accountId}`;

export interface LoginResult {
  sessionToken: string;
  accountId: string;
}

/** Logs in with NIP or e-mail; failures are throttled per account and per address. */
export async function login(
  ctx: Ctx,
  input: { login: string; password: string; ip: string; userAgent: string | null },
): Promise<LoginResult> {
  const account = await findByLogin(ctx, input.login);
  // Failures count per account, whether the e-mail address or the NIP was typed; an unknown login on its own.
  const accountKey = account
    ? throttleKeyOf(account.id)
    : `login:${Object.values(normalizeLogin(input.login))[0] ?? ''}`;
  const addressKey = `ip:${input.ip}`;
  await assertMayTry(ctx.db, ctx.clock, accountKey, THROTTLE.account);
  await assertMayTry(ctx.db, ctx.clock, addressKey, THROTTLE.address);
  // An unknown login still costs one verification, so timing does not tell which logins exist.
  const ok = await verifyPassword(account ? account.password_hash : await dummyPasswordHash(), input.password);
  if (!account || !ok || !account.password_hash) {
    await recordFailure(ctx.db, ctx.clock, accountKey, THROTTLE.account);
    await recordFailure(ctx.db, ctx.clock, addressKey, THROTTLE.address);
    throw new DomainError(401, 'invalid_credentials');
  }
  if (!account.email_verified_at && !account.nip) throw new Forbidden('email_not_verified');
  await clearFailures(ctx.db, accountKey);
  const sessionToken = await createSession(ctx.db, ctx.config, ctx.clock, account.id, {
    userAgent: input.userAgent,
    ip: input.ip,
  });
  return { sessionToken, accountId: account.id };
}

export async function logoutEverywhere(ctx: Ctx, accountId: string): Promise<void> {
  await deleteAllSessions(ctx.db, accountId);
}

export async function sessionAccountView(services: Services, account: AccountRow): Promise<SessionAccount> {
  const isSystemAdmin = account.is_system_admin === 1;
  const grants = await services.db
    .selectFrom('role_grants')
    .select(['tenant_id', 'role', 'unit_id'])
    .where('account_id', '=', account.id)
    .execute();
  const tenants = await listTenants(services.db);
  const memberships: SessionAccount['tenants'] = [];
  for (const tenant of tenants) {
    const mine = grants.filter((g) => g.tenant_id === tenant.id);
    const derived = await services.access.derivedRoles(tenant.id, account.id);
    if (!isSystemAdmin && mine.length === 0 && derived.length === 0) continue;
    const actor = await loadActor(services, account, tenant.id);
    memberships.push({
      slug: tenant.slug,
      name: tenant.name,
      roles: actor.grants.map((g) => ({ role: g.role, unitId: g.unitId })),
      permissions: await services.access.permissionsOf(actor),
    });
  }
  return {
    id: account.id,
    name: account.name,
    email: account.email,
    nip: account.nip,
    locale: account.locale === 'en' ? 'en' : 'id',
    isSystemAdmin,
    tenants: memberships,
  };
}

async function issueToken(
  ctx: Ctx,
  accountId: string,
  purpose: 'verify_email' | 'reset_password',
  tenantSlug: string | null,
) {
  const token = randomToken(32);
  const now = ctx.clock.now();
  await ctx.db
    .insertInto('auth_tokens')
    .values({
      id: hashToken(token),
      account_id: accountId,
      purpose,
      tenant_slug: tenantSlug,
      expires_at: new Date(now.getTime() + (purpose === 'verify_email' ? VERIFY_TTL_MS : RESET_TTL_MS)).toISOString(),
      used_at: null,
      created_at: now.toISOString(),
    })
    .execute();
  return token;
}

/** Consumes a one-time token: valid once, before it expires, for its purpose only. */
async function consumeToken(ctx: Ctx, token: string, purpose: string) {
  const id = hashToken(token);
  const row = await ctx.db.selectFrom('auth_tokens').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || row.purpose !== purpose || row.used_at || row.expires_at <= ctx.clock.now().toISOString())
    throw new Invalid('token_invalid');
  const used = await ctx.db
    .updateTable('auth_tokens')
    .set({ used_at: ctx.clock.now().toISOString() })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  if (Number(used.numUpdatedRows) !== 1) throw new Invalid('token_invalid');
  return row;
}

function tenantPath(slug: string | null | undefined) {
  return slug ? `/t/${slug}` : '';
}

/** A citizen registers; the account can log in once the e-mailed link is opened. */
export async function registerCitizen(
  ctx: Ctx,
  input: { name: string; email: string; password: string; locale?: Lang; tenant?: string },
): Promise<void> {
  assertAcceptablePassword(input.password);
  const tenant = input.tenant ? await findTenantBySlug(ctx.db, input.tenant) : undefined;
  if (input.tenant && !tenant) throw new NotFound('tenant_not_found', { slug: input.tenant });
  const passwordHash = await hashPassword(input.password);
  const lang = input.locale ?? ctx.lang;
  await transaction(ctx, async (tx) => {
    const existing = await tx.db
      .selectFrom('accounts')
      .select(['id', 'email_verified_at'])
      .where('email', '=', input.email)
      .executeTakeFirst();
    if (existing) throw new DomainError(409, 'email_taken', {}, [{ path: 'email', code: 'email_taken' }]);
    const id = uuidv7();
    const now = tx.clock.now().toISOString();
    await tx.db
      .insertInto('accounts')
      .values({
        id,
        email: input.email,
        nip: null,
        name: input.name,
        password_hash: passwordHash,
        email_verified_at: null,
        locale: lang,
        is_system_admin: 0,
        created_at: now,
        updated_at: now,
      })
      .execute();
    if (tenant) {
      await tx.db
        .insertInto('role_grants')
        .values({
          id: uuidv7(),
          tenant_id: tenant.id,
          account_id: id,
          role: 'citizen',
          unit_id: null,
          scope: '*',
          granted_by: null,
          created_at: now,
        })
        .execute();
    }
    const token = await issueToken(tx, id, 'verify_email', tenant?.slug ?? null);
    const link = `${tx.config.publicUrl}${tenantPath(tenant?.slug)}/verify?token=${token}`;
    await tx.mailer.enqueue(
      { ...tx, tenant: tenant ?? null },
      authMail.verify(input.email, lang, input.name, link, tenant?.name),
    );
    await recordAudit(tx, {
      action: 'account.registered',
      entityType: 'account',
      entityId: id,
      chain: SYSTEM_CHAIN,
      after: { id },
    });
  });
}

export async function verifyEmail(ctx: Ctx, token: string): Promise<void> {
  await transaction(ctx, async (tx) => {
    const row = await consumeToken(tx, token, 'verify_email');
    await tx.db
      .updateTable('accounts')
      .set({ email_verified_at: tx.clock.now().toISOString(), updated_at: tx.clock.now().toISOString() })
      .where('id', '=', row.account_id)
      .execute();
  });
}

/** Always answers the same way, so nobody learns which e-mail addresses have accounts. */
export async function requestPasswordReset(ctx: Ctx, input: { email: string; tenant?: string }): Promise<void> {
  await transaction(ctx, async (tx) => {
    const account = await tx.db
      .selectFrom('accounts')
      .select(['id', 'name', 'email', 'locale'])
      .where('email', '=', input.email)
      .executeTakeFirst();
    if (!account) return;
    const tenant = input.tenant ? await findTenantBySlug(tx.db, input.tenant) : undefined;
    const token = await issueToken(tx, account.id, 'reset_password', tenant?.slug ?? null);
    const link = `${tx.config.publicUrl}${tenantPath(tenant?.slug)}/reset?token=${token}`;
    const lang = account.locale === 'en' ? 'en' : 'id';
    await tx.mailer.enqueue(
      { ...tx, tenant: tenant ?? null },
      authMail.reset(account.email ?? input.email, lang, account.name, link),
    );
  });
}

export async function confirmPasswordReset(ctx: Ctx, input: { token: string; password: string }): Promise<void> {
  assertAcceptablePassword(input.password);
  const passwordHash = await hashPassword(input.password);
  await transaction(ctx, async (tx) => {
    const row = await consumeToken(tx, input.token, 'reset_password');
    const now = tx.clock.now().toISOString();
    await tx.db
      .updateTable('accounts')
      // Opening the e-mailed link proves the address too.
      .set({ password_hash: passwordHash, updated_at: now, email_verified_at: now })
      .where('id', '=', row.account_id)
      .execute();
    await deleteAllSessions(tx.db, row.account_id);
    await clearFailures(tx.db, throttleKeyOf(row.account_id));
    await recordAudit(tx, {
      action: 'account.password_reset',
      entityType: 'account',
      entityId: row.account_id,
      chain: SYSTEM_CHAIN,
    });
  });
}

export async function setLocale(ctx: Ctx, accountId: string, locale: Lang): Promise<void> {
  await ctx.db
    .updateTable('accounts')
    .set({ locale, updated_at: ctx.clock.now().toISOString() })
    .where('id', '=', accountId)
    .execute();
}

export { makeCtx };
