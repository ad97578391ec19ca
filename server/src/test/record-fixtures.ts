import { channelsRecordFixtures } from '../modules/complaints/channels/test/factories';
import { complaintsRecordFixtures } from '../modules/complaints/test/record-fixtures';
import { peopleRecordFixtures } from '../modules/people/test/record-fixtures';
import { performanceRecordFixtures } from '../modules/performance/test/record-fixtures';
import { queueRecordFixtures } from '../modules/service-queue/test/record-fixtures';
import { servicesCatalogRecordFixtures } from '../modules/services/test/factories';
import { servicesRequestFixtures } from '../modules/services/test/request-fixtures';
import { surveysRecordFixtures } from '../modules/surveys/test/factories';
import { trainingNeedsFixtures, trainingRecordFixtures } from '../modules/training/test/factories';
import type { Services } from '../platform/context';
import type { Database } from '../platform/db/schema';
import type { TenantRecord } from '../platform/tenancy/repository';
import { buildLocalHoliday, buildRoleGrant } from './factories';

/** A record of one tenant, made for the cross-tenant tests of routes that take its id. */
export interface FixtureRecord {
  id: string;
  /** The stored row, compared before and after a request that must not change it. */
  snapshot(): Promise<unknown>;
  /**
   * A valid body for each route with a body (PUT, PATCH, POST on the record), so that only access decides the
   * answer: a body that fails validation would be refused with 400 before the record is looked up.
   */
  bodyFor?(route: { method: string; url: string }): unknown;
}

export type RecordFixture = (services: Services, tenant: TenantRecord) => Promise<FixtureRecord>;

function rowOf(services: Services, table: keyof Database, id: string) {
  // biome-ignore lint/suspicious/noExplicitAny: a row of any table, looked up by its id column
  return () => (services.db as any).selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * The factories named by `config.recordFixture` on routes with `:id`. A module whose route takes a record id
 * adds its factory here; the generated security tests fail while a route names one that is missing.
 */
export const recordFixtures: Record<string, RecordFixture> = {
  ...peopleRecordFixtures,
  ...complaintsRecordFixtures,
  ...channelsRecordFixtures,
  ...performanceRecordFixtures,
  ...queueRecordFixtures,
  ...servicesCatalogRecordFixtures,
  ...servicesRequestFixtures,
  ...surveysRecordFixtures,
  ...trainingRecordFixtures,
  ...trainingNeedsFixtures,
  roleGrant: async (services, tenant) => {
    const grant = await buildRoleGrant(services, tenant, { role: 'inspector' });
    return { id: grant.id, snapshot: rowOf(services, 'role_grants', grant.id) };
  },
  localHoliday: async (services, tenant) => {
    const holiday = await buildLocalHoliday(services, tenant);
    return { id: holiday.id, snapshot: rowOf(services, 'calendar_holidays', holiday.id) };
  },
};

export function recordFixture(name: unknown): RecordFixture {
  const fixture = typeof name === 'string' ? recordFixtures[name] : undefined;
  if (!fixture)
    throw new Error(
      `A route names recordFixture ${JSON.stringify(name)}, which server/src/test/record-fixtures.ts does not define: add a factory for it there.`,
    );
  return fixture;
}
