import { createHash } from 'node:crypto';
import type { Actor, Ctx } from '../context';
import type { DbOrTx } from '../db/database';
import { insertRows } from '../db/insert-rows';

/** The chain for actions outside any tenant (creating a tenant, system settings). */
export const SYSTEM_CHAIN = 'system';

export interface AuditInput {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  /** Defaults to the context's tenant, or the system chain. */
  chain?: string;
  /**
   * How people name the record, kept with the entry for a record this change removes (a revoked grant): the audit
   * log names live records through their module's describer, and removed ones by this.
   */
  reference?: Readonly<Record<'id' | 'en', string>>;
}

/** JSON with sorted keys, so that the same data always gives the same digest. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export interface ChainedFields {
  tenant_id: string;
  seq: number;
  at: string;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  digest: string;
  prev_hash: string | null;
}

export function entryHash(e: ChainedFields): string {
  return sha256(
    canonicalJson({
      tenant_id: e.tenant_id,
      seq: e.seq,
      at: e.at,
      actor_id: e.actor_id,
      action: e.action,
      entity_type: e.entity_type,
      entity_id: e.entity_id,
      digest: e.digest,
      prev_hash: e.prev_hash,
    }),
  );
}

/**
 * Appends an entry to the tenant's chain. Must run inside the transaction that makes the change
 * (`transaction(ctx, ...)`), so the change and its entry commit or fail together. On PostgreSQL the
 * chain head row is locked, which orders concurrent writers of one tenant, also across nodes.
 */
export async function recordAudit(ctx: Ctx, input: AuditInput): Promise<void> {
  await recordAuditMany(ctx, [input]);
}

/** An entry of `recordAuditMany`: by default the context's actor acted; `actor: null` records no one. */
export interface AuditManyInput extends AuditInput {
  actor?: Actor | null;
}

/** Where a chain stands: the number and hash of its last entry. */
export interface AuditHead {
  seq: number;
  hash: string | null;
}

/**
 * The chain's head, locked until the transaction ends on PostgreSQL (which orders writers of one chain, also across
 * nodes); undefined before the chain's first entry. A caller that reads it together with its own queries (`atOnce`)
 * hands it to `recordAuditMany`, which then does not read it again.
 */
export async function lockAuditHead(ctx: Ctx, chain: string, db: DbOrTx = ctx.db): Promise<AuditHead | undefined> {
  let query = db.selectFrom('audit_heads').select(['seq', 'hash']).where('tenant_id', '=', chain);
  if (ctx.dialect === 'postgres') query = query.forUpdate();
  return query.executeTakeFirst();
}

/**
 * Appends several entries in order, with one read and one update of each chain's head and multi-row inserts:
 * the same chain as that many `recordAudit` calls, for a use case that changes many things in one transaction.
 * The heads are read (and locked) on the context's connection, unless `heads` has them (`lockAuditHead`, read in this
 * transaction); the entries and the heads' new values are written to `writes` when given (a statement group,
 * `platform/db/statement-group.ts`, that the caller flushes before commit).
 */
export async function recordAuditMany(
  ctx: Ctx,
  inputs: readonly AuditManyInput[],
  writes: DbOrTx = ctx.db,
  heads: ReadonlyMap<string, AuditHead> = new Map(),
): Promise<void> {
  if (!ctx.inTransaction) throw new Error('recordAudit must run inside a transaction');
  const byChain = new Map<string, AuditManyInput[]>();
  for (const input of inputs) {
    const chain = input.chain ?? ctx.tenant?.id ?? SYSTEM_CHAIN;
    const list = byChain.get(chain);
    if (list) list.push(input);
    else byChain.set(chain, [input]);
  }
  const at = ctx.clock.now().toISOString();
  for (const [chain, entries] of byChain) {
    // A chain's head row exists from its first entry on: one statement (and its row lock) in every write but the first.
    let head = heads.get(chain) ?? (await lockAuditHead(ctx, chain));
    if (!head) {
      await ctx.db
        .insertInto('audit_heads')
        .values({ tenant_id: chain, seq: 0, hash: null })
        .onConflict((oc) => oc.column('tenant_id').doNothing())
        .execute();
      head = await lockAuditHead(ctx, chain);
      if (!head) throw new Error(`the audit chain ${chain} has no head`);
    }
    let seq = head.seq;
    let prevHash = head.hash;
    const rows = entries.map((input) => {
      const actor = input.actor === undefined ? ctx.actor : input.actor;
      seq += 1;
      const fields: ChainedFields = {
        tenant_id: chain,
        seq,
        at,
        actor_id: actor?.accountId ?? null,
        action: input.action,
        entity_type: input.entityType,
        entity_id: input.entityId ?? null,
        digest: sha256(canonicalJson({ before: input.before ?? null, after: input.after ?? null })),
        prev_hash: prevHash,
      };
      prevHash = entryHash(fields);
      const entity_ref = input.reference ? JSON.stringify(input.reference) : null;
      return { ...fields, actor_name: actor?.name ?? null, hash: prevHash, entity_ref };
    });
    await insertRows(writes, 'audit_entries', rows);
    await writes.updateTable('audit_heads').set({ seq, hash: prevHash }).where('tenant_id', '=', chain).execute();
  }
}

export interface VerifyResult {
  ok: boolean;
  length: number;
  brokenAt: number | null;
  reason: string | null;
}

/** Walks a chain in order and names the first entry whose hash, link or number does not hold. */
export async function verifyChain(db: DbOrTx, chain: string): Promise<VerifyResult> {
  const pageSize = 5000;
  let expectedSeq = 1;
  let prevHash: string | null = null;
  for (;;) {
    const rows = await db
      .selectFrom('audit_entries')
      .selectAll()
      .where('tenant_id', '=', chain)
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    for (const row of rows) {
      const broken = (reason: string): VerifyResult => ({
        ok: false,
        length: expectedSeq - 1,
        brokenAt: row.seq,
        reason,
      });
      if (row.seq !== expectedSeq) return { ...broken(`entry ${expectedSeq} is missing`), brokenAt: expectedSeq };
      if (row.prev_hash !== prevHash) return broken('prev_hash does not match the previous entry');
      if (entryHash(row) !== row.hash) return broken('hash does not match the entry');
      prevHash = row.hash;
      expectedSeq += 1;
    }
    if (rows.length < pageSize) break;
  }
  const length = expectedSeq - 1;
  const head = await db
    .selectFrom('audit_heads')
    .select(['seq', 'hash'])
    .where('tenant_id', '=', chain)
    .executeTakeFirst();
  if (head && (head.seq !== length || head.hash !== prevHash)) {
    return {
      ok: false,
      length,
      brokenAt: head.seq > length ? length + 1 : head.seq,
      reason: 'the chain head does not match the last entry (entries removed?)',
    };
  }
  return { ok: true, length, brokenAt: null, reason: null };
}

export async function chainHead(db: DbOrTx, chain: string): Promise<{ length: number; headHash: string | null }> {
  const head = await db
    .selectFrom('audit_heads')
    .select(['seq', 'hash'])
    .where('tenant_id', '=', chain)
    .executeTakeFirst();
  return { length: head?.seq ?? 0, headHash: head?.hash ?? null };
}

/**
 * The time of the chain's newest entry about one of `entityTypes` (the last change of what they describe), or null.
 * Walks the (tenant, time) index from the newest entry down, so it is quick wherever such changes are recent.
 */
export async function lastChangeAt(db: DbOrTx, chain: string, entityTypes: readonly string[]): Promise<string | null> {
  if (entityTypes.length === 0) return null;
  const row = await db
    .selectFrom('audit_entries')
    .select('at')
    .where('tenant_id', '=', chain)
    .where('entity_type', 'in', [...entityTypes])
    .orderBy('at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.at ?? null;
}
