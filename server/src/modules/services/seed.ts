import { localDate, type StandardInput, standardInputSchema } from '@lentera/common';
import { type Actor, type Ctx, makeCtx, type Services } from '../../platform/context';
import { ensureDemoAccount } from '../../platform/seed/demo-accounts';
import { findTenantBySlug } from '../../platform/tenancy/repository';
import { peopleService } from '../people/index';
import { catalogRepo } from './repository/catalog';
import { DEMO_CATALOG, type DemoCatalogService, type DemoUnit, PDRD } from './seed-catalog-texts';
import { approveStandard, submitStandard } from './use-cases/decide-standard';
import { editStandard } from './use-cases/edit-standard';
import { createService, draftNewVersion } from './use-cases/manage-services';

/** The services module's demo logins of a city: the Disdukcapil's unit admin, and an officer of two units. */
export function servicesDemoLogins(slug: string) {
  return [
    {
      tenant: slug,
      role: 'unit_admin (Disdukcapil)',
      login: `layanan.admin.${slug}@demo.lentera.id`,
      password: `lentera-${slug}-layanan`,
    },
    {
      tenant: slug,
      role: 'service_officer (Disdukcapil)',
      login: `layanan.dukcapil.${slug}@demo.lentera.id`,
      password: `lentera-${slug}-dukcapil`,
    },
    {
      tenant: slug,
      role: 'service_officer (DPMPTSP)',
      login: `layanan.perizinan.${slug}@demo.lentera.id`,
      password: `lentera-${slug}-perizinan`,
    },
  ];
}

const UNIT_TEXTS: Record<DemoUnit, { name: string; legal: string; officers: string }> = {
  DISDUKCAPIL: {
    name: 'Dinas Kependudukan dan Pencatatan Sipil',
    legal:
      'Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan sebagaimana diubah dengan Undang-Undang ' +
      'Nomor 24 Tahun 2013.\nPeraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran ' +
      'Penduduk dan Pencatatan Sipil.\nPeraturan Menteri Dalam Negeri Nomor 108 Tahun 2019.',
    officers: '3 orang petugas pelayanan',
  },
  DPMPTSP: {
    name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    legal: 'Peraturan Pemerintah Nomor 28 Tahun 2025 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko.',
    officers: '3 orang petugas front office dan 2 orang verifikator teknis',
  },
  DINKES: {
    name: 'Dinas Kesehatan',
    legal: `Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan.\n${PDRD}.`,
    officers: '1 orang dokter pemeriksa dan 2 orang petugas administrasi',
  },
  DINSOS: {
    name: 'Dinas Sosial',
    legal:
      'Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial.\nPeraturan Menteri Sosial Nomor 3 Tahun 2021 ' +
      'tentang Pengelolaan Data Terpadu Kesejahteraan Sosial.',
    officers: '2 orang pekerja sosial dan 1 orang petugas administrasi',
  },
};

/** The eight internal elements of a unit's standards (a service's own text, such as its officers, prevails). */
function internalElements(unit: DemoUnit) {
  const { name, legal, officers } = UNIT_TEXTS[unit];
  return {
    legalBasis: `${legal}\nUndang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik.\nPeraturan Menteri PANRB Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan.`,
    facilities:
      'Ruang tunggu ber-AC dengan kursi, loket pelayanan, anjungan antrean, komputer dan pemindai, ruang laktasi, ' +
      'toilet ramah disabilitas, jalur kursi roda, akses internet untuk permohonan daring.',
    competence:
      'Memahami peraturan di bidang layanan; mampu mengoperasikan aplikasi layanan; berkomunikasi dengan santun; ' +
      'telah mengikuti pelatihan pelayanan prima.',
    oversight: `Pengawasan melekat oleh atasan langsung dan kepala ${name}; pengawasan fungsional oleh Inspektorat; pengawasan masyarakat melalui kanal pengaduan.`,
    officers,
    guarantee:
      'Pelayanan diberikan sesuai standar ini; bila jangka waktu terlampaui tanpa alasan yang sah, pemohon dapat ' +
      'mengadu dan permohonannya didahulukan.',
    safety:
      'Data pribadi pemohon dijaga kerahasiaannya dan hanya dipakai untuk layanan ini; berkas disimpan dalam ' +
      'sistem dengan akses terbatas; produk layanan dilengkapi kode verifikasi.',
    evaluation:
      'Survei kepuasan masyarakat setiap semester dan evaluasi standar pelayanan paling sedikit sekali setahun.',
  };
}

/** A demo service's standard with its unit's internal elements, from `effectiveFrom`. */
const standardOf = (
  demo: DemoCatalogService,
  effectiveFrom: string,
  other: Partial<StandardInput> = {},
): StandardInput => ({
  ...internalElements(demo.unit),
  ...demo.standard,
  ...other,
  effectiveFrom,
});

/** When the older version of a service with history took effect (a version published before Lentera). */
const HISTORY_DATE = '2025-01-02';

type UnitIds = Map<DemoUnit, string>;

/**
 * The units the demo services belong to, by the people seed's codes; a city lacking one falls back on the
 * Disdukcapil, then on any open unit. Empty when the city has no unit yet (the people seed has not run).
 */
async function demoUnits(ctx: Ctx): Promise<UnitIds> {
  const units = (await peopleService.units(ctx)).filter((u) => !u.closed);
  const byCode = new Map(units.map((u) => [u.code, u.id]));
  const fallback = byCode.get('DISDUKCAPIL') ?? units[0]?.id;
  const ids: UnitIds = new Map();
  if (!fallback) return ids;
  for (const code of ['DISDUKCAPIL', 'DPMPTSP', 'DINKES', 'DINSOS'] as const)
    ids.set(code, byCode.get(code) ?? fallback);
  return ids;
}

/** Publishes a version through the real steps: saved, submitted, approved. */
async function publish(ctx: Ctx, standardId: string, demo: DemoCatalogService, effectiveFrom: string) {
  await editStandard(ctx, standardId, standardOf(demo, effectiveFrom));
  await submitStandard(ctx, standardId);
  await approveStandard(ctx, standardId);
}

async function seedService(ctx: Ctx, demo: DemoCatalogService, unitId: string, today: string): Promise<void> {
  const { id, standardId } = await createService(ctx, { ...demo.service, unitId });
  if (demo.story === 'flagged') {
    await editStandard(ctx, standardId, standardOf(demo, today));
    return;
  }
  if (demo.story === 'history') {
    // The older version, published before Lentera and imported as such: its date set after the real approval
    // (approval moves a past date to today).
    await editStandard(ctx, standardId, standardOf(demo, today, demo.other));
    await submitStandard(ctx, standardId);
    await approveStandard(ctx, standardId);
    const tenantId = ctx.tenant?.id as string;
    await catalogRepo.updateStandard(ctx.db, tenantId, standardId, {
      effective_from: HISTORY_DATE,
      submitted_at: `${HISTORY_DATE}T01:00:00.000Z`,
      decided_at: `${HISTORY_DATE}T03:00:00.000Z`,
      created_at: `${HISTORY_DATE}T00:00:00.000Z`,
      updated_at: `${HISTORY_DATE}T03:00:00.000Z`,
    });
    const next = await draftNewVersion(ctx, id);
    await publish(ctx, next.id, demo, today);
    return;
  }
  await publish(ctx, standardId, demo, today);
  if (demo.story === 'pending') {
    const next = await draftNewVersion(ctx, id);
    await editStandard(ctx, next.id, standardOf(demo, today, demo.other));
    await submitStandard(ctx, next.id);
  }
}

/**
 * A city's public services catalog, through the module's real use cases: about ten services of the Disdukcapil
 * (free by law), the DPMPTSP, the Dinas Kesehatan and the Dinas Sosial with complete standards and request forms,
 * published; one with an older version (history), one with a newer version awaiting approval, one new service
 * whose draft still misses published elements (flagged on the admins' list). Services already present (by name)
 * are left alone: a second run adds nothing. Also the module's demo accounts.
 */
export async function seedServicesCatalog(services: Services, options: { tenantSlug: string }): Promise<void> {
  const tenant = await findTenantBySlug(services.db, options.tenantSlug);
  if (!tenant) return;
  const base = makeCtx(services, { tenant });
  const units = await demoUnits(base);
  const disdukcapil = units.get('DISDUKCAPIL') ?? null;
  const city = tenant.name.replace(/^Pemerintah /, '');
  const [adminLogin, dukcapilLogin, perizinanLogin] = servicesDemoLogins(tenant.slug);
  const adminId = await ensureDemoAccount(
    services,
    tenant.id,
    adminLogin!,
    `Admin Layanan Disdukcapil ${city}`,
    disdukcapil,
  );
  await ensureDemoAccount(services, tenant.id, dukcapilLogin!, `Petugas Layanan Disdukcapil ${city}`, disdukcapil);
  await ensureDemoAccount(
    services,
    tenant.id,
    perizinanLogin!,
    `Petugas Layanan DPMPTSP ${city}`,
    units.get('DPMPTSP') ?? null,
  );
  if (units.size === 0) return;

  const actor: Actor = {
    accountId: adminId,
    name: 'Penyiapan data demo',
    isSystemAdmin: false,
    grants: [{ role: 'tenant_admin', unitId: null }],
  };
  const ctx = makeCtx(services, { tenant, actor });
  const today = localDate(services.clock.now(), tenant.timeZone);
  const existing = new Set((await catalogRepo.services(services.db, tenant.id)).map((s) => s.name));
  for (const demo of DEMO_CATALOG) {
    if (existing.has(demo.service.name)) continue;
    // The texts are checked like an admin's input before anything is written.
    standardInputSchema.parse(standardOf(demo, today));
    await seedService(ctx, demo, units.get(demo.unit) as string, today);
  }
}
