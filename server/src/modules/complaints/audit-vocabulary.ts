import type { AuditVocabulary } from '../../platform/audit/catalog';
import type { Ctx } from '../../platform/context';

const tenantIdOf = (ctx: Ctx) => ctx.tenant?.id ?? '';

/** The complaints module's audit actions, and complaints named by their code (never by the reporter). */
export const complaintsAuditVocabulary: AuditVocabulary = {
  actions: {
    'complaint.received': { id: 'Pengaduan diterima', en: 'Complaint received' },
    'complaint.verified': { id: 'Pengaduan diverifikasi dan diteruskan', en: 'Complaint verified and routed' },
    'complaint.postponed': {
      id: 'Pengaduan ditunda: keterangan diminta',
      en: 'Complaint postponed: information asked',
    },
    'complaint.info_added': { id: 'Pelapor menambahkan keterangan', en: 'Complainant added information' },
    'complaint.referred': { id: 'Pengaduan dirujuk ke instansi lain', en: 'Complaint referred to another authority' },
    'complaint.archived': { id: 'Pengaduan diarsipkan', en: 'Complaint archived' },
    'complaint.merged': { id: 'Pengaduan digabung', en: 'Complaint merged' },
    'complaint.assigned': { id: 'Petugas pengaduan ditugaskan', en: 'Complaint officer assigned' },
    'complaint.note_added': { id: 'Catatan internal ditambahkan', en: 'Internal note added' },
    'complaint.employee_linked': { id: 'Pegawai terkait dicatat', en: 'Employee concerned recorded' },
    'complaint.answered': { id: 'Pengaduan dijawab', en: 'Complaint answered' },
    'complaint.integrity_referred': { id: 'Dirujuk ke unit integritas', en: 'Referred to the integrity unit' },
    'complaint.rated': { id: 'Pelapor menilai jawaban', en: 'Complainant rated the answer' },
    'complaint.reopened': { id: 'Pengaduan dibuka kembali', en: 'Complaint reopened' },
    'complaint.closed': { id: 'Pengaduan selesai', en: 'Complaint closed' },
    'complaint.escalated': { id: 'Pengaduan dieskalasi', en: 'Complaint escalated' },
    'complaint.reminded': { id: 'Pengingat tenggat dikirim', en: 'Deadline reminder sent' },
    'complaint.supported': { id: 'Warga ikut mengalami ("saya juga")', en: 'Citizen added "me too"' },
    'complaint.category_created': { id: 'Kategori pengaduan ditambahkan', en: 'Complaint category added' },
    'complaint.category_updated': { id: 'Kategori pengaduan diubah', en: 'Complaint category changed' },
    'complaint.settings_changed': { id: 'Pengaturan pengaduan diubah', en: 'Complaint settings changed' },
    'complaint.open311_key_created': { id: 'Kunci API Open311 dibuat', en: 'Open311 API key created' },
    'complaint.open311_key_revoked': { id: 'Kunci API Open311 dicabut', en: 'Open311 API key revoked' },
    'complaint.telegram_configured': { id: 'Bot Telegram diatur', en: 'Telegram bot configured' },
    'complaint.telegram_removed': { id: 'Bot Telegram dilepas', en: 'Telegram bot removed' },
    'complaint.telegram_webhook_set': { id: 'Webhook Telegram dipasang', en: 'Telegram webhook set' },
  },
  entities: {
    complaint: {
      label: { id: 'Pengaduan', en: 'Complaint' },
      async describe(ctx, ids) {
        const rows = await ctx.db
          .selectFrom('complaints_reports')
          .select(['id', 'code'])
          .where('tenant_id', '=', tenantIdOf(ctx))
          .where('id', 'in', [...ids])
          .execute();
        return new Map(rows.map((r) => [r.id, r.code]));
      },
    },
    complaint_category: {
      label: { id: 'Kategori pengaduan', en: 'Complaint category' },
      async describe(ctx, ids) {
        const rows = await ctx.db
          .selectFrom('complaints_categories')
          .select(['id', 'name', 'name_en'])
          .where('tenant_id', '=', tenantIdOf(ctx))
          .where('id', 'in', [...ids])
          .execute();
        return new Map(rows.map((r) => [r.id, { id: r.name, en: r.name_en || r.name }]));
      },
    },
    complaint_settings: { label: { id: 'Pengaturan pengaduan', en: 'Complaint settings' } },
    open311_key: {
      label: { id: 'Kunci API Open311', en: 'Open311 API key' },
      async describe(ctx, ids) {
        const rows = await ctx.db
          .selectFrom('complaints_open311_keys')
          .select(['id', 'name', 'prefix'])
          .where('tenant_id', '=', tenantIdOf(ctx))
          .where('id', 'in', [...ids])
          .execute();
        return new Map(rows.map((r) => [r.id, `${r.name} (${r.prefix}…)`]));
      },
    },
    telegram_config: { label: { id: 'Bot Telegram', en: 'Telegram bot' } },
  },
};
