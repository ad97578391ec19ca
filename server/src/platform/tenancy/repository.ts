import type { Tenant } from '@lentera/common';
import type { DbOrTx } from '../db/database';
import type { TenantsTable } from '../db/schema';

export interface TenantRecord extends Tenant {
  id: string;
}

export function toTenantRecord(row: TenantsTable): TenantRecord {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    kind: row.kind as Tenant['kind'],
    code: row.code,
    timeZone: row.time_zone,
    locale: row.locale as Tenant['locale'],
    logoUrl: row.logo_url,
    contacts: JSON.parse(row.contacts) as Tenant['contacts'],
  };
}

export async function findTenantBySlug(db: DbOrTx, slug: string): Promise<TenantRecord | undefined> {
  const row = await db.selectFrom('tenants').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row ? toTenantRecord(row) : undefined;
}

export async function findTenantById(db: DbOrTx, id: string): Promise<TenantRecord | undefined> {
  const row = await db.selectFrom('tenants').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toTenantRecord(row) : undefined;
}

export async function listTenants(db: DbOrTx): Promise<TenantRecord[]> {
  const rows = await db.selectFrom('tenants').selectAll().orderBy('name').execute();
  return rows.map(toTenantRecord);
}

export async function insertTenant(db: DbOrTx, row: TenantsTable): Promise<void> {
  await db.insertInto('tenants').values(row).execute();
}

export async function updateTenant(db: DbOrTx, id: string, changes: Partial<TenantsTable>): Promise<void> {
  await db.updateTable('tenants').set(changes).where('id', '=', id).execute();
}

/** Public view: the internal id never leaves the server. */
export function presentTenant(t: TenantRecord): Tenant {
  const { id: _id, ...pub } = t;
  return pub;
}
