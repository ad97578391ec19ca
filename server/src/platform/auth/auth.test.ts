import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { buildAccount, buildTenant, type TestAccount } from '../../test/factories';
import { describeEachDialect, type TestEnv } from '../../test/harness';
import { errorOf, setCookie } from '../../test/requests';
import type { TenantRecord } from '../tenancy/repository';
import { SESSION_COOKIE } from './sessions';

const NIP = '199001012015031001';
const HOUR = 3600_000;
const MINUTE = 60_000;

/** The account the session cookie value belongs to, asked without any other cookie. */
async function accountOfCookie(env: TestEnv, sessionId: string): Promise<string | null> {
  const response = await env.app.inject({
    method: 'GET',
    url: '/api/auth/session',
    headers: { cookie: `${SESSION_COOKIE}=${sessionId}` },
  });
  return response.json().account?.id ?? null;
}

function expectCookieFlags(response: LightMyRequestResponse, secure: boolean) {
  const cookie = setCookie(response, SESSION_COOKIE);
  expect(cookie, 'the session cookie is set').not.toBeNull();
  expect(cookie!.value.length).toBeGreaterThanOrEqual(40);
  expect(cookie!.raw).toMatch(/;\s*HttpOnly/i);
  expect(cookie!.raw).toMatch(/;\s*SameSite=Lax/i);
  expect(cookie!.raw).toMatch(/;\s*Path=\/(;|$)/);
  if (secure) expect(cookie!.raw).toMatch(/;\s*Secure/i);
  else expect(cookie!.raw).not.toMatch(/;\s*Secure/i);
}

describeEachDialect('auth: logging in and sessions', (env) => {
  let tenant: TenantRecord;
  let admin: TestAccount;
  let other: TestAccount;
  const privateUrl = () => `/api/t/${tenant.slug}/admin/audit/verify`;

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    admin = await buildAccount(env.services, { nip: NIP, roles: [{ tenant, role: 'tenant_admin' }] });
    other = await buildAccount(env.services, { roles: [{ tenant, role: 'employee' }] });
  });

  it('logs in with the e-mail address, sets a strict cookie and rotates the session id at each login', async () => {
    const client = env.client();
    const anonymousCsrf = (await client.refreshSession()).csrfToken;
    const first = await client.post('/api/auth/login', { login: admin.email.toUpperCase(), password: admin.password });
    expect(first.statusCode).toBe(200);
    expect(first.json().account).toMatchObject({ id: admin.id, email: admin.email, nip: NIP });
    expectCookieFlags(first, false);
    const firstId = client.cookie(SESSION_COOKIE)!;
    expect(await accountOfCookie(env, firstId)).toBe(admin.id);

    // The token of the anonymous visitor does not carry over into the session.
    client.sendCsrf = false;
    const stale = await client.post('/api/auth/logout-all', {}, { 'x-csrf-token': anonymousCsrf });
    client.sendCsrf = true;
    expect(stale.statusCode).toBe(403);
    expect(errorOf(stale).code).toBe('csrf_invalid');

    await client.refreshSession();
    const second = await client.post('/api/auth/login', { login: admin.email, password: admin.password });
    expect(second.statusCode).toBe(200);
    const secondId = setCookie(second, SESSION_COOKIE)!.value;
    expect(secondId).not.toBe(firstId);
    expect(await accountOfCookie(env, firstId)).toBeNull();
    expect(await accountOfCookie(env, secondId)).toBe(admin.id);
  });

  it('logs in with a NIP written with spaces', async () => {
    const client = env.client();
    const response = await client.login('19900101 201503 1 001', admin.password);
    expect(response.statusCode).toBe(200);
    expect(response.json().account.id).toBe(admin.id);
    expect((await client.get(privateUrl())).statusCode).toBe(200);
  });

  it('refuses a wrong password or an unknown login with 401 invalid_credentials, in Indonesian or English', async () => {
    const client = env.client();
    await client.refreshSession();
    const wrong = await client.post('/api/auth/login', { login: other.email, password: 'bukan-sandi-yang-benar' });
    expect(wrong.statusCode).toBe(401);
    expect(errorOf(wrong)).toEqual({ code: 'invalid_credentials', message: 'Login atau kata sandi salah.' });
    expect(setCookie(wrong, SESSION_COOKIE)).toBeNull();

    const english = await client.post(
      '/api/auth/login',
      { login: other.email, password: 'bukan-sandi-yang-benar' },
      { 'accept-language': 'en-US,en;q=0.9' },
    );
    expect(english.statusCode).toBe(401);
    expect(errorOf(english)).toEqual({ code: 'invalid_credentials', message: 'Wrong login or password.' });

    // An unknown login is answered exactly like a wrong password.
    const unknown = await client.post('/api/auth/login', {
      login: 'tidak.ada@uji.lentera.id',
      password: 'apa-saja-1234',
    });
    expect(unknown.statusCode).toBe(401);
    expect(errorOf(unknown)).toEqual(errorOf(wrong));

    const bad = await client.post('/api/auth/login', { login: '', password: '' });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).code).toBe('validation_failed');
    expect(errorOf(bad).details).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'login' })]));

    // A successful login clears the account's failures.
    expect((await client.login(other.email, other.password)).statusCode).toBe(200);
  });

  it('tells an anonymous visitor null and a CSRF token, and a signed-in account its tenants, roles and permissions', async () => {
    const client = env.client();
    const anonymous = await client.get('/api/auth/session');
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.headers['cache-control']).toBe('no-store');
    expect(anonymous.json().account).toBeNull();
    expect(anonymous.json().csrfToken).toMatch(/^[\w-]{20,}$/);

    await client.login(admin.email, admin.password);
    const session = await client.refreshSession();
    expect(session.csrfToken).not.toBe(anonymous.json().csrfToken);
    expect(session.account).toMatchObject({ id: admin.id, email: admin.email, nip: NIP, isSystemAdmin: false });
    expect(session.account.tenants).toEqual([
      {
        slug: tenant.slug,
        name: tenant.name,
        roles: [{ role: 'tenant_admin', unitId: null }],
        permissions: expect.arrayContaining([
          'admin.roles.manage',
          'admin.holidays.manage',
          'admin.audit.read',
          'workspace.use',
        ]),
      },
    ]);
    expect(session.account.tenants[0].permissions).not.toContain('admin.tenants.manage');
  });

  it('ends a session after 120 idle minutes', async () => {
    const client = env.client();
    await client.login(admin.email, admin.password);
    env.clock.advance(119 * MINUTE);
    expect((await client.get(privateUrl())).statusCode).toBe(200);
    env.clock.advance(119 * MINUTE);
    expect((await client.get(privateUrl())).statusCode).toBe(200);
    env.clock.advance(121 * MINUTE);
    const expired = await client.get(privateUrl());
    expect(expired.statusCode).toBe(401);
    expect(errorOf(expired).code).toBe('unauthenticated');
    expect((await client.get('/api/auth/session')).json().account).toBeNull();
  });

  it('ends a session 24 hours after login even when it is used every hour', async () => {
    const client = env.client();
    await client.login(admin.email, admin.password);
    for (let hour = 1; hour < 24; hour++) {
      env.clock.advance(HOUR);
      expect((await client.get(privateUrl())).statusCode, `after ${hour} h`).toBe(200);
    }
    env.clock.advance(HOUR);
    expect((await client.get(privateUrl())).statusCode).toBe(401);
  });

  it('logs out this browser, and the old cookie value is dead', async () => {
    const client = env.client();
    await client.login(admin.email, admin.password);
    const sessionId = client.cookie(SESSION_COOKIE)!;
    const response = await client.post('/api/auth/logout');
    expect(response.statusCode).toBe(204);
    const cleared = setCookie(response, SESSION_COOKIE);
    expect(cleared?.raw).toMatch(/Expires=Thu, 01 Jan 1970|Max-Age=0/i);
    expect(await accountOfCookie(env, sessionId)).toBeNull();
    expect((await client.get(privateUrl())).statusCode).toBe(401);
  });

  it("logs out everywhere: every session of the account ends, another account's stays", async () => {
    const laptop = env.client();
    const phone = env.client();
    const colleague = env.client();
    await laptop.login(admin.email, admin.password);
    await phone.login(admin.email, admin.password);
    await colleague.login(other.email, other.password);
    expect((await phone.get(privateUrl())).statusCode).toBe(200);

    const response = await laptop.post('/api/auth/logout-all');
    expect(response.statusCode).toBe(204);
    expect((await phone.get(privateUrl())).statusCode).toBe(401);
    expect((await laptop.get('/api/auth/session')).json().account).toBeNull();
    expect((await colleague.get('/api/auth/session')).json().account.id).toBe(other.id);

    const anonymous = env.client();
    const refused = await anonymous.post('/api/auth/logout-all');
    expect(refused.statusCode).toBe(401);
  });
});

describeEachDialect(
  'auth: cookies behind HTTPS',
  (env) => {
    it('marks the session and visitor cookies Secure when PUBLIC_URL is https, and sends HSTS', async () => {
      const account = await buildAccount(env.services);
      const client = env.client();
      const visit = await client.get('/api/auth/session');
      expect(setCookie(visit, 'lentera_anon')?.raw).toMatch(/;\s*Secure/i);
      expect(visit.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      await client.refreshSession();
      const response = await client.post('/api/auth/login', { login: account.email, password: account.password });
      expect(response.statusCode).toBe(200);
      expectCookieFlags(response, true);
    });
  },
  { env: { PUBLIC_URL: 'https://x.go.id' } },
);
