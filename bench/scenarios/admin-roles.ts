import type { Scenario } from '../lib/types';

/** A signed-in staff read: session look-up, permission check, a tenant-scoped paginated list. */
export const adminRoles: Scenario = {
  name: 'admin-roles',
  description: "GET /api/t/dumai/admin/roles?page=1&pageSize=25 with the Dumai tenant admin's session.",
  async setup(ctx) {
    const account = await ctx.demoLogin('dumai', 'tenant_admin');
    const session = await ctx.login(account.login, account.password);
    return { headers: { cookie: session.cookie }, note: `as ${account.login}` };
  },
  requests: [{ method: 'GET', path: '/api/t/dumai/admin/roles?page=1&pageSize=25' }],
  targets: { p99Ms: 100, minRatioToInsert: 0.25 },
};
