import type {
  DeleteQueryBuilder,
  DeleteResult,
  Insertable,
  InsertQueryBuilder,
  InsertResult,
  SelectQueryBuilder,
  UpdateQueryBuilder,
  UpdateResult,
} from 'kysely';
import type { DbOrTx } from './database';
import type { Database } from './schema';

/** The tables that hold a government's data: every one has a tenant_id column. */
export type TenantTable = {
  [K in keyof Database]: Database[K] extends { tenant_id: string } ? K : never;
}[keyof Database];

type WithoutTenant<T extends TenantTable> = Omit<Insertable<Database[T]>, 'tenant_id'>;

/**
 * Tenant-scoped queries: the easy path. `scoped(db, tenantId).selectFrom('role_grants')` already
 * filters on the tenant, and `insertInto` fills tenant_id, so forgetting the scope takes effort.
 */
export function scoped(db: DbOrTx, tenantId: string) {
  // Kysely cannot type a column reference built from a generic table name; the public signatures stay typed.
  // biome-ignore lint/suspicious/noExplicitAny: see above
  const anyDb = db as any;
  return {
    tenantId,
    selectFrom<T extends TenantTable>(table: T): SelectQueryBuilder<Database, T, object> {
      return anyDb.selectFrom(table).where(`${table}.tenant_id`, '=', tenantId);
    },
    updateTable<T extends TenantTable>(table: T): UpdateQueryBuilder<Database, T, T, UpdateResult> {
      return anyDb.updateTable(table).where(`${table}.tenant_id`, '=', tenantId);
    },
    deleteFrom<T extends TenantTable>(table: T): DeleteQueryBuilder<Database, T, DeleteResult> {
      return anyDb.deleteFrom(table).where(`${table}.tenant_id`, '=', tenantId);
    },
    insertInto<T extends TenantTable>(
      table: T,
      values: WithoutTenant<T> | WithoutTenant<T>[],
    ): InsertQueryBuilder<Database, T, InsertResult> {
      const rows = (Array.isArray(values) ? values : [values]).map((v) => ({ ...v, tenant_id: tenantId }));
      return anyDb.insertInto(table).values(rows);
    },
  };
}
export type Scoped = ReturnType<typeof scoped>;
