import { beforeAll, expect, it } from 'vitest';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import type { HttpClient } from '../../../test/http-client';
import { IMPORT_COLUMNS } from '../import-format';
import { buildUnit } from '../test/factories';
import { json, multipartFile, peopleApi, signInAs } from '../test/http';

const HEADER = IMPORT_COLUMNS.map((c) => c.key).join(',');

interface Listed {
  id: string;
  fileName: string;
  rows: number;
  errors: number;
  status: string;
  summary: Record<string, unknown> | null;
  createdAt: string;
  createdBy: string | null;
}

describeEachDialect('people: list of imports', (env) => {
  let tenant: TenantRecord;
  let hr: HttpClient;
  let api: string;

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    hr = await signInAs(env, tenant, ['hr_admin'], { name: 'Rina Kepegawaian' });
    api = peopleApi(tenant);
  });

  const upload = async (client: HttpClient, fileName: string, content: string) => {
    const { body, headers } = multipartFile(fileName, content);
    return json<{ id: string }>(await client.post(`${api}/imports`, body, headers), 201).id;
  };
  const list = async (client: HttpClient) => json<{ items: Listed[] }>(await client.get(`${api}/imports`)).items;

  it('lists past imports newest first, to hr_admin all and to a unit admin their own', async () => {
    const unit = await buildUnit(env.services, tenant);
    const empty = await upload(hr, 'kosong.csv', `${HEADER}\n`);
    env.clock.advance(60_000);
    const bad = await upload(hr, 'salah.csv', `${HEADER}\n123,Nama,X,,,,,,\n`);
    const unitAdmin = await signInAs(env, tenant, [{ role: 'unit_admin', unitId: unit.id }], { name: 'Admin Unit' });
    env.clock.advance(60_000);
    const theirs = await upload(unitAdmin, 'unit.csv', `${HEADER}\n`);

    const all = await list(hr);
    expect(all.map((i) => i.id)).toEqual([theirs, bad, empty]);
    expect(all[1]).toMatchObject({ fileName: 'salah.csv', rows: 1, status: 'invalid', createdBy: 'Rina Kepegawaian' });
    expect(all[1]!.errors).toBeGreaterThan(0);
    expect(all[2]).toMatchObject({
      status: 'checked',
      summary: { create: 0, update: 0, unchanged: 0, newPositions: 0 },
    });
    expect((await list(unitAdmin)).map((i) => i.id)).toEqual([theirs]);

    const employee = await signInAs(env, tenant, ['employee']);
    expect((await employee.get(`${api}/imports`)).statusCode).toBe(403);
    expect((await env.client().get(`${api}/imports`)).statusCode).toBe(401);
    const otherTenant = await buildTenant(env.services);
    const otherHr = await signInAs(env, otherTenant, ['hr_admin']);
    expect(json<{ items: Listed[] }>(await otherHr.get(`${peopleApi(otherTenant)}/imports`)).items).toEqual([]);
  });
});
