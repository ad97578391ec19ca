import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { recordAudit } from '../../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../../platform/context';
import { NotFound } from '../../../../platform/errors';
import { uuidv7 } from '../../../../platform/ids';
import { CHANNELS } from '../policy';
import { channelsRepo, type Open311Key } from '../repository';

export const open311KeyInputSchema = z.object({ name: z.string().trim().min(2).max(120) });

export const open311KeySchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The key's first characters, so that an admin can tell keys apart; the rest is never shown again. */
  prefix: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
export type Open311KeyView = z.infer<typeof open311KeySchema>;

export const createdOpen311KeySchema = open311KeySchema.extend({
  /** Shown once: only its hash is stored. */
  key: z.string(),
});

const KEY_PREFIX = 'l311_';
const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

function present(k: Open311Key): Open311KeyView {
  return {
    id: k.id,
    name: k.name,
    prefix: k.prefix,
    createdAt: k.created_at,
    revokedAt: k.revoked_at,
    lastUsedAt: k.last_used_at,
  };
}

export async function listOpen311Keys(ctx: Ctx): Promise<Open311KeyView[]> {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, CHANNELS.manage);
  return (await channelsRepo.keys(ctx.db, tenant.id)).map(present);
}

/**
 * Makes an API key for an Open311 client of the tenant: `l311_` and 32 random bytes. Only its SHA-256 is
 * stored (a key has enough entropy that a plain hash cannot be guessed back); the key is returned once.
 */
export async function createOpen311Key(ctx: Ctx, input: { name: string }) {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, CHANNELS.manage);
  const data = open311KeyInputSchema.parse(input);
  const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  const id = uuidv7();
  const at = ctx.clock.now().toISOString();
  await transaction(ctx, async (tx) => {
    await channelsRepo.insertKey(tx.db, {
      id,
      tenant_id: tenant.id,
      name: data.name,
      prefix: key.slice(0, KEY_PREFIX.length + 6),
      key_hash: hashKey(key),
      created_at: at,
      created_by: ctx.actor?.accountId ?? null,
      revoked_at: null,
      revoked_by: null,
      last_used_at: null,
    });
    await recordAudit(tx, {
      action: 'complaint.open311_key_created',
      entityType: 'open311_key',
      entityId: id,
      after: { name: data.name },
    });
  });
  const row = (await channelsRepo.key(ctx.db, tenant.id, id)) as Open311Key;
  return { ...present(row), key };
}

export async function revokeOpen311Key(ctx: Ctx, id: string): Promise<Open311KeyView> {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, CHANNELS.manage);
  return transaction(ctx, async (tx) => {
    const before = await channelsRepo.key(tx.db, tenant.id, id);
    if (!before) throw new NotFound();
    if (await channelsRepo.revokeKey(tx.db, tenant.id, id, tx.clock.now().toISOString(), ctx.actor?.accountId ?? null))
      await recordAudit(tx, {
        action: 'complaint.open311_key_revoked',
        entityType: 'open311_key',
        entityId: id,
        before: { name: before.name },
      });
    return present((await channelsRepo.key(tx.db, tenant.id, id)) as Open311Key);
  });
}

/** The tenant's live key for this secret, or null (unknown, revoked or another tenant's key). */
export async function authenticateOpen311Key(ctx: Ctx, key: string | undefined): Promise<Open311Key | null> {
  const tenant = requireTenant(ctx);
  if (!key?.startsWith(KEY_PREFIX) || key.length > 200) return null;
  // Looked up by its hash: an attacker controls the key, never the hash, so the lookup leaks nothing by timing.
  const row = await channelsRepo.keyByHash(ctx.db, hashKey(key));
  if (!row || row.tenant_id !== tenant.id || row.revoked_at) return null;
  await channelsRepo.touchKey(ctx.db, row.id, ctx.clock.now().toISOString());
  return row;
}
