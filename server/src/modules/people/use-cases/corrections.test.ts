import { employeeDetailSchema } from '@lentera/common';
import { beforeAll, expect, it } from 'vitest';
import { verifyChain } from '../../../platform/audit/audit';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import type { HttpClient } from '../../../test/http-client';
import { errorOf } from '../../../test/requests';
import { type BuiltEmployee, buildEmployee } from '../test/factories';
import { json, peopleApi, signIn, signInAs } from '../test/http';

describeEachDialect('people: self-service corrections', (env) => {
  let tenant: TenantRecord;
  let hr: HttpClient;
  let api: string;
  let employee: BuiltEmployee;
  let me: HttpClient;

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    hr = await signInAs(env, tenant, ['hr_admin'], { name: 'Rina Kepegawaian' });
    api = peopleApi(tenant);
    employee = await buildEmployee(env.services, tenant, {
      name: 'Dewi Lestari',
      phone: '0811 0000 0001',
      birthPlace: 'Dumai',
      login: true,
    });
    me = await signIn(env, employee.account!);
  });

  const detail = async (id: string) => employeeDetailSchema.parse(json(await hr.get(`${api}/employees/${id}`)));

  it('lets an employee see their own record and ask for a correction, which changes nothing yet', async () => {
    const mine = employeeDetailSchema.parse(json(await me.get(`${api}/me`)));
    expect(mine).toMatchObject({ id: employee.id, nip: employee.nip, phone: '0811 0000 0001' });
    expect(mine.history).toHaveLength(1);

    const asked = json(
      await me.post(`${api}/me/corrections`, {
        changes: { phone: '0812 9999 8888', birthPlace: 'Pekanbaru' },
        reason: 'Nomor dan tempat lahir salah',
      }),
      201,
    );
    expect(asked).toMatchObject({ status: 'pending' });
    expect(await detail(employee.id)).toMatchObject({ phone: '0811 0000 0001', birthPlace: 'Dumai', version: 1 });
    const listed = json<{ items: Array<{ id: string; status: string; changes: unknown }> }>(
      await me.get(`${api}/me/corrections`),
    ).items;
    expect(listed).toEqual([
      expect.objectContaining({
        id: asked.id,
        status: 'pending',
        changes: { phone: '0812 9999 8888', birthPlace: 'Pekanbaru' },
      }),
    ]);
  });

  it('changes the record when hr_admin approves, audited; a second decision is refused', async () => {
    const asked = json(
      await me.post(`${api}/me/corrections`, {
        changes: { name: 'Dewi Lestari Putri', educationLevel: 'S2' },
        reason: 'Sesuai ijazah terbaru',
      }),
      201,
    );
    const pending = json<{ items: Array<{ id: string; employeeNip: string }> }>(
      await hr.get(`${api}/corrections?status=pending`),
    ).items;
    expect(pending).toContainEqual(expect.objectContaining({ id: asked.id, employeeNip: employee.nip }));

    // Only hr_admin decides: not the employee asking.
    expect((await me.post(`${api}/corrections/${asked.id}/decision`, { decision: 'approved' })).statusCode).toBe(403);
    const approved = json(
      await hr.post(`${api}/corrections/${asked.id}/decision`, { decision: 'approved', note: 'Sesuai ijazah' }),
    );
    expect(approved).toEqual({ id: asked.id, status: 'approved' });
    const after = await detail(employee.id);
    expect(after).toMatchObject({
      name: 'Dewi Lestari Putri',
      educationLevel: 'S2',
      updatedBy: 'Rina Kepegawaian',
      version: 2,
    });
    // The renamed employee is found by the new name.
    const found = json<{ items: Array<{ id: string }> }>(await hr.get(`${api}/employees?q=lestari%20putri`)).items;
    expect(found.map((e) => e.id)).toEqual([employee.id]);

    const again = await hr.post(`${api}/corrections/${asked.id}/decision`, { decision: 'rejected' });
    expect(again.statusCode).toBe(409);
    expect(errorOf(again).code).toBe('correction_already_decided');
    expect((await detail(employee.id)).name).toBe('Dewi Lestari Putri');

    const actions = await env.services.db
      .selectFrom('audit_entries')
      .select(['action', 'entity_id'])
      .where('tenant_id', '=', tenant.id)
      .where('action', 'in', ['people.correction_requested', 'people.correction_approved', 'people.employee_updated'])
      .execute();
    expect(actions).toContainEqual({ action: 'people.correction_approved', entity_id: asked.id });
    expect(actions).toContainEqual({ action: 'people.employee_updated', entity_id: employee.id });
    expect(await verifyChain(env.services.db, tenant.id)).toMatchObject({ ok: true });
  });

  it('changes nothing when hr_admin rejects', async () => {
    const before = await detail(employee.id);
    const asked = json(
      await me.post(`${api}/me/corrections`, { changes: { address: 'Jl. Sudirman No. 5' }, reason: 'Pindah rumah' }),
      201,
    );
    expect(
      json(await hr.post(`${api}/corrections/${asked.id}/decision`, { decision: 'rejected', note: 'Lampirkan KTP' })),
    ).toEqual({ id: asked.id, status: 'rejected' });
    expect(await detail(employee.id)).toEqual(before);
    const mine = json<{ items: Array<{ id: string; status: string; decisionNote: string | null }> }>(
      await me.get(`${api}/me/corrections`),
    ).items;
    expect(mine.find((c) => c.id === asked.id)).toMatchObject({ status: 'rejected', decisionNote: 'Lampirkan KTP' });
  });

  it('refuses a correction whose values would not pass the form', async () => {
    const invalid = await me.post(`${api}/me/corrections`, {
      changes: { email: 'bukan-email', educationLevel: 'S9' },
      reason: 'Perbaikan data',
    });
    expect(invalid.statusCode).toBe(400);
    expect((errorOf(invalid).details as Array<{ path: string }>).map((d) => d.path).sort()).toEqual([
      'changes.educationLevel',
      'changes.email',
    ]);
    const notCorrectable = await me.post(`${api}/me/corrections`, {
      changes: { nip: '198503122010011003' },
      reason: 'Perbaikan data',
    });
    expect(notCorrectable.statusCode).toBe(400);
  });

  it('answers no session, no employee record, another tenant and unknown ids', async () => {
    expect((await env.client().get(`${api}/me`)).statusCode).toBe(401);
    expect(
      (await env.client().post(`${api}/me/corrections`, { changes: { phone: '0812' }, reason: 'apa saja' })).statusCode,
    ).toBe(401);
    // hr_admin has no employee record of their own here.
    const missing = await hr.get(`${api}/me`);
    expect(missing.statusCode).toBe(404);
    expect(errorOf(missing).code).toBe('employee_record_missing');
    const asked = json(
      await me.post(`${api}/me/corrections`, { changes: { phone: '0812 7777 6666' }, reason: 'Nomor baru' }),
      201,
    );
    const other = await buildTenant(env.services);
    const otherHr = await signInAs(env, other, ['hr_admin']);
    expect(
      (await otherHr.post(`${peopleApi(other)}/corrections/${asked.id}/decision`, { decision: 'approved' })).statusCode,
    ).toBe(404);
    expect((await otherHr.post(`${api}/corrections/${asked.id}/decision`, { decision: 'approved' })).statusCode).toBe(
      403,
    );
    expect(json<{ items: unknown[] }>(await otherHr.get(`${peopleApi(other)}/corrections`)).items).toEqual([]);
    expect((await detail(employee.id)).phone).not.toBe('0812 7777 6666');
  });
});
