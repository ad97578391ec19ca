import { createHash } from 'node:crypto';
import {
  type CounterInput,
  counterInputSchema,
  kioskInputSchema,
  type LocationInput,
  locationInputSchema,
  type QueueSettings,
  queueSettingsSchema,
  type ServiceInput,
  serviceInputSchema,
} from '@lentera/common';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { Conflict, Forbidden, Invalid, NotFound } from '../../../platform/errors';
import { randomToken, uuidv7 } from '../../../platform/ids';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { type LocationRow, queueRepo } from '../repository';
import { cachedKiosk, setupChanged } from '../setup-cache';
import { hoursOf, locationFor, QUEUE, settingsOf, subjectOf } from '../support';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const flag = (b: boolean) => (b ? 1 : 0);

/** Everything the setup screen shows: the settings, and each location the actor runs with its parts. */
export async function adminView(ctx: Ctx) {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, QUEUE.manage);
  const all = await queueRepo.locations(ctx.db, tenant.id);
  const mine: LocationRow[] = [];
  for (const location of all)
    if (await ctx.access.can(ctx.actor, QUEUE.manage, subjectOf(location))) mine.push(location);
  const ids = mine.map((l) => l.id);
  const [services, counters, kiosks] = await Promise.all([
    queueRepo.services(ctx.db, tenant.id, ids),
    queueRepo.counters(ctx.db, tenant.id, ids),
    queueRepo.kiosks(ctx.db, tenant.id, ids),
  ]);
  return {
    settings: await settingsOf(ctx, tenant.id),
    canEditSettings: await ctx.access.can(ctx.actor, QUEUE.settings),
    locations: mine.map((l) => ({
      id: l.id,
      name: l.name,
      address: l.address,
      unitId: l.unit_id,
      hours: hoursOf(l),
      active: l.active === 1,
      services: services
        .filter((s) => s.location_id === l.id)
        .map((s) => ({
          id: s.id,
          name: s.name,
          letter: s.letter,
          dailyCapacity: s.daily_capacity,
          averageMinutes: s.average_minutes,
          onlineAllowed: s.online_allowed === 1,
          bookingAllowed: s.booking_allowed === 1,
          windowMinutes: s.window_minutes as 30 | 60,
          windowCapacity: s.window_capacity,
          documents: s.documents,
          active: s.active === 1,
        })),
      counters: counters
        .filter((c) => c.location_id === l.id)
        .map((c) => ({
          id: c.id,
          number: c.number,
          name: c.name,
          serviceIds: JSON.parse(c.service_ids) as string[],
          active: c.active === 1,
        })),
      kiosks: kiosks
        .filter((k) => k.location_id === l.id)
        .map((k) => ({ id: k.id, name: k.name, createdAt: k.created_at })),
    })),
  };
}

export async function saveSettings(ctx: Ctx, input: unknown): Promise<QueueSettings> {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, QUEUE.settings);
  const data = queueSettingsSchema.parse(input);
  return transaction(ctx, async (tx) => {
    const before = await settingsOf(tx, tenant.id);
    await queueRepo.saveSettings(tx.db, {
      tenant_id: tenant.id,
      priority_groups: JSON.stringify([...new Set(data.priorityGroups)]),
      max_recalls: data.maxRecalls,
      survey_days: data.surveyDays,
      updated_at: tx.clock.now().toISOString(),
    });
    await recordAudit(tx, {
      action: 'queue.settings_changed',
      entityType: 'queue_location',
      entityId: null,
      before,
      after: data,
    });
    setupChanged(tx, null);
    return settingsOf(tx, tenant.id);
  });
}

/** A unit admin may place a location only in their own units; the tenant admin anywhere (or tenant-wide). */
async function assertUnit(ctx: Ctx, tenant: TenantRecord, unitId: string | null) {
  if (!(await ctx.access.can(ctx.actor, QUEUE.manage, { tenantId: tenant.id, unitId })))
    throw new Invalid('validation_failed', {}, [{ path: 'unitId', code: 'queue_unit_not_yours' }]);
}

export async function createLocation(ctx: Ctx, input: LocationInput): Promise<{ id: string }> {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, QUEUE.manage);
  const data = locationInputSchema.parse(input);
  await assertUnit(ctx, tenant, data.unitId);
  const id = uuidv7();
  await transaction(ctx, async (tx) => {
    const now = tx.clock.now().toISOString();
    await queueRepo.insertLocation(tx.db, {
      id,
      tenant_id: tenant.id,
      name: data.name,
      address: data.address,
      unit_id: data.unitId,
      hours: JSON.stringify(data.hours),
      active: flag(data.active),
      created_at: now,
      updated_at: now,
    });
    await recordAudit(tx, {
      action: 'queue.location_created',
      entityType: 'queue_location',
      entityId: id,
      after: data,
    });
  });
  return { id };
}

export async function updateLocation(ctx: Ctx, id: string, input: LocationInput): Promise<void> {
  const tenant = requireTenant(ctx);
  const location = await locationFor(ctx, tenant, id, QUEUE.manage);
  const data = locationInputSchema.parse(input);
  await assertUnit(ctx, tenant, data.unitId);
  await transaction(ctx, async (tx) => {
    await queueRepo.updateLocation(tx.db, tenant.id, id, {
      name: data.name,
      address: data.address,
      unit_id: data.unitId,
      hours: JSON.stringify(data.hours),
      active: flag(data.active),
      updated_at: tx.clock.now().toISOString(),
    });
    await recordAudit(tx, {
      action: 'queue.location_updated',
      entityType: 'queue_location',
      entityId: id,
      before: { name: location.name, address: location.address, unitId: location.unit_id, hours: hoursOf(location) },
      after: data,
    });
    setupChanged(tx, id);
  });
}

async function assertLetterFree(ctx: Ctx, tenant: TenantRecord, locationId: string, letter: string, except?: string) {
  const services = await queueRepo.services(ctx.db, tenant.id, [locationId]);
  if (services.some((s) => s.letter === letter && s.id !== except))
    throw new Conflict('queue_letter_taken', { letter });
}

export async function createService(ctx: Ctx, locationId: string, input: ServiceInput): Promise<{ id: string }> {
  const tenant = requireTenant(ctx);
  await locationFor(ctx, tenant, locationId, QUEUE.manage);
  const data = serviceInputSchema.parse(input);
  await assertLetterFree(ctx, tenant, locationId, data.letter);
  const id = uuidv7();
  await transaction(ctx, async (tx) => {
    const now = tx.clock.now().toISOString();
    await queueRepo.insertService(tx.db, {
      id,
      tenant_id: tenant.id,
      location_id: locationId,
      ...serviceColumns(data),
      created_at: now,
      updated_at: now,
    });
    await recordAudit(tx, { action: 'queue.service_created', entityType: 'queue_service', entityId: id, after: data });
    setupChanged(tx, locationId);
  });
  return { id };
}

function serviceColumns(data: ReturnType<typeof serviceInputSchema.parse>) {
  return {
    name: data.name,
    letter: data.letter,
    daily_capacity: data.dailyCapacity,
    average_minutes: data.averageMinutes,
    online_allowed: flag(data.onlineAllowed),
    booking_allowed: flag(data.bookingAllowed),
    window_minutes: data.windowMinutes,
    window_capacity: data.windowCapacity,
    documents: data.documents,
    active: flag(data.active),
  };
}

export async function updateService(ctx: Ctx, id: string, input: ServiceInput): Promise<void> {
  const tenant = requireTenant(ctx);
  const service = await queueRepo.service(ctx.db, tenant.id, id);
  if (!service) throw new NotFound();
  await locationFor(ctx, tenant, service.location_id, QUEUE.manage);
  const data = serviceInputSchema.parse(input);
  await assertLetterFree(ctx, tenant, service.location_id, data.letter, id);
  await transaction(ctx, async (tx) => {
    await queueRepo.updateService(tx.db, tenant.id, id, {
      ...serviceColumns(data),
      updated_at: tx.clock.now().toISOString(),
    });
    await recordAudit(tx, {
      action: 'queue.service_updated',
      entityType: 'queue_service',
      entityId: id,
      before: { name: service.name, letter: service.letter, dailyCapacity: service.daily_capacity },
      after: data,
    });
    setupChanged(tx, service.location_id);
  });
}

async function checkCounter(
  ctx: Ctx,
  tenant: TenantRecord,
  locationId: string,
  data: ReturnType<typeof counterInputSchema.parse>,
  except?: string,
) {
  const services = await queueRepo.services(ctx.db, tenant.id, [locationId]);
  const here = new Set(services.map((s) => s.id));
  const unknown = data.serviceIds.findIndex((id) => !here.has(id));
  if (unknown >= 0)
    throw new Invalid('validation_failed', {}, [{ path: `serviceIds.${unknown}`, code: 'queue_service_not_here' }]);
  if (new Set(data.serviceIds).size !== data.serviceIds.length)
    throw new Invalid('validation_failed', {}, [{ path: 'serviceIds', message: 'duplicate service' }]);
  const counters = await queueRepo.counters(ctx.db, tenant.id, [locationId]);
  if (counters.some((c) => c.number === data.number && c.id !== except))
    throw new Conflict('queue_counter_number_taken', { number: data.number });
}

export async function createCounter(ctx: Ctx, locationId: string, input: CounterInput): Promise<{ id: string }> {
  const tenant = requireTenant(ctx);
  await locationFor(ctx, tenant, locationId, QUEUE.manage);
  const data = counterInputSchema.parse(input);
  await checkCounter(ctx, tenant, locationId, data);
  const id = uuidv7();
  await transaction(ctx, async (tx) => {
    const now = tx.clock.now().toISOString();
    await queueRepo.insertCounter(tx.db, {
      id,
      tenant_id: tenant.id,
      location_id: locationId,
      number: data.number,
      name: data.name || `Loket ${data.number}`,
      service_ids: JSON.stringify(data.serviceIds),
      active: flag(data.active),
      officer_account_id: null,
      officer_name: null,
      signed_in_at: null,
      paused_at: null,
      pause_reason: null,
      created_at: now,
      updated_at: now,
    });
    await recordAudit(tx, { action: 'queue.counter_created', entityType: 'queue_counter', entityId: id, after: data });
    setupChanged(tx, locationId);
  });
  return { id };
}

export async function updateCounter(ctx: Ctx, id: string, input: CounterInput): Promise<void> {
  const tenant = requireTenant(ctx);
  const counter = await queueRepo.counter(ctx.db, tenant.id, id);
  if (!counter) throw new NotFound();
  await locationFor(ctx, tenant, counter.location_id, QUEUE.manage);
  const data = counterInputSchema.parse(input);
  await checkCounter(ctx, tenant, counter.location_id, data, id);
  await transaction(ctx, async (tx) => {
    await queueRepo.updateCounter(tx.db, tenant.id, id, {
      number: data.number,
      name: data.name || `Loket ${data.number}`,
      service_ids: JSON.stringify(data.serviceIds),
      active: flag(data.active),
      updated_at: tx.clock.now().toISOString(),
    });
    await recordAudit(tx, {
      action: 'queue.counter_updated',
      entityType: 'queue_counter',
      entityId: id,
      before: { number: counter.number, name: counter.name, serviceIds: JSON.parse(counter.service_ids) },
      after: data,
    });
    setupChanged(tx, counter.location_id);
  });
}

/** Registers a kiosk device: its secret is returned once (in the kiosk page's link) and stored only as a hash. */
export async function createKiosk(ctx: Ctx, locationId: string, input: unknown) {
  const tenant = requireTenant(ctx);
  await locationFor(ctx, tenant, locationId, QUEUE.manage);
  const data = kioskInputSchema.parse(input);
  const id = uuidv7();
  const secret = randomToken(24);
  await transaction(ctx, async (tx) => {
    await queueRepo.insertKiosk(tx.db, {
      id,
      tenant_id: tenant.id,
      location_id: locationId,
      name: data.name,
      secret_hash: sha256(secret),
      created_at: tx.clock.now().toISOString(),
    });
    await recordAudit(tx, {
      action: 'queue.kiosk_created',
      entityType: 'queue_location',
      entityId: locationId,
      after: { kiosk: data.name },
    });
  });
  return { id, secret, path: `/t/${tenant.slug}/antrian/anjungan/${id}?k=${secret}` };
}

export async function deleteKiosk(ctx: Ctx, id: string): Promise<void> {
  const tenant = requireTenant(ctx);
  const kiosk = await queueRepo.kiosk(ctx.db, tenant.id, id);
  if (!kiosk) throw new NotFound();
  await locationFor(ctx, tenant, kiosk.location_id, QUEUE.manage);
  await transaction(ctx, async (tx) => {
    await queueRepo.deleteKiosk(tx.db, tenant.id, id);
    await recordAudit(tx, {
      action: 'queue.kiosk_removed',
      entityType: 'queue_location',
      entityId: kiosk.location_id,
      before: { kiosk: kiosk.name },
    });
    setupChanged(tx, kiosk.location_id);
  });
}

/** The kiosk of the URL, if its secret matches (compared as hashes); otherwise a clear refusal. */
export async function kioskBySecret(ctx: Ctx, id: string, secret: string | undefined) {
  const tenant = requireTenant(ctx);
  const kiosk = await cachedKiosk(ctx, tenant.id, id);
  if (!kiosk || !secret || sha256(secret) !== kiosk.secret_hash) throw new Forbidden('queue_kiosk_secret');
  return kiosk;
}
