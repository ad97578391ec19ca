/**
 * The record fixtures the queue routes name in `config.recordFixture`, for the generated security tests
 * (server/src/test/record-fixtures.ts spreads them into its table), with bodies that pass validation, so that
 * only access decides the answer.
 */
import type { Services } from '../../../platform/context';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import type { FixtureRecord } from '../../../test/record-fixtures';
import { ALWAYS_OPEN, buildQueueSetup, buildTicket, serviceBody } from './factories';

type QueueFixture = (services: Services, tenant: TenantRecord) => Promise<FixtureRecord>;

const rowOf =
  (
    services: Services,
    table:
      | 'service_queue_locations'
      | 'service_queue_services'
      | 'service_queue_counters'
      | 'service_queue_kiosks'
      | 'service_queue_tickets',
    id: string,
  ) =>
  () =>
    services.db.selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst();

function bodyFor(route: { method: string; url: string }, serviceId: string): unknown {
  const url = route.url;
  if (url.endsWith('/locations/:id') && route.method === 'PUT')
    return { name: 'Kantor Lain', address: '', unitId: null, hours: ALWAYS_OPEN };
  if (url.endsWith('/locations/:id/services') || url.endsWith('/services/:id')) return serviceBody({ letter: 'Z' });
  if (url.endsWith('/locations/:id/counters') || url.endsWith('/counters/:id'))
    return { number: 9, serviceIds: [serviceId] };
  if (url.endsWith('/kiosks')) return { name: 'Anjungan Lain' };
  if (url.endsWith('/pause')) return { reason: 'Istirahat' };
  if (url.endsWith('/counters/:id/tickets')) return { serviceId, priority: null };
  if (url.endsWith('/check-in')) return { code: 'ABCDEF' };
  if (url.endsWith('/finish')) return { outcome: 'done' };
  if (url.endsWith('/transfer')) return { serviceId };
  if (url.endsWith('/bookings')) return { date: '2099-01-05', window: '08:00' };
  return {};
}

export const queueRecordFixtures: Record<string, QueueFixture> = {
  queueLocation: async (services, tenant) => {
    const setup = await buildQueueSetup(services, tenant);
    return {
      id: setup.locationId,
      snapshot: rowOf(services, 'service_queue_locations', setup.locationId),
      bodyFor: (r) => bodyFor(r, setup.serviceA),
    };
  },
  queueService: async (services, tenant) => {
    const setup = await buildQueueSetup(services, tenant);
    return {
      id: setup.serviceA,
      snapshot: rowOf(services, 'service_queue_services', setup.serviceA),
      bodyFor: (r) => bodyFor(r, setup.serviceA),
    };
  },
  queueCounter: async (services, tenant) => {
    const setup = await buildQueueSetup(services, tenant);
    return {
      id: setup.counter1,
      snapshot: rowOf(services, 'service_queue_counters', setup.counter1),
      bodyFor: (r) => bodyFor(r, setup.serviceA),
    };
  },
  queueKiosk: async (services, tenant) => {
    const setup = await buildQueueSetup(services, tenant);
    return { id: setup.kioskId, snapshot: rowOf(services, 'service_queue_kiosks', setup.kioskId) };
  },
  queueTicket: async (services, tenant) => {
    const setup = await buildQueueSetup(services, tenant);
    const ticket = await buildTicket(services, tenant, setup, { status: 'called', counter_id: setup.counter1 });
    return {
      id: ticket.id,
      snapshot: rowOf(services, 'service_queue_tickets', ticket.id),
      bodyFor: (r) => bodyFor(r, setup.serviceB),
    };
  },
};
