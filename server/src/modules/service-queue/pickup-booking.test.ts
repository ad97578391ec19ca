import { beforeAll, expect, it } from 'vitest';
import { makeCtx } from '../../platform/context';
import type { TenantRecord } from '../../platform/tenancy/repository';
import { buildTenant } from '../../test/factories';
import { describeEachDialect } from '../../test/harness';
import { buildUnit } from '../people/test/factories';
import { queueService } from './index';
import { queueRepo } from './repository';
import { buildQueueSetup, queueAdmin } from './test/factories';

describeEachDialect('service queue: where to book a pickup visit', (env) => {
  let tenant: TenantRecord;
  const ctx = () => makeCtx(env.services, { tenant, actor: queueAdmin });

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
  });

  it("answers the unit's booking location, else the nearest unit above's, else null", async () => {
    const parent = await buildUnit(env.services, tenant);
    const child = await buildUnit(env.services, tenant, { parentId: parent.id });
    const lonely = await buildUnit(env.services, tenant);
    expect(await queueService.pickupBooking(ctx(), child.id)).toBeNull();

    const atParent = await buildQueueSetup(env.services, tenant, { unitId: parent.id });
    const fromChild = await queueService.pickupBooking(ctx(), child.id);
    expect(fromChild).toMatchObject({
      locationId: atParent.locationId,
      path: `/t/${tenant.slug}/antrian#location-${atParent.locationId}`,
    });
    expect(fromChild?.locationName).toMatch(/^Kantor /);

    const atChild = await buildQueueSetup(env.services, tenant, { unitId: child.id });
    expect((await queueService.pickupBooking(ctx(), child.id))?.locationId).toBe(atChild.locationId);
    expect(await queueService.pickupBooking(ctx(), lonely.id)).toBeNull();
  });

  it('ignores locations whose services take no bookings', async () => {
    const unit = await buildUnit(env.services, tenant);
    const setup = await buildQueueSetup(env.services, tenant, { unitId: unit.id, service: { bookingAllowed: false } });
    // Service B of the factory still takes bookings; once it stops, the location no longer answers.
    expect((await queueService.pickupBooking(ctx(), unit.id))?.locationId).toBe(setup.locationId);
    await queueRepo.updateService(env.services.db, tenant.id, setup.serviceB, { booking_allowed: 0 });
    expect(await queueService.pickupBooking(ctx(), unit.id)).toBeNull();
  });
});
