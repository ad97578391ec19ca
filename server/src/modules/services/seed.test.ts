import { expect, it } from 'vitest';
import { makeCtx } from '../../platform/context';
import { buildTenant } from '../../test/factories';
import { describeEachDialect } from '../../test/harness';
import { buildUnit } from '../people/test/factories';
import { catalogRepo } from './repository/catalog';
import { seedServicesCatalog, servicesDemoLogins } from './seed';
import { servicesAdmin } from './test/factories';
import { adminService, adminServices, publicCatalog, servicePage } from './use-cases/catalog';

describeEachDialect('services: the demo catalog', (env) => {
  it('gives a city complete published standards in four units, with history, a pending version and a flag, once', async () => {
    const tenant = await buildTenant(env.services, { slug: 'dumai', name: 'Pemerintah Kota Dumai' });
    // The units the people seed makes in every city, by their codes.
    for (const [code, name] of [
      ['DISDUKCAPIL', 'Dinas Kependudukan dan Pencatatan Sipil'],
      ['DPMPTSP', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu'],
      ['DINKES', 'Dinas Kesehatan'],
      ['DINSOS', 'Dinas Sosial'],
      ['DISKOMINFO', 'Dinas Komunikasi dan Informatika'],
    ])
      await buildUnit(env.services, tenant, { code, name });
    await seedServicesCatalog(env.services, { tenantSlug: 'dumai' });
    const count = async () => ({
      services: (await catalogRepo.services(env.services.db, tenant.id)).length,
      standards: Number(
        (
          await env.services.db
            .selectFrom('services_standards')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('tenant_id', '=', tenant.id)
            .executeTakeFirstOrThrow()
        ).n,
      ),
      grants: Number(
        (
          await env.services.db
            .selectFrom('role_grants')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('tenant_id', '=', tenant.id)
            .executeTakeFirstOrThrow()
        ).n,
      ),
    });
    const first = await count();
    expect(first.services).toBe(10);

    const visitor = makeCtx(env.services, { tenant });
    const { services } = await publicCatalog(visitor, {});
    expect(services).toHaveLength(9);
    expect(new Set(services.map((s) => s.unitName))).toEqual(
      new Set([
        'Dinas Kependudukan dan Pencatatan Sipil',
        'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
        'Dinas Kesehatan',
        'Dinas Sosial',
      ]),
    );
    for (const s of services) {
      expect(s.standard.requirements.length).toBeGreaterThan(20);
      expect(s.standard.procedure.length).toBeGreaterThan(20);
      expect(s.standard.durationDays).toBeGreaterThan(0);
      expect(s.standard.fee).not.toBeNull();
      expect(s.standard.product).not.toBe('');
      expect(s.standard.complaintHandling).not.toBe('');
      expect(s.standard.form.length).toBeGreaterThanOrEqual(2);
    }
    const adminduk = services.filter((s) => s.unitName.startsWith('Dinas Kependudukan'));
    expect(adminduk.map((s) => s.standard.fee)).toEqual(adminduk.map(() => 0));
    expect(services.find((s) => s.name === 'Surat Keterangan Sehat')?.standard.fee).toBe(25_000);

    const akta = services.find((s) => s.name === 'Akta Kelahiran');
    const page = await servicePage(visitor, akta?.id as string);
    expect(page.history.map((h) => [h.version, h.effectiveFrom])).toEqual([
      [2, expect.any(String)],
      [1, '2025-01-02'],
    ]);
    expect(page.standard.version).toBe(2);

    const admin = makeCtx(env.services, { tenant, actor: servicesAdmin });
    const rows = (await adminServices(admin)).services;
    expect(rows.find((r) => r.name === 'Izin Penyelenggaraan Reklame')?.pending).toMatchObject({
      version: 2,
      status: 'submitted',
    });
    for (const row of rows.filter((r) => r.inForce)) {
      const current = (await adminService(admin, row.id)).standards.find((v) => v.id === row.inForce?.id);
      expect(Object.values(current?.internal ?? {}).filter((text) => text.trim() === '')).toEqual([]);
    }
    const flagged = rows.filter((r) => r.missing.length > 0);
    expect(flagged.map((r) => [r.name, r.missing])).toEqual([
      ['Rekomendasi Bantuan Sosial', ['fee', 'complaintHandling']],
    ]);

    const logins = servicesDemoLogins('dumai').map((l) => l.login);
    const accounts = await env.services.db
      .selectFrom('accounts')
      .select('email')
      .where('email', 'in', logins)
      .execute();
    expect(accounts).toHaveLength(3);

    await seedServicesCatalog(env.services, { tenantSlug: 'dumai' });
    expect(await count()).toEqual(first);
  });
});
