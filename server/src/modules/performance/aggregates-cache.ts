/**
 * Dashboard and public aggregates over a whole year of reports are read far more often than they change, and
 * are costly on a large tenant: they are kept for a short while per tenant, year and period. Any change to a
 * tenant's reports or annual results on this node drops that tenant's entries at once (after commit); another
 * node's change shows within `AGGREGATE_TTL_MS`.
 */
export const AGGREGATE_TTL_MS = 30_000;

const entries = new Map<string, { at: number; value: Promise<unknown> }>();

export function cachedAggregate<T>(tenantId: string, key: string, compute: () => Promise<T>): Promise<T> {
  const fullKey = `${tenantId}|${key}`;
  const hit = entries.get(fullKey);
  if (hit && Date.now() - hit.at < AGGREGATE_TTL_MS) return hit.value as Promise<T>;
  const value = compute();
  entries.set(fullKey, { at: Date.now(), value });
  value.catch(() => entries.delete(fullKey));
  return value;
}

export function invalidateAggregates(tenantId: string): void {
  for (const key of entries.keys()) if (key.startsWith(`${tenantId}|`)) entries.delete(key);
}
