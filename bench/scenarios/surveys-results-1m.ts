import { fetchJson } from '../lib/http';
import type { Scenario } from '../lib/types';

const TENANT = 'medan';
const RESPONSES = 1_000_000;
const CHUNK = 50_000;

/**
 * Issue 15: the public SKM results (NRR per element, IKM, converted index and grade per service and channel) of one
 * unit's current period holding 1,000,000 responses, computed from the stored answers on every request (one grouped
 * read of the results index). The responses come from the bench-only generator; the setup checks that every one is
 * counted.
 */
export const surveysResults1m: Scenario = {
  name: 'surveys-results-1m',
  description: `GET /api/t/${TENANT}/surveys/results?unitId=…&period=… (public) over ${RESPONSES.toLocaleString('en')} responses.`,
  async setup(ctx) {
    const started = performance.now();
    let target = { unitId: '', period: '' };
    for (let done = 0; done < RESPONSES; done += CHUNK) {
      const { unitId, period } = await fetchJson<{ unitId: string; period: string }>(ctx, '/api/bench/surveys', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ tenant: TENANT, count: CHUNK }),
        // A chunk takes seconds on a quiet machine; far longer on a busy one.
        signal: AbortSignal.timeout(600_000),
      });
      target = { unitId, period };
      ctx.log(`${(done + CHUNK).toLocaleString('en')} responses written`);
    }
    const path = `/api/t/${TENANT}/surveys/results?unitId=${target.unitId}&period=${target.period}`;
    const results = await fetchJson<{ units: Array<{ unitId: string; byChannel: Record<string, number> }> }>(ctx, path);
    const unit = results.units.find((u) => u.unitId === target.unitId);
    const counted = Object.values(unit?.byChannel ?? {}).reduce((sum, n) => sum + n, 0);
    if (counted < RESPONSES) throw new Error(`only ${counted} responses counted`);
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    return {
      requests: [{ method: 'GET', path }],
      note: `${counted} responses counted (generated in ${seconds} s)`,
    };
  },
  targets: { p99Ms: 200 },
};
