import { localDate } from '@lentera/common';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Ctx, makeCtx } from '../../../platform/context';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect, TEST_START } from '../../../test/harness';
import { buildUnit } from '../../people/test/factories';
import { json, signInAs } from '../../people/test/http';
import { buildPublishedService, completeStandard, servicesAdmin } from '../test/factories';
import { publicCatalog, publishedVersion, servicePage } from './catalog';
import { approveStandard, submitStandard } from './decide-standard';
import { editStandard } from './edit-standard';
import { createService, draftNewVersion, updateService } from './manage-services';

const DAY = 86_400_000;
const statusOf = async (work: Promise<unknown>) => {
  try {
    await work;
    return 200;
  } catch (error) {
    return (error as { status: number }).status;
  }
};

describeEachDialect('services: the public catalog and service pages', (env) => {
  let tenant: TenantRecord;
  let admin: Ctx;
  let visitor: Ctx;
  const today = () => localDate(env.clock.now(), tenant.timeZone);
  const names = async (query: Record<string, string> = {}) =>
    (await publicCatalog(visitor, query)).services.map((s) => s.name);

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    admin = makeCtx(env.services, { tenant, actor: servicesAdmin });
    visitor = makeCtx(env.services, { tenant });
  });
  afterAll(() => env.clock.set(TEST_START));

  it('lists only active services with a published standard in force, with the fee in rupiah', async () => {
    const unit = await buildUnit(env.services, tenant, { name: 'Dinas Kesehatan' });
    const sehat = await buildPublishedService(env.services, tenant, {
      unitId: unit.id,
      service: { name: 'Surat Keterangan Sehat', nameEn: 'Health certificate', summary: 'Untuk melamar kerja' },
      standard: { fee: 25_000, feeBasis: 'Perda Nomor 3 Tahun 2024' },
    });
    // A draft only, and a service withdrawn: neither is listed.
    await createService(admin, { unitId: unit.id, name: 'Layanan Rancangan' });
    const withdrawn = await buildPublishedService(env.services, tenant, { service: { name: 'Layanan Ditarik' } });
    await updateService(admin, withdrawn.service.id, {
      unitId: withdrawn.unitId,
      name: 'Layanan Ditarik',
      active: false,
    });

    const { services } = await publicCatalog(visitor, {});
    expect(services.map((s) => s.name)).toEqual(['Surat Keterangan Sehat']);
    expect(services[0]).toMatchObject({
      id: sehat.service.id,
      unitName: 'Dinas Kesehatan',
      standard: { version: 1, fee: 25_000, durationDays: 5, outputKind: 'letter', effectiveFrom: today() },
    });
    expect(services[0]?.standard.form.map((f) => [f.key, f.type])).toEqual([
      ['nama', 'text'],
      ['nik', 'nik'],
      ['ktp', 'document'],
    ]);
    // The internal elements and the letter template stay internal.
    expect(JSON.stringify(services)).not.toContain('legalBasis');
    expect(JSON.stringify(services)).not.toContain('letterTemplate');

    expect(await statusOf(servicePage(visitor, withdrawn.service.id))).toBe(404);
    expect(await statusOf(servicePage(visitor, 'no-such-service'))).toBe(404);
  });

  it('searches names, English names and summaries regardless of case, and filters by unit', async () => {
    const unit = await buildUnit(env.services, tenant);
    await buildPublishedService(env.services, tenant, {
      unitId: unit.id,
      service: { name: 'Akta Kelahiran', nameEn: 'Birth certificate', summary: 'Pencatatan kelahiran anak' },
    });
    expect(await names({ q: 'AKTA' })).toEqual(['Akta Kelahiran']);
    expect(await names({ q: 'birth' })).toEqual(['Akta Kelahiran']);
    expect(await names({ q: 'kelahiran anak' })).toEqual(['Akta Kelahiran']);
    expect(await names({ q: 'tidak ada' })).toEqual([]);
    expect(await names({ unitId: unit.id })).toEqual(['Akta Kelahiran']);
  });

  it('shows a newer version as upcoming, in force on its date without any write, and keeps the history', async () => {
    const start = env.clock.now();
    const { service, standard } = await buildPublishedService(env.services, tenant, {
      service: { name: 'Kartu Keluarga' },
    });
    const tomorrow = localDate(new Date(start.getTime() + DAY), tenant.timeZone);
    const draft = await draftNewVersion(admin, service.id);
    await editStandard(admin, draft.id, completeStandard(tomorrow, { durationDays: 3 }));
    await submitStandard(admin, draft.id);
    await approveStandard(admin, draft.id);

    const page = await servicePage(visitor, service.id);
    expect(page.standard).toMatchObject({ id: standard.id, version: 1, durationDays: 5 });
    expect(page.upcoming).toMatchObject({ id: draft.id, version: 2, effectiveFrom: tomorrow, durationDays: 3 });
    expect(page.history.map((h) => [h.version, h.effectiveFrom])).toEqual([
      [2, tomorrow],
      [1, today()],
    ]);
    expect((await publishedVersion(visitor, service.id, 1)).durationDays).toBe(5);
    expect(await statusOf(publishedVersion(visitor, service.id, 3))).toBe(404);

    env.clock.set(new Date(start.getTime() + DAY));
    const next = await servicePage(visitor, service.id);
    expect(next.standard).toMatchObject({ version: 2, durationDays: 3 });
    expect(next.upcoming).toBeNull();
    const listed = (await publicCatalog(visitor, { q: 'Kartu Keluarga' })).services[0];
    expect(listed?.standard.version).toBe(2);
  });

  it('is exact right after an edit, an approval, a unit rename, or a write by another node', async () => {
    const unit = await buildUnit(env.services, tenant, { name: 'Dinas Sosial' });
    const { service } = await buildPublishedService(env.services, tenant, {
      unitId: unit.id,
      service: { name: 'Surat Keterangan Tidak Mampu' },
    });
    expect((await servicePage(visitor, service.id)).service.name).toBe('Surat Keterangan Tidak Mampu');

    await updateService(admin, service.id, { unitId: unit.id, name: 'SKTM', nameEn: 'Certificate of low income' });
    expect((await servicePage(visitor, service.id)).service).toMatchObject({
      name: 'SKTM',
      nameEn: 'Certificate of low income',
    });
    expect(await names({ q: 'sktm' })).toEqual(['SKTM']);

    const draft = await draftNewVersion(admin, service.id);
    await editStandard(admin, draft.id, completeStandard(today(), { fee: 0, durationDays: 2 }));
    expect((await servicePage(visitor, service.id)).standard.durationDays).toBe(5);
    await submitStandard(admin, draft.id);
    await approveStandard(admin, draft.id);
    expect((await servicePage(visitor, service.id)).standard).toMatchObject({ version: 2, durationDays: 2 });

    const hr = await signInAs(env, tenant, ['hr_admin']);
    json(
      await hr.request('PATCH', `/api/t/${tenant.slug}/people/units/${unit.id}`, {
        name: 'Dinas Sosial dan Pemberdayaan',
      }),
    );
    expect((await servicePage(visitor, service.id)).service.unitName).toBe('Dinas Sosial dan Pemberdayaan');

    // Another node writes to the database directly: the trigger-raised revision tells this node's cache.
    await env.services.db
      .updateTable('services_services')
      .set({ name: 'SKTM (diubah node lain)' })
      .where('id', '=', service.id)
      .execute();
    expect((await servicePage(visitor, service.id)).service.name).toBe('SKTM (diubah node lain)');
  });

  it("keeps tenants apart: another tenant's service is not found", async () => {
    const { service } = await buildPublishedService(env.services, tenant);
    const elsewhere = await buildTenant(env.services);
    const outsider = makeCtx(env.services, { tenant: elsewhere });
    expect(await statusOf(servicePage(outsider, service.id))).toBe(404);
    expect(await statusOf(publishedVersion(outsider, service.id, 1))).toBe(404);
    expect((await publicCatalog(outsider, {})).services).toEqual([]);
  });
});
