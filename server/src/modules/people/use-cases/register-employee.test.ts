import { employeeDetailSchema } from '@lentera/common';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import type { HttpClient } from '../../../test/http-client';
import { errorOf } from '../../../test/requests';
import type { PositionsTable, UnitsTable } from '../repository';
import { buildEmployee, buildPosition, buildUnit, makeNip } from '../test/factories';
import { json, peopleApi, signInAs } from '../test/http';

describeEachDialect('people: employees', (env) => {
  let tenant: TenantRecord;
  let hr: HttpClient;
  let api: string;
  let dinas: UnitsTable;
  let bidang: UnitsTable;
  let staffPost: PositionsTable;

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    hr = await signInAs(env, tenant, ['hr_admin'], { name: 'Rina Kepegawaian' });
    api = peopleApi(tenant);
    dinas = await buildUnit(env.services, tenant, { name: 'Dinas Kesehatan' });
    bidang = await buildUnit(env.services, tenant, { name: 'Bidang Pelayanan', parentId: dinas.id, type: 'bidang' });
    staffPost = await buildPosition(env.services, tenant, {
      unitId: bidang.id,
      name: 'Perawat Terampil',
      kind: 'fungsional_keterampilan',
      quota: 10,
    });
  });

  const body = (overrides: Record<string, unknown> = {}) => ({
    nip: '198503122010011003',
    name: 'Budi Santoso',
    backTitle: 'S.Kep.',
    sex: 'male',
    birthDate: '1985-03-12',
    status: 'PNS',
    rank: 'III/b',
    positionId: staffPost.id,
    tmt: '2020-01-02',
    tmtCpns: '2010-01-01',
    educationLevel: 'S1',
    email: 'budi@dinkes.go.id',
    ...overrides,
  });
  const detail = async (id: string) => employeeDetailSchema.parse(json(await hr.get(`${api}/employees/${id}`)));

  describe('registering', () => {
    it('registers a PNS with a valid NIP, computing years of service and the reporting line', async () => {
      const head = await buildEmployee(env.services, tenant, {
        unitId: bidang.id,
        isHead: true,
        name: 'Kepala Bidang',
      });
      const created = json<{ id: string }>(await hr.post(`${api}/employees`, body()), 201);
      const budi = await detail(created.id);
      expect(budi).toMatchObject({
        nip: '198503122010011003',
        displayName: 'Budi Santoso, S.Kep.',
        status: 'PNS',
        rank: 'III/b',
        positionName: 'Perawat Terampil',
        unitName: 'Bidang Pelayanan',
        age: 41,
        // From the TMT CPNS, 2010-01-01, to 2026-11-23.
        yearsOfService: 16,
        superior: { id: head.id, name: 'Kepala Bidang' },
        superiorOverride: false,
        version: 1,
        updatedBy: 'Rina Kepegawaian',
      });
      expect(budi.history).toEqual([
        expect.objectContaining({ tmt: '2020-01-02', rank: 'III/b', status: 'PNS', positionId: staffPost.id }),
      ]);
    });

    it('registers a PPPK with a PPPK NIP and grade, counting service from the first TMT', async () => {
      const { nip, birthDate, sex } = makeNip({
        status: 'PPPK',
        birthDate: '1992-07-09',
        sex: 'female',
        tmtYear: 2022,
        round: 2,
      });
      const created = json<{ id: string }>(
        await hr.post(
          `${api}/employees`,
          body({
            nip,
            birthDate,
            sex,
            name: 'Sari Dewi',
            status: 'PPPK',
            rank: 'VII',
            tmt: '2022-03-01',
            tmtCpns: null,
            email: null,
          }),
        ),
        201,
      );
      expect(nip.slice(0, 15)).toBe('199207092022222');
      expect(await detail(created.id)).toMatchObject({
        nip,
        status: 'PPPK',
        rank: 'VII',
        yearsOfService: 4,
        sex: 'female',
      });
    });

    it("says which part of a bad NIP is wrong and why, in the account's language", async () => {
      const bad = body({ nip: '198513152010011003', birthDate: '1985-12-15' });
      const indonesian = await hr.post(`${api}/employees`, bad);
      expect(indonesian.statusCode).toBe(400);
      expect(errorOf(indonesian)).toMatchObject({
        code: 'employee_invalid',
        details: [
          {
            path: 'nip',
            code: 'nip.birth_date.invalid',
            message: 'tanggal lahir pada NIP, 1985-13-15, bukan tanggal yang valid',
          },
        ],
      });
      const english = await signInAs(env, tenant, ['hr_admin'], { lang: 'en' });
      const response = await english.post(`${api}/employees`, bad);
      expect(response.statusCode).toBe(400);
      expect(errorOf(response)).toMatchObject({
        message: 'The employee data is not valid.',
        details: [{ path: 'nip', message: 'the birth date in the NIP, 1985-13-15, is not a date' }],
      });
      const length = errorOf(await english.post(`${api}/employees`, body({ nip: '19850312 2010 011' })));
      expect(length.details).toEqual([
        expect.objectContaining({ path: 'nip', message: 'the NIP, 198503122010011, has 15 digits; it must have 18' }),
      ]);
    });

    it('refuses a sex or birth date that disagrees with the NIP, naming the field', async () => {
      const response = await hr.post(
        `${api}/employees`,
        body({ nip: '198503122010011004', sex: 'female', birthDate: '1985-03-21' }),
      );
      expect(response.statusCode).toBe(400);
      const details = errorOf(response).details as Array<{ path: string; message: string }>;
      expect(details.map((d) => d.path).sort()).toEqual(['birthDate', 'sex']);
      expect(details.find((d) => d.path === 'birthDate')?.message).toContain('1985-03-12');
    });

    it('refuses a PPPK NIP for a PNS and a rank that does not fit the status', async () => {
      const pppk = makeNip({ status: 'PPPK' });
      const wrongLayout = await hr.post(`${api}/employees`, body({ ...pppk, status: 'PNS' }));
      expect(wrongLayout.statusCode).toBe(400);
      expect(errorOf(wrongLayout).details).toEqual([
        expect.objectContaining({ path: 'nip', code: 'nip.service_start.invalid' }),
      ]);
      const wrongRank = await hr.post(`${api}/employees`, body({ ...makeNip(), rank: 'IX' }));
      expect(errorOf(wrongRank).details).toEqual([expect.objectContaining({ path: 'rank', code: 'rank_invalid' })]);
    });

    it('refuses a NIP that someone already holds', async () => {
      const first = makeNip();
      json(await hr.post(`${api}/employees`, body({ ...first, name: 'Pertama' })), 201);
      const twice = await hr.post(
        `${api}/employees`,
        body({ ...first, nip: `${first.nip.slice(0, 8)} ${first.nip.slice(8)}`, name: 'Kedua' }),
      );
      expect(twice.statusCode).toBe(409);
      expect(errorOf(twice)).toMatchObject({ code: 'nip_taken', details: [{ path: 'nip' }] });
      expect(errorOf(twice).message).toContain(first.nip);
    });
  });

  describe('the reporting line', () => {
    it('defaults to the head of the own unit, and for a head to the head of the unit above', async () => {
      const top = await buildUnit(env.services, tenant, { name: 'Dinas Perhubungan' });
      const sub = await buildUnit(env.services, tenant, { parentId: top.id, type: 'bidang' });
      const seksi = await buildUnit(env.services, tenant, { parentId: sub.id, type: 'seksi' });
      const kadis = await buildEmployee(env.services, tenant, { unitId: top.id, isHead: true });
      const kabid = await buildEmployee(env.services, tenant, { unitId: sub.id, isHead: true });
      const staff = await buildEmployee(env.services, tenant, { unitId: sub.id });
      // The seksi has no head yet: its staff report to the head of the bidang.
      const seksiStaff = await buildEmployee(env.services, tenant, { unitId: seksi.id });
      expect((await detail(kabid.id)).superior?.id).toBe(kadis.id);
      expect((await detail(staff.id)).superior?.id).toBe(kabid.id);
      expect((await detail(seksiStaff.id)).superior?.id).toBe(kabid.id);
      expect((await detail(kadis.id)).superior).toBeNull();
      const line = json<{ items: Array<{ id: string }> }>(
        await hr.get(`${api}/employees/${seksiStaff.id}/reporting-line`),
      ).items;
      expect(line.map((e) => e.id)).toEqual([seksiStaff.id, kabid.id, kadis.id]);
      // A head appointed later takes over the seksi's staff.
      const kasi = await buildEmployee(env.services, tenant, { unitId: seksi.id, isHead: true });
      expect((await detail(seksiStaff.id)).superior?.id).toBe(kasi.id);
      expect((await detail(kasi.id)).superior?.id).toBe(kabid.id);
    });

    it('refuses a superior who reports to the employee, and takes an explicit one otherwise', async () => {
      const unit = await buildUnit(env.services, tenant);
      const head = await buildEmployee(env.services, tenant, { unitId: unit.id, isHead: true });
      const staff = await buildEmployee(env.services, tenant, { unitId: unit.id });
      const other = await buildEmployee(env.services, tenant, { unitId: unit.id });
      const cycle = await hr.patch(`${api}/employees/${head.id}`, { version: 1, superiorId: staff.id });
      expect(cycle.statusCode).toBe(409);
      expect(errorOf(cycle)).toMatchObject({ code: 'superior_cycle', details: [{ path: 'superiorId' }] });
      const self = await hr.patch(`${api}/employees/${staff.id}`, { version: 1, superiorId: staff.id });
      expect(errorOf(self).code).toBe('superior_cycle');

      const explicit = json(await hr.patch(`${api}/employees/${staff.id}`, { version: 1, superiorId: other.id }));
      expect(explicit).toMatchObject({ superior: { id: other.id }, superiorOverride: true, version: 2 });
      // Now `other` is above `staff`: making `staff` the superior of `other` closes a loop.
      expect(errorOf(await hr.patch(`${api}/employees/${other.id}`, { version: 1, superiorId: staff.id })).code).toBe(
        'superior_cycle',
      );
      const cleared = json(await hr.patch(`${api}/employees/${staff.id}`, { version: 2, superiorId: null }));
      expect(cleared).toMatchObject({ superior: { id: head.id }, superiorOverride: false });
    });
  });

  describe('editing', () => {
    it('refuses the second of two saves made from the same version, saying who changed it and when', async () => {
      const employee = await buildEmployee(env.services, tenant, { unitId: bidang.id });
      const first = await signInAs(env, tenant, ['hr_admin'], { name: 'Andi Pertama' });
      const second = await signInAs(env, tenant, ['hr_admin'], { name: 'Bela Kedua', lang: 'en' });
      const readByFirst = employeeDetailSchema.parse(json(await first.get(`${api}/employees/${employee.id}`)));
      const readBySecond = employeeDetailSchema.parse(json(await second.get(`${api}/employees/${employee.id}`)));
      expect([readByFirst.version, readBySecond.version]).toEqual([1, 1]);

      env.clock.advance(60_000);
      const saved = json(await first.patch(`${api}/employees/${employee.id}`, { version: 1, phone: '0812 1111 2222' }));
      expect(saved).toMatchObject({
        phone: '0812 1111 2222',
        version: 2,
        updatedBy: 'Andi Pertama',
        updatedAt: '2026-11-23T02:01:00.000Z',
      });

      const conflict = await second.patch(`${api}/employees/${employee.id}`, { version: 1, phone: '0813 3333 4444' });
      expect(conflict.statusCode).toBe(409);
      expect(errorOf(conflict)).toMatchObject({
        code: 'employee_edited_meanwhile',
        message: expect.stringMatching(/changed by Andi Pertama at 2026-11-23T02:01/),
        details: { updatedBy: 'Andi Pertama', updatedAt: '2026-11-23T02:01:00.000Z', currentVersion: 2 },
      });
      expect((await detail(employee.id)).phone).toBe('0812 1111 2222');
      // After reloading, the second person's save goes through.
      expect(
        json(await second.patch(`${api}/employees/${employee.id}`, { version: 2, phone: '0813 3333 4444' })),
      ).toMatchObject({ version: 3 });
    });

    it('answers no session, wrong role, another tenant and bad input', async () => {
      const employee = await buildEmployee(env.services, tenant, { unitId: bidang.id });
      expect((await env.client().post(`${api}/employees`, body(makeNip()))).statusCode).toBe(401);
      const inspector = await signInAs(env, tenant, ['inspector']);
      expect((await inspector.post(`${api}/employees`, body(makeNip()))).statusCode).toBe(403);
      expect(
        (await inspector.patch(`${api}/employees/${employee.id}`, { version: 1, name: 'Diubah' })).statusCode,
      ).toBe(404);
      const other = await buildTenant(env.services);
      const otherHr = await signInAs(env, other, ['hr_admin']);
      expect((await otherHr.get(`${peopleApi(other)}/employees/${employee.id}`)).statusCode).toBe(404);
      expect(
        (await otherHr.patch(`${peopleApi(other)}/employees/${employee.id}`, { version: 1, name: 'Diubah' }))
          .statusCode,
      ).toBe(404);
      expect((await otherHr.post(`${api}/employees`, body(makeNip()))).statusCode).toBe(403);
      const invalid = await hr.patch(`${api}/employees/${employee.id}`, { version: 1, email: 'bukan-email' });
      expect(invalid.statusCode).toBe(400);
      expect(errorOf(invalid).details).toEqual([expect.objectContaining({ path: 'email' })]);
      expect((await detail(employee.id)).name).toBe(employee.name);
    });
  });
});
