/**
 * The record fixtures the people routes name in `config.recordFixture`, for the generated security tests
 * (server/src/test/record-fixtures.ts spreads them into its table). Each makes a record in the given tenant,
 * and a body valid for every route that names it, so that only the record's tenant decides the answer.
 */
import { makeCtx, type Services } from '../../../platform/context';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import type { FixtureRecord } from '../../../test/record-fixtures';
import { requestCorrection } from '../use-cases/corrections';
import { dryRunImport } from '../use-cases/import-employees';
import { buildEmployee, buildPosition, buildUnit, hrAdminCtx } from './factories';

type PeopleFixture = (services: Services, tenant: TenantRecord) => Promise<FixtureRecord>;

function rowOf(
  services: Services,
  table: 'people_units' | 'people_positions' | 'people_employees' | 'people_corrections' | 'people_imports',
  id: string,
) {
  return () => services.db.selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst();
}

export const peopleRecordFixtures: Record<'unit' | 'position' | 'employee' | 'correction' | 'import', PeopleFixture> = {
  /** PATCH (rename), move (under a second root unit), close (it is empty), changes. */
  unit: async (services, tenant) => {
    const unit = await buildUnit(services, tenant);
    const newParent = await buildUnit(services, tenant);
    const today = services.clock.now().toISOString().slice(0, 10);
    return {
      id: unit.id,
      snapshot: rowOf(services, 'people_units', unit.id),
      bodyFor: (route) => {
        if (route.url.endsWith('/move')) return { parentId: newParent.id, effectiveOn: today };
        if (route.url.endsWith('/close')) return { closedOn: today };
        return { name: 'Unit Diubah' };
      },
    };
  },
  /** PATCH: a new quota. */
  position: async (services, tenant) => {
    const unit = await buildUnit(services, tenant);
    const position = await buildPosition(services, tenant, { unitId: unit.id });
    return {
      id: position.id,
      snapshot: rowOf(services, 'people_positions', position.id),
      bodyFor: () => ({ quota: 7 }),
    };
  },
  /** GET, PATCH (the version read), a career entry, the reporting line. */
  employee: async (services, tenant) => {
    const employee = await buildEmployee(services, tenant);
    return {
      id: employee.id,
      snapshot: rowOf(services, 'people_employees', employee.id),
      bodyFor: (route) =>
        route.url.endsWith('/career')
          ? { tmt: '2026-11-01', skNumber: 'SK/UJI/1', rank: 'III/b' }
          : { version: employee.version, phone: '0812 0000 1111' },
    };
  },
  /** A pending correction asked by an employee of the tenant. */
  correction: async (services, tenant) => {
    const employee = await buildEmployee(services, tenant, { login: true });
    const actor = {
      accountId: employee.account!.id,
      name: employee.name,
      isSystemAdmin: false,
      grants: [{ role: 'employee', unitId: employee.unit_id }],
    };
    const correction = await requestCorrection(makeCtx(services, { tenant, actor }), {
      changes: { phone: '0812 2222 3333' },
      reason: 'Nomor telepon baru',
    });
    return {
      id: correction.id,
      snapshot: rowOf(services, 'people_corrections', correction.id),
      bodyFor: () => ({ decision: 'rejected' }),
    };
  },
  /** A checked import (a file with the header row only), uploaded by an hr_admin of the tenant. */
  import: async (services, tenant) => {
    const report = await dryRunImport(
      hrAdminCtx(services, tenant),
      'kosong.csv',
      Buffer.from('nip,nama,jenis_kelamin,tanggal_lahir,status,golongan,kode_unit,jabatan,tmt_jabatan\n'),
    );
    return { id: report.id, snapshot: rowOf(services, 'people_imports', report.id) };
  },
};
