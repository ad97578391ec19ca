/**
 * Factories for the services module's tests (and other modules' tests that need a service): services and their
 * standards made through the module's real use cases, so that every record is one the application could have made.
 */
import { localDate, type PublicServiceInput, type StandardInput } from '@lentera/common';
import { type Actor, makeCtx, type Services } from '../../../platform/context';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildAccount, type TestAccount } from '../../../test/factories';
import { buildUnit } from '../../people/test/factories';
import { catalogRepo } from '../repository/catalog';
import type { ServiceRow, StandardRow } from '../repository/tables';
import { approveStandard, submitStandard } from '../use-cases/decide-standard';
import { editStandard } from '../use-cases/edit-standard';
import { createService } from '../use-cases/manage-services';

/** Who the factories act as: a tenant admin (manages every unit's services and approves standards). */
export const servicesAdmin: Actor = {
  accountId: 'services-factory',
  name: 'Admin Layanan Uji',
  isSystemAdmin: false,
  grants: [{ role: 'tenant_admin', unitId: null }],
};

let sequence = 0;

/** A complete standard (every published and internal element), with a form of a name, a NIK and an ID card. */
export function completeStandard(effectiveFrom: string, over: Partial<StandardInput> = {}): StandardInput {
  return {
    effectiveFrom,
    requirements: '1. KTP-el asli\n2. Kartu Keluarga',
    procedure: '1. Pemohon mengisi formulir daring\n2. Petugas memverifikasi berkas\n3. Dokumen diterbitkan',
    durationDays: 5,
    fee: 0,
    feeBasis: 'Tidak dipungut biaya',
    product: 'Surat keterangan',
    complaintHandling: 'Pengaduan melalui kanal pengaduan Lentera atau loket pengaduan',
    legalBasis: 'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik',
    facilities: 'Ruang tunggu, loket, komputer',
    competence: 'Memahami peraturan pelayanan',
    oversight: 'Pengawasan oleh kepala unit',
    officers: '2 orang',
    guarantee: 'Pelayanan sesuai standar',
    safety: 'Data pemohon dijaga kerahasiaannya',
    evaluation: 'Survei kepuasan masyarakat setiap semester',
    form: [
      { key: 'nama', label: 'Nama lengkap', labelEn: 'Full name', type: 'text', required: true },
      { key: 'nik', label: 'NIK', labelEn: 'NIK', type: 'nik', required: true },
      {
        key: 'ktp',
        label: 'Pindaian KTP-el',
        labelEn: 'ID card scan',
        type: 'document',
        required: true,
        documentTypes: ['application/pdf', 'image/jpeg', 'image/png'],
        maxBytes: 2 * 1024 * 1024,
      },
    ],
    outputKind: 'letter',
    letterTemplate:
      'SURAT KETERANGAN\nNomor: {{code}}\n\nDengan ini menerangkan bahwa {{nama}} telah mengajukan permohonan.',
    ...over,
  };
}

export interface PublishedService {
  service: ServiceRow;
  standard: StandardRow;
  unitId: string;
}

/**
 * A service of a unit (a new unit unless one is given) whose standard (version 1) is complete, approved and in
 * force from today (or `effectiveFrom`): the form has `nama` (text), `nik` (NIK) and `ktp` (a required document,
 * PDF/JPEG/PNG up to 2 MB); 5 working days, fee Rp0 unless `standard` says otherwise, a letter using {{nama}} and
 * {{code}}.
 */
export async function buildPublishedService(
  services: Services,
  tenant: TenantRecord,
  options: {
    unitId?: string;
    service?: Partial<PublicServiceInput>;
    standard?: Partial<StandardInput>;
  } = {},
): Promise<PublishedService> {
  sequence += 1;
  const ctx = makeCtx(services, { tenant, actor: servicesAdmin });
  const unitId = options.unitId ?? (await buildUnit(services, tenant)).id;
  const { id, standardId } = await createService(ctx, {
    unitId,
    name: `Layanan Uji ${sequence}`,
    nameEn: `Test service ${sequence}`,
    summary: 'Layanan untuk pengujian',
    ...options.service,
  });
  const today = localDate(services.clock.now(), tenant.timeZone);
  await editStandard(ctx, standardId, completeStandard(today, options.standard));
  await submitStandard(ctx, standardId);
  await approveStandard(ctx, standardId);
  const [service, standard] = await Promise.all([
    catalogRepo.service(services.db, tenant.id, id),
    catalogRepo.standard(services.db, tenant.id, standardId),
  ]);
  if (!service || !standard) throw new Error('the published service was not stored');
  return { service, standard, unitId };
}

/** An account with one role of the services module (scoped to `unitId` when given), and its actor for use cases. */
export async function buildServiceAccount(
  services: Services,
  tenant: TenantRecord,
  role: 'unit_admin' | 'service_officer' | 'hr_admin' | 'tenant_admin' | 'citizen' | 'employee' | string,
  unitId: string | null = null,
): Promise<TestAccount & { actor: Actor }> {
  const account = await buildAccount(services, { roles: [{ tenant, role, unitId }] });
  return {
    ...account,
    actor: { accountId: account.id, name: `Akun ${role}`, isSystemAdmin: false, grants: [{ role, unitId }] },
  };
}

/**
 * The record fixture the catalog's admin routes name in `config.recordFixture` (`servicesService`), for the
 * generated security tests: a published service of the tenant, with bodies that pass validation.
 */
export const servicesCatalogRecordFixtures = {
  servicesService: async (services: Services, tenant: TenantRecord) => {
    const { service } = await buildPublishedService(services, tenant);
    return {
      id: service.id,
      snapshot: () =>
        services.db.selectFrom('services_services').selectAll().where('id', '=', service.id).executeTakeFirst(),
      bodyFor: (route: { method: string; url: string }) =>
        route.method === 'PUT' ? { unitId: service.unit_id, name: 'Layanan Lain' } : {},
    };
  },
};
