import { fetchJson } from '../lib/http';
import type { Scenario } from '../lib/types';

const TENANT = 'serang';
const EMPLOYEES = 10_000;
const CREDITS = 200_000;

/**
 * Issue 16: the public JP compliance board of the year (per unit: employees, at or above the minimum, JP), Serang
 * seeded to 10,000 employees with 200,000 completed trainings in the year from the bench-only route.
 */
export const trainingCompliance: Scenario = {
  name: 'training-compliance-10k',
  description: `GET /api/t/${TENANT}/training/compliance (public), ${EMPLOYEES.toLocaleString('en')} employees and ${CREDITS.toLocaleString('en')} attendance records.`,
  async setup(ctx) {
    await ctx.seed(EMPLOYEES, { tenant: TENANT });
    const year = new Date().getUTCFullYear();
    const written = await fetchJson<{ registrations: number; employees: number }>(ctx, '/api/bench/training/credits', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenant: TENANT, count: CREDITS, year }),
      signal: AbortSignal.timeout(600_000),
    });
    const path = `/api/t/${TENANT}/training/compliance?year=${year}`;
    await fetchJson(ctx, path);
    return {
      requests: [{ method: 'GET', path }],
      note: `${written.registrations} completed trainings over ${written.employees} employees`,
    };
  },
  targets: { minRatioToNoop: 0.3 },
};
