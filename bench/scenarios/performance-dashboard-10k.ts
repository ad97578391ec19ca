import { fetchJson } from '../lib/http';
import type { Scenario } from '../lib/types';

const TENANT = 'dumai';
const EMPLOYEES = 10_000;

/**
 * The hr_admin's tenant dashboard for the year: per unit, submissions and reviews on time, late and missing,
 * and the predikat distribution, aggregated on every request over 10,000 employees' monthly reports.
 */
export const performanceDashboard10k: Scenario = {
  name: 'performance-dashboard-10k',
  description: `GET /api/t/${TENANT}/performance/dashboard?year=2026 as hr_admin, ${EMPLOYEES.toLocaleString('en')} employees with a year of monthly reports.`,
  async setup(ctx) {
    await ctx.seed(EMPLOYEES, { tenant: TENANT });
    const account = await ctx.demoLogin(TENANT, 'hr_admin');
    const session = await ctx.login(account.login, account.password);
    const started = Date.now();
    const data = await fetchJson<{
      units: unknown[];
      tenant: { submissions: { expected: number; onTime: number; late: number } };
    }>(ctx, `/api/t/${TENANT}/performance/dashboard?year=2026`, { headers: session.headers });
    const first = Date.now() - started;
    const s = data.tenant.submissions;
    if (s.expected < EMPLOYEES * 5) throw new Error(`only ${s.expected} reports expected: is the demo year seeded?`);
    return {
      headers: { cookie: session.cookie },
      note: `${data.units.length} units; ${s.expected} reports due, ${s.onTime + s.late} submitted; first request ${first} ms`,
    };
  },
  requests: [{ method: 'GET', path: `/api/t/${TENANT}/performance/dashboard?year=2026` }],
  targets: { p99Ms: 300 },
};
