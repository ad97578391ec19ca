import { beforeAll, expect, it } from 'vitest';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import { json, signInAs } from '../../people/test/http';
import { complaintsApi } from '../test/http';

describeEachDialect('complaints: settings', (env) => {
  let tenant: TenantRecord;
  let url: string;
  const body = { verificationDays: 4, reopenDays: 12, guestPerHour: 5, dailyDigest: true };

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    url = `${complaintsApi(tenant)}/settings`;
  });

  it('lets the tenant admin read and change them, and an officer read them only', async () => {
    const admin = await signInAs(env, tenant, ['tenant_admin']);
    expect(json(await admin.get(url))).toMatchObject({ verificationDays: 3 });
    expect(json(await admin.put(url, body))).toEqual(body);
    const officer = await signInAs(env, tenant, ['complaint_officer']);
    expect(json(await officer.get(url))).toEqual(body);
    expect((await officer.put(url, { ...body, guestPerHour: 0 })).statusCode).toBe(403);
  });

  it('refuses no session, another role, another tenant and bad values', async () => {
    expect((await env.client().get(url)).statusCode).toBe(401);
    const hr = await signInAs(env, tenant, ['hr_admin']);
    expect((await hr.get(url)).statusCode).toBe(403);
    const elsewhere = await signInAs(env, await buildTenant(env.services), ['tenant_admin']);
    expect((await elsewhere.get(url)).statusCode).toBe(403);
    const admin = await signInAs(env, tenant, ['tenant_admin']);
    const bad = await admin.put(url, { ...body, verificationDays: 0 });
    expect(bad.statusCode).toBe(400);
  });
});
