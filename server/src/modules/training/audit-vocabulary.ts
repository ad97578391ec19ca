import type { AuditVocabulary } from '../../platform/audit/catalog';
import type { Ctx } from '../../platform/context';

const tenantIdOf = (ctx: Ctx) => ctx.tenant?.id ?? '';

/** The training module's audit actions and how its records are named in the audit log. */
export const trainingAuditVocabulary: AuditVocabulary = {
  actions: {
    'training.settings_changed': { id: 'Pengaturan pelatihan diubah', en: 'Training settings changed' },
    'training.programme_created': { id: 'Program pelatihan dibuat', en: 'Training programme created' },
    'training.programme_updated': { id: 'Program pelatihan diubah', en: 'Training programme changed' },
    'training.event_created': { id: 'Kegiatan pelatihan dijadwalkan', en: 'Training event scheduled' },
    'training.event_updated': { id: 'Kegiatan pelatihan diubah', en: 'Training event changed' },
    'training.event_cancelled': { id: 'Kegiatan pelatihan dibatalkan', en: 'Training event cancelled' },
    'training.event_completed': { id: 'Kegiatan pelatihan ditutup', en: 'Training event closed' },
    'training.registered': { id: 'Pendaftaran pelatihan', en: 'Registered for training' },
    'training.registration_approved': {
      id: 'Pendaftaran disetujui atasan',
      en: 'Registration approved by the superior',
    },
    'training.registration_declined': { id: 'Pendaftaran ditolak atasan', en: 'Registration declined by the superior' },
    'training.registration_cancelled': { id: 'Pendaftaran dibatalkan', en: 'Registration cancelled' },
    'training.approval_expired': {
      id: 'Pendaftaran gugur: batas persetujuan lewat',
      en: 'Registration lapsed: approval deadline passed',
    },
    'training.waitlist_moved_up': { id: 'Naik dari daftar tunggu', en: 'Moved up from the waiting list' },
    'training.assigned': { id: 'Pegawai ditugaskan mengikuti pelatihan', en: 'Employee assigned to training' },
    'training.checked_in': { id: 'Kehadiran dicatat (QR)', en: 'Attendance checked in (QR)' },
    'training.attendance_recorded': { id: 'Daftar hadir dicatat', en: 'Attendance list recorded' },
    'training.scores_recorded': { id: 'Nilai tes dicatat', en: 'Test scores recorded' },
    'training.certificate_issued': { id: 'Sertifikat diterbitkan', en: 'Certificate issued' },
    'training.certificate_revoked': { id: 'Sertifikat dicabut', en: 'Certificate revoked' },
    'training.feedback_given': { id: 'Penilaian pelatihan diberikan', en: 'Training feedback given' },
    'training.external_reported': { id: 'Pelatihan luar dilaporkan', en: 'External training reported' },
    'training.external_verified': { id: 'Pelatihan luar diverifikasi', en: 'External training verified' },
    'training.external_refused': { id: 'Pelatihan luar ditolak', en: 'External training refused' },
    'training.needs_drawn': { id: 'Kebutuhan pelatihan dihimpun', en: 'Training needs drawn' },
    'training.need_added': { id: 'Kebutuhan pelatihan ditambahkan', en: 'Training need added' },
    'training.need_updated': { id: 'Kebutuhan pelatihan diubah', en: 'Training need changed' },
    'training.plan_item_added': { id: 'Rencana pelatihan ditambahkan', en: 'Training plan item added' },
    'training.plan_item_updated': { id: 'Rencana pelatihan diubah', en: 'Training plan item changed' },
    'training.demo_seeded': { id: 'Data contoh pelatihan dibuat', en: 'Demo training data created' },
  },
  entities: {
    training_settings: { label: { id: 'Pengaturan pelatihan', en: 'Training settings' } },
    training_programme: {
      label: { id: 'Program pelatihan', en: 'Training programme' },
      async describe(ctx, ids) {
        const rows = await ctx.db
          .selectFrom('training_programmes')
          .select(['id', 'code', 'title'])
          .where('tenant_id', '=', tenantIdOf(ctx))
          .where('id', 'in', [...ids])
          .execute();
        return new Map(rows.map((r) => [r.id, `${r.code} · ${r.title}`]));
      },
    },
    training_event: {
      label: { id: 'Kegiatan pelatihan', en: 'Training event' },
      async describe(ctx, ids) {
        const rows = await ctx.db
          .selectFrom('training_events as e')
          .innerJoin('training_programmes as p', 'p.id', 'e.programme_id')
          .select(['e.id', 'p.title', 'e.starts_on'])
          .where('e.tenant_id', '=', tenantIdOf(ctx))
          .where('e.id', 'in', [...ids])
          .execute();
        return new Map(rows.map((r) => [r.id, `${r.title} · ${r.starts_on}`]));
      },
    },
    training_registration: { label: { id: 'Pendaftaran pelatihan', en: 'Training registration' } },
    training_certificate: {
      label: { id: 'Sertifikat pelatihan', en: 'Training certificate' },
      async describe(ctx, ids) {
        const rows = await ctx.db
          .selectFrom('training_certificates')
          .select(['id', 'code', 'programme_title'])
          .where('tenant_id', '=', tenantIdOf(ctx))
          .where('id', 'in', [...ids])
          .execute();
        return new Map(rows.map((r) => [r.id, `${r.code} · ${r.programme_title}`]));
      },
    },
    training_external: { label: { id: 'Pelatihan luar', en: 'External training' } },
    training_need: { label: { id: 'Kebutuhan pelatihan', en: 'Training need' } },
    training_plan_item: { label: { id: 'Rencana pelatihan', en: 'Training plan item' } },
  },
};
