/**
 * The record fixtures the queue routes name in `config.recordFixture`, for the generated security tests
 * (server/src/test/record-fixtures.ts spreads them into its table), with bodies that pass validation, so that
 * only access decides the answer.
 */
import type { Services } from '../../../platform/context';
import { randomToken } from '../../../platform/ids';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import type { FixtureRecord } from '../../../test/record-fixtures';
import { localMoment } from '../support';
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

/** The account holding the tenant's admin grant (the security test's "record's own admin"), if any. */
async function tenantAdmin(services: Services, tenant: TenantRecord) {
  return services.db
    .selectFrom('role_grants')
    .innerJoin('accounts', 'accounts.id', 'role_grants.account_id')
    .select(['accounts.id', 'accounts.name'])
    .where('role_grants.tenant_id', '=', tenant.id)
    .where('role_grants.role', '=', 'tenant_admin')
    .orderBy('role_grants.created_at')
    .executeTakeFirst();
}

/** Counter 1 with the tenant's admin signed in, and a booking of today to check in: the console routes' state. */
async function staffedSetup(services: Services, tenant: TenantRecord) {
  const setup = await buildQueueSetup(services, tenant);
  const admin = await tenantAdmin(services, tenant);
  if (admin)
    await services.db
      .updateTable('service_queue_counters')
      .set({ officer_account_id: admin.id, officer_name: admin.name, signed_in_at: services.clock.now().toISOString() })
      .where('id', '=', setup.counter1)
      .execute();
  const code = randomToken(9)
    .replace(/[^A-Z2-9]/gi, 'X')
    .slice(0, 6)
    .toUpperCase();
  await buildTicket(services, tenant, setup, {
    status: 'booked',
    number: null,
    code: null,
    channel: 'booking',
    booking_code: code,
    booking_window: '08:00',
    day: localMoment(tenant, services.clock.now()).day,
  });
  return { setup, code };
}

function bodyFor(route: { method: string; url: string }, serviceId: string, bookingCode = 'ABCDEF'): unknown {
  const url = route.url;
  if (url.endsWith('/locations/:id') && route.method === 'PUT')
    return { name: 'Kantor Lain', address: '', unitId: null, hours: ALWAYS_OPEN };
  if (url.endsWith('/locations/:id/services') || url.endsWith('/services/:id')) return serviceBody({ letter: 'Z' });
  if (url.endsWith('/locations/:id/counters') || url.endsWith('/counters/:id'))
    return { number: 9, serviceIds: [serviceId] };
  if (url.endsWith('/kiosks')) return { name: 'Anjungan Lain' };
  if (url.endsWith('/pause')) return { reason: 'Istirahat' };
  if (url.endsWith('/counters/:id/tickets')) return { serviceId, priority: null };
  if (url.endsWith('/check-in')) return { code: bookingCode };
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
    const { setup, code } = await staffedSetup(services, tenant);
    return {
      id: setup.counter1,
      snapshot: rowOf(services, 'service_queue_counters', setup.counter1),
      bodyFor: (r) => bodyFor(r, setup.serviceA, code),
    };
  },
  queueKiosk: async (services, tenant) => {
    const setup = await buildQueueSetup(services, tenant);
    return { id: setup.kioskId, snapshot: rowOf(services, 'service_queue_kiosks', setup.kioskId) };
  },
  queueTicket: async (services, tenant) => {
    const { setup } = await staffedSetup(services, tenant);
    // Called twice already (recalls at the default maximum): every console action on it is allowed.
    const ticket = await buildTicket(services, tenant, setup, {
      status: 'called',
      counter_id: setup.counter1,
      recalls: 2,
    });
    return {
      id: ticket.id,
      snapshot: rowOf(services, 'service_queue_tickets', ticket.id),
      bodyFor: (r) => bodyFor(r, setup.serviceB),
    };
  },
};
