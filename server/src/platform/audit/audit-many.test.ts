import { expect, it } from 'vitest';
import { buildTenant } from '../../test/factories';
import { describeEachDialect, type TestEnv } from '../../test/harness';
import { type Actor, makeCtx, transaction } from '../context';
import {
  type AuditManyInput,
  canonicalJson,
  chainHead,
  entryHash,
  recordAudit,
  recordAuditMany,
  sha256,
  verifyChain,
} from './audit';

const officer: Actor = { accountId: 'acc-officer', name: 'Petugas Uji', isSystemAdmin: false, grants: [] };
const other: Actor = { accountId: 'acc-other', name: 'Pejabat Lain', isSystemAdmin: false, grants: [] };

async function entries(env: TestEnv, chain: string) {
  return env.services.db
    .selectFrom('audit_entries')
    .selectAll()
    .where('tenant_id', '=', chain)
    .orderBy('seq')
    .execute();
}

/** What an entry says, without what ties it to its chain (its chain id and hashes). */
const content = (e: Awaited<ReturnType<typeof entries>>[number]) => ({
  seq: e.seq,
  at: e.at,
  actor_id: e.actor_id,
  actor_name: e.actor_name,
  action: e.action,
  entity_type: e.entity_type,
  entity_id: e.entity_id,
  digest: e.digest,
});

const inputs: AuditManyInput[] = [
  { action: 'thing.created', entityType: 'thing', entityId: 't1', after: { name: 'satu', n: 1 } },
  { action: 'thing.changed', entityType: 'thing', entityId: 't1', before: { name: 'satu' }, after: { name: 'dua' } },
  { action: 'thing.removed', entityType: 'thing', entityId: 't2', before: { n: 2 } },
  { action: 'settings.changed', entityType: 'settings', after: { on: true } },
];

describeEachDialect('audit: several entries at once', (env) => {
  it('appends entries in order as a valid chain, with consecutive numbers each linked to the one before', async () => {
    const tenant = await buildTenant(env.services);
    const ctx = makeCtx(env.services, { tenant, actor: officer });
    await transaction(ctx, (tx) => recordAuditMany(tx, inputs));
    expect(await verifyChain(env.services.db, tenant.id)).toEqual({
      ok: true,
      length: 4,
      brokenAt: null,
      reason: null,
    });
    const rows = await entries(env, tenant.id);
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4]);
    expect(rows.map((r) => r.action)).toEqual(inputs.map((i) => i.action));
    expect(rows.map((r) => r.entity_id)).toEqual(['t1', 't1', 't2', null]);
    expect(rows[0]?.prev_hash).toBeNull();
    rows.forEach((row, i) => {
      if (i > 0) expect(row.prev_hash).toBe(rows[i - 1]?.hash);
      expect(row.hash).toBe(entryHash(row));
    });
    expect(await chainHead(env.services.db, tenant.id)).toEqual({ length: 4, headHash: rows[3]?.hash });
  });

  it('writes the same entries as that many recordAudit calls', async () => {
    const many = await buildTenant(env.services);
    const single = await buildTenant(env.services);
    await transaction(makeCtx(env.services, { tenant: many, actor: officer }), (tx) => recordAuditMany(tx, inputs));
    await transaction(makeCtx(env.services, { tenant: single, actor: officer }), async (tx) => {
      for (const input of inputs) await recordAudit(tx, input);
    });
    const fromMany = await entries(env, many.id);
    const fromSingle = await entries(env, single.id);
    expect(fromMany).toHaveLength(4);
    expect(fromMany.map(content)).toEqual(fromSingle.map(content));
    // And what each entry must say, worked out independently.
    expect(fromMany.map(content)).toEqual(
      inputs.map((input, i) => ({
        seq: i + 1,
        at: env.clock.now().toISOString(),
        actor_id: officer.accountId,
        actor_name: officer.name,
        action: input.action,
        entity_type: input.entityType,
        entity_id: input.entityId ?? null,
        digest: sha256(canonicalJson({ before: input.before ?? null, after: input.after ?? null })),
      })),
    );
    expect(await verifyChain(env.services.db, single.id)).toMatchObject({ ok: true, length: 4 });
  });

  it("names each entry's own actor: an Actor or null overrides the context's, undefined keeps it", async () => {
    const tenant = await buildTenant(env.services);
    const ctx = makeCtx(env.services, { tenant, actor: officer });
    await transaction(ctx, (tx) =>
      recordAuditMany(tx, [
        { action: 'a.kept', entityType: 'x' },
        { action: 'a.other', entityType: 'x', actor: other },
        { action: 'a.nobody', entityType: 'x', actor: null },
        { action: 'a.undefined', entityType: 'x', actor: undefined },
      ]),
    );
    const rows = await entries(env, tenant.id);
    expect(rows.map((r) => [r.action, r.actor_id, r.actor_name])).toEqual([
      ['a.kept', officer.accountId, officer.name],
      ['a.other', other.accountId, other.name],
      ['a.nobody', null, null],
      ['a.undefined', officer.accountId, officer.name],
    ]);
    expect(await verifyChain(env.services.db, tenant.id)).toMatchObject({ ok: true, length: 4 });

    // Without an actor in the context, an entry may still name one.
    await transaction(makeCtx(env.services, { tenant }), (tx) =>
      recordAuditMany(tx, [
        { action: 'b.none', entityType: 'x' },
        { action: 'b.other', entityType: 'x', actor: other },
      ]),
    );
    expect((await entries(env, tenant.id)).slice(4).map((r) => r.actor_id)).toEqual([null, other.accountId]);
  });

  it('continues each chain named by its entries, in order, in one call', async () => {
    const a = await buildTenant(env.services);
    const b = await buildTenant(env.services);
    const ctx = makeCtx(env.services, { tenant: a, actor: officer });
    await transaction(ctx, async (tx) => {
      await recordAudit(tx, { action: 'a.first', entityType: 'x', entityId: 'a1' });
      await recordAudit(tx, { action: 'a.second', entityType: 'x', entityId: 'a2' });
      await recordAudit(tx, { action: 'b.first', entityType: 'x', entityId: 'b1', chain: b.id });
    });
    await transaction(ctx, (tx) =>
      recordAuditMany(tx, [
        { action: 'a.third', entityType: 'x', entityId: 'a3' },
        { action: 'b.second', entityType: 'x', entityId: 'b2', chain: b.id },
        { action: 'a.fourth', entityType: 'x', entityId: 'a4', chain: a.id },
        { action: 'b.third', entityType: 'x', entityId: 'b3', chain: b.id },
        { action: 'b.fourth', entityType: 'x', entityId: 'b4', chain: b.id },
      ]),
    );
    expect(await verifyChain(env.services.db, a.id)).toMatchObject({ ok: true, length: 4 });
    expect(await verifyChain(env.services.db, b.id)).toMatchObject({ ok: true, length: 4 });
    expect((await entries(env, a.id)).map((r) => [r.seq, r.entity_id])).toEqual([
      [1, 'a1'],
      [2, 'a2'],
      [3, 'a3'],
      [4, 'a4'],
    ]);
    expect((await entries(env, b.id)).map((r) => [r.seq, r.entity_id])).toEqual([
      [1, 'b1'],
      [2, 'b2'],
      [3, 'b3'],
      [4, 'b4'],
    ]);
  });

  it('continues the chain left by recordAudit, and recordAudit continues after it', async () => {
    const tenant = await buildTenant(env.services);
    const ctx = makeCtx(env.services, { tenant, actor: officer });
    await transaction(ctx, (tx) => recordAudit(tx, { action: 'one', entityType: 'x' }));
    await transaction(ctx, async (tx) => {
      await recordAudit(tx, { action: 'two', entityType: 'x' });
      await recordAuditMany(tx, [
        { action: 'three', entityType: 'x' },
        { action: 'four', entityType: 'x' },
      ]);
      await recordAudit(tx, { action: 'five', entityType: 'x' });
    });
    await transaction(ctx, (tx) => recordAuditMany(tx, [{ action: 'six', entityType: 'x' }]));
    expect(await verifyChain(env.services.db, tenant.id)).toMatchObject({ ok: true, length: 6 });
    expect((await entries(env, tenant.id)).map((r) => [r.seq, r.action])).toEqual([
      [1, 'one'],
      [2, 'two'],
      [3, 'three'],
      [4, 'four'],
      [5, 'five'],
      [6, 'six'],
    ]);
  });

  it('refuses to run outside a transaction, and writes nothing', async () => {
    const tenant = await buildTenant(env.services);
    await expect(recordAuditMany(makeCtx(env.services, { tenant }), inputs)).rejects.toThrow(/inside a transaction/);
    expect(await entries(env, tenant.id)).toEqual([]);
    expect(await chainHead(env.services.db, tenant.id)).toEqual({ length: 0, headHash: null });
  });

  it('writes nothing when the transaction it is part of fails', async () => {
    const tenant = await buildTenant(env.services);
    const ctx = makeCtx(env.services, { tenant, actor: officer });
    await transaction(ctx, (tx) => recordAuditMany(tx, inputs.slice(0, 1)));
    await expect(
      transaction(ctx, async (tx) => {
        await recordAuditMany(tx, inputs);
        throw new Error('crash mid-write');
      }),
    ).rejects.toThrow('crash mid-write');
    expect(await verifyChain(env.services.db, tenant.id)).toMatchObject({ ok: true, length: 1 });
  });

  it('writes nothing for an empty list', async () => {
    const tenant = await buildTenant(env.services);
    await transaction(makeCtx(env.services, { tenant }), (tx) => recordAuditMany(tx, []));
    expect(await entries(env, tenant.id)).toEqual([]);
    expect(await verifyChain(env.services.db, tenant.id)).toMatchObject({ ok: true, length: 0 });
  });
});
