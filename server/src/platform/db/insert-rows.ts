import { CompiledQuery, type Insertable, PostgresAdapter } from 'kysely';
import type { DbOrTx } from './database';
import type { Database } from './schema';

/** SQL texts by table, columns, rows and dialect: a hot insert's text is built once. */
const texts = new Map<string, string>();
const MAX_TEXTS = 1000;

/** PostgreSQL's wire protocol counts a statement's parameters in 16 bits. */
export const PG_MAX_PARAMETERS = 65_535;

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/**
 * Inserts rows of plain values with multi-row statements, without building a
 * Kysely query: for a 60-column row Kysely's building costs more than SQLite's writing, and a write path that
 * inserts many rows a second (complaint intake, the audit chain, the mail outbox) would spend a fifth of its time
 * there. Every row must have the same columns (in any order) and plain values: an `undefined` is written as null,
 * and an expression is refused by the driver. The statements run through Kysely's executor, so transactions,
 * the slow-query log and the dialect's connection handling are those of any other query.
 *
 * On SQLite, statements hold a power of two of rows, at most `rowsPerStatement` (21 rows: 16, 4 and 1), so that a
 * table has a handful of distinct statement texts for the prepared-statement cache rather than one per batch size.
 * On PostgreSQL, which prepares nothing here and where every statement is a round trip to the server, one statement
 * holds as many rows as its 65,535 parameters allow.
 */
export async function insertRows<T extends keyof Database & string>(
  db: DbOrTx,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  rowsPerStatement = 64,
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  // Every row is checked before the first statement, so that a bad row writes nothing even outside a transaction.
  for (const row of rows) {
    const record = row as Record<string, unknown>;
    if (Object.keys(record).length !== columns.length) throw new Error(`insertRows(${table}): rows differ in columns`);
    for (const column of columns)
      if (!(column in record)) throw new Error(`insertRows(${table}): a row has no "${column}"`);
  }
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const pgRowsPerStatement = Math.floor(PG_MAX_PARAMETERS / columns.length);
  for (let start = 0; start < rows.length; ) {
    let size = 1;
    if (postgres) size = Math.min(pgRowsPerStatement, rows.length - start);
    else while (size * 2 <= Math.min(rowsPerStatement, rows.length - start)) size *= 2;
    const chunk = rows.slice(start, start + size);
    start += size;
    const params: unknown[] = [];
    for (const row of chunk) {
      const record = row as Record<string, unknown>;
      for (const column of columns) params.push(record[column] ?? null);
    }
    const key = `${postgres ? 'pg' : 'sqlite'}|${table}|${chunk.length}|${columns.join(',')}`;
    let text = texts.get(key);
    if (!text) {
      let n = 0;
      const tuple = () => `(${columns.map(() => (postgres ? `$${++n}` : '?')).join(', ')})`;
      text = `insert into ${quote(table)} (${columns.map(quote).join(', ')}) values ${chunk.map(tuple).join(', ')}`;
      if (texts.size >= MAX_TEXTS) texts.delete(texts.keys().next().value as string);
      texts.set(key, text);
    }
    await db.executeQuery(CompiledQuery.raw(text, params));
  }
}
