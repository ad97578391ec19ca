import { type Kysely, PostgresAdapter, sql } from 'kysely';

// Frozen in time: never import application code here.
//
// A counter per tenant that the database itself raises on every insert, update or delete of employees, units
// or positions, whoever writes them (use cases, imports, jobs, other modules, an operator's SQL). Readers that
// cache what they derive from these tables (the public workforce statistics) compare it to know the cache is
// still exact, on every node. Triggers rather than application code, so that no write path can be forgotten.
const TABLES = ['people_employees', 'people_units', 'people_positions'] as const;
const EVENTS = ['insert', 'update', 'delete'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('people_revisions')
    .addColumn('tenant_id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('revision', 'bigint', (c) => c.notNull())
    .execute();

  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    // Statement-level triggers with transition tables: one upsert per statement, not per row, so that an
    // import of 50,000 rows in chunks of a few hundred raises the counter a few hundred times.
    await sql`
      create function people_bump_revisions() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          insert into people_revisions (tenant_id, revision)
            select distinct tenant_id, 1 from old_rows
            on conflict (tenant_id) do update set revision = people_revisions.revision + 1;
        else
          insert into people_revisions (tenant_id, revision)
            select distinct tenant_id, 1 from new_rows
            on conflict (tenant_id) do update set revision = people_revisions.revision + 1;
        end if;
        return null;
      end $$`.execute(db);
    for (const table of TABLES)
      for (const event of EVENTS) {
        const rows = event === 'delete' ? sql`old table as old_rows` : sql`new table as new_rows`;
        await sql`create trigger ${sql.raw(`${table}_revision_${event}`)} after ${sql.raw(event)} on ${sql.table(table)}
          referencing ${rows} for each statement execute function people_bump_revisions()`.execute(db);
      }
    return;
  }
  // SQLite has row-level triggers only: a small upsert per row, cheap next to the row's own write.
  for (const table of TABLES)
    for (const event of EVENTS) {
      const row = event === 'delete' ? 'old' : 'new';
      await sql`create trigger ${sql.raw(`${table}_revision_${event}`)} after ${sql.raw(event)} on ${sql.table(table)}
        begin
          insert into people_revisions (tenant_id, revision) values (${sql.raw(`${row}.tenant_id`)}, 1)
            on conflict (tenant_id) do update set revision = revision + 1;
        end`.execute(db);
    }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of TABLES)
    for (const event of EVENTS)
      await sql`drop trigger if exists ${sql.raw(`${table}_revision_${event}`)}${
        db.getExecutor().adapter instanceof PostgresAdapter ? sql` on ${sql.table(table)}` : sql``
      }`.execute(db);
  if (db.getExecutor().adapter instanceof PostgresAdapter)
    await sql`drop function if exists people_bump_revisions()`.execute(db);
  await db.schema.dropTable('people_revisions').execute();
}
