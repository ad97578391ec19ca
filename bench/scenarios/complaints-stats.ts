import { fetchJson } from '../lib/http';
import type { Scenario } from '../lib/types';

const TENANT = 'palembang';

/**
 * The public statistics of a year (per unit and category, with exact medians and 90th percentiles) on the
 * demo year of complaints. They are read from the daily aggregates kept as steps happen, so the cost depends
 * on days × units × categories, not on the number of complaints.
 */
export const complaintsStats: Scenario = {
  name: 'complaints-stats',
  description: `GET /api/t/${TENANT}/complaints/stats for a year (public), from the daily aggregates.`,
  async setup(ctx) {
    const stats = await fetchJson<{ totals: { received: number } }>(
      ctx,
      `/api/t/${TENANT}/complaints/stats?from=2025-11-01&to=2026-11-30`,
    );
    return { note: `${stats.totals.received} complaints in the year` };
  },
  requests: [{ method: 'GET', path: `/api/t/${TENANT}/complaints/stats?from=2025-11-01&to=2026-11-30` }],
  targets: { p99Ms: 200 },
};
