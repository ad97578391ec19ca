import type { CounterInput, LocationInput, ServiceInput } from '@lentera/common';
import { type Actor, makeCtx, type Services } from '../../../platform/context';
import { uuidv7 } from '../../../platform/ids';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { queueRepo, type TicketRow } from '../repository';
import { localMoment, newTicketRow } from '../support';
import { createCounter, createKiosk, createLocation, createService } from '../use-cases/setup';

export const queueAdmin: Actor = {
  accountId: 'fixture-admin',
  name: 'Admin Antrian',
  isSystemAdmin: false,
  grants: [{ role: 'tenant_admin', unitId: null }],
};

/** Open every day, all day: tests run at any hour. */
export const ALWAYS_OPEN: LocationInput['hours'] = Array.from({ length: 7 }, () => ({ open: '00:00', close: '23:59' }));

export const serviceBody = (over: Partial<ServiceInput> = {}): ServiceInput => ({
  name: 'KTP-el',
  letter: 'A',
  dailyCapacity: 100,
  averageMinutes: 10,
  onlineAllowed: true,
  bookingAllowed: true,
  windowMinutes: 60,
  windowCapacity: 5,
  documents: 'Kartu Keluarga',
  ...over,
});

export interface QueueSetup {
  locationId: string;
  serviceA: string;
  serviceB: string;
  counter1: string;
  counter2: string;
  kioskId: string;
  kioskSecret: string;
}

/** A location open all day with services A and B, counters 1 (A then B) and 2 (B then A), and a kiosk. */
export async function buildQueueSetup(
  services: Services,
  tenant: TenantRecord,
  options: { unitId?: string | null; hours?: LocationInput['hours']; service?: Partial<ServiceInput> } = {},
): Promise<QueueSetup> {
  const ctx = makeCtx(services, { tenant, actor: queueAdmin });
  const { id: locationId } = await createLocation(ctx, {
    name: `Kantor ${uuidv7().slice(-6)}`,
    address: 'Jl. Uji No. 1',
    unitId: options.unitId ?? null,
    hours: options.hours ?? ALWAYS_OPEN,
  });
  const serviceA = (await createService(ctx, locationId, serviceBody(options.service))).id;
  const serviceB = (await createService(ctx, locationId, serviceBody({ name: 'Kartu Keluarga', letter: 'B' }))).id;
  const counter = (number: number, serviceIds: string[]): CounterInput => ({ number, serviceIds });
  const counter1 = (await createCounter(ctx, locationId, counter(1, [serviceA, serviceB]))).id;
  const counter2 = (await createCounter(ctx, locationId, counter(2, [serviceB, serviceA]))).id;
  const kiosk = await createKiosk(ctx, locationId, { name: 'Anjungan' });
  return { locationId, serviceA, serviceB, counter1, counter2, kioskId: kiosk.id, kioskSecret: kiosk.secret };
}

/** A waiting ticket written directly (for tests of what acts on one). */
export async function buildTicket(
  services: Services,
  tenant: TenantRecord,
  setup: QueueSetup,
  over: Partial<TicketRow> = {},
): Promise<TicketRow> {
  const now = services.clock.now().toISOString();
  const row = newTicketRow({
    tenant_id: tenant.id,
    location_id: setup.locationId,
    service_id: setup.serviceA,
    day: localMoment(tenant, services.clock.now()).day,
    number: 900 + Math.floor(Math.random() * 99),
    code: 'A-900',
    channel: 'kiosk',
    status: 'waiting',
    line_at: now,
    issued_at: now,
    ...over,
  });
  await queueRepo.insertTicket(services.db, row);
  return row;
}
