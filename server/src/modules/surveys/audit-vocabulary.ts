import type { AuditVocabulary } from '../../platform/audit/catalog';
import type { Ctx } from '../../platform/context';

const tenantIdOf = (ctx: Ctx) => ctx.tenant?.id ?? '';

/**
 * The surveys module's audit actions. Anonymous responses (visit link, kiosk, open link) are not audited: an entry
 * would carry a time and tie the response to the visit; staff entries of paper forms are.
 */
export const surveysAuditVocabulary: AuditVocabulary = {
  actions: {
    'surveys.paper_entered': { id: 'Formulir SKM kertas dimasukkan', en: 'Paper SKM form entered' },
    'surveys.kiosk_started': { id: 'Survei kios dimulai untuk kunjungan', en: 'Kiosk survey started for a visit' },
    'surveys.report_published': { id: 'Laporan SKM diterbitkan', en: 'SKM report published' },
    'surveys.plan_action_added': { id: 'Rencana tindak lanjut ditambahkan', en: 'Improvement action added' },
    'surveys.plan_action_updated': { id: 'Rencana tindak lanjut diubah', en: 'Improvement action changed' },
    'surveys.plan_action_removed': { id: 'Rencana tindak lanjut dihapus', en: 'Improvement action removed' },
    'surveys.visits_entered': { id: 'Jumlah kunjungan periode dicatat', en: 'Visits of a period entered' },
    'surveys.questions_changed': { id: 'Pertanyaan tambahan survei diubah', en: 'Extra survey questions changed' },
    'surveys.question_added': { id: 'Pertanyaan tambahan survei ditambahkan', en: 'Extra survey question added' },
    'surveys.question_changed': { id: 'Pertanyaan tambahan survei diubah', en: 'Extra survey question changed' },
    'surveys.question_deactivated': {
      id: 'Pertanyaan tambahan survei dinonaktifkan',
      en: 'Extra survey question deactivated',
    },
    'surveys.question_reactivated': {
      id: 'Pertanyaan tambahan survei diaktifkan lagi',
      en: 'Extra survey question active again',
    },
  },
  entities: {
    surveys_report: {
      label: { id: 'Laporan SKM', en: 'SKM report' },
      async describe(ctx, ids) {
        const rows = await ctx.db
          .selectFrom('surveys_reports')
          .select(['id', 'period'])
          .where('tenant_id', '=', tenantIdOf(ctx))
          .where('id', 'in', [...ids])
          .execute();
        return new Map(rows.map((r) => [r.id, `SKM ${r.period}`]));
      },
    },
    surveys_plan_action: {
      label: { id: 'Rencana tindak lanjut', en: 'Improvement action' },
      async describe(ctx, ids) {
        const rows = await ctx.db
          .selectFrom('surveys_plan_actions')
          .select(['id', 'element', 'period'])
          .where('tenant_id', '=', tenantIdOf(ctx))
          .where('id', 'in', [...ids])
          .execute();
        return new Map(rows.map((r) => [r.id, `${r.element} · ${r.period}`]));
      },
    },
    surveys_response: { label: { id: 'Tanggapan SKM', en: 'SKM response' } },
    surveys_unit_period: { label: { id: 'Periode SKM unit', en: "Unit's SKM period" } },
    surveys_questions: { label: { id: 'Pertanyaan tambahan', en: 'Extra questions' } },
    surveys_question: {
      label: { id: 'Pertanyaan tambahan', en: 'Extra question' },
      async describe(ctx, ids) {
        const rows = await ctx.db
          .selectFrom('surveys_questions')
          .select(['id', 'text_id'])
          .where('tenant_id', '=', tenantIdOf(ctx))
          .where('id', 'in', [...ids])
          .execute();
        return new Map(rows.map((r) => [r.id, r.text_id]));
      },
    },
  },
};
