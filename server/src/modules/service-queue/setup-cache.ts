import type { QueueSettings } from '@lentera/common';
import type { Ctx } from '../../platform/context';
import { EVENTS_RESUMED, type EventBus } from '../../platform/events/bus';
import { type CounterRow, type KioskRow, type LocationRow, queueRepo, type ServiceRow } from './repository';
import { publishAfterCommit, QUEUE_EVENTS, settingsOf } from './support';

/** A location as issuing a ticket needs it: the office, its services and its counters (with who sits at each). */
export interface LocationSetup {
  location: LocationRow;
  services: ServiceRow[];
  counters: CounterRow[];
}

/**
 * The longest a node reuses what it read, should a change from another node not reach it (the relay was down and
 * `EVENTS_RESUMED` clears everything anyway): a safety net, not the way changes arrive.
 */
const TTL_MS = 30_000;

interface Entry<T> {
  at: number;
  value: Promise<T>;
}

const locations = new Map<string, Entry<LocationSetup | undefined>>();
const kiosks = new Map<string, Entry<KioskRow | undefined>>();
const settings = new Map<string, Entry<QueueSettings>>();
const watched = new WeakSet<EventBus>();

function forgetLocation(locationId: unknown): void {
  if (typeof locationId === 'string') locations.delete(locationId);
}

function forgetSetup(tenantId: string | null, locationId: unknown): void {
  forgetLocation(locationId);
  kiosks.clear();
  if (tenantId) settings.delete(tenantId);
}

function forgetAll(): void {
  locations.clear();
  kiosks.clear();
  settings.clear();
}

/** Each node drops what a change makes stale: its own changes at commit, other nodes' through the event bus. */
function watch(bus: EventBus): void {
  if (watched.has(bus)) return;
  watched.add(bus);
  bus.subscribe(QUEUE_EVENTS.setup, (event) => forgetSetup(event.tenantId, event.payload.locationId));
  bus.subscribe(QUEUE_EVENTS.counter, (event) => forgetLocation(event.payload.locationId));
  bus.subscribe(EVENTS_RESUMED, forgetAll);
}

/** Reads through `map`: one read per key at a time, reused until it is dropped or `TTL_MS` old; a failure is not kept. */
function cached<T>(ctx: Ctx, map: Map<string, Entry<T>>, key: string, read: () => Promise<T>): Promise<T> {
  if (ctx.inTransaction) return read();
  watch(ctx.events);
  const now = Date.now();
  const hit = map.get(key);
  if (hit && now - hit.at < TTL_MS) return hit.value;
  if (map.size > 5000) map.clear();
  const entry: Entry<T> = { at: now, value: read() };
  map.set(key, entry);
  entry.value.catch(() => {
    if (map.get(key) === entry) map.delete(key);
  });
  return entry.value;
}

/**
 * A location's setup, read once per node and kept until the setup or a counter of the location changes (every
 * change publishes `QUEUE_EVENTS.setup` or `.counter`). Issuing a ticket is the hottest path of an entrance; a
 * location changes a few times a day. Undefined for an unknown location or one of another tenant.
 */
export async function locationSetup(
  ctx: Ctx,
  tenantId: string,
  locationId: string,
): Promise<LocationSetup | undefined> {
  const setup = await cached(ctx, locations, locationId, async () => {
    const location = await queueRepo.location(ctx.db, tenantId, locationId);
    if (!location) return undefined;
    const [services, counters] = await Promise.all([
      queueRepo.services(ctx.db, location.tenant_id, [location.id]),
      queueRepo.counters(ctx.db, location.tenant_id, [location.id]),
    ]);
    return { location, services, counters };
  });
  if (!setup) locations.delete(locationId);
  return setup?.location.tenant_id === tenantId ? setup : undefined;
}

/** A kiosk device's row (its secret's hash), kept like a location's setup; removing a kiosk drops it at once. */
export async function cachedKiosk(ctx: Ctx, tenantId: string, kioskId: string): Promise<KioskRow | undefined> {
  const kiosk = await cached(ctx, kiosks, kioskId, () => queueRepo.kiosk(ctx.db, tenantId, kioskId));
  if (!kiosk) kiosks.delete(kioskId);
  return kiosk?.tenant_id === tenantId ? kiosk : undefined;
}

/** The tenant's queue settings, kept like a location's setup. */
export function cachedSettings(ctx: Ctx, tenantId: string): Promise<QueueSettings> {
  return cached(ctx, settings, tenantId, () => settingsOf(ctx, tenantId));
}

/** Tells every node, once the transaction commits, that a location's setup (or the tenant's settings) changed. */
export function setupChanged(tx: Ctx, locationId: string | null): void {
  const tenantId = tx.tenant?.id ?? null;
  tx.afterCommit(() => forgetSetup(tenantId, locationId));
  publishAfterCommit(tx, QUEUE_EVENTS.setup, { locationId });
}
