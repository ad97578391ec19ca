import { addDays } from '@lentera/common';
import type { Ctx } from '../../platform/context';
import { queueRepo } from './repository';

/** How long a location's recent service times are reused: an estimate moves slowly, and issuing is hot. */
const TTL_MS = 60_000;
const cache = new Map<string, { at: number; minutes: Map<string, number[]> }>();

/** Service minutes of the location's last visits per service (the last 14 days, 30 a service at most). */
export async function recentMinutes(ctx: Ctx, locationId: string, day: string): Promise<Map<string, number[]>> {
  const key = `${locationId}|${day}`;
  const hit = cache.get(key);
  const now = ctx.clock.now().getTime();
  if (hit && now - hit.at < TTL_MS) return hit.minutes;
  const minutes = await queueRepo.recentServiceMinutes(ctx.db, locationId, addDays(day, -14));
  if (cache.size > 1000) cache.clear();
  cache.set(key, { at: now, minutes });
  return minutes;
}

/** A finished visit changes the typical time: the next estimate reads it afresh. */
export function forgetRecent(locationId: string): void {
  for (const key of cache.keys()) if (key.startsWith(`${locationId}|`)) cache.delete(key);
}
