import type { TenantRecord } from '../../../platform/tenancy/repository';
import type { TestEnv } from '../../../test/harness';
import type { HttpClient } from '../../../test/http-client';
import type { BuiltEmployee } from '../../people/test/factories';
import { signIn } from '../../people/test/http';

export const perfApi = (tenant: TenantRecord) => `/api/t/${tenant.slug}/performance`;

/** A client logged in as the employee (their derived roles come from the record). */
export async function signInEmployee(env: TestEnv, employee: BuiltEmployee): Promise<HttpClient> {
  if (!employee.account) throw new Error('this employee has no login');
  return signIn(env, employee.account);
}
