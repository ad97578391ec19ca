import type { Selectable, SelectQueryBuilder, Updateable } from 'kysely';
import type { DbOrTx } from '../../../platform/db/database';
import type { Database } from '../../../platform/db/schema';

/** The performance tables that carry a `tenant_id` (all of them). */
export type TenantTable = Extract<keyof Database, `performance_${string}`>;
/** Tables whose rows have an `id` and a workflow `status` read before a change. */
export type StatusTable = 'performance_plans' | 'performance_reports' | 'performance_annuals';

/**
 * The one shape of every list and lookup here: the rows of a table in one tenant, to narrow further with
 * `.where(...)`. (The casts only spare Kysely a generic table name; the caller's table is concrete.)
 */
export function inTenant<T extends TenantTable>(db: DbOrTx, table: T, tenantId: string) {
  return db
    .selectFrom(table as 'performance_reports')
    .selectAll()
    .where('tenant_id', '=', tenantId) as unknown as SelectQueryBuilder<Database, T, Selectable<Database[T]>>;
}

/** One row by its id in the tenant. */
export function byId<T extends Exclude<TenantTable, 'performance_settings' | 'performance_revisions'>>(
  db: DbOrTx,
  table: T,
  tenantId: string,
  id: string,
): Promise<Selectable<Database[T]> | undefined> {
  return (inTenant(db, table, tenantId) as unknown as ReturnType<typeof inTenant<'performance_reports'>>)
    .where('id', '=', id)
    .executeTakeFirst() as Promise<Selectable<Database[T]> | undefined>;
}

/** Rows of these employees (none asked, none read) in the tenant, to narrow further. */
export function ofEmployees<T extends 'performance_plans' | 'performance_reports'>(
  db: DbOrTx,
  table: T,
  tenantId: string,
  employeeIds: string[],
) {
  return (inTenant(db, table, tenantId) as unknown as ReturnType<typeof inTenant<'performance_reports'>>).where(
    'employee_id',
    'in',
    employeeIds,
  ) as unknown as SelectQueryBuilder<Database, T, Selectable<Database[T]>>;
}

/** Conditional on the status read, so two concurrent decisions cannot both apply; true if this one did. */
export async function updateFromStatus<T extends StatusTable>(
  db: DbOrTx,
  table: T,
  tenantId: string,
  id: string,
  fromStatus: string,
  changes: Updateable<Database[T]>,
): Promise<boolean> {
  const result = await db
    .updateTable(table as 'performance_reports')
    .set(changes as Updateable<Database['performance_reports']>)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('status', '=', fromStatus)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
