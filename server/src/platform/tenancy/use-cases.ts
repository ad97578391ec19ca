import { PERMISSIONS, tenantCreateSchema, type tenantUpdateSchema } from '@lentera/common';
import type { z } from 'zod';
import { recordAudit, SYSTEM_CHAIN } from '../audit/audit';
import { type Ctx, transaction } from '../context';
import { Conflict, NotFound } from '../errors';
import { uuidv7 } from '../ids';
import { findTenantBySlug, insertTenant, listTenants, type TenantRecord, updateTenant } from './repository';

export async function createTenant(ctx: Ctx, input: z.input<typeof tenantCreateSchema>): Promise<TenantRecord> {
  await ctx.access.assert(ctx.actor, PERMISSIONS.manageTenants);
  const data = tenantCreateSchema.parse(input);
  return transaction(ctx, async (tx) => {
    if (await findTenantBySlug(tx.db, data.slug)) throw new Conflict('slug_taken', { slug: data.slug });
    const clash = await tx.db.selectFrom('tenants').select('id').where('code', '=', data.code).executeTakeFirst();
    if (clash) throw new Conflict('slug_taken', { slug: data.code });
    const now = tx.clock.now().toISOString();
    const id = uuidv7();
    await insertTenant(tx.db, {
      id,
      slug: data.slug,
      name: data.name,
      kind: data.kind,
      code: data.code,
      time_zone: data.timeZone,
      locale: data.locale,
      logo_url: data.logoUrl ?? null,
      contacts: JSON.stringify(data.contacts),
      created_at: now,
      updated_at: now,
    });
    await recordAudit(tx, {
      action: 'tenant.created',
      entityType: 'tenant',
      entityId: id,
      after: data,
      chain: SYSTEM_CHAIN,
    });
    return { id, ...data, logoUrl: data.logoUrl ?? null };
  });
}

export async function updateTenantDetails(
  ctx: Ctx,
  slug: string,
  changes: z.infer<typeof tenantUpdateSchema>,
): Promise<TenantRecord> {
  await ctx.access.assert(ctx.actor, PERMISSIONS.manageTenants);
  return transaction(ctx, async (tx) => {
    const tenant = await findTenantBySlug(tx.db, slug);
    if (!tenant) throw new NotFound('tenant_not_found', { slug });
    if (changes.code && changes.code !== tenant.code) {
      const clash = await tx.db.selectFrom('tenants').select('id').where('code', '=', changes.code).executeTakeFirst();
      if (clash) throw new Conflict('slug_taken', { slug: changes.code });
    }
    const next = { ...tenant, ...changes };
    await updateTenant(tx.db, tenant.id, {
      name: next.name,
      kind: next.kind,
      code: next.code,
      time_zone: next.timeZone,
      locale: next.locale,
      logo_url: next.logoUrl ?? null,
      contacts: JSON.stringify(next.contacts),
      updated_at: tx.clock.now().toISOString(),
    });
    await recordAudit(tx, {
      action: 'tenant.updated',
      entityType: 'tenant',
      entityId: tenant.id,
      before: tenant,
      after: next,
      chain: SYSTEM_CHAIN,
    });
    return next;
  });
}

export async function listAllTenants(ctx: Ctx): Promise<TenantRecord[]> {
  return listTenants(ctx.db);
}
