import type { Insertable, Updateable } from 'kysely';
import type { DbOrTx } from '../../../platform/db/database';
import type { ServiceRow, ServicesTable, StandardRow, StandardsTable } from './tables';

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
};
