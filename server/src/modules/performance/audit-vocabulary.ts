import type { AuditVocabulary, Label } from '../../platform/audit/catalog';
import type { Ctx } from '../../platform/context';
import { peopleService } from '../people/index';

const tenantIdOf = (ctx: Ctx) => ctx.tenant?.id ?? '';

/** Employees' names through the people module's door, once per person. */
async function namesOf(ctx: Ctx, employeeIds: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const id of new Set(employeeIds)) {
    const person = await peopleService.employee(ctx, id);
    if (person) names.set(id, person.displayName);
  }
  return names;
}

/** "SKP 2026 · Budi Santoso", for records of one employee and year (plans, annual ratings, coaching). */
async function describeByEmployeeAndYear(
  ctx: Ctx,
  table: 'performance_plans' | 'performance_annuals' | 'performance_coaching',
  ids: readonly string[],
): Promise<Map<string, string>> {
  const rows = await ctx.db
    .selectFrom(table)
    .select(['id', 'employee_id', 'year'])
    .where('tenant_id', '=', tenantIdOf(ctx))
    .where('id', 'in', [...ids])
    .execute();
  const names = await namesOf(
    ctx,
    rows.map((r) => r.employee_id),
  );
  return new Map(rows.map((r) => [r.id, [`SKP ${r.year}`, names.get(r.employee_id)].filter(Boolean).join(' · ')]));
}

/** The performance (SKP) module's audit actions; plans, reports and results named by year and employee. */
export const performanceAuditVocabulary: AuditVocabulary = {
  actions: {
    'performance.settings_updated': { id: 'Pengaturan SKP diubah', en: 'SKP settings changed' },
    'performance.year_opened': { id: 'Tahun penilaian dibuka', en: 'Appraisal year opened' },
    'performance.year_closed': { id: 'Tahun penilaian ditutup', en: 'Appraisal year closed' },
    'performance.year_reopened': { id: 'Tahun penilaian dibuka kembali', en: 'Appraisal year reopened' },
    'performance.plan_created': { id: 'Rencana SKP dibuat', en: 'SKP plan created' },
    'performance.plan_edited': { id: 'Rencana SKP diubah', en: 'SKP plan edited' },
    'performance.plan_submitted': { id: 'Rencana SKP diajukan', en: 'SKP plan submitted' },
    'performance.plan_approved': { id: 'Rencana SKP disetujui', en: 'SKP plan approved' },
    'performance.plan_returned': { id: 'Rencana SKP dikembalikan', en: 'SKP plan returned' },
    'performance.report_created': { id: 'Laporan kinerja dibuat', en: 'Performance report created' },
    'performance.report_submitted': { id: 'Laporan kinerja diajukan', en: 'Performance report submitted' },
    'performance.report_approved': { id: 'Laporan kinerja disetujui', en: 'Performance report approved' },
    'performance.report_returned': { id: 'Laporan kinerja dikembalikan', en: 'Performance report returned' },
    'performance.report_reopened': { id: 'Laporan kinerja dibuka kembali', en: 'Performance report reopened' },
    'performance.evidence_added': { id: 'Bukti dukung ditambahkan', en: 'Evidence added' },
    'performance.evidence_removed': { id: 'Bukti dukung dihapus', en: 'Evidence removed' },
    'performance.annual_rated': { id: 'Penilaian tahunan diberikan', en: 'Annual rating given' },
    'performance.annual_rerated': { id: 'Penilaian tahunan diubah', en: 'Annual rating changed' },
    'performance.annual_confirmed': { id: 'Penilaian tahunan dikukuhkan', en: 'Annual rating confirmed' },
    'performance.annual_acknowledged': { id: 'Pegawai menerima penilaian tahunan', en: 'Annual rating acknowledged' },
    'performance.annual_objected': { id: 'Keberatan atas penilaian diajukan', en: 'Objection to the rating filed' },
    'performance.objection_decided': { id: 'Keberatan diputuskan', en: 'Objection decided' },
    'performance.unit_predikat_set': { id: 'Predikat kinerja unit ditetapkan', en: 'Unit performance rating set' },
    'performance.coaching_updated': { id: 'Pembinaan kinerja diperbarui', en: 'Performance coaching updated' },
    'performance.coaching_closed': { id: 'Pembinaan kinerja selesai', en: 'Performance coaching closed' },
    'performance.referred_for_discipline': { id: 'Dirujuk untuk pemeriksaan disiplin', en: 'Referred for discipline' },
    'performance.acting_appointed': { id: 'Pejabat penilai pengganti ditunjuk', en: 'Acting appraiser appointed' },
    'performance.acting_removed': { id: 'Pejabat penilai pengganti dicabut', en: 'Acting appraiser removed' },
    'performance.demo_seeded': { id: 'Data contoh SKP dibuat', en: 'Demo SKP data created' },
  },
  entities: {
    performance_settings: { label: { id: 'Pengaturan SKP', en: 'SKP settings' } },
    performance_year: {
      label: { id: 'Tahun penilaian', en: 'Appraisal year' },
      async describe(ctx, ids) {
        const rows = await ctx.db
          .selectFrom('performance_years')
          .select(['id', 'year'])
          .where('tenant_id', '=', tenantIdOf(ctx))
          .where('id', 'in', [...ids])
          .execute();
        const found = new Map(rows.map((r) => [r.id, String(r.year)]));
        // The demo seed's entry names the year itself.
        for (const id of ids) if (/^\d{4}$/.test(id)) found.set(id, id);
        return found;
      },
    },
    performance_plan: {
      label: { id: 'Rencana SKP', en: 'SKP plan' },
      describe: (ctx, ids) => describeByEmployeeAndYear(ctx, 'performance_plans', ids),
    },
    performance_report: {
      label: { id: 'Laporan kinerja', en: 'Performance report' },
      async describe(ctx, ids) {
        const rows = await ctx.db
          .selectFrom('performance_reports')
          .select(['id', 'employee_id', 'period_start', 'period_end'])
          .where('tenant_id', '=', tenantIdOf(ctx))
          .where('id', 'in', [...ids])
          .execute();
        const names = await namesOf(
          ctx,
          rows.map((r) => r.employee_id),
        );
        return new Map(
          rows.map((r): [string, Label] => {
            const who = names.get(r.employee_id);
            const period = `${r.period_start} – ${r.period_end}`;
            return [
              r.id,
              {
                id: [who, `periode ${period}`].filter(Boolean).join(' · '),
                en: [who, `period ${period}`].filter(Boolean).join(' · '),
              },
            ];
          }),
        );
      },
    },
    performance_annual: {
      label: { id: 'Penilaian tahunan', en: 'Annual rating' },
      describe: (ctx, ids) => describeByEmployeeAndYear(ctx, 'performance_annuals', ids),
    },
    performance_coaching: {
      label: { id: 'Pembinaan kinerja', en: 'Performance coaching' },
      describe: (ctx, ids) => describeByEmployeeAndYear(ctx, 'performance_coaching', ids),
    },
    performance_acting: {
      label: { id: 'Pejabat penilai pengganti', en: 'Acting appraiser' },
      async describe(ctx, ids) {
        const rows = await ctx.db
          .selectFrom('performance_acting')
          .select(['id', 'acting_id', 'from_date', 'to_date'])
          .where('tenant_id', '=', tenantIdOf(ctx))
          .where('id', 'in', [...ids])
          .execute();
        const names = await namesOf(
          ctx,
          rows.map((r) => r.acting_id),
        );
        return new Map(
          rows.map((r) => [
            r.id,
            [names.get(r.acting_id), `${r.from_date} – ${r.to_date}`].filter(Boolean).join(' · '),
          ]),
        );
      },
    },
    performance_unit_predikat: {
      label: { id: 'Predikat kinerja unit', en: 'Unit performance rating' },
      async describe(ctx, ids) {
        const wanted = new Set(ids);
        const units = await peopleService.units(ctx);
        return new Map(units.filter((u) => wanted.has(u.id)).map((u) => [u.id, u.name]));
      },
    },
  },
};
