/** HTTP helpers for the people module's route tests. */
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildAccount, type TestAccount } from '../../../test/factories';
import type { TestEnv } from '../../../test/harness';
import type { HttpClient } from '../../../test/http-client';

export const peopleApi = (tenant: TenantRecord) => `/api/t/${tenant.slug}/people`;

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

/** A multipart/form-data body with one file, for the import upload. */
export function multipartFile(
  fileName: string,
  content: Buffer | string,
): { body: Buffer; headers: Record<string, string> } {
  const boundary = `----lentera${Math.random().toString(16).slice(2)}`;
  const type = fileName.endsWith('.xlsx')
    ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    : 'text/csv';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    Buffer.isBuffer(content) ? content : Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** The response's JSON, after checking the status (the body is shown when it differs). */
// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies by their known shape
export function json<T = any>(response: LightMyRequestResponse, status = 200): T {
  expect(response.statusCode, response.body.slice(0, 2000)).toBe(status);
  return response.json() as T;
}
