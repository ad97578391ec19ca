import { positionSchema } from '@lentera/common';
import { beforeAll, expect, it } from 'vitest';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import type { HttpClient } from '../../../test/http-client';
import { errorOf } from '../../../test/requests';
import type { UnitsTable } from '../repository';
import { buildEmployee, buildUnit } from '../test/factories';
import { json, peopleApi, signInAs } from '../test/http';

type Position = ReturnType<typeof positionSchema.parse>;

describeEachDialect('people: positions', (env) => {
  let tenant: TenantRecord;
  let hr: HttpClient;
  let api: string;
  let dinas: UnitsTable;

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    hr = await signInAs(env, tenant, ['hr_admin']);
    api = peopleApi(tenant);
    dinas = await buildUnit(env.services, tenant, { code: 'DISPORA', name: 'Dinas Pemuda dan Olahraga' });
  });

  const positions = async (unitId: string) =>
    json<{ items: Position[] }>(await hr.get(`${api}/positions?unitId=${unitId}`)).items.map((p) =>
      positionSchema.parse(p),
    );
  const create = async (body: Record<string, unknown>) =>
    json<{ id: string }>(await hr.post(`${api}/positions`, { unitId: dinas.id, class: 7, quota: 2, ...body }), 201).id;

  it('creates and edits positions: kind, level, class, quota against filled, heading the unit', async () => {
    const analyst = await create({
      name: 'Analis Kepegawaian',
      kind: 'fungsional_keahlian',
      fungsionalLevel: 'ahli_muda',
    });
    const clerk = await create({ name: 'Pengadministrasi Umum', kind: 'pelaksana', class: 5, quota: 3 });
    await buildEmployee(env.services, tenant, { positionId: clerk });

    const edited = await hr.patch(`${api}/positions/${analyst}`, {
      name: 'Analis SDM Aparatur',
      fungsionalLevel: 'ahli_madya',
      class: 11,
      quota: 4,
    });
    expect(json(edited)).toEqual({ id: analyst });
    const list = await positions(dinas.id);
    expect(list.find((p) => p.id === analyst)).toMatchObject({
      name: 'Analis SDM Aparatur',
      kind: 'fungsional_keahlian',
      fungsionalLevel: 'ahli_madya',
      class: 11,
      quota: 4,
      filled: 0,
      isHead: false,
    });
    expect(list.find((p) => p.id === clerk)).toMatchObject({ quota: 3, filled: 1 });

    // A position renamed to its neighbour's name, or a second head post, is refused.
    expect(errorOf(await hr.patch(`${api}/positions/${clerk}`, { name: 'analis sdm aparatur' })).code).toBe(
      'position_exists',
    );
    expect(json(await hr.patch(`${api}/positions/${clerk}`, { isHead: true }))).toEqual({ id: clerk });
    expect(errorOf(await hr.patch(`${api}/positions/${analyst}`, { isHead: true })).code).toBe(
      'unit_has_head_position',
    );
    expect((await positions(dinas.id)).filter((p) => p.isHead).map((p) => p.id)).toEqual([clerk]);
    expect((await hr.patch(`${api}/positions/${clerk}`, { class: 18 })).statusCode).toBe(400);
  });

  it('lets a unit admin edit positions in their subtree only, and nobody from another tenant', async () => {
    const other = await buildUnit(env.services, tenant, { code: 'DISHUB', name: 'Dinas Perhubungan' });
    const mine = await create({ name: 'Pengelola Sarana', kind: 'pelaksana' });
    const theirs = json<{ id: string }>(
      await hr.post(`${api}/positions`, {
        unitId: other.id,
        name: 'Penguji Kendaraan',
        kind: 'pelaksana',
        class: 6,
        quota: 1,
      }),
      201,
    ).id;
    const unitAdmin = await signInAs(env, tenant, [{ role: 'unit_admin', unitId: dinas.id }]);
    expect(json(await unitAdmin.patch(`${api}/positions/${mine}`, { quota: 5 }))).toEqual({ id: mine });
    expect((await unitAdmin.patch(`${api}/positions/${theirs}`, { quota: 5 })).statusCode).toBe(404);
    const employee = await signInAs(env, tenant, ['employee']);
    expect((await employee.patch(`${api}/positions/${mine}`, { quota: 6 })).statusCode).toBe(404);
    const otherTenant = await buildTenant(env.services);
    const otherHr = await signInAs(env, otherTenant, ['hr_admin']);
    expect((await otherHr.patch(`${peopleApi(otherTenant)}/positions/${mine}`, { quota: 6 })).statusCode).toBe(404);
    expect((await positions(dinas.id)).find((p) => p.id === mine)?.quota).toBe(5);
  });
});
