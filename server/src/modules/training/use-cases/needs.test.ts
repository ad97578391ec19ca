import { beforeAll, expect, it } from 'vitest';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import { buildCategory, buildComplaint, setComplaintSettings } from '../../complaints/test/factories';
import { approvedPlans, buildOrg, type Org, openTestYear, ratedAnnual } from '../../performance/test/factories';
import { buildProgramme, employeeCtx, hrCtx } from '../test/factories';
import { addNeed, drawNeeds, listNeeds, updateNeed } from './needs';
import { addPlanItem, trainingPlan, updatePlanItem } from './plan';
import { changeTrainingSettings } from './settings';

describeEachDialect('training: needs from performance and complaints, the plan', (env) => {
  let tenant: TenantRecord;
  let org: Org;

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    org = await buildOrg(env.services, tenant, 3);
    await openTestYear(env.services, tenant);
    await approvedPlans(env.services, tenant, org);
    await ratedAnnual(env.services, tenant, org, org.staff[0]!, ['sesuai', 'di_bawah'], { confirm: true });
    await ratedAnnual(env.services, tenant, org, org.staff[1]!, ['di_bawah', 'di_bawah'], { confirm: true });
    await ratedAnnual(env.services, tenant, org, org.staff[2]!, ['di_atas', 'sesuai'], { confirm: true });
    await setComplaintSettings(env.services, tenant, { guestPerHour: 100 });
    const conduct = await buildCategory(env.services, tenant, { code: 'perilaku-asn', defaultUnitId: org.unitId });
    for (let i = 0; i < 2; i++) await buildComplaint(env.services, tenant, conduct.id);
    await changeTrainingSettings(hrCtx(env.services, tenant), {
      minimumJpPns: 20,
      minimumJpPppk: 24,
      approvalWorkingDays: 3,
      complaintNeedThreshold: 2,
    });
  });

  it('draws needs once from weak results and conduct complaints, and turns them into a published plan', async () => {
    const hr = hrCtx(env.services, tenant);
    expect(await drawNeeds(hr, { year: 2026 })).toEqual({ added: 4, suggested: 4 });
    expect(await drawNeeds(hr, { year: 2026 })).toEqual({ added: 0, suggested: 4 });
    const { items } = await listNeeds(hr, { year: 2026 });
    expect(items.map((n) => [n.source, n.employeeId, n.topic]).sort()).toEqual(
      [
        ['complaints', null, 'ethics_integrity'],
        ['performance', org.staff[0]!.id, 'ethics_integrity'],
        ['performance', org.staff[1]!.id, 'ethics_integrity'],
        ['performance', org.staff[1]!.id, 'technical'],
      ].sort(),
    );
    expect(items.find((n) => n.source === 'complaints')).toMatchObject({
      unitId: org.unitId,
      reason: expect.stringContaining('2 pengaduan'),
    });

    const manual = await addNeed(hr, {
      year: 2026,
      unitId: null,
      employeeId: null,
      topic: 'it',
      reason: 'Masukan konsultasi',
    });
    await updateNeed(hr, manual.id, { status: 'dismissed' });
    const programme = await buildProgramme(env.services, tenant, { topic: 'ethics_integrity' });
    const ethics = items.filter((n) => n.topic === 'ethics_integrity').map((n) => n.id);
    const item = await addPlanItem(hr, {
      year: 2026,
      title: 'Etika pelayanan untuk bidang',
      topic: 'ethics_integrity',
      programmeId: programme.id,
      unitId: org.parentUnitId,
      targetParticipants: 4,
      needIds: ethics,
    });
    expect(item).toMatchObject({ participants: 0, progress: 0, needs: 3, unitName: expect.any(String) });
    await expect(
      addPlanItem(hr, { year: 2026, title: 'x', topic: 'it', targetParticipants: 1, needIds: [ethics[0]!] }),
    ).rejects.toMatchObject({
      status: 400,
    });
    await expect(updateNeed(hr, ethics[0]!, { status: 'dismissed' })).rejects.toMatchObject({ status: 409 });
    await updatePlanItem(hr, item.id, { status: 'in_progress' });
    expect((await trainingPlan(hr, { year: 2026 })).items).toEqual([
      expect.objectContaining({ status: 'in_progress' }),
    ]);
    // Only HR draws and plans.
    await expect(
      drawNeeds(employeeCtx(env.services, tenant, org.head, ['employee', 'supervisor']), { year: 2026 }),
    ).rejects.toMatchObject({ status: 403 });
  });
});
