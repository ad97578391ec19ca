import { fetchJson } from '../lib/http';
import type { Scenario } from '../lib/types';
import { generateInChunks } from './complaints-data';

const TENANT = 'palembang';
const YEAR = 2025;
const COMPLAINTS = 1_000_000;
const PATH = `/api/t/${TENANT}/complaints/stats?from=${YEAR}-01-01&to=${YEAR}-12-31`;

/**
 * The public statistics of a year with 1,000,000 complaints (per unit and category, with exact medians and
 * 90th percentiles), read from the daily aggregates kept as steps happen: the cost depends on days × units ×
 * categories, not on the number of complaints. The bulk data comes from the bench-only generator.
 */
export const complaintsStats: Scenario = {
  name: 'complaints-stats-1m',
  description: `GET ${PATH} (public) with ${COMPLAINTS.toLocaleString('en')} complaints in the year.`,
  async setup(ctx) {
    const generated = await generateInChunks(ctx, TENANT, COMPLAINTS, YEAR);
    const stats = await fetchJson<{ totals: { received: number } }>(ctx, PATH);
    if (stats.totals.received < COMPLAINTS) throw new Error(`only ${stats.totals.received} complaints counted`);
    return {
      note: `${stats.totals.received} complaints counted (generated in ${generated.toFixed(0)} s)`,
    };
  },
  requests: [{ method: 'GET', path: PATH }],
  targets: { p99Ms: 200 },
};
