import type { Insertable, Updateable } from 'kysely';
import type { DbOrTx } from '../../../platform/db/database';
import type { ServiceRow, ServicesTable, StandardRow, StandardsTable } from './tables';

/** Raised by database triggers on every write to services and standards (migration 4005). */
export interface CatalogRevisionsTable {
  tenant_id: string;
  revision: number | string;
}

declare module '../../../platform/db/schema' {
  interface Database {
    services_catalog_revisions: CatalogRevisionsTable;
  }
}

/** Services and their standards. */
export const catalogRepo = {
  async service(db: DbOrTx, tenantId: string, id: string): Promise<ServiceRow | undefined> {
    return db
      .selectFrom('services_services')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  },
  async services(db: DbOrTx, tenantId: string, options: { activeOnly?: boolean } = {}): Promise<ServiceRow[]> {
    let query = db.selectFrom('services_services').selectAll().where('tenant_id', '=', tenantId);
    if (options.activeOnly) query = query.where('active', '=', 1);
    return query.orderBy('name').execute();
  },
  async insertService(db: DbOrTx, row: Insertable<ServicesTable>): Promise<void> {
    await db.insertInto('services_services').values(row).execute();
  },
  async updateService(db: DbOrTx, tenantId: string, id: string, set: Updateable<ServicesTable>): Promise<void> {
    await db.updateTable('services_services').set(set).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
  },

  async standard(db: DbOrTx, tenantId: string, id: string): Promise<StandardRow | undefined> {
    return db
      .selectFrom('services_standards')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  },
  /** Every version of a service's standard, newest first. */
  async standardsOf(db: DbOrTx, tenantId: string, serviceId: string): Promise<StandardRow[]> {
    return db
      .selectFrom('services_standards')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('service_id', '=', serviceId)
      .orderBy('version', 'desc')
      .execute();
  },
  /** The published versions of the tenant's services, newest first per service (the catalog picks the one in force). */
  async publishedStandards(db: DbOrTx, tenantId: string, serviceIds?: string[]): Promise<StandardRow[]> {
    let query = db
      .selectFrom('services_standards')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('status', '=', 'published');
    if (serviceIds) {
      if (serviceIds.length === 0) return [];
      query = query.where('service_id', 'in', serviceIds);
    }
    return query.orderBy('service_id').orderBy('version', 'desc').execute();
  },
  async insertStandard(db: DbOrTx, row: Insertable<StandardsTable>): Promise<void> {
    await db.insertInto('services_standards').values(row).execute();
  },
  async updateStandard(db: DbOrTx, tenantId: string, id: string, set: Updateable<StandardsTable>): Promise<void> {
    await db
      .updateTable('services_standards')
      .set(set)
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  },
  async nextVersion(db: DbOrTx, serviceId: string): Promise<number> {
    const row = await db
      .selectFrom('services_standards')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('service_id', '=', serviceId)
      .executeTakeFirst();
    return Number(row?.v ?? 0) + 1;
  },

  /** The tenant's catalog revision: it changes with every write to services or standards, on any node. */
  async revision(db: DbOrTx, tenantId: string): Promise<number> {
    const row = await db
      .selectFrom('services_catalog_revisions')
      .select('revision')
      .where('tenant_id', '=', tenantId)
      .executeTakeFirst();
    return Number(row?.revision ?? 0);
  },
  /** Versions in a state, across the tenant's services (`submitted`: the approvers' inbox), oldest submission first. */
  async standardsInState(db: DbOrTx, tenantId: string, status: string): Promise<StandardRow[]> {
    return db
      .selectFrom('services_standards')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('status', '=', status)
      .orderBy('submitted_at')
      .orderBy('id')
      .execute();
  },
  /** Every version of the given services, newest first per service. */
  async standardsOfServices(db: DbOrTx, tenantId: string, serviceIds: string[]): Promise<StandardRow[]> {
    if (serviceIds.length === 0) return [];
    return db
      .selectFrom('services_standards')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('service_id', 'in', serviceIds)
      .orderBy('service_id')
      .orderBy('version', 'desc')
      .execute();
  },
  /** Open requests per service (statuses given by the caller). */
  async openRequestCounts(db: DbOrTx, tenantId: string, statuses: readonly string[]): Promise<Map<string, number>> {
    const rows = await db
      .selectFrom('services_requests')
      .select(['service_id', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('tenant_id', '=', tenantId)
      .where('status', 'in', [...statuses])
      .groupBy('service_id')
      .execute();
    return new Map(rows.map((r) => [r.service_id, Number(r.n)]));
  },
  /** Updates a version only while it is in one of `from` (a conditional update: two deciders cannot both win). */
  async changeState(
    db: DbOrTx,
    tenantId: string,
    id: string,
    from: readonly string[],
    set: Updateable<StandardsTable>,
  ): Promise<boolean> {
    const result = await db
      .updateTable('services_standards')
      .set(set)
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .where('status', 'in', [...from])
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },
};
