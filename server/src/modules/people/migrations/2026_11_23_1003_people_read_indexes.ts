import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
export async function up(db: Kysely<any>): Promise<void> {
  // Every signed-in request looks up the caller's employee record (derived roles) by tenant and account.
  // Without (tenant_id, account_id), SQLite's planner took the (tenant_id, position_id) index and read the
  // whole tenant: 4 ms per request at 10,000 employees, 40 ms at 100,000.
  await db.schema
    .createIndex('people_employees_tenant_account')
    .on('people_employees')
    .columns(['tenant_id', 'account_id'])
    .execute();
  // The employee list filters a unit subtree (a unit_path range) by employment, status, kind and golongan,
  // counts the matches and picks a page by name: all from this index, reading whole rows only for the page.
  await db.schema
    .createIndex('people_employees_list')
    .on('people_employees')
    .columns(['tenant_id', 'unit_path', 'employment', 'status', 'position_kind', 'golongan', 'search_name', 'id'])
    .execute();
  // The public workforce statistics read only these columns of the active employees: with this covering
  // index they are one pass over the index, not over the table's wide rows. Partial (active only) and with
  // birth_date second, so that it offers other queries nothing better than `tenant_id =`: SQLite, without
  // table statistics, would otherwise prefer it to the right index for lists and look-ups.
  await db.schema
    .createIndex('people_employees_stats')
    .on('people_employees')
    .columns(['tenant_id', 'birth_date', 'status', 'golongan', 'education_level', 'sex', 'unit_id'])
    .where(sql.ref('employment'), '=', 'active')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('people_employees_stats').execute();
  await db.schema.dropIndex('people_employees_list').execute();
  await db.schema.dropIndex('people_employees_tenant_account').execute();
}
