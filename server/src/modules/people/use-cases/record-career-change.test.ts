import { type EmployeeDetail, employeeDetailSchema } from '@lentera/common';
import { beforeAll, expect, it } from 'vitest';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect, TEST_START } from '../../../test/harness';
import type { HttpClient } from '../../../test/http-client';
import { errorOf } from '../../../test/requests';
import { applyChangesTakingEffect } from '../jobs';
import type { PositionsTable, UnitsTable } from '../repository';
import { buildEmployee, buildPosition, buildUnit, hrAdminCtx } from '../test/factories';
import { json, peopleApi, signInAs } from '../test/http';
import { getEmployee } from './employee-queries';

describeEachDialect('people: career history', (env) => {
  let tenant: TenantRecord;
  let hr: HttpClient;
  let api: string;
  let unit: UnitsTable;
  let analyst: PositionsTable;
  let kasubbag: PositionsTable;
  let kabag: PositionsTable;

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    hr = await signInAs(env, tenant, ['hr_admin'], { name: 'Rina Kepegawaian' });
    api = peopleApi(tenant);
    unit = await buildUnit(env.services, tenant, { name: 'Bagian Organisasi', type: 'bagian' });
    analyst = await buildPosition(env.services, tenant, {
      unitId: unit.id,
      name: 'Analis Kebijakan Ahli Pertama',
      kind: 'fungsional_keahlian',
      class: 8,
    });
    kasubbag = await buildPosition(env.services, tenant, {
      unitId: unit.id,
      name: 'Kepala Subbagian Tata Laksana',
      kind: 'pengawas',
      class: 9,
    });
    kabag = await buildPosition(env.services, tenant, {
      unitId: unit.id,
      name: 'Kepala Bagian Organisasi',
      kind: 'administrator',
      class: 11,
      isHead: true,
    });
  });

  const record = async (id: string, entry: Record<string, unknown>) =>
    employeeDetailSchema.parse(json(await hr.post(`${api}/employees/${id}/career`, entry), 201));
  const detail = async (id: string): Promise<EmployeeDetail> =>
    employeeDetailSchema.parse(json(await hr.get(`${api}/employees/${id}`)));

  it('records a promotion with its SK in the history and the current record', async () => {
    const employee = await buildEmployee(env.services, tenant, {
      positionId: analyst.id,
      rank: 'III/a',
      tmt: '2019-03-01',
    });
    const promoted = await record(employee.id, {
      tmt: '2026-10-01',
      skNumber: '821.2/145/BKPSDM/2026',
      skDate: '2026-09-20',
      positionId: kasubbag.id,
      rank: 'III/c',
    });
    expect(promoted).toMatchObject({
      positionName: 'Kepala Subbagian Tata Laksana',
      positionKind: 'pengawas',
      rank: 'III/c',
      unitName: 'Bagian Organisasi',
      version: 2,
    });
    expect(promoted.history[0]).toMatchObject({
      tmt: '2026-10-01',
      skNumber: '821.2/145/BKPSDM/2026',
      skDate: '2026-09-20',
      positionName: 'Kepala Subbagian Tata Laksana',
      rank: 'III/c',
      recordedBy: 'Rina Kepegawaian',
    });
    expect(promoted.history).toHaveLength(2);
    const audit = await env.services.db
      .selectFrom('audit_entries')
      .select('action')
      .where('tenant_id', '=', tenant.id)
      .where('entity_id', '=', employee.id)
      .execute();
    expect(audit.map((a) => a.action)).toContain('people.career_recorded');
  });

  it('slots a back-dated entry in at its TMT without overriding the later current values', async () => {
    const employee = await buildEmployee(env.services, tenant, {
      positionId: analyst.id,
      rank: 'III/a',
      tmt: '2018-01-02',
    });
    await record(employee.id, { tmt: '2025-04-01', skNumber: 'SK-2025', positionId: kasubbag.id, rank: 'III/c' });
    // Entered late: the III/b of 2021, and a move to the head post that lasted until 2025.
    const after = await record(employee.id, {
      tmt: '2021-04-01',
      skNumber: 'SK-2021',
      rank: 'III/b',
      positionId: kabag.id,
    });
    expect(after).toMatchObject({ rank: 'III/c', positionName: 'Kepala Subbagian Tata Laksana' });
    expect(after.history.map((h) => [h.tmt, h.skNumber, h.rank])).toEqual([
      ['2025-04-01', 'SK-2025', 'III/c'],
      ['2021-04-01', 'SK-2021', 'III/b'],
      ['2018-01-02', null, 'III/a'],
    ]);
    // Who reports to whom follows the current record, not the back-dated head post.
    const heads = await env.services.db
      .selectFrom('people_employees')
      .select('id')
      .where('position_id', '=', kabag.id)
      .execute();
    expect(heads.map((h) => h.id)).not.toContain(employee.id);
  });

  it('does not change the current record for a future TMT until its day comes', async () => {
    const employee = await buildEmployee(env.services, tenant, {
      positionId: analyst.id,
      rank: 'III/b',
      tmt: '2020-01-02',
    });
    const recorded = await record(employee.id, { tmt: '2027-04-01', skNumber: '823.3/77/BKPSDM/2027', rank: 'III/c' });
    expect(recorded.rank).toBe('III/b');
    expect(recorded.history[0]).toMatchObject({ tmt: '2027-04-01', rank: 'III/c' });
    const listed = json<{ items: Array<{ id: string; rank: string }> }>(
      await hr.get(`${api}/employees?rank=III%2Fc&unitId=${unit.id}`),
    ).items;
    expect(listed.map((e) => e.id)).not.toContain(employee.id);

    // Months pass (read through the use case: a session would have expired by then).
    const rankNow = async () => (await getEmployee(hrAdminCtx(env.services, tenant), employee.id)).rank;
    try {
      env.clock.set('2027-03-31T12:00:00.000Z');
      await applyChangesTakingEffect(env.services);
      expect(await rankNow()).toBe('III/b');
      // 1 April, 07:00 in Jakarta.
      env.clock.set('2027-04-01T00:00:00.000Z');
      await applyChangesTakingEffect(env.services);
      expect(await rankNow()).toBe('III/c');
    } finally {
      env.clock.set(TEST_START);
    }
  });

  it('refuses a rank that does not fit the status, and records nothing', async () => {
    const pns = await buildEmployee(env.services, tenant, { positionId: analyst.id });
    const pppk = await buildEmployee(env.services, tenant, { positionId: analyst.id, status: 'PPPK', rank: 'IX' });
    const wrongForPns = await hr.post(`${api}/employees/${pns.id}/career`, {
      tmt: '2026-10-01',
      skNumber: 'SK-1',
      rank: 'X',
    });
    expect(wrongForPns.statusCode).toBe(400);
    expect(errorOf(wrongForPns)).toMatchObject({
      code: 'employee_invalid',
      details: [{ path: 'rank', code: 'rank_invalid', value: 'X' }],
    });
    const wrongForPppk = await hr.post(`${api}/employees/${pppk.id}/career`, {
      tmt: '2026-10-01',
      skNumber: 'SK-2',
      rank: 'III/b',
    });
    expect(errorOf(wrongForPppk).details).toEqual([expect.objectContaining({ path: 'rank' })]);
    // An entry must change something, and always carries its SK number.
    const missingChange = await hr.post(`${api}/employees/${pns.id}/career`, { tmt: '2026-10-01', skNumber: 'SK-3' });
    expect(missingChange.statusCode).toBe(400);
    const withoutSk = await hr.post(`${api}/employees/${pns.id}/career`, { tmt: '2026-10-01', rank: 'III/b' });
    expect(errorOf(withoutSk).details).toEqual([expect.objectContaining({ path: 'skNumber' })]);
    expect((await detail(pns.id)).history).toHaveLength(1);
    expect((await detail(pppk.id)).history).toHaveLength(1);
  });

  it('records leaving service: a retired employee drops out of the active list and the reporting line', async () => {
    const head = await buildEmployee(env.services, tenant, {
      unitId: (await buildUnit(env.services, tenant)).id,
      isHead: true,
    });
    const staff = await buildEmployee(env.services, tenant, { unitId: head.unit_id! });
    expect((await detail(staff.id)).superior?.id).toBe(head.id);
    const retired = await record(head.id, { tmt: '2026-11-01', skNumber: '882/12/BKPSDM/2026', employment: 'retired' });
    expect(retired.employment).toBe('retired');
    expect((await detail(staff.id)).superior).toBeNull();
    const active = json<{ items: Array<{ id: string }> }>(
      await hr.get(`${api}/employees?unitId=${head.unit_id}`),
    ).items;
    expect(active.map((e) => e.id)).toEqual([staff.id]);
    const all = json<{ items: Array<{ id: string }> }>(
      await hr.get(`${api}/employees?unitId=${head.unit_id}&employment=all`),
    ).items;
    expect(all.map((e) => e.id).sort()).toEqual([head.id, staff.id].sort());
  });
});
