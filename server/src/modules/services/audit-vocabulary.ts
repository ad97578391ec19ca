import type { AuditVocabulary } from '../../platform/audit/catalog';
import type { Ctx } from '../../platform/context';

const tenantIdOf = (ctx: Ctx) => ctx.tenant?.id ?? '';

/** The services module's audit actions; requests named by their code, services by their name. */
export const servicesAuditVocabulary: AuditVocabulary = {
  actions: {
    'services.service_created': { id: 'Layanan ditambahkan', en: 'Service added' },
    'services.service_updated': { id: 'Layanan diubah', en: 'Service changed' },
    'services.standard_drafted': { id: 'Rancangan standar pelayanan disimpan', en: 'Service standard draft saved' },
    'services.standard_submitted': { id: 'Standar pelayanan diajukan', en: 'Service standard submitted' },
    'services.standard_published': {
      id: 'Standar pelayanan disetujui dan terbit',
      en: 'Service standard approved and published',
    },
    'services.standard_returned': { id: 'Standar pelayanan dikembalikan', en: 'Service standard sent back' },
    'services.request_submitted': { id: 'Permohonan layanan diajukan', en: 'Service request submitted' },
    'services.request_confirmed': { id: 'E-mail pemohon dikonfirmasi', en: "Applicant's e-mail confirmed" },
    'services.request_incomplete': { id: 'Berkas permohonan belum lengkap', en: 'Request documents incomplete' },
    'services.request_completed_documents': {
      id: 'Pemohon melengkapi berkas',
      en: 'Applicant completed the documents',
    },
    'services.request_processing': { id: 'Permohonan diproses', en: 'Request in process' },
    'services.request_approved': { id: 'Permohonan disetujui', en: 'Request approved' },
    'services.request_refused': { id: 'Permohonan ditolak', en: 'Request refused' },
    'services.request_paid': { id: 'Pembayaran retribusi dicatat', en: 'Fee payment recorded' },
    'services.request_output': { id: 'Produk layanan diserahkan', en: 'Service output delivered' },
    'services.request_done': { id: 'Permohonan selesai', en: 'Request completed' },
    'services.request_reminded': { id: 'Pengingat batas waktu dikirim', en: 'Due-time reminder sent' },
    'services.request_escalated': { id: 'Permohonan lewat batas waktu dieskalasi', en: 'Overdue request escalated' },
  },
  entities: {
    services_service: {
      label: { id: 'Layanan', en: 'Service' },
      async describe(ctx, ids) {
        const rows = await ctx.db
          .selectFrom('services_services')
          .select(['id', 'name'])
          .where('tenant_id', '=', tenantIdOf(ctx))
          .where('id', 'in', [...ids])
          .execute();
        return new Map(rows.map((r) => [r.id, r.name]));
      },
    },
    services_standard: {
      label: { id: 'Standar pelayanan', en: 'Service standard' },
      async describe(ctx, ids) {
        const rows = await ctx.db
          .selectFrom('services_standards')
          .innerJoin('services_services', 'services_services.id', 'services_standards.service_id')
          .select(['services_standards.id', 'services_services.name', 'services_standards.version'])
          .where('services_standards.tenant_id', '=', tenantIdOf(ctx))
          .where('services_standards.id', 'in', [...ids])
          .execute();
        return new Map(
          rows.map((r) => [r.id, { id: `${r.name} · versi ${r.version}`, en: `${r.name} · version ${r.version}` }]),
        );
      },
    },
    services_request: {
      label: { id: 'Permohonan layanan', en: 'Service request' },
      async describe(ctx, ids) {
        const rows = await ctx.db
          .selectFrom('services_requests')
          .select(['id', 'code'])
          .where('tenant_id', '=', tenantIdOf(ctx))
          .where('id', 'in', [...ids])
          .execute();
        return new Map(rows.flatMap((r) => (r.code ? [[r.id, r.code] as [string, string]] : [])));
      },
    },
  },
};
