import { type AuditLogEntry, PERMISSIONS } from '@lentera/common';
import { type Ctx, requireTenant } from '../context';
import { type VerifyResult, verifyChain } from './audit';
import type { AuditCatalog } from './catalog';

export interface AuditQuery {
  page: number;
  pageSize: number;
  action?: string;
  from?: string;
  to?: string;
}

/** The reference kept with an entry for a record its change removed, if any. */
function storedReference(json: string | null | undefined): AuditLogEntry['entityReference'] {
  if (!json) return null;
  try {
    const value = JSON.parse(json) as { id?: unknown; en?: unknown };
    return typeof value.id === 'string' && typeof value.en === 'string' ? { id: value.id, en: value.en } : null;
  } catch {
    return null;
  }
}

/** The tenant's audit log, newest first, as people read it: labels and references from the catalog. */
export async function listAuditEntries(ctx: Ctx, catalog: AuditCatalog, query: AuditQuery) {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, PERMISSIONS.readAudit);
  let base = ctx.db.selectFrom('audit_entries').where('tenant_id', '=', tenant.id);
  if (query.action) base = base.where('action', 'like', `%${query.action}%`);
  if (query.from) base = base.where('at', '>=', new Date(`${query.from}T00:00:00Z`).toISOString());
  if (query.to)
    base = base.where('at', '<', new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 86_400_000).toISOString());
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .selectAll()
    .orderBy('seq', 'desc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  const references = await catalog.describe(
    ctx,
    rows.map((r) => ({ entityType: r.entity_type, entityId: r.entity_id })),
  );
  return {
    items: rows.map(
      (r): AuditLogEntry => ({
        seq: r.seq,
        at: r.at,
        actorId: r.actor_id,
        actorName: r.actor_name,
        action: r.action,
        actionLabel: catalog.actionLabel(r.action),
        entityType: r.entity_type,
        entityId: r.entity_id,
        entityLabel: catalog.entityLabel(r.entity_type),
        entityReference:
          (r.entity_id ? references.get(`${r.entity_type}:${r.entity_id}`) : undefined) ??
          storedReference(r.entity_ref),
        digest: r.digest,
        hash: r.hash,
      }),
    ),
    total: Number(total.n),
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** The actions the audit log can hold, by label, for its filter. */
export async function listAuditActions(ctx: Ctx, catalog: AuditCatalog) {
  requireTenant(ctx);
  await ctx.access.assert(ctx.actor, PERMISSIONS.readAudit);
  return {
    items: catalog
      .actionNames()
      .map((action) => ({ action, label: catalog.actionLabel(action) }))
      .sort((a, b) => a.label[ctx.lang].localeCompare(b.label[ctx.lang], ctx.lang)),
  };
}

export async function verifyTenantChain(ctx: Ctx): Promise<VerifyResult> {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, PERMISSIONS.readAudit);
  return verifyChain(ctx.db, tenant.id);
}
