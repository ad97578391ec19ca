import { fetchJson } from '../lib/http';
import type { Scenario } from '../lib/types';

const TENANT = 'dumai';
const EMPLOYEES = 10_000;

/** The public distribution page's data: per unit, evaluated, predikat in percent and on-time rate (no session). */
export const performancePublished: Scenario = {
  name: 'performance-published',
  description: `GET /api/t/${TENANT}/performance/published?year=2026 (public), ${EMPLOYEES.toLocaleString('en')} employees.`,
  async setup(ctx) {
    await ctx.seed(EMPLOYEES, { tenant: TENANT });
    const data = await fetchJson<{ units: unknown[]; total: { evaluated: number } }>(
      ctx,
      `/api/t/${TENANT}/performance/published?year=2026`,
    );
    return { note: `${data.units.length} units, ${data.total.evaluated} evaluated` };
  },
  requests: [
    {
      method: 'GET',
      path: `/api/t/${TENANT}/performance/published?year=2026`,
      headers: { accept: 'application/json', 'accept-encoding': 'gzip, deflate, br' },
    },
  ],
};
