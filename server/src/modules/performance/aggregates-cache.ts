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
 * A value kept per tenant and key while a revision the caller read (e.g. people's, through `peopleService`)
 * is unchanged: the headcounts per unit are people's data, raised by people's own triggers on every write.
 */
const byRevision = new Map<string, { revision: number; value: Promise<unknown> }>();

export function cachedOnRevision<T>(tenantId: string, key: string, revision: number, compute: () => Promise<T>) {
  const fullKey = `${tenantId}|${key}`;
  const hit = byRevision.get(fullKey);
  if (hit && hit.revision === revision) return hit.value as Promise<T>;
  const value = compute();
  byRevision.set(fullKey, { revision, value });
  value.catch(() => {
    if (byRevision.get(fullKey)?.value === value) byRevision.delete(fullKey);
  });
  return value;
}
