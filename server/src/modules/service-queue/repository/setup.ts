import type { Insertable, Updateable } from 'kysely';
import type { DbOrTx } from '../../../platform/db/database';
import type {
  CounterRow,
  CountersTable,
  KioskRow,
  LocationRow,
  LocationsTable,
  ServiceRow,
  ServicesTable,
  SettingsTable,
} from './tables';

/** The queue's setup: settings, locations, services, counters, kiosks; every query names the tenant. */
export const setupRepo = {
  // Settings
  settings(db: DbOrTx, tenantId: string) {
    return db.selectFrom('service_queue_settings').selectAll().where('tenant_id', '=', tenantId).executeTakeFirst();
  },
  async saveSettings(db: DbOrTx, row: Insertable<SettingsTable>) {
    await db
      .insertInto('service_queue_settings')
      .values(row)
      .onConflict((oc) =>
        oc.column('tenant_id').doUpdateSet({
          priority_groups: row.priority_groups,
          max_recalls: row.max_recalls,
          survey_days: row.survey_days,
          updated_at: row.updated_at,
        }),
      )
      .execute();
  },

  // Locations, services, counters, kiosks
  locations(db: DbOrTx, tenantId: string, activeOnly = false): Promise<LocationRow[]> {
    let q = db.selectFrom('service_queue_locations').selectAll().where('tenant_id', '=', tenantId);
    if (activeOnly) q = q.where('active', '=', 1);
    return q.orderBy('name').execute();
  },
  location(db: DbOrTx, tenantId: string, id: string): Promise<LocationRow | undefined> {
    return db
      .selectFrom('service_queue_locations')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  },
  async insertLocation(db: DbOrTx, row: Insertable<LocationsTable>) {
    await db.insertInto('service_queue_locations').values(row).execute();
  },
  async updateLocation(db: DbOrTx, tenantId: string, id: string, set: Updateable<LocationsTable>) {
    await db
      .updateTable('service_queue_locations')
      .set(set)
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  },
  services(db: DbOrTx, tenantId: string, locationIds: readonly string[]): Promise<ServiceRow[]> {
    if (!locationIds.length) return Promise.resolve([]);
    return db
      .selectFrom('service_queue_services')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('location_id', 'in', locationIds)
      .orderBy('letter')
      .execute();
  },
  service(db: DbOrTx, tenantId: string, id: string): Promise<ServiceRow | undefined> {
    return db
      .selectFrom('service_queue_services')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  },
  async insertService(db: DbOrTx, row: Insertable<ServicesTable>) {
    await db.insertInto('service_queue_services').values(row).execute();
  },
  async updateService(db: DbOrTx, tenantId: string, id: string, set: Updateable<ServicesTable>) {
    await db
      .updateTable('service_queue_services')
      .set(set)
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  },
  counters(db: DbOrTx, tenantId: string, locationIds: readonly string[]): Promise<CounterRow[]> {
    if (!locationIds.length) return Promise.resolve([]);
    return db
      .selectFrom('service_queue_counters')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('location_id', 'in', locationIds)
      .orderBy('number')
      .execute();
  },
  counter(db: DbOrTx, tenantId: string, id: string): Promise<CounterRow | undefined> {
    return db
      .selectFrom('service_queue_counters')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  },
  async insertCounter(db: DbOrTx, row: Insertable<CountersTable>) {
    await db.insertInto('service_queue_counters').values(row).execute();
  },
  async updateCounter(db: DbOrTx, tenantId: string, id: string, set: Updateable<CountersTable>) {
    await db
      .updateTable('service_queue_counters')
      .set(set)
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  },
  kiosks(db: DbOrTx, tenantId: string, locationIds: readonly string[]): Promise<KioskRow[]> {
    if (!locationIds.length) return Promise.resolve([]);
    return db
      .selectFrom('service_queue_kiosks')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('location_id', 'in', locationIds)
      .orderBy('created_at')
      .execute();
  },
  kiosk(db: DbOrTx, tenantId: string, id: string): Promise<KioskRow | undefined> {
    return db
      .selectFrom('service_queue_kiosks')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
  },
  async insertKiosk(db: DbOrTx, row: KioskRow) {
    await db.insertInto('service_queue_kiosks').values(row).execute();
  },
  async deleteKiosk(db: DbOrTx, tenantId: string, id: string) {
    await db.deleteFrom('service_queue_kiosks').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
  },
};
