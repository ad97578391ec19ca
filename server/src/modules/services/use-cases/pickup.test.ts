import { beforeAll, expect, it } from 'vitest';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import { buildQueueSetup } from '../../service-queue/test/factories';
import { buildRequestSetup, ctxAs, fileRequest, type RequestSetup } from '../test/request-helpers';
import { deliverOutput } from './deliver-output';
import { requestDetail } from './request-views';
import { approveRequest, startProcessing } from './work-request';

describeEachDialect('services: a pickup output points the applicant to the queue booking', (env) => {
  let tenant: Awaited<ReturnType<typeof buildTenant>>;

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
  });

  async function readyForPickup(setup: RequestSetup) {
    const officer = ctxAs(env.services, tenant, setup.officer.actor);
    const filed = await fileRequest(env.services, tenant, setup);
    await startProcessing(officer, filed.id);
    await approveRequest(officer, filed.id);
    const asOfficer = await deliverOutput(officer, filed.id, { kind: 'pickup' });
    const asApplicant = await requestDetail(ctxAs(env.services, tenant, setup.citizen.actor), { requestId: filed.id });
    return { asOfficer, asApplicant };
  }

  it("shows the applicant the booking page of the unit's queue location, never the officer", async () => {
    const setup = await buildRequestSetup(env.services, tenant);
    const queue = await buildQueueSetup(env.services, tenant, { unitId: setup.unitId });
    const { asOfficer, asApplicant } = await readyForPickup(setup);
    expect(asApplicant.status).toBe('ready');
    expect(asApplicant.pickup).toEqual({
      locationName: expect.stringMatching(/^Kantor /),
      bookingPath: `/t/${tenant.slug}/antrian#location-${queue.locationId}`,
    });
    expect(asOfficer.pickup).toBeNull();
  });

  it('answers null when no queue location of the unit takes bookings', async () => {
    const setup = await buildRequestSetup(env.services, tenant);
    const { asApplicant } = await readyForPickup(setup);
    expect(asApplicant.status).toBe('ready');
    expect(asApplicant.pickup).toBeNull();
  });
});
