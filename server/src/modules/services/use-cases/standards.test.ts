import { localDate } from '@lentera/common';
import { beforeAll, expect, it } from 'vitest';
import { verifyChain } from '../../../platform/audit/audit';
import { type Ctx, makeCtx } from '../../../platform/context';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import { buildUnit } from '../../people/test/factories';
import { catalogRepo } from '../repository/catalog';
import { buildPublishedService, buildServiceAccount, completeStandard, servicesAdmin } from '../test/factories';
import { adminService, adminServices, approvalsInbox } from './catalog';
import { approveStandard, returnStandard, submitStandard } from './decide-standard';
import { editStandard } from './edit-standard';
import { createService, draftNewVersion, updateService } from './manage-services';

const errorOf = async (work: Promise<unknown>) => {
  try {
    await work;
  } catch (error) {
    return error as { status: number; code: string; params: Record<string, unknown>; details?: unknown };
  }
  throw new Error('expected an error');
};

describeEachDialect('services: standards, their versions and their approval', (env) => {
  let tenant: TenantRecord;
  let admin: Ctx;
  let today: string;

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    admin = makeCtx(env.services, { tenant, actor: servicesAdmin });
    today = localDate(env.clock.now(), tenant.timeZone);
  });

  it('creates a service with an empty draft, refuses to submit it incomplete, then publishes it', async () => {
    const unit = await buildUnit(env.services, tenant, { name: 'Dinas Kependudukan' });
    const { id, standardId } = await createService(admin, { unitId: unit.id, name: 'Akta Kelahiran' });
    const incomplete = await errorOf(submitStandard(admin, standardId));
    expect(incomplete.status).toBe(400);
    expect(incomplete.code).toBe('services_standard_incomplete');
    expect(String(incomplete.params.missing)).toContain('persyaratan');
    expect(incomplete.details).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'requirements' }), { path: 'fee', message: 'missing' }]),
    );

    const list = await adminServices(admin);
    const row = list.services.find((s) => s.id === id);
    expect(row?.missing).toEqual(['requirements', 'procedure', 'durationDays', 'fee', 'product', 'complaintHandling']);
    expect(row?.pending).toMatchObject({ version: 1, status: 'draft' });
    expect(row?.inForce).toBeNull();
    expect(list.canApprove).toBe(true);

    await editStandard(admin, standardId, completeStandard('2020-01-01'));
    await submitStandard(admin, standardId);
    expect((await approvalsInbox(admin)).standards.map((s) => [s.id, s.serviceName])).toContainEqual([
      standardId,
      'Akta Kelahiran',
    ]);
    // A submitted version is not edited any more.
    const locked = await errorOf(editStandard(admin, standardId, completeStandard(today)));
    expect([locked.status, locked.code]).toEqual([409, 'services_standard_state']);

    await approveStandard(admin, standardId);
    const detail = await adminService(admin, id);
    expect(detail.standards[0]).toMatchObject({ status: 'published', version: 1, effectiveFrom: today, missing: [] });
    expect(detail.standards[0]?.publishedAt).toBe(env.clock.now().toISOString());
    expect(detail.standards[0]?.internal.legalBasis).toContain('Undang-Undang');
    expect(detail.service).toMatchObject({ inForce: { version: 1 }, pending: null, missing: [], requestsOpen: 0 });

    const again = await errorOf(approveStandard(admin, standardId));
    expect([again.status, again.code]).toEqual([409, 'services_standard_state']);
    expect(await verifyChain(env.services.db, tenant.id)).toMatchObject({ ok: true });
    const actions = await env.services.db
      .selectFrom('audit_entries')
      .select('action')
      .where('tenant_id', '=', tenant.id)
      .where('entity_id', 'in', [id, standardId])
      .execute();
    expect(actions.map((a) => a.action).sort()).toEqual(
      [
        'services.service_created',
        'services.standard_drafted',
        'services.standard_drafted',
        'services.standard_published',
        'services.standard_submitted',
      ].sort(),
    );
  });

  it('returns a version with a note; the unit edits and submits it again', async () => {
    const { service } = await buildPublishedService(env.services, tenant);
    const draft = await draftNewVersion(admin, service.id);
    expect(draft.version).toBe(2);
    const twice = await errorOf(draftNewVersion(admin, service.id));
    expect([twice.status, twice.code]).toEqual([409, 'services_draft_exists']);
    await submitStandard(admin, draft.id);
    const short = await errorOf(returnStandard(admin, draft.id, { note: 'x' }));
    expect(short).toMatchObject({ name: 'ZodError' });
    await returnStandard(admin, draft.id, { note: 'Biaya harus mengacu pada Perda terbaru.' });
    let version = await catalogRepo.standard(env.services.db, tenant.id, draft.id);
    expect(version).toMatchObject({ status: 'returned', return_note: 'Biaya harus mengacu pada Perda terbaru.' });
    await editStandard(admin, draft.id, completeStandard(today, { fee: 10_000, feeBasis: 'Perda Nomor 1 Tahun 2026' }));
    await submitStandard(admin, draft.id);
    version = await catalogRepo.standard(env.services.db, tenant.id, draft.id);
    expect(version).toMatchObject({ status: 'submitted', return_note: null, fee: expect.anything() });
    expect(Number(version?.fee)).toBe(10_000);
  });

  it('lets only HR and tenant admins approve, and a unit admin manage only the unit and the units below', async () => {
    const parent = await buildUnit(env.services, tenant);
    const child = await buildUnit(env.services, tenant, { parentId: parent.id });
    const other = await buildUnit(env.services, tenant);
    const inChild = await buildPublishedService(env.services, tenant, { unitId: child.id });
    const inOther = await buildPublishedService(env.services, tenant, { unitId: other.id });
    const unitAdmin = makeCtx(env.services, {
      tenant,
      actor: (await buildServiceAccount(env.services, tenant, 'unit_admin', parent.id)).actor,
    });
    const hr = makeCtx(env.services, {
      tenant,
      actor: (await buildServiceAccount(env.services, tenant, 'hr_admin')).actor,
    });
    const mine = (await adminServices(unitAdmin)).services.map((s) => s.id);
    expect(mine).toContain(inChild.service.id);
    expect(mine).not.toContain(inOther.service.id);
    expect((await adminServices(unitAdmin)).canApprove).toBe(false);
    expect((await errorOf(adminService(unitAdmin, inOther.service.id))).status).toBe(404);
    expect((await errorOf(draftNewVersion(unitAdmin, inOther.service.id))).status).toBe(404);
    // Moving a service to a unit one does not manage, or to no unit of the tenant, is a field error.
    const moved = await errorOf(updateService(unitAdmin, inChild.service.id, { unitId: other.id, name: 'Pindah' }));
    expect(moved).toMatchObject({ status: 400, details: [{ path: 'unitId', message: 'services_unit_not_yours' }] });
    const unknown = await errorOf(createService(admin, { unitId: 'no-such-unit', name: 'Layanan' }));
    expect(unknown).toMatchObject({ status: 400, details: [{ path: 'unitId', message: 'services_unit_unknown' }] });

    const draft = await draftNewVersion(unitAdmin, inChild.service.id);
    await submitStandard(unitAdmin, draft.id);
    expect((await errorOf(approveStandard(unitAdmin, draft.id))).status).toBe(403);
    expect((await errorOf(approvalsInbox(unitAdmin))).status).toBe(403);
    await approveStandard(hr, draft.id);
    expect((await catalogRepo.standard(env.services.db, tenant.id, draft.id))?.status).toBe('published');
  });

  it('keeps another tenant out', async () => {
    const { service, standard } = await buildPublishedService(env.services, tenant);
    const elsewhere = await buildTenant(env.services);
    const stranger = makeCtx(env.services, { tenant: elsewhere, actor: servicesAdmin });
    expect((await errorOf(adminService(stranger, service.id))).status).toBe(404);
    expect((await errorOf(editStandard(stranger, standard.id, completeStandard(today)))).status).toBe(404);
    expect((await errorOf(approveStandard(stranger, standard.id))).status).toBe(404);
    expect((await adminServices(stranger)).services).toEqual([]);
  });

  it('flags a published service whose newer draft is incomplete only by what is in force', async () => {
    const { service } = await buildPublishedService(env.services, tenant);
    const draft = await draftNewVersion(admin, service.id);
    await editStandard(admin, draft.id, completeStandard(today, { requirements: '', durationDays: null }));
    const row = (await adminServices(admin)).services.find((s) => s.id === service.id);
    expect(row?.missing).toEqual([]);
    expect(row?.pending).toMatchObject({ id: draft.id, status: 'draft' });
    const detail = await adminService(admin, service.id);
    expect(detail.standards.map((s) => [s.version, s.status, s.missing])).toEqual([
      [2, 'draft', ['requirements', 'durationDays']],
      [1, 'published', []],
    ]);
  });
});
