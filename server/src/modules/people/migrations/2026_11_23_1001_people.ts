import type { Kysely } from 'kysely';

// Frozen in time: never import application code here.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('people_units')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull().references('tenants.id'))
    .addColumn('code', 'varchar(40)', (c) => c.notNull())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('type', 'varchar(40)', (c) => c.notNull())
    .addColumn('parent_id', 'varchar(36)')
    // Ids from the root down to this unit, '/a/b/c/': subtree queries are a prefix match.
    .addColumn('path', 'varchar(1000)', (c) => c.notNull())
    .addColumn('opened_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('closed_on', 'varchar(10)')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('people_units_code').on('people_units').columns(['tenant_id', 'code']).unique().execute();
  await db.schema.createIndex('people_units_path').on('people_units').columns(['tenant_id', 'path']).execute();

  await db.schema
    .createTable('people_unit_changes')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('unit_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('effective_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull())
    .addColumn('recorded_by', 'varchar(200)')
    .execute();
  await db.schema
    .createIndex('people_unit_changes_unit')
    .on('people_unit_changes')
    .columns(['tenant_id', 'unit_id'])
    .execute();

  await db.schema
    .createTable('people_positions')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('unit_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('kind', 'varchar(40)', (c) => c.notNull())
    .addColumn('fungsional_level', 'varchar(30)')
    .addColumn('class', 'integer', (c) => c.notNull())
    .addColumn('quota', 'integer', (c) => c.notNull())
    .addColumn('is_head', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('people_positions_unit')
    .on('people_positions')
    .columns(['tenant_id', 'unit_id', 'name'])
    .unique()
    .execute();

  await db.schema
    .createTable('people_employees')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('nip', 'varchar(18)', (c) => c.notNull())
    .addColumn('account_id', 'varchar(36)')
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('front_title', 'varchar(60)')
    .addColumn('back_title', 'varchar(60)')
    .addColumn('sex', 'varchar(6)', (c) => c.notNull())
    .addColumn('birth_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('birth_place', 'varchar(100)')
    .addColumn('education_level', 'varchar(10)')
    .addColumn('education_major', 'varchar(200)')
    .addColumn('email', 'varchar(254)')
    .addColumn('phone', 'varchar(40)')
    .addColumn('address', 'varchar(500)')
    .addColumn('photo_url', 'varchar(500)')
    .addColumn('tmt_cpns', 'varchar(10)')
    .addColumn('tmt_pns', 'varchar(10)')
    .addColumn('superior_override_id', 'varchar(36)')
    // Derived from people_history and the unit tree by the use cases, kept here for search and statistics.
    .addColumn('status', 'varchar(6)', (c) => c.notNull())
    .addColumn('employment', 'varchar(12)', (c) => c.notNull())
    .addColumn('golongan', 'varchar(6)')
    .addColumn('position_id', 'varchar(36)')
    .addColumn('unit_id', 'varchar(36)')
    .addColumn('unit_path', 'varchar(1000)')
    .addColumn('position_kind', 'varchar(40)')
    .addColumn('superior_id', 'varchar(36)')
    .addColumn('search_name', 'varchar(300)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_by', 'varchar(200)')
    .execute();
  await db.schema
    .createIndex('people_employees_nip')
    .on('people_employees')
    .columns(['tenant_id', 'nip'])
    .unique()
    .execute();
  await db.schema
    .createIndex('people_employees_unit')
    .on('people_employees')
    .columns(['tenant_id', 'unit_path'])
    .execute();
  await db.schema
    .createIndex('people_employees_name')
    .on('people_employees')
    .columns(['tenant_id', 'search_name'])
    .execute();
  await db.schema
    .createIndex('people_employees_superior')
    .on('people_employees')
    .columns(['tenant_id', 'superior_id'])
    .execute();
  await db.schema.createIndex('people_employees_account').on('people_employees').columns(['account_id']).execute();

  await db.schema
    .createTable('people_history')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('employee_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('tmt', 'varchar(10)', (c) => c.notNull())
    .addColumn('sk_number', 'varchar(100)')
    .addColumn('sk_date', 'varchar(10)')
    .addColumn('position_id', 'varchar(36)')
    .addColumn('unit_id', 'varchar(36)')
    .addColumn('golongan', 'varchar(6)')
    .addColumn('status', 'varchar(6)')
    .addColumn('employment', 'varchar(12)')
    .addColumn('note', 'varchar(500)')
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull())
    .addColumn('recorded_by', 'varchar(200)')
    .execute();
  await db.schema
    .createIndex('people_history_employee')
    .on('people_history')
    .columns(['tenant_id', 'employee_id', 'tmt'])
    .execute();

  await db.schema
    .createTable('people_corrections')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('employee_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('changes', 'text', (c) => c.notNull())
    .addColumn('reason', 'varchar(1000)', (c) => c.notNull())
    .addColumn('status', 'varchar(10)', (c) => c.notNull())
    .addColumn('requested_by', 'varchar(36)', (c) => c.notNull())
    .addColumn('requested_at', 'timestamptz', (c) => c.notNull())
    .addColumn('decided_by', 'varchar(36)')
    .addColumn('decided_at', 'timestamptz')
    .addColumn('decision_note', 'varchar(1000)')
    .execute();
  await db.schema
    .createIndex('people_corrections_status')
    .on('people_corrections')
    .columns(['tenant_id', 'status'])
    .execute();

  await db.schema
    .createTable('people_imports')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('file_name', 'varchar(300)', (c) => c.notNull())
    .addColumn('rows', 'integer', (c) => c.notNull())
    .addColumn('errors', 'integer', (c) => c.notNull())
    .addColumn('status', 'varchar(12)', (c) => c.notNull())
    .addColumn('summary', 'text')
    .addColumn('created_by', 'varchar(36)', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('applied_at', 'timestamptz')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'people_imports',
    'people_corrections',
    'people_history',
    'people_employees',
    'people_positions',
    'people_unit_changes',
    'people_units',
  ])
    await db.schema.dropTable(t).execute();
}
