/**
 * The record fixtures the request routes name in `config.recordFixture`, for the generated security tests
 * (server/src/test/record-fixtures.ts spreads them into its table): a request of the tenant in the state each route
 * acts on, with a body that passes validation, so that only access decides the answer.
 */
import type { Services } from '../../../platform/context';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import type { FixtureRecord } from '../../../test/record-fixtures';
import { deliverOutput } from '../use-cases/deliver-output';
import { approveRequest, markIncomplete, startProcessing } from '../use-cases/work-request';
import { buildRequestSetup, ctxAs, fileRequest } from './request-helpers';

type RequestFixture = (services: Services, tenant: TenantRecord) => Promise<FixtureRecord>;

const BODIES: Record<string, unknown> = {
  incomplete: { missing: [], note: 'Berkas kurang jelas' },
  refuse: { reason: 'Tidak memenuhi persyaratan' },
  payment: { receipt: 'KW-0001', amount: 10000 },
  output: { kind: 'pickup' },
};

const snapshotOf = (services: Services, id: string) => () =>
  services.db.selectFrom('services_requests').selectAll().where('id', '=', id).executeTakeFirst();

/** A request filed by a citizen and moved by the unit's officer through `steps`. */
function requestIn(steps: Array<'incomplete' | 'process' | 'approve' | 'pickup'>, fee = 0): RequestFixture {
  return async (services, tenant) => {
    const setup = await buildRequestSetup(services, tenant, { fee });
    const { id } = await fileRequest(services, tenant, setup);
    const officer = ctxAs(services, tenant, setup.officer.actor);
    for (const step of steps) {
      if (step === 'incomplete') await markIncomplete(officer, id, { missing: [], note: 'Lengkapi berkas' });
      if (step === 'process') await startProcessing(officer, id);
      if (step === 'approve') await approveRequest(officer, id);
      if (step === 'pickup') await deliverOutput(officer, id, { kind: 'pickup' });
    }
    return {
      id,
      snapshot: snapshotOf(services, id),
      bodyFor: (route) => BODIES[route.url.split('/').at(-1) ?? ''] ?? {},
    };
  };
}

export const servicesRequestFixtures: Record<string, RequestFixture> = {
  serviceRequest: requestIn([]),
  serviceRequestIncomplete: requestIn(['incomplete']),
  serviceRequestInProcess: requestIn(['process']),
  serviceRequestApproved: requestIn(['process', 'approve']),
  serviceRequestReady: requestIn(['process', 'approve', 'pickup']),
  serviceRequestWithFee: requestIn([], 10000),
  /**
   * For `/requests/:id/documents/:documentId`, whose two ids the security test fills with the same value: the
   * request's document is given the request's own id (ids of different tables may meet).
   */
  serviceRequestDocument: async (services, tenant) => {
    const record = await requestIn([])(services, tenant);
    await services.db
      .updateTable('services_documents')
      .set({ id: record.id })
      .where('request_id', '=', record.id)
      .execute();
    return record;
  },
};
