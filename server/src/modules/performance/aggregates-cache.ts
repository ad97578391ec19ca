import type { DbOrTx } from '../../platform/db/database';
import { performanceRepo } from './repository';

/**
 * Dashboard and public aggregates over a whole year of reports are read far more often than they change, and
 * are costly on a large tenant: the last one per tenant and key is kept in process, and reused only while the
 * tenant's performance revision and the entry's `version` (what else it was computed from, e.g. the periods
 * whose deadline has passed) are unchanged. The revision is raised by database triggers in the transaction of
 * every write to reports, annual results, years and settings, whoever writes, so the reuse is exact on every
 * node at once. Costs one primary-key read per request.
 */
const entries = new Map<string, { revision: number; version: string; value: Promise<unknown> }>();

export async function cachedAggregate<T>(
  db: DbOrTx,
  tenantId: string,
  key: string,
  version: string,
  compute: () => Promise<T>,
): Promise<T> {
  // Read before computing: a write that lands meanwhile raises the revision, so the next request recomputes.
  const revision = await performanceRepo.revision(db, tenantId);
  const fullKey = `${tenantId}|${key}`;
  const hit = entries.get(fullKey);
  if (hit && hit.revision === revision && hit.version === version) return hit.value as Promise<T>;
  const value = compute();
  entries.set(fullKey, { revision, version, value });
  value.catch(() => {
    if (entries.get(fullKey)?.value === value) entries.delete(fullKey);
  });
  return value;
}

/**
 * Headcounts per unit are people's data, which this module sees through `peopleService` only (no revision of
 * its own to compare): they are kept for `HEADCOUNT_TTL_MS`, so a hire or a move shows on the dashboard within
 * that time on every node. Grouping 10,000 employees on every request cost more than the rest of it.
 */
export const HEADCOUNT_TTL_MS = 30_000;
const timed = new Map<string, { at: number; value: Promise<unknown> }>();

export function cachedForAWhile<T>(tenantId: string, key: string, compute: () => Promise<T>): Promise<T> {
  const fullKey = `${tenantId}|${key}`;
  const hit = timed.get(fullKey);
  if (hit && Date.now() - hit.at < HEADCOUNT_TTL_MS) return hit.value as Promise<T>;
  const value = compute();
  timed.set(fullKey, { at: Date.now(), value });
  value.catch(() => {
    if (timed.get(fullKey)?.value === value) timed.delete(fullKey);
  });
  return value;
}
