import { fetchJson } from '../lib/http';
import type { Scenario } from '../lib/types';

/** A city of its own at 100,000, so the 10,000 of the people-list scenario stay what they are. */
const TENANT = 'medan';
const EMPLOYEES = 100_000;

/**
 * The public workforce page's data on a large region: counts by unit, status, golongan, education, sex
 * and age band with the heads of units, aggregated over 100,000 employees on every request (no session).
 */
export const workforceStats100k: Scenario = {
  name: 'workforce-stats-100k',
  description: `GET /api/t/${TENANT}/workforce/stats (public) with ${EMPLOYEES.toLocaleString('en')} employees in the tenant.`,
  async setup(ctx) {
    await ctx.seed(EMPLOYEES, { tenant: TENANT });
    const started = Date.now();
    const stats = await fetchJson<{ total: number; units: unknown[] }>(ctx, `/api/t/${TENANT}/workforce/stats`);
    const first = Date.now() - started;
    if (stats.total < EMPLOYEES * 0.99)
      throw new Error(`${TENANT} has ${stats.total} active employees, expected about ${EMPLOYEES}`);
    return { note: `${stats.total} active employees, ${stats.units.length} units; first request ${first} ms` };
  },
  requests: [
    {
      method: 'GET',
      path: `/api/t/${TENANT}/workforce/stats`,
      headers: { accept: 'application/json', 'accept-encoding': 'gzip, deflate, br' },
    },
  ],
};
