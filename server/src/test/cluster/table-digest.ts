import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db, Dialect } from '../../platform/db/database';

/** The tables of a database (on SQLite without its own and the full-text index's shadow tables). */
export async function tableNames(db: Db, dialect: Dialect): Promise<string[]> {
  if (dialect === 'postgres') {
    const rows = await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(db);
    return rows.rows.map((r) => r.name);
  }
  const rows = await sql<{ name: string; sql: string | null }>`
    select name, sql from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(db);
  const virtual = rows.rows.filter((r) => /create virtual table/i.test(r.sql ?? '')).map((r) => r.name);
  return rows.rows.map((r) => r.name).filter((name) => !virtual.some((v) => name.startsWith(`${v}_`)));
}

/** Every row of a table as canonical JSON (keys sorted, binary as hex), in a stable order. */
export async function tableRows(db: Db, table: string): Promise<string[]> {
  const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db);
  return rows.rows
    .map((row) =>
      JSON.stringify(
        Object.keys(row)
          .sort()
          .map((k) => {
            const v = row[k];
            return [k, Buffer.isBuffer(v) || v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v];
          }),
      ),
    )
    .sort();
}

export interface TableDigest {
  rows: number;
  sha256: string;
}

/** Row count and a SHA-256 over the canonical rows, per table. */
export async function digestTables(db: Db, dialect: Dialect): Promise<Record<string, TableDigest>> {
  const result: Record<string, TableDigest> = {};
  for (const table of await tableNames(db, dialect)) {
    const rows = await tableRows(db, table);
    result[table] = { rows: rows.length, sha256: createHash('sha256').update(rows.join('\n')).digest('hex') };
  }
  return result;
}
