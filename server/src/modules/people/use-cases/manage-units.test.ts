import { unitSchema } from '@lentera/common';
import { beforeAll, expect, it } from 'vitest';
import { verifyChain } from '../../../platform/audit/audit';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import type { HttpClient } from '../../../test/http-client';
import { errorOf } from '../../../test/requests';
import { buildEmployee, buildUnit } from '../test/factories';
import { json, peopleApi, signInAs } from '../test/http';

describeEachDialect('people: units', (env) => {
  let tenant: TenantRecord;
  let hr: HttpClient;
  let api: string;

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    hr = await signInAs(env, tenant, ['hr_admin'], { name: 'Rina Kepegawaian' });
    api = peopleApi(tenant);
  });

  const create = async (body: Record<string, unknown>) =>
    json<{ id: string }>(await hr.post(`${api}/units`, { type: 'dinas', parentId: null, ...body }), 201).id;
  const tree = async (query = '') =>
    json<{ items: Array<ReturnType<typeof unitSchema.parse>> }>(await hr.get(`${api}/units${query}`)).items;

  it('creates, renames, moves and closes units, each change dated, listed and audited', async () => {
    const setda = await create({ code: 'SETDA', name: 'Sekretariat Daerah', type: 'sekretariat_daerah' });
    const dinas = await create({ code: 'DISKOMINFO', name: 'Dinas Kominfo', parentId: setda, openedOn: '2016-01-04' });
    const bidang = await create({ code: 'DISKOMINFO-B1', name: 'Bidang Aplikasi', type: 'bidang', parentId: dinas });
    const badan = await create({ code: 'BKPSDM', name: 'BKPSDM', type: 'badan', parentId: setda });

    const renamed = await hr.patch(`${api}/units/${dinas}`, { name: 'Dinas Komunikasi dan Informatika' });
    expect(json(renamed)).toEqual({ id: dinas });
    const moved = await hr.post(`${api}/units/${bidang}/move`, { parentId: badan, effectiveOn: '2026-12-01' });
    expect(json(moved)).toEqual({ id: bidang });
    const closed = await hr.post(`${api}/units/${bidang}/close`, { closedOn: '2026-12-31' });
    expect(json(closed)).toEqual({ id: bidang });

    const units = await tree();
    for (const u of units) unitSchema.parse(u);
    expect(units.find((u) => u.id === dinas)).toMatchObject({
      name: 'Dinas Komunikasi dan Informatika',
      openedOn: '2016-01-04',
      path: [setda, dinas],
    });
    expect(units.find((u) => u.id === bidang)).toBeUndefined();
    expect((await tree('?includeClosed=true')).find((u) => u.id === bidang)).toMatchObject({
      parentId: badan,
      path: [setda, badan, bidang],
      closedOn: '2026-12-31',
    });

    const changes = json<{ items: Array<{ kind: string; effectiveOn: string; details: unknown; recordedBy: string }> }>(
      await hr.get(`${api}/units/${bidang}/changes`),
    ).items;
    expect(changes.map((c) => [c.kind, c.effectiveOn])).toEqual([
      ['closed', '2026-12-31'],
      ['moved', '2026-12-01'],
      ['created', '2026-11-23'],
    ]);
    expect(changes[1]).toMatchObject({
      details: { fromParentId: dinas, toParentId: badan },
      recordedBy: 'Rina Kepegawaian',
    });
    const renames = json<{ items: Array<{ kind: string; details: unknown }> }>(
      await hr.get(`${api}/units/${dinas}/changes`),
    ).items;
    expect(renames[0]).toMatchObject({
      kind: 'renamed',
      details: { before: { name: 'Dinas Kominfo' }, after: { name: 'Dinas Komunikasi dan Informatika' } },
    });

    const audited = await env.services.db
      .selectFrom('audit_entries')
      .select(['action', 'entity_id'])
      .where('tenant_id', '=', tenant.id)
      .where('entity_id', '=', bidang)
      .orderBy('seq')
      .execute();
    expect(audited.map((a) => a.action)).toEqual(['people.unit_created', 'people.unit_moved', 'people.unit_closed']);
    expect(await verifyChain(env.services.db, tenant.id)).toMatchObject({ ok: true });
  });

  it('refuses to close a unit that still has active employees, giving their count', async () => {
    const dinas = await buildUnit(env.services, tenant, { name: 'Dinas Sosial' });
    const seksi = await buildUnit(env.services, tenant, { parentId: dinas.id, type: 'seksi' });
    await buildEmployee(env.services, tenant, { unitId: dinas.id });
    await buildEmployee(env.services, tenant, { unitId: seksi.id });
    await buildEmployee(env.services, tenant, { unitId: seksi.id });

    const refused = await hr.post(`${api}/units/${dinas.id}/close`, { closedOn: '2026-12-31' });
    expect(refused.statusCode).toBe(409);
    expect(errorOf(refused)).toMatchObject({
      code: 'unit_has_employees',
      message: expect.stringContaining('3 pegawai aktif'),
    });
    const leaf = await hr.post(`${api}/units/${seksi.id}/close`, { closedOn: '2026-12-31' });
    expect(leaf.statusCode).toBe(409);
    expect(errorOf(leaf).message).toContain(' 2 ');
    // An empty unit with an open sub-unit is refused too, and a unit without either closes.
    const parent = await buildUnit(env.services, tenant);
    const child = await buildUnit(env.services, tenant, { parentId: parent.id });
    expect(errorOf(await hr.post(`${api}/units/${parent.id}/close`, { closedOn: '2026-12-31' })).code).toBe(
      'unit_has_open_children',
    );
    json(await hr.post(`${api}/units/${child.id}/close`, { closedOn: '2026-12-31' }));
    json(await hr.post(`${api}/units/${parent.id}/close`, { closedOn: '2026-12-31' }));
    expect((await tree()).map((u) => u.id)).not.toContain(parent.id);
  });

  it('counts the active employees of each unit on its own and with its sub-units', async () => {
    const dinas = await buildUnit(env.services, tenant, { name: 'Dinas Perhubungan' });
    const bidang = await buildUnit(env.services, tenant, { parentId: dinas.id, type: 'bidang' });
    const seksi = await buildUnit(env.services, tenant, { parentId: bidang.id, type: 'seksi' });
    const other = await buildUnit(env.services, tenant, { parentId: dinas.id, type: 'bidang' });
    await buildEmployee(env.services, tenant, { unitId: dinas.id });
    await buildEmployee(env.services, tenant, { unitId: bidang.id });
    await buildEmployee(env.services, tenant, { unitId: seksi.id });
    await buildEmployee(env.services, tenant, { unitId: seksi.id });
    const retired = await buildEmployee(env.services, tenant, { unitId: seksi.id });
    await env.services.db
      .updateTable('people_employees')
      .set({ employment: 'retired' })
      .where('id', '=', retired.id)
      .execute();
    const units = await tree();
    const counts = (id: string) => {
      const unit = units.find((u) => u.id === id);
      return [unit?.headcount, unit?.headcountTotal];
    };
    expect(counts(dinas.id)).toEqual([1, 4]);
    expect(counts(bidang.id)).toEqual([1, 3]);
    expect(counts(seksi.id)).toEqual([2, 2]);
    expect(counts(other.id)).toEqual([0, 0]);
  });

  it('refuses to move a unit under itself or one of its descendants', async () => {
    const top = await buildUnit(env.services, tenant, { name: 'Dinas Pendidikan' });
    const mid = await buildUnit(env.services, tenant, { parentId: top.id, type: 'bidang' });
    const low = await buildUnit(env.services, tenant, { parentId: mid.id, type: 'seksi' });
    for (const target of [low.id, mid.id, top.id]) {
      const response = await hr.post(`${api}/units/${top.id}/move`, { parentId: target, effectiveOn: '2026-12-01' });
      expect(response.statusCode).toBe(400);
      expect(errorOf(response)).toMatchObject({ code: 'unit_move_into_itself', details: [{ path: 'parentId' }] });
      expect(errorOf(response).message).toContain('Dinas Pendidikan');
    }
    expect((await tree()).find((u) => u.id === top.id)?.path).toEqual([top.id]);
  });

  it('rewrites the paths of the moved subtree and of its employees', async () => {
    const from = await buildUnit(env.services, tenant, { name: 'Dinas Lama' });
    const to = await buildUnit(env.services, tenant, { name: 'Dinas Baru' });
    const bidang = await buildUnit(env.services, tenant, { parentId: from.id, type: 'bidang' });
    const seksi = await buildUnit(env.services, tenant, { parentId: bidang.id, type: 'seksi' });
    const a = await buildEmployee(env.services, tenant, { unitId: bidang.id, name: 'Agus Pindah' });
    const b = await buildEmployee(env.services, tenant, { unitId: seksi.id, name: 'Bunga Pindah' });
    const stays = await buildEmployee(env.services, tenant, { unitId: from.id, name: 'Candra Tetap' });

    json(await hr.post(`${api}/units/${bidang.id}/move`, { parentId: to.id, effectiveOn: '2026-12-01' }));
    const units = await tree();
    expect(units.find((u) => u.id === seksi.id)?.path).toEqual([to.id, bidang.id, seksi.id]);

    const under = async (unitId: string) =>
      json<{ items: Array<{ id: string }> }>(await hr.get(`${api}/employees?unitId=${unitId}&includeSubunits=true`))
        .items.map((e) => e.id)
        .sort();
    expect(await under(to.id)).toEqual([a.id, b.id].sort());
    expect(await under(from.id)).toEqual([stays.id]);
    const stored = await env.services.db
      .selectFrom('people_employees')
      .select(['id', 'unit_path'])
      .where('id', 'in', [a.id, b.id])
      .execute();
    for (const row of stored) expect(row.unit_path?.startsWith(`/${to.id}/${bidang.id}/`)).toBe(true);
  });

  it('answers no session, wrong role, another tenant and bad input', async () => {
    const unit = await buildUnit(env.services, tenant);
    const anonymous = env.client();
    expect(
      (await anonymous.post(`${api}/units`, { code: 'X', name: 'Unit X', type: 'dinas', parentId: null })).statusCode,
    ).toBe(401);
    expect((await anonymous.get(`${api}/units`)).statusCode).toBe(401);

    const outsider = await signInAs(env, tenant, ['inspector']);
    const forbidden = await outsider.post(`${api}/units`, {
      code: 'X1',
      name: 'Unit X',
      type: 'dinas',
      parentId: null,
    });
    expect(forbidden.statusCode).toBe(403);
    expect((await outsider.patch(`${api}/units/${unit.id}`, { name: 'Diubah' })).statusCode).toBe(404);

    const other = await buildTenant(env.services);
    const otherHr = await signInAs(env, other, ['hr_admin']);
    expect((await otherHr.patch(`${peopleApi(other)}/units/${unit.id}`, { name: 'Diubah' })).statusCode).toBe(404);
    expect((await otherHr.get(`${peopleApi(other)}/units/${unit.id}/changes`)).statusCode).toBe(404);
    expect((await otherHr.get(`${api}/units`)).statusCode).toBe(403);

    const bad = await hr.post(`${api}/units`, { code: 'bad code!', name: 'U', type: 'planet', parentId: null });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).code).toBe('validation_failed');
    const taken = await hr.post(`${api}/units`, { code: unit.code, name: 'Kembar', type: 'dinas', parentId: null });
    expect(taken.statusCode).toBe(409);
    expect(errorOf(taken).code).toBe('unit_code_taken');
    expect((await tree()).find((u) => u.id === unit.id)?.name).toBe(unit.name);
  });
});
