import { formatNip } from '@lentera/common';
import type { AuditVocabulary } from '../../platform/audit/catalog';
import type { Ctx } from '../../platform/context';

const tenantIdOf = (ctx: Ctx) => ctx.tenant?.id ?? '';

async function employeeNames(ctx: Ctx, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await ctx.db
    .selectFrom('people_employees')
    .select(['id', 'name', 'nip'])
    .where('tenant_id', '=', tenantIdOf(ctx))
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, `${r.name} · NIP ${formatNip(r.nip)}`]));
}

/** The people module's audit actions; employees are named by name and NIP, units and positions by name. */
export const peopleAuditVocabulary: AuditVocabulary = {
  actions: {
    'people.employee_registered': { id: 'Pegawai didaftarkan', en: 'Employee registered' },
    'people.employee_updated': { id: 'Data pegawai diubah', en: 'Employee details changed' },
    'people.career_recorded': { id: 'Riwayat karier dicatat', en: 'Career change recorded' },
    'people.correction_requested': { id: 'Perbaikan data diajukan', en: 'Data correction requested' },
    'people.correction_approved': { id: 'Perbaikan data disetujui', en: 'Data correction approved' },
    'people.correction_rejected': { id: 'Perbaikan data ditolak', en: 'Data correction rejected' },
    'people.import_applied': { id: 'Impor data pegawai diterapkan', en: 'Employee import applied' },
    'people.position_created': { id: 'Jabatan ditambahkan', en: 'Position added' },
    'people.position_updated': { id: 'Jabatan diubah', en: 'Position changed' },
    'people.unit_created': { id: 'Unit kerja ditambahkan', en: 'Unit added' },
    'people.unit_renamed': { id: 'Unit kerja diganti namanya', en: 'Unit renamed' },
    'people.unit_moved': { id: 'Unit kerja dipindahkan', en: 'Unit moved' },
    'people.unit_closed': { id: 'Unit kerja ditutup', en: 'Unit closed' },
    'people.demo_seeded': { id: 'Data contoh kepegawaian dibuat', en: 'Demo staff data created' },
    'people.demo_scaled': { id: 'Data contoh kepegawaian diperbesar', en: 'Demo staff data enlarged' },
  },
  entities: {
    employee: { label: { id: 'Pegawai', en: 'Employee' }, describe: employeeNames },
    correction: {
      label: { id: 'Permintaan perbaikan data', en: 'Data correction request' },
      async describe(ctx, ids) {
        const rows = await ctx.db
          .selectFrom('people_corrections')
          .select(['id', 'employee_id'])
          .where('tenant_id', '=', tenantIdOf(ctx))
          .where('id', 'in', [...ids])
          .execute();
        const names = await employeeNames(ctx, [...new Set(rows.map((r) => r.employee_id))]);
        return new Map(
          rows.flatMap((r): Array<[string, string]> => {
            const name = names.get(r.employee_id);
            return name ? [[r.id, name]] : [];
          }),
        );
      },
    },
    import: {
      label: { id: 'Impor data pegawai', en: 'Employee import' },
      async describe(ctx, ids) {
        const rows = await ctx.db
          .selectFrom('people_imports')
          .select(['id', 'file_name'])
          .where('tenant_id', '=', tenantIdOf(ctx))
          .where('id', 'in', [...ids])
          .execute();
        return new Map(rows.map((r) => [r.id, r.file_name]));
      },
    },
    position: {
      label: { id: 'Jabatan', en: 'Position' },
      async describe(ctx, ids) {
        const rows = await ctx.db
          .selectFrom('people_positions')
          .innerJoin('people_units', 'people_units.id', 'people_positions.unit_id')
          .select(['people_positions.id', 'people_positions.name', 'people_units.name as unit'])
          .where('people_positions.tenant_id', '=', tenantIdOf(ctx))
          .where('people_positions.id', 'in', [...ids])
          .execute();
        return new Map(rows.map((r) => [r.id, `${r.name} · ${r.unit}`]));
      },
    },
    unit: {
      label: { id: 'Unit kerja', en: 'Unit' },
      async describe(ctx, ids) {
        const rows = await ctx.db
          .selectFrom('people_units')
          .select(['id', 'name'])
          .where('tenant_id', '=', tenantIdOf(ctx))
          .where('id', 'in', [...ids])
          .execute();
        return new Map(rows.map((r) => [r.id, r.name]));
      },
    },
  },
};
