import { PERFORMANCE_PERMISSIONS } from '@lentera/common';
import { beforeAll, expect, it } from 'vitest';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import { json } from '../../people/test/http';
import { approvedPlans, buildOrg, type Org, openTestYear, ratedAnnual } from '../test/factories';
import { perfApi, signInEmployee } from '../test/http';

describeEachDialect('performance: coaching plans for supervisors', (env) => {
  let tenant: TenantRecord;
  let org: Org;
  let other: Org;
  let api: string;

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    api = perfApi(tenant);
    org = await buildOrg(env.services, tenant, 2);
    other = await buildOrg(env.services, tenant, 1);
    await openTestYear(env.services, tenant);
    await approvedPlans(env.services, tenant, org);
    await approvedPlans(env.services, tenant, other);
    // Below Baik, confirmed: each opens a coaching plan.
    await ratedAnnual(env.services, tenant, org, org.staff[0]!, ['di_bawah', 'di_bawah'], { confirm: true });
    await ratedAnnual(env.services, tenant, other, other.staff[0]!, ['di_bawah', 'di_bawah'], { confirm: true });
  });

  it('shows the supervisor the coaching menu and only their own people’s plans', async () => {
    const head = await signInEmployee(env, org.head);
    const session = json(await head.get('/api/auth/session'));
    expect(session.account.tenants[0].permissions).toContain(PERFORMANCE_PERMISSIONS.followUp);
    const mine = json(await head.get(`${api}/coaching?year=2026`)).items;
    expect(mine.map((c: { employeeId: string }) => c.employeeId)).toEqual([org.staff[0]!.id]);
    // The chief above follows the plans of everyone below, here the head's staff.
    const chief = json(await (await signInEmployee(env, org.chief)).get(`${api}/coaching?year=2026`)).items;
    expect(chief.map((c: { employeeId: string }) => c.employeeId)).toEqual([org.staff[0]!.id]);
  });

  it('keeps the menu and the list from an employee without subordinates', async () => {
    const member = await signInEmployee(env, org.staff[1]!);
    expect(json(await member.get('/api/auth/session')).account.tenants[0].permissions).not.toContain(
      PERFORMANCE_PERMISSIONS.followUp,
    );
    expect((await member.get(`${api}/coaching`)).statusCode).toBe(403);
  });
});
