import { type Kysely, PostgresAdapter, sql } from 'kysely';

// Frozen in time, like the migrations that call it (people 1004, performance 3004): it imports no application
// code and builds the same SQL, character for character, as those migrations did when they first ran, so that
// a database migrated before and one migrated after have exactly the same schema (SQLite keeps a trigger's text
// and PostgreSQL a function's body as written; the whitespace below is part of that). Change nothing here: a
// counter with different SQL needs a new helper and a new migration.

export interface RevisionCounter {
  /** The counter table, one row per key value: `people_revisions`. */
  counterTable: string;
  /** The PostgreSQL trigger function: `people_bump_revisions`. */
  functionName: string;
  /** The column of the watched tables that names the counter's row (`tenant_id`). */
  key: string;
  /** The watched tables: every insert, update or delete on them raises the counter of the rows' key. */
  tables: readonly string[];
}

const EVENTS = ['insert', 'update', 'delete'] as const;

const isPostgres = <DB>(db: Kysely<DB>) => db.getExecutor().adapter instanceof PostgresAdapter;

const triggerName = (table: string, event: string) => `${table}_revision_${event}`;

/** PostgreSQL: one upsert per statement, from its transition table. */
function postgresFunction({ counterTable, functionName, key }: RevisionCounter): string {
  return [
    '',
    `      create function ${functionName}() returns trigger language plpgsql as $$`,
    '      begin',
    "        if tg_op = 'DELETE' then",
    `          insert into ${counterTable} (${key}, revision)`,
    `            select distinct ${key}, 1 from old_rows`,
    `            on conflict (${key}) do update set revision = ${counterTable}.revision + 1;`,
    '        else',
    `          insert into ${counterTable} (${key}, revision)`,
    `            select distinct ${key}, 1 from new_rows`,
    `            on conflict (${key}) do update set revision = ${counterTable}.revision + 1;`,
    '        end if;',
    '        return null;',
    '      end $$',
  ].join('\n');
}

/** SQLite: row-level triggers only, a small upsert per row. */
function sqliteTriggerBody({ counterTable, key }: RevisionCounter, row: 'old' | 'new'): string {
  return [
    '',
    '        begin',
    `          insert into ${counterTable} (${key}, revision) values (${row}.${key}, 1)`,
    `            on conflict (${key}) do update set revision = revision + 1;`,
    '        end',
  ].join('\n');
}

/**
 * Creates a per-key counter that the database itself raises on every insert, update or delete of `tables`,
 * whoever writes them: statement triggers with transition tables on PostgreSQL (one upsert per statement),
 * row triggers on SQLite.
 */
export async function createRevisionCounter<DB>(db: Kysely<DB>, counter: RevisionCounter): Promise<void> {
  await db.schema
    .createTable(counter.counterTable)
    .addColumn(counter.key, 'varchar(36)', (c) => c.primaryKey())
    .addColumn('revision', 'bigint', (c) => c.notNull())
    .execute();

  if (isPostgres(db)) {
    await sql.raw(postgresFunction(counter)).execute(db);
    for (const table of counter.tables)
      for (const event of EVENTS) {
        const rows = event === 'delete' ? sql`old table as old_rows` : sql`new table as new_rows`;
        await sql`create trigger ${sql.raw(triggerName(table, event))} after ${sql.raw(event)} on ${sql.table(table)}
          referencing ${rows} for each statement execute function ${sql.raw(counter.functionName)}()`.execute(db);
      }
    return;
  }
  for (const table of counter.tables)
    for (const event of EVENTS) {
      const row = event === 'delete' ? 'old' : 'new';
      await sql`create trigger ${sql.raw(triggerName(table, event))} after ${sql.raw(event)} on ${sql.table(table)}${sql.raw(
        sqliteTriggerBody(counter, row),
      )}`.execute(db);
    }
}

/** Undoes `createRevisionCounter`: the triggers, the function (PostgreSQL) and the counter table. */
export async function dropRevisionCounter<DB>(db: Kysely<DB>, counter: RevisionCounter): Promise<void> {
  const postgres = isPostgres(db);
  for (const table of counter.tables)
    for (const event of EVENTS)
      await sql`drop trigger if exists ${sql.raw(triggerName(table, event))}${
        postgres ? sql` on ${sql.table(table)}` : sql``
      }`.execute(db);
  if (postgres) await sql`drop function if exists ${sql.raw(counter.functionName)}()`.execute(db);
  await db.schema.dropTable(counter.counterTable).execute();
}
