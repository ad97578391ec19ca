import { beforeAll, describe, expect, it } from 'vitest';
import type { TenantRecord } from '../../platform/tenancy/repository';
import { buildTenant } from '../../test/factories';
import { describeEachDialect } from '../../test/harness';
import type { HttpClient } from '../../test/http-client';
import { errorOf } from '../../test/requests';
import type { PositionsTable, UnitsTable } from './repository';
import { type BuiltEmployee, buildEmployee, buildPosition, buildUnit, makeNip } from './test/factories';
import { json, multipartFile, peopleApi, signIn, signInAs } from './test/http';

/**
 * Who may see and change which records. The organisation:
 *
 *   Setda ─┬─ Dinas (kadis) ─┬─ Bidang 1 (kabid1): staff1, staff1b
 *          │                 └─ Bidang 2 (kabid2)
 *          └─ Sibling dinas: outsider
 */
describeEachDialect('people: permissions', (env) => {
  let tenant: TenantRecord;
  let api: string;
  let setda: UnitsTable;
  let dinas: UnitsTable;
  let bidang1: UnitsTable;
  let sibling: UnitsTable;
  let siblingPost: PositionsTable;
  let dinasPost: PositionsTable;
  const e: Record<'kadis' | 'kabid1' | 'kabid2' | 'staff1' | 'staff1b' | 'outsider', BuiltEmployee> = {} as never;
  let hr: HttpClient;
  let unitAdmin: HttpClient;

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    api = peopleApi(tenant);
    setda = await buildUnit(env.services, tenant, { name: 'Sekretariat Daerah', type: 'sekretariat_daerah' });
    dinas = await buildUnit(env.services, tenant, { name: 'Dinas Sosial', parentId: setda.id });
    bidang1 = await buildUnit(env.services, tenant, {
      name: 'Bidang Rehabilitasi',
      parentId: dinas.id,
      type: 'bidang',
    });
    const bidang2 = await buildUnit(env.services, tenant, {
      name: 'Bidang Perlindungan',
      parentId: dinas.id,
      type: 'bidang',
    });
    sibling = await buildUnit(env.services, tenant, { name: 'Dinas Perhubungan', parentId: setda.id });
    siblingPost = await buildPosition(env.services, tenant, {
      unitId: sibling.id,
      name: 'Penguji Kendaraan',
      quota: 5,
    });
    dinasPost = await buildPosition(env.services, tenant, {
      unitId: dinas.id,
      name: 'Analis Sosial',
      kind: 'fungsional_keahlian',
      class: 8,
      quota: 5,
    });
    e.kadis = await buildEmployee(env.services, tenant, {
      unitId: dinas.id,
      isHead: true,
      name: 'Kepala Dinas Sosial',
      login: true,
    });
    e.kabid1 = await buildEmployee(env.services, tenant, {
      unitId: bidang1.id,
      isHead: true,
      name: 'Kabid Rehabilitasi',
      login: true,
    });
    e.kabid2 = await buildEmployee(env.services, tenant, {
      unitId: bidang2.id,
      isHead: true,
      name: 'Kabid Perlindungan',
      login: true,
    });
    e.staff1 = await buildEmployee(env.services, tenant, {
      unitId: bidang1.id,
      name: 'Staf Satu',
      email: 'staf1@uji.go.id',
      phone: '0812 1000 0001',
      address: 'Jl. Rahasia 1',
      login: true,
    });
    e.staff1b = await buildEmployee(env.services, tenant, { unitId: bidang1.id, name: 'Staf Dua', login: true });
    e.outsider = await buildEmployee(env.services, tenant, { positionId: siblingPost.id, name: 'Pegawai Sebelah' });
    hr = await signInAs(env, tenant, ['hr_admin']);
    unitAdmin = await signInAs(env, tenant, [{ role: 'unit_admin', unitId: dinas.id }], { name: 'Admin Dinas Sosial' });
  });

  const listIds = async (client: HttpClient, query = '') =>
    json<{ items: Array<{ id: string }> }>(await client.get(`${api}/employees?pageSize=100${query}`))
      .items.map((x) => x.id)
      .sort();
  const ids = (...keys: Array<keyof typeof e>) => keys.map((k) => e[k].id).sort();

  describe('hr_admin', () => {
    it('sees and manages every employee and unit of the tenant', async () => {
      expect(await listIds(hr)).toEqual(ids('kadis', 'kabid1', 'kabid2', 'staff1', 'staff1b', 'outsider'));
      json(await hr.get(`${api}/employees/${e.outsider.id}`));
      json(
        await hr.post(`${api}/employees/${e.staff1b.id}/career`, {
          tmt: '2026-11-01',
          skNumber: 'SK/HR/1',
          positionId: siblingPost.id,
        }),
        201,
      );
      json(
        await hr.post(`${api}/employees/${e.staff1b.id}/career`, {
          tmt: '2026-11-02',
          skNumber: 'SK/HR/2',
          positionId: (await buildPosition(env.services, tenant, { unitId: bidang1.id })).id,
        }),
        201,
      );
      json(await hr.post(`${api}/units`, { code: 'HR-ROOT', name: 'Unit Baru', type: 'badan', parentId: null }), 201);
    });
  });

  describe('unit_admin', () => {
    it('sees only the employees of its unit subtree', async () => {
      expect(await listIds(unitAdmin)).toEqual(ids('kadis', 'kabid1', 'kabid2', 'staff1', 'staff1b'));
      expect(await listIds(unitAdmin, `&unitId=${sibling.id}`)).toEqual([]);
      expect(await listIds(unitAdmin, `&unitId=${bidang1.id}`)).toEqual(ids('kabid1', 'staff1', 'staff1b'));
      json(await unitAdmin.get(`${api}/employees/${e.staff1.id}`));
      const hidden = await unitAdmin.get(`${api}/employees/${e.outsider.id}`);
      expect(hidden.statusCode).toBe(404);
      expect(errorOf(hidden).code).toBe('not_found');
      expect((await unitAdmin.get(`${api}/employees/${e.outsider.id}/reporting-line`)).statusCode).toBe(404);
      const csv = await unitAdmin.get(`${api}/employees/export?format=csv`);
      // The CSV groups the NIP as printed (Excel keeps it as text): compare without the spaces.
      const exported = csv.body.replace(/ (?=\d)/g, '');
      expect(exported).toContain(e.staff1.nip);
      expect(exported).not.toContain(e.outsider.nip);
    });

    it('edits within its subtree but cannot reach or move anyone outside it', async () => {
      expect(
        json(await unitAdmin.patch(`${api}/employees/${e.staff1.id}`, { version: 1, birthPlace: 'Dumai' })),
      ).toMatchObject({ birthPlace: 'Dumai', updatedBy: 'Admin Dinas Sosial' });
      expect(
        (await unitAdmin.patch(`${api}/employees/${e.outsider.id}`, { version: 1, birthPlace: 'Dumai' })).statusCode,
      ).toBe(404);
      // A transfer to a position outside the subtree is refused, and nothing is recorded.
      const out = await unitAdmin.post(`${api}/employees/${e.staff1.id}/career`, {
        tmt: '2026-11-01',
        skNumber: 'SK/UA/1',
        positionId: siblingPost.id,
      });
      expect(out.statusCode).toBe(403);
      expect(json(await hr.get(`${api}/employees/${e.staff1.id}`)).history).toHaveLength(1);
      // Pulling someone in from outside is refused the same way the outsider is hidden.
      expect(
        (
          await unitAdmin.post(`${api}/employees/${e.outsider.id}/career`, {
            tmt: '2026-11-01',
            skNumber: 'SK/UA/2',
            positionId: dinasPost.id,
          })
        ).statusCode,
      ).toBe(404);
      json(
        await unitAdmin.post(`${api}/employees/${e.staff1.id}/career`, {
          tmt: '2026-11-01',
          skNumber: 'SK/UA/3',
          positionId: dinasPost.id,
        }),
        201,
      );
      json(
        await unitAdmin.post(`${api}/employees/${e.staff1.id}/career`, {
          tmt: '2026-11-02',
          skNumber: 'SK/UA/4',
          positionId: (await buildPosition(env.services, tenant, { unitId: bidang1.id })).id,
        }),
        201,
      );

      const nip = makeNip();
      const register = (positionId: string) =>
        unitAdmin.post(`${api}/employees`, {
          ...nip,
          name: 'Pegawai Baru',
          status: 'PNS',
          rank: 'II/a',
          positionId,
          tmt: '2026-11-01',
        });
      expect((await register(siblingPost.id)).statusCode).toBe(403);
      json(await register(dinasPost.id), 201);
    });

    it('manages units inside its subtree and cannot move its unit (or a sub-unit) out of it', async () => {
      const created = json<{ id: string }>(
        await unitAdmin.post(`${api}/units`, {
          code: 'UA-SEKSI',
          name: 'Seksi Baru',
          type: 'seksi',
          parentId: bidang1.id,
        }),
        201,
      );
      expect(
        (await unitAdmin.post(`${api}/units`, { code: 'UA-ROOT', name: 'Badan Baru', type: 'badan', parentId: null }))
          .statusCode,
      ).toBe(403);
      expect(
        (
          await unitAdmin.post(`${api}/units`, {
            code: 'UA-SIB',
            name: 'Seksi Sebelah',
            type: 'seksi',
            parentId: sibling.id,
          })
        ).statusCode,
      ).toBe(403);
      expect(
        (await unitAdmin.post(`${api}/units/${dinas.id}/move`, { parentId: sibling.id, effectiveOn: '2026-12-01' }))
          .statusCode,
      ).toBe(403);
      expect(
        (await unitAdmin.post(`${api}/units/${created.id}/move`, { parentId: sibling.id, effectiveOn: '2026-12-01' }))
          .statusCode,
      ).toBe(403);
      expect((await unitAdmin.patch(`${api}/units/${sibling.id}`, { name: 'Diambil Alih' })).statusCode).toBe(404);
      json(await unitAdmin.post(`${api}/units/${created.id}/move`, { parentId: dinas.id, effectiveOn: '2026-12-01' }));
      const units = json<{ items: Array<{ id: string; parentId: string | null; name: string }> }>(
        await hr.get(`${api}/units`),
      ).items;
      expect(units.find((u) => u.id === dinas.id)?.parentId).toBe(setda.id);
      expect(units.find((u) => u.id === sibling.id)?.name).toBe('Dinas Perhubungan');
    });

    it('cannot import rows for units or employees outside its subtree', async () => {
      const csv = [
        'nip,nama,jenis_kelamin,tanggal_lahir,status,golongan,kode_unit,jabatan,tmt_jabatan',
        `${e.outsider.nip},${e.outsider.name},${e.outsider.sex === 'male' ? 'L' : 'P'},${e.outsider.birth_date},PNS,III/a,${dinas.code},Analis Sosial,2026-11-01`,
        (() => {
          const n = makeNip();
          return `${n.nip},Orang Baru,${n.sex === 'male' ? 'L' : 'P'},${n.birthDate},PNS,III/a,${sibling.code},Penguji Kendaraan,2026-11-01`;
        })(),
      ].join('\n');
      const { body, headers } = multipartFile('pindah.csv', csv);
      const report = json<{ status: string; errors: Array<{ line: number; column: string }> }>(
        await unitAdmin.post(`${api}/imports`, body, headers),
        201,
      );
      expect(report.status).toBe('invalid');
      expect(report.errors.map((x) => [x.line, x.column])).toEqual([
        [2, 'nip'],
        [3, 'kode_unit'],
      ]);
    });
  });

  describe('employee and supervisor', () => {
    it('lets an employee see their own record and the directory, and nobody else', async () => {
      const me = await signIn(env, e.staff1.account!);
      expect(json(await me.get(`${api}/me`))).toMatchObject({
        id: e.staff1.id,
        nip: e.staff1.nip,
        email: 'staf1@uji.go.id',
      });
      json(await me.get(`${api}/employees/${e.staff1.id}`));
      json(await me.get(`${api}/employees/${e.staff1.id}/reporting-line`));
      for (const other of [e.staff1b, e.kabid1, e.outsider])
        expect((await me.get(`${api}/employees/${other.id}`)).statusCode).toBe(404);
      expect((await me.get(`${api}/employees`)).statusCode).toBe(403);
      expect(
        (await me.patch(`${api}/employees/${e.staff1.id}`, { version: 1, phone: '0899 0000 0000' })).statusCode,
      ).toBe(403);

      const directory = json<{ items: Array<Record<string, unknown>>; total: number }>(
        await me.get(`${api}/directory?pageSize=100`),
      );
      expect(directory.total).toBe(Object.keys(e).length + 1);
      for (const entry of directory.items)
        expect(Object.keys(entry).sort()).toEqual(['displayName', 'id', 'positionName', 'unitName']);
      expect(directory.items).toContainEqual({
        id: e.outsider.id,
        displayName: 'Pegawai Sebelah',
        positionName: 'Penguji Kendaraan',
        unitName: 'Dinas Perhubungan',
      });
      const text = JSON.stringify(directory);
      for (const secret of [e.staff1.nip, e.staff1.birth_date, 'staf1@uji.go.id', '0812 1000 0001', 'Jl. Rahasia 1'])
        expect(text).not.toContain(secret);
      const found = json<{ items: Array<{ id: string }> }>(await me.get(`${api}/directory?q=perhubungan`));
      expect(found.items).toEqual([]);
      expect(
        json<{ items: Array<{ id: string }> }>(await me.get(`${api}/directory?q=sebelah`)).items.map((x) => x.id),
      ).toEqual([e.outsider.id]);
    });

    it("lets a supervisor see their subordinates' records, not a peer's", async () => {
      const kabid = await signIn(env, e.kabid1.account!);
      const session = await kabid.refreshSession();
      const roles = session.account.tenants
        .find((t: { slug: string }) => t.slug === tenant.slug)
        .roles.map((r: { role: string }) => r.role);
      expect(roles.sort()).toEqual(['employee', 'supervisor']);
      json(await kabid.get(`${api}/employees/${e.staff1.id}`));
      json(await kabid.get(`${api}/employees/${e.staff1b.id}`));
      expect((await kabid.get(`${api}/employees/${e.kabid2.id}`)).statusCode).toBe(404);
      expect((await kabid.get(`${api}/employees/${e.kadis.id}`)).statusCode).toBe(404);
      expect((await kabid.get(`${api}/employees/${e.outsider.id}`)).statusCode).toBe(404);
      // Further up the line sees the whole line below.
      const kadis = await signIn(env, e.kadis.account!);
      json(await kadis.get(`${api}/employees/${e.staff1.id}`));
      // Seeing is not managing.
      expect(
        (await kabid.patch(`${api}/employees/${e.staff1.id}`, { version: 2, phone: '0899 0000 0000' })).statusCode,
      ).toBe(403);
      // Their team is listed for them, each record one step away; a staff member's team is empty.
      const team = json<{ items: Array<{ id: string }> }>(await kabid.get(`${api}/me/subordinates`)).items;
      expect(team.map((x) => x.id).sort()).toEqual([e.staff1.id, e.staff1b.id].sort());
      expect(Object.keys(team[0] ?? {}).sort()).toEqual(['displayName', 'id', 'positionName', 'unitName']);
      expect(json(await kadis.get(`${api}/me/subordinates`)).items.map((x: { id: string }) => x.id)).toContain(
        e.kabid1.id,
      );
      const noRecord = await hr.get(`${api}/me/subordinates`);
      expect(noRecord.statusCode).toBe(404);
      expect(errorOf(noRecord).code).toBe('employee_record_missing');
      // A staff member supervises nobody.
      const staff = await signIn(env, e.staff1b.account!);
      expect(json(await staff.get(`${api}/me/subordinates`)).items).toEqual([]);
      const staffRoles = (await staff.refreshSession()).account.tenants[0].roles.map((r: { role: string }) => r.role);
      expect(staffRoles).toEqual(['employee']);
    });
  });

  describe('another tenant', () => {
    it("answers 404 for this tenant's ids on its own path and cannot list this tenant's data", async () => {
      const other = await buildTenant(env.services);
      const otherApi = peopleApi(other);
      const otherHr = await signInAs(env, other, ['hr_admin']);
      const otherEmployee = await buildEmployee(env.services, other, { login: true });
      const target = e.staff1;
      expect((await otherHr.get(`${otherApi}/employees/${target.id}`)).statusCode).toBe(404);
      expect((await otherHr.get(`${otherApi}/employees/${target.id}/reporting-line`)).statusCode).toBe(404);
      expect(
        (await otherHr.patch(`${otherApi}/employees/${target.id}`, { version: 1, name: 'Dibajak' })).statusCode,
      ).toBe(404);
      expect(
        (
          await otherHr.post(`${otherApi}/employees/${target.id}/career`, {
            tmt: '2026-11-01',
            skNumber: 'X',
            rank: 'IV/e',
          })
        ).statusCode,
      ).toBe(404);
      expect((await otherHr.post(`${otherApi}/units/${dinas.id}/close`, { closedOn: '2026-11-23' })).statusCode).toBe(
        404,
      );
      // Their own list holds their own employee only.
      expect(
        json<{ items: Array<{ id: string }> }>(await otherHr.get(`${otherApi}/employees`)).items.map((x) => x.id),
      ).toEqual([otherEmployee.id]);
      expect(
        json<{ items: Array<{ id: string }> }>(await otherHr.get(`${otherApi}/units`)).items.map((u) => u.id),
      ).toEqual([otherEmployee.unit_id]);
      for (const path of ['employees', 'units', 'directory', 'corrections', `employees/${target.id}`]) {
        const response = await otherHr.get(`${api}/${path}`);
        expect(response.statusCode, path).toBe(path.startsWith('employees/') ? 404 : 403);
      }
      const theirEmployee = await signIn(env, otherEmployee.account!);
      expect(errorOf(await theirEmployee.get(`${api}/me`)).code).toBe('employee_record_missing');
      expect((await theirEmployee.get(`${api}/directory`)).statusCode).toBe(403);
      expect(json(await hr.get(`${api}/employees/${target.id}`))).toMatchObject({ name: 'Staf Satu' });
    });
  });
});
