import { tenantSchema } from '@lentera/common';
import { beforeAll, expect, it } from 'vitest';
import { buildAccount, buildTenant } from '../../test/factories';
import { describeEachDialect } from '../../test/harness';
import type { HttpClient } from '../../test/http-client';
import { errorOf } from '../../test/requests';
import { SYSTEM_CHAIN, verifyChain } from '../audit/audit';
import type { TenantRecord } from './repository';

const NEW_TENANT = {
  slug: 'kabupaten-uji',
  name: 'Pemerintah Kabupaten Uji',
  kind: 'kabupaten',
  code: 'KBU',
  timeZone: 'Asia/Jayapura',
  contacts: { address: 'Jl. Trikora No. 1', phone: '0967-123456' },
};

describeEachDialect('tenants', (env) => {
  let existing: TenantRecord;
  let asSystemAdmin: HttpClient;
  let asTenantAdmin: HttpClient;

  beforeAll(async () => {
    existing = await buildTenant(env.services, { code: 'EXI' });
    const systemAdmin = await buildAccount(env.services, { systemAdmin: true });
    const tenantAdmin = await buildAccount(env.services, { roles: [{ tenant: existing, role: 'tenant_admin' }] });
    asSystemAdmin = env.client();
    asTenantAdmin = env.client();
    await asSystemAdmin.login(systemAdmin.email, systemAdmin.password);
    await asTenantAdmin.login(tenantAdmin.email, tenantAdmin.password);
  });

  it("lists the tenants and shows one tenant's identity to anyone, without internal ids", async () => {
    const anonymous = env.client();
    const list = await anonymous.get('/api/tenants');
    expect(list.statusCode).toBe(200);
    const tenants = list.json().tenants;
    expect(tenants.map((t: { slug: string }) => t.slug)).toContain(existing.slug);
    for (const t of tenants) {
      expect(tenantSchema.strict().safeParse(t).success, JSON.stringify(t)).toBe(true);
      expect(t).not.toHaveProperty('id');
    }

    const one = await anonymous.get(`/api/t/${existing.slug}`);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toEqual({
      slug: existing.slug,
      name: existing.name,
      kind: 'kota',
      code: 'EXI',
      timeZone: 'Asia/Jakarta',
      locale: 'id',
      logoUrl: null,
      contacts: { address: 'Jl. Uji No. 1' },
      // No tile server configured: the complaint form offers no map, only the address and "use my location".
      mapTiles: null,
    });
  });

  it('lets a system administrator create a tenant, and refuses bad and duplicate ones', async () => {
    const created = await asSystemAdmin.post('/api/admin/tenants', NEW_TENANT);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({ ...NEW_TENANT, locale: 'id', logoUrl: null });
    expect((await env.client().get('/api/t/kabupaten-uji')).json().timeZone).toBe('Asia/Jayapura');

    const badSlug = await asSystemAdmin.post('/api/admin/tenants', { ...NEW_TENANT, slug: 'Kota Baru!', code: 'KBR' });
    expect(badSlug.statusCode).toBe(400);
    expect(errorOf(badSlug).code).toBe('validation_failed');
    expect(errorOf(badSlug).details).toEqual([expect.objectContaining({ path: 'slug' })]);

    const badZone = await asSystemAdmin.post('/api/admin/tenants', {
      ...NEW_TENANT,
      slug: 'kota-zona',
      code: 'KZN',
      timeZone: 'Asia/Atlantis',
    });
    expect(badZone.statusCode).toBe(400);
    expect(errorOf(badZone).details).toEqual([expect.objectContaining({ path: 'timeZone' })]);

    const duplicate = await asSystemAdmin.post('/api/admin/tenants', { ...NEW_TENANT, code: 'KBD' });
    expect(duplicate.statusCode).toBe(409);
    expect(errorOf(duplicate).code).toBe('slug_taken');
    const duplicateCode = await asSystemAdmin.post('/api/admin/tenants', { ...NEW_TENANT, slug: 'kabupaten-lain' });
    expect(duplicateCode.statusCode).toBe(409);

    const all = await asSystemAdmin.get('/api/admin/tenants');
    expect(all.statusCode).toBe(200);
    expect(all.json().tenants.filter((t: { slug: string }) => t.slug === 'kabupaten-uji')).toHaveLength(1);
  });

  it('refuses tenant administration to anyone but a system administrator', async () => {
    const body = { ...NEW_TENANT, slug: 'kota-terlarang', code: 'KTL' };
    const byTenantAdmin = await asTenantAdmin.post('/api/admin/tenants', body);
    expect(byTenantAdmin.statusCode).toBe(403);
    expect(errorOf(byTenantAdmin).code).toBe('forbidden');
    expect((await asTenantAdmin.get('/api/admin/tenants')).statusCode).toBe(403);
    expect(
      (await asTenantAdmin.patch(`/api/admin/tenants/${existing.slug}`, { name: 'Diambil Alih' })).statusCode,
    ).toBe(403);
    const anonymous = await env.client().post('/api/admin/tenants', body);
    expect(anonymous.statusCode).toBe(401);
    expect((await env.client().get('/api/t/kota-terlarang')).statusCode).toBe(404);
    expect((await env.client().get(`/api/t/${existing.slug}`)).json().name).toBe(existing.name);
  });

  it('changes a tenant and records the change in the system chain', async () => {
    const created = await buildTenant(env.services, { code: 'UBH' });
    const systemHead = async () =>
      (
        await env.services.db
          .selectFrom('audit_heads')
          .select('seq')
          .where('tenant_id', '=', SYSTEM_CHAIN)
          .executeTakeFirst()
      )?.seq ?? 0;
    const headBefore = await systemHead();

    // Read once so that a cached copy exists; the change must not be hidden by it.
    expect((await env.client().get(`/api/t/${created.slug}`)).json().name).toBe(created.name);
    const changed = await asSystemAdmin.patch(`/api/admin/tenants/${created.slug}`, {
      name: 'Pemerintah Kota Uji Baru',
      contacts: { address: 'Jl. Baru No. 2', email: 'humas@uji.go.id' },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ slug: created.slug, name: 'Pemerintah Kota Uji Baru', code: 'UBH' });
    const read = (await env.client().get(`/api/t/${created.slug}`)).json();
    expect(read).toMatchObject({ name: 'Pemerintah Kota Uji Baru', contacts: { email: 'humas@uji.go.id' } });

    expect(await systemHead()).toBe(headBefore + 1);
    const entry = await env.services.db
      .selectFrom('audit_entries')
      .selectAll()
      .where('tenant_id', '=', SYSTEM_CHAIN)
      .where('seq', '=', headBefore + 1)
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ action: 'tenant.updated', entity_type: 'tenant', entity_id: created.id });
    expect(entry.actor_id).toBeTruthy();
    expect(await verifyChain(env.services.db, SYSTEM_CHAIN)).toMatchObject({ ok: true, length: headBefore + 1 });
    // The tenant's own chain is not where tenant changes go.
    expect((await env.client().get(`/api/t/${created.slug}/audit/head`)).json().length).toBe(0);

    const badKind = await asSystemAdmin.patch(`/api/admin/tenants/${created.slug}`, { kind: 'negara' });
    expect(badKind.statusCode).toBe(400);
    const takenCode = await asSystemAdmin.patch(`/api/admin/tenants/${created.slug}`, { code: 'EXI' });
    expect(takenCode.statusCode).toBe(409);
    expect(errorOf(takenCode).code).toBe('slug_taken');
    const unknown = await asSystemAdmin.patch('/api/admin/tenants/kota-tidak-ada', { name: 'Tidak Ada' });
    expect(unknown.statusCode).toBe(404);
    expect(errorOf(unknown).code).toBe('tenant_not_found');
    expect(await systemHead()).toBe(headBefore + 1);
  });
});
