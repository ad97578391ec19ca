import { fetchJson } from '../lib/http';
import type { BenchContext } from '../lib/types';

/**
 * Bulk complaints for a year through the bench-only generator (`POST /api/bench/complaints`), in chunks so
 * each request stays well within its time limit; returns the seconds taken.
 */
export async function generateInChunks(ctx: BenchContext, tenant: string, total: number, year: number) {
  const started = Date.now();
  const chunk = 50_000;
  for (let offset = 0; offset < total; offset += chunk) {
    await fetchJson(ctx, '/api/bench/complaints', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenant, count: Math.min(chunk, total - offset), year, offset, total }),
      signal: AbortSignal.timeout(600_000),
    });
    ctx.log(
      `${Math.min(offset + chunk, total).toLocaleString('en')} of ${total.toLocaleString('en')} complaints generated`,
    );
  }
  return (Date.now() - started) / 1000;
}
