import { roleGrantSchema } from '@lentera/common';
import { beforeAll, expect, it } from 'vitest';
import { buildAccount, buildTenant, type TestAccount } from '../../test/factories';
import { describeEachDialect } from '../../test/harness';
import type { HttpClient } from '../../test/http-client';
import { errorOf } from '../../test/requests';
import { findAccount, loadActor } from '../auth/actor';
import type { TenantRecord } from '../tenancy/repository';
import type { UnitHierarchy } from './registry';

const GRANTEE_NIP = '198503152010011002';

/** A small unit tree: a dinas with two bidang, and a seksi under the first. */
const PARENT_OF: Record<string, string | undefined> = {
  'seksi-a1': 'bidang-a',
  'bidang-a': 'dinas',
  'bidang-b': 'dinas',
  dinas: undefined,
};
const fakeUnits: UnitHierarchy = {
  ancestorsOf: async (_tenantId, unitId) => {
    const chain: string[] = [];
    for (let unit: string | undefined = unitId; unit; unit = PARENT_OF[unit]) chain.push(unit);
    return chain;
  },
};

describeEachDialect('role grants', (env) => {
  let tenant: TenantRecord;
  let otherTenant: TenantRecord;
  let admin: TestAccount;
  let employee: TestAccount;
  let grantee: TestAccount;
  let asAdmin: HttpClient;
  let asEmployee: HttpClient;
  const rolesUrl = () => `/api/t/${tenant.slug}/admin/roles`;

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    otherTenant = await buildTenant(env.services);
    admin = await buildAccount(env.services, { roles: [{ tenant, role: 'tenant_admin' }] });
    employee = await buildAccount(env.services, {
      roles: [
        { tenant, role: 'employee' },
        { tenant: otherTenant, role: 'tenant_admin' },
      ],
    });
    grantee = await buildAccount(env.services, { nip: GRANTEE_NIP, name: 'Rina Penerima' });
    asAdmin = env.client();
    asEmployee = env.client();
    expect((await asAdmin.login(admin.email, admin.password)).statusCode).toBe(200);
    expect((await asEmployee.login(employee.email, employee.password)).statusCode).toBe(200);
  });

  it('grants by e-mail or NIP, lists, refuses duplicates and unknown logins, and revokes', async () => {
    const byEmail = await asAdmin.post(rolesUrl(), { login: grantee.email, role: 'inspector' });
    expect(byEmail.statusCode).toBe(201);
    const inspector = roleGrantSchema.parse(byEmail.json());
    expect(inspector).toMatchObject({
      accountId: grantee.id,
      accountName: 'Rina Penerima',
      login: GRANTEE_NIP,
      role: 'inspector',
      unitId: null,
      grantedBy: admin.id,
    });

    const byNip = await asAdmin.post(rolesUrl(), { login: '19850315 201001 1 002', role: 'hr_admin' });
    expect(byNip.statusCode).toBe(201);
    const hrAdmin = roleGrantSchema.parse(byNip.json());

    const list = await asAdmin.get(rolesUrl());
    expect(list.statusCode).toBe(200);
    const mine = list.json().items.filter((g: { accountId: string }) => g.accountId === grantee.id);
    expect(mine.map((g: { role: string }) => g.role).sort()).toEqual(['hr_admin', 'inspector']);
    const filtered = await asAdmin.get(`${rolesUrl()}?role=inspector&q=rina`);
    expect(filtered.json()).toMatchObject({ total: 1, items: [{ id: inspector.id }] });

    const duplicate = await asAdmin.post(rolesUrl(), { login: grantee.email, role: 'inspector' });
    expect(duplicate.statusCode).toBe(409);
    expect(errorOf(duplicate).code).toBe('role_already_granted');

    const unknown = await asAdmin.post(rolesUrl(), { login: 'tidak.ada@uji.lentera.id', role: 'inspector' });
    expect(unknown.statusCode).toBe(404);
    expect(errorOf(unknown)).toEqual({
      code: 'account_not_found',
      message: 'Tidak ada akun dengan login "tidak.ada@uji.lentera.id".',
    });

    const notGrantable = await asAdmin.post(rolesUrl(), { login: grantee.email, role: 'system_admin' });
    expect(notGrantable.statusCode).toBe(400);
    expect(errorOf(notGrantable).details).toEqual([expect.objectContaining({ path: 'role' })]);

    const revoked = await asAdmin.delete(`${rolesUrl()}/${hrAdmin.id}`);
    expect(revoked.statusCode).toBe(204);
    const after = await asAdmin.get(rolesUrl());
    expect(after.json().items.map((g: { id: string }) => g.id)).not.toContain(hrAdmin.id);
    const again = await asAdmin.delete(`${rolesUrl()}/${hrAdmin.id}`);
    expect(again.statusCode).toBe(404);
    expect(errorOf(again).code).toBe('not_found');
  });

  it('refuses the role routes to an employee without tenant_admin, even one who administers another tenant', async () => {
    const someGrant = await asAdmin.get(rolesUrl());
    const grantId = someGrant.json().items[0].id;
    for (const response of [
      await asEmployee.get(rolesUrl()),
      await asEmployee.post(rolesUrl(), { login: employee.email, role: 'tenant_admin' }),
      await asEmployee.delete(`${rolesUrl()}/${grantId}`),
    ]) {
      expect(response.statusCode).toBe(403);
      expect(errorOf(response).code).toBe('forbidden');
    }
    expect((await asAdmin.get(rolesUrl())).json().items.map((g: { id: string }) => g.id)).toContain(grantId);
  });

  it("shows a new grant in the grantee's session", async () => {
    const person = await buildAccount(env.services, { roles: [{ tenant, role: 'employee' }] });
    const asPerson = env.client();
    await asPerson.login(person.email, person.password);
    const before = (await asPerson.refreshSession()).account.tenants[0];
    expect(before.slug).toBe(tenant.slug);
    expect(before.permissions).toContain('workspace.use');
    expect(before.permissions).not.toContain('admin.audit.read');

    expect((await asAdmin.post(rolesUrl(), { login: person.email, role: 'inspector' })).statusCode).toBe(201);
    const after = (await asPerson.refreshSession()).account.tenants[0];
    expect(after.roles).toEqual(expect.arrayContaining([{ role: 'inspector', unitId: null }]));
    expect(after.permissions).toContain('admin.audit.read');
    expect(after.permissions).not.toContain('admin.roles.manage');
    // The new permission works at once.
    expect((await asPerson.get(`/api/t/${tenant.slug}/admin/audit`)).statusCode).toBe(200);
  });

  it('writes grants and revocations to the audit log, keeps the chain valid and moves the public head', async () => {
    const headBefore = (await env.client().get(`/api/t/${tenant.slug}/audit/head`)).json();
    const granted = await asAdmin.post(rolesUrl(), { login: grantee.email, role: 'trainer' });
    expect(granted.statusCode).toBe(201);
    const grantId = granted.json().id;
    expect((await asAdmin.delete(`${rolesUrl()}/${grantId}`)).statusCode).toBe(204);

    const headAfter = (await env.client().get(`/api/t/${tenant.slug}/audit/head`)).json();
    expect(headAfter.tenant).toBe(tenant.slug);
    expect(headAfter.length).toBe(headBefore.length + 2);
    expect(headAfter.headHash).toMatch(/^[0-9a-f]{64}$/);
    expect(headAfter.headHash).not.toBe(headBefore.headHash);

    const audit = await asAdmin.get(`/api/t/${tenant.slug}/admin/audit?pageSize=2`);
    expect(audit.statusCode).toBe(200);
    expect(audit.json().items).toMatchObject([
      { seq: headAfter.length, action: 'role.revoked', entityId: grantId, actorId: admin.id, hash: headAfter.headHash },
      { seq: headAfter.length - 1, action: 'role.granted', entityId: grantId, actorId: admin.id },
    ]);
    const filtered = await asAdmin.get(`/api/t/${tenant.slug}/admin/audit?action=role.granted&pageSize=200`);
    expect(filtered.json().items.every((e: { action: string }) => e.action === 'role.granted')).toBe(true);
    expect(filtered.json().total).toBeGreaterThanOrEqual(1);

    const verify = await asAdmin.get(`/api/t/${tenant.slug}/admin/audit/verify`);
    expect(verify.json()).toEqual({ ok: true, length: headAfter.length, brokenAt: null, reason: null });

    // The other tenant's chain did not move, and its log is closed to this admin.
    expect((await env.client().get(`/api/t/${otherTenant.slug}/audit/head`)).json().length).toBe(0);
    expect((await asAdmin.get(`/api/t/${otherTenant.slug}/admin/audit`)).statusCode).toBe(403);
  });

  it('lets a grant on a unit cover its sub-units but not its siblings or parent', async () => {
    const unitAdmin = await buildAccount(env.services);
    const granted = await asAdmin.post(rolesUrl(), { login: unitAdmin.email, role: 'hr_admin', unitId: 'bidang-a' });
    expect(granted.statusCode).toBe(201);
    expect(granted.json().unitId).toBe('bidang-a');

    const access = env.services.access;
    const originalUnits = access.units;
    access.units = fakeUnits;
    try {
      const account = (await findAccount(env.services.db, unitAdmin.id))!;
      const actor = await loadActor(env.services, account, tenant.id);
      expect(actor.grants).toEqual([{ role: 'hr_admin', unitId: 'bidang-a' }]);
      expect(await access.hasRole(actor, 'hr_admin', tenant.id, 'bidang-a')).toBe(true);
      expect(await access.hasRole(actor, 'hr_admin', tenant.id, 'seksi-a1')).toBe(true);
      expect(await access.hasRole(actor, 'hr_admin', tenant.id, 'bidang-b')).toBe(false);
      expect(await access.hasRole(actor, 'hr_admin', tenant.id, 'dinas')).toBe(false);
      expect(await access.hasRole(actor, 'hr_admin', tenant.id, null)).toBe(false);
      expect(await access.hasRole(actor, 'inspector', tenant.id, 'seksi-a1')).toBe(false);

      // The same role on another unit is a separate grant; a tenant-wide grant covers every unit.
      expect(
        (await asAdmin.post(rolesUrl(), { login: unitAdmin.email, role: 'hr_admin', unitId: 'bidang-b' })).statusCode,
      ).toBe(201);
      expect((await asAdmin.post(rolesUrl(), { login: unitAdmin.email, role: 'inspector' })).statusCode).toBe(201);
      const wider = await loadActor(env.services, account, tenant.id);
      expect(await access.hasRole(wider, 'hr_admin', tenant.id, 'bidang-b')).toBe(true);
      expect(await access.hasRole(wider, 'hr_admin', tenant.id, 'dinas')).toBe(false);
      expect(await access.hasRole(wider, 'inspector', tenant.id, 'dinas')).toBe(true);
      // Grants are per tenant.
      const elsewhere = await loadActor(env.services, account, otherTenant.id);
      expect(await access.hasRole(elsewhere, 'hr_admin', otherTenant.id, 'seksi-a1')).toBe(false);
    } finally {
      access.units = originalUnits;
    }
  });
});
