import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { localDate } from '@lentera/common';
import { beforeAll, expect, it } from 'vitest';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import { errorOf } from '../../../test/requests';
import { buildUnit } from '../../people/test/factories';
import { json, signInAs } from '../../people/test/http';
import { buildPublishedService, completeStandard } from '../test/factories';

describeEachDialect('services: catalog routes', (env) => {
  let tenant: TenantRecord;
  let other: TenantRecord;
  let s: string;
  let unitA: string;
  let unitB: string;
  let today: string;

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    other = await buildTenant(env.services);
    s = `/api/t/${tenant.slug}/services`;
    unitA = (await buildUnit(env.services, tenant, { name: 'Dinas Kependudukan dan Pencatatan Sipil' })).id;
    unitB = (await buildUnit(env.services, tenant, { name: 'Dinas Kesehatan' })).id;
    today = localDate(env.clock.now(), tenant.timeZone);
  });

  it('serves the public catalog, a page and a version without a session; 404 for what is not published', async () => {
    const { service } = await buildPublishedService(env.services, tenant, {
      unitId: unitA,
      service: { name: 'Akta Kelahiran', summary: 'Pencatatan kelahiran' },
    });
    const visitor = env.client();
    const catalog = json(await visitor.get(s));
    expect(catalog.services.map((x: { id: string }) => x.id)).toContain(service.id);
    expect(json(await visitor.get(`${s}?q=akta&unitId=${unitA}`)).services).toHaveLength(1);
    expect(json(await visitor.get(`${s}?q=tidak-ada`)).services).toEqual([]);
    const page = json(await visitor.get(`${s}/${service.id}`));
    expect(page).toMatchObject({
      service: { name: 'Akta Kelahiran' },
      standard: { version: 1, fee: 0 },
      upcoming: null,
    });
    expect(json(await visitor.get(`${s}/${service.id}/versions/1`))).toMatchObject({ version: 1, durationDays: 5 });
    expect((await visitor.get(`${s}/${service.id}/versions/2`)).statusCode).toBe(404);
    expect((await visitor.get(`${s}/${service.id}/versions/nol`)).statusCode).toBe(400);
    expect((await visitor.get(`${s}/no-such-service`)).statusCode).toBe(404);
    // Compressed once per snapshot, as the compression plugin would: brotli first, then gzip.
    const br = await env.app.inject({ url: s, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect([br.headers['content-encoding'], br.headers['content-type']]).toEqual([
      'br',
      'application/json; charset=utf-8',
    ]);
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(catalog);
    const gz = await env.app.inject({ url: `${s}/${service.id}`, headers: { 'accept-encoding': 'gzip;q=1, br;q=0' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString())).toEqual(page);
    // Another tenant's service is not found on this tenant's path.
    expect((await visitor.get(`/api/t/${other.slug}/services/${service.id}`)).statusCode).toBe(404);
  });

  it('asks for a session on the admin routes and refuses roles that do not manage services', async () => {
    const { service, standard } = await buildPublishedService(env.services, tenant, { unitId: unitA });
    const anonymous = env.client();
    for (const [method, url] of [
      ['GET', `${s}/admin`],
      ['GET', `${s}/admin/${service.id}`],
      ['GET', `${s}/approvals`],
    ] as const)
      expect((await anonymous.request(method, url)).statusCode).toBe(401);
    const employee = await signInAs(env, tenant, ['employee']);
    expect((await employee.get(`${s}/admin`)).statusCode).toBe(403);
    expect((await employee.get(`${s}/approvals`)).statusCode).toBe(403);
    expect((await employee.post(`${s}/admin`, { unitId: unitA, name: 'Layanan Baru' })).statusCode).toBe(403);
    expect((await employee.put(`${s}/standards/${standard.id}`, completeStandard(today))).statusCode).toBe(403);
    expect((await employee.post(`${s}/standards/${standard.id}/approve`)).statusCode).toBe(403);
  });

  it('lets a unit admin run the services of the unit only; another unit or tenant is not found', async () => {
    const mine = await buildPublishedService(env.services, tenant, { unitId: unitA });
    const theirs = await buildPublishedService(env.services, tenant, { unitId: unitB });
    const elsewhere = await buildPublishedService(env.services, other);
    const unitAdmin = await signInAs(env, tenant, [{ role: 'unit_admin', unitId: unitA }]);

    const list = json(await unitAdmin.get(`${s}/admin`));
    expect(list.canApprove).toBe(false);
    const ids = list.services.map((x: { id: string }) => x.id);
    expect(ids).toContain(mine.service.id);
    expect(ids).not.toContain(theirs.service.id);
    expect(ids).not.toContain(elsewhere.service.id);

    for (const id of [theirs.service.id, elsewhere.service.id]) {
      expect((await unitAdmin.get(`${s}/admin/${id}`)).statusCode).toBe(404);
      expect((await unitAdmin.put(`${s}/admin/${id}`, { unitId: unitA, name: 'Diambil alih' })).statusCode).toBe(404);
      expect((await unitAdmin.post(`${s}/admin/${id}/standards`)).statusCode).toBe(404);
    }
    const theirDraft = json(
      await (await signInAs(env, tenant, ['tenant_admin'])).post(`${s}/admin/${theirs.service.id}/standards`),
    );
    expect((await unitAdmin.put(`${s}/standards/${theirDraft.id}`, completeStandard(today))).statusCode).toBe(404);
    expect((await unitAdmin.post(`${s}/standards/${theirDraft.id}/submit`)).statusCode).toBe(404);
    const tenantAdmin = await signInAs(env, tenant, ['tenant_admin']);
    expect((await tenantAdmin.get(`${s}/admin/${elsewhere.service.id}`)).statusCode).toBe(404);
    expect((await tenantAdmin.put(`${s}/standards/${elsewhere.standard.id}`, completeStandard(today))).statusCode).toBe(
      404,
    );
    expect((await tenantAdmin.post(`${s}/standards/${elsewhere.standard.id}/approve`)).statusCode).toBe(404);

    // Placing a service in a unit one does not manage, or in no unit of the tenant: a field error.
    const notMine = await unitAdmin.post(`${s}/admin`, { unitId: unitB, name: 'Layanan Lain' });
    expect(notMine.statusCode).toBe(400);
    expect(errorOf(notMine).details).toEqual([{ path: 'unitId', message: expect.stringContaining('unit') }]);
    const unknown = await tenantAdmin.post(`${s}/admin`, { unitId: 'bukan-unit', name: 'Layanan Lain' });
    expect(unknown.statusCode).toBe(400);
    expect(errorOf(unknown).details).toEqual([{ path: 'unitId', message: expect.any(String) }]);
  });

  it('takes a service from creation to publication through the routes, with scripts kept as text', async () => {
    const unitAdmin = await signInAs(env, tenant, [{ role: 'unit_admin', unitId: unitA }]);
    const hr = await signInAs(env, tenant, ['hr_admin']);
    const script = '<script>alert(1)</script>';
    const { id } = json(await unitAdmin.post(`${s}/admin`, { unitId: unitA, name: `Surat Pindah ${script}` }));
    const detail = json(await unitAdmin.get(`${s}/admin/${id}`));
    expect(detail.service).toMatchObject({ name: `Surat Pindah ${script}`, inForce: null, unitId: unitA });
    expect(detail.service.missing).toHaveLength(6);
    const draftId = detail.standards[0].id;
    expect(detail.standards[0]).toMatchObject({ status: 'draft', version: 1 });

    const incomplete = await unitAdmin.post(`${s}/standards/${draftId}/submit`);
    expect(incomplete.statusCode).toBe(400);
    expect(errorOf(incomplete)).toMatchObject({ code: 'services_standard_incomplete' });
    expect(errorOf(incomplete).message).toContain('persyaratan');

    const bad = await unitAdmin.put(`${s}/standards/${draftId}`, {
      ...completeStandard(today),
      durationDays: 0,
      fee: -1,
      effectiveFrom: 'besok',
      form: [
        { key: 'Nama', label: 'Nama', type: 'text' },
        { key: 'pilih', label: 'Pilihan', type: 'choice', choices: ['satu'] },
      ],
    });
    expect(bad.statusCode).toBe(400);
    const paths = (errorOf(bad).details as Array<{ path: string }>).map((d) => d.path);
    expect(paths).toEqual(
      expect.arrayContaining(['durationDays', 'fee', 'effectiveFrom', 'form.0.key', 'form.1.choices']),
    );

    json(
      await unitAdmin.put(`${s}/standards/${draftId}`, completeStandard(today, { requirements: `KTP-el ${script}` })),
    );
    json(await unitAdmin.post(`${s}/standards/${draftId}/submit`));
    expect((await unitAdmin.put(`${s}/standards/${draftId}`, completeStandard(today))).statusCode).toBe(409);
    expect((await unitAdmin.post(`${s}/standards/${draftId}/approve`)).statusCode).toBe(403);

    const inbox = json(await hr.get(`${s}/approvals`));
    expect(inbox.standards.find((x: { id: string }) => x.id === draftId)).toMatchObject({
      serviceId: id,
      unitName: 'Dinas Kependudukan dan Pencatatan Sipil',
    });
    const noNote = await hr.post(`${s}/standards/${draftId}/return`, { note: '' });
    expect(noNote.statusCode).toBe(400);
    expect((errorOf(noNote).details as Array<{ path: string }>).map((d) => d.path)).toEqual(['note']);
    json(await hr.post(`${s}/standards/${draftId}/return`, { note: 'Lengkapi dasar hukum.' }));
    expect(json(await unitAdmin.get(`${s}/admin/${id}`)).standards[0]).toMatchObject({
      status: 'returned',
      returnNote: 'Lengkapi dasar hukum.',
    });
    json(await unitAdmin.post(`${s}/standards/${draftId}/submit`));
    json(await hr.post(`${s}/standards/${draftId}/approve`));

    const page = json(await env.client().get(`${s}/${id}`));
    expect(page.service.name).toBe(`Surat Pindah ${script}`);
    expect(page.standard.requirements).toBe(`KTP-el ${script}`);

    json(await unitAdmin.put(`${s}/admin/${id}`, { unitId: unitA, name: 'Surat Keterangan Pindah' }));
    expect(json(await env.client().get(`${s}/${id}`)).service.name).toBe('Surat Keterangan Pindah');
    const next = json(await unitAdmin.post(`${s}/admin/${id}/standards`));
    expect(next.version).toBe(2);
    expect((await unitAdmin.post(`${s}/admin/${id}/standards`)).statusCode).toBe(409);
    const row = json(await unitAdmin.get(`${s}/admin`)).services.find((x: { id: string }) => x.id === id);
    expect(row).toMatchObject({ inForce: { version: 1 }, pending: { version: 2, status: 'draft' }, missing: [] });

    const badService = await unitAdmin.put(`${s}/admin/${id}`, { unitId: unitA, name: 'x', active: 'ya' });
    expect(badService.statusCode).toBe(400);
    expect((errorOf(badService).details as Array<{ path: string }>).map((d) => d.path).sort()).toEqual([
      'active',
      'name',
    ]);
  });
});
