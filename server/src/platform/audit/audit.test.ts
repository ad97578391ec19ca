import { describe, expect, it } from 'vitest';
import { buildAccount, buildTenant } from '../../test/factories';
import { describeEachDialect } from '../../test/harness';
import { makeCtx, transaction } from '../context';
import { canonicalJson, recordAudit, verifyChain } from './audit';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: undefined }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"z":1}]},"b":1}',
    );
  });
});

describeEachDialect('audit chain', (env) => {
  it('links entries, and verify names the first entry that was altered or removed', async () => {
    const tenant = await buildTenant(env.services);
    const admin = await buildAccount(env.services, { roles: [{ tenant, role: 'tenant_admin' }] });
    const ctx = makeCtx(env.services, {
      tenant,
      actor: { accountId: admin.id, name: 'Admin', isSystemAdmin: false, grants: [] },
    });
    for (let i = 0; i < 5; i++) {
      await transaction(ctx, (tx) =>
        recordAudit(tx, { action: 'test.changed', entityType: 'thing', entityId: `t${i}`, after: { i } }),
      );
    }
    expect(await verifyChain(env.services.db, tenant.id)).toEqual({
      ok: true,
      length: 5,
      brokenAt: null,
      reason: null,
    });

    await env.services.db
      .updateTable('audit_entries')
      .set({ entity_id: 'tampered' })
      .where('tenant_id', '=', tenant.id)
      .where('seq', '=', 3)
      .execute();
    const broken = await verifyChain(env.services.db, tenant.id);
    expect(broken).toMatchObject({ ok: false, brokenAt: 3, length: 2 });
  });

  it('writes nothing when the change it belongs to fails', async () => {
    const tenant = await buildTenant(env.services);
    const ctx = makeCtx(env.services, { tenant });
    await expect(
      transaction(ctx, async (tx) => {
        await recordAudit(tx, { action: 'test.changed', entityType: 'thing' });
        throw new Error('crash mid-write');
      }),
    ).rejects.toThrow('crash mid-write');
    expect(await verifyChain(env.services.db, tenant.id)).toMatchObject({ ok: true, length: 0 });
  });
});
