/** Signing in and reading JSON answers in route tests, for every module and the platform. */
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { TenantRecord } from '../platform/tenancy/repository';
import { buildAccount, type TestAccount } from './factories';
import type { TestEnv } from './harness';
import type { HttpClient } from './http-client';

/** A client logged in as the account (in English when asked: the account's locale decides messages). */
export async function signIn(env: TestEnv, account: TestAccount, options: { lang?: 'en' } = {}): Promise<HttpClient> {
  const client = env.client();
  const login = await client.login(account.email, account.password);
  expect(login.statusCode, login.body).toBe(200);
  if (options.lang === 'en')
    expect((await client.request('PUT', '/api/auth/locale', { locale: 'en' })).statusCode).toBe(200);
  return client;
}

/** A new account with the given roles in the tenant, logged in. */
export async function signInAs(
  env: TestEnv,
  tenant: TenantRecord,
  roles: Array<string | { role: string; unitId: string }>,
  options: { name?: string; lang?: 'en' } = {},
): Promise<HttpClient & { account: TestAccount }> {
  const account = await buildAccount(env.services, {
    ...(options.name ? { name: options.name } : {}),
    roles: roles.map((r) => (typeof r === 'string' ? { tenant, role: r } : { tenant, role: r.role, unitId: r.unitId })),
  });
  return Object.assign(await signIn(env, account, options), { account });
}

/** The response's JSON, after checking the status (the body is shown when it differs). */
// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies by their known shape
export function json<T = any>(response: LightMyRequestResponse, status = 200): T {
  expect(response.statusCode, response.body.slice(0, 2000)).toBe(status);
  return response.json() as T;
}
