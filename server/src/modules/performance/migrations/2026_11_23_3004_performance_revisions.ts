import { type Kysely, PostgresAdapter, sql } from 'kysely';

// Frozen in time: never import application code here.
//
// A counter per tenant that the database raises on every insert, update or delete of the performance rows the
// dashboard and the public results aggregate (reports, annual results, years, settings), in the writer's own
// transaction, whoever writes them. The aggregate cache compares it, so that every node sees a change at once.
// Triggers rather than application code, so that no write path can be forgotten (as `people_revisions`).
const TABLES = ['performance_reports', 'performance_annuals', 'performance_years', 'performance_settings'] as const;
const EVENTS = ['insert', 'update', 'delete'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('performance_revisions')
    .addColumn('tenant_id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('revision', 'bigint', (c) => c.notNull())
    .execute();

  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    // Statement-level triggers with transition tables: one upsert per statement (the seed inserts in chunks).
    await sql`
      create function performance_bump_revisions() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          insert into performance_revisions (tenant_id, revision)
            select distinct tenant_id, 1 from old_rows
            on conflict (tenant_id) do update set revision = performance_revisions.revision + 1;
        else
          insert into performance_revisions (tenant_id, revision)
            select distinct tenant_id, 1 from new_rows
            on conflict (tenant_id) do update set revision = performance_revisions.revision + 1;
        end if;
        return null;
      end $$`.execute(db);
    for (const table of TABLES)
      for (const event of EVENTS) {
        const rows = event === 'delete' ? sql`old table as old_rows` : sql`new table as new_rows`;
        await sql`create trigger ${sql.raw(`${table}_revision_${event}`)} after ${sql.raw(event)} on ${sql.table(table)}
          referencing ${rows} for each statement execute function performance_bump_revisions()`.execute(db);
      }
    return;
  }
  // SQLite has row-level triggers only: a small upsert per row, cheap next to the row's own write.
  for (const table of TABLES)
    for (const event of EVENTS) {
      const row = event === 'delete' ? 'old' : 'new';
      await sql`create trigger ${sql.raw(`${table}_revision_${event}`)} after ${sql.raw(event)} on ${sql.table(table)}
        begin
          insert into performance_revisions (tenant_id, revision) values (${sql.raw(`${row}.tenant_id`)}, 1)
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
    await sql`drop function if exists performance_bump_revisions()`.execute(db);
  await db.schema.dropTable('performance_revisions').execute();
}
