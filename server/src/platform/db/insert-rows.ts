import { CompiledQuery, type Insertable, PostgresAdapter } from 'kysely';
import type { DbOrTx } from './database';
import type { Database } from './schema';

/** SQL texts by table, columns, rows and dialect: a hot insert's text is built once. */
const texts = new Map<string, string>();
const MAX_TEXTS = 1000;

/** PostgreSQL's wire protocol counts a statement's parameters in 16 bits. */
export const PG_MAX_PARAMETERS = 65_535;

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/** A value as JSON for `json_populate_recordset`: bytes as PostgreSQL's hex input, big integers as text. */
function jsonValue(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Uint8Array) return `\\x${Buffer.from(value).toString('hex')}`;
  if (value && typeof value === 'object' && (value as { type?: unknown }).type === 'Buffer')
    return `\\x${Buffer.from((value as { data: number[] }).data).toString('hex')}`;
  return value;
}

/**
 * Inserts rows of plain values without building a Kysely query: for a 60-column row Kysely's building costs more
 * than SQLite's writing, and a write path that inserts many rows a second (complaint intake, the audit chain, the
 * mail outbox) would spend a fifth of its time there. Every row must have the same columns (in any order) and plain
 * values: an `undefined` is written as null. The statements run through Kysely's executor, so transactions, the
 * slow-query log and the dialect's connection handling are those of any other query.
 *
 * On SQLite, statements hold a power of two of rows, at most `rowsPerStatement` (21 rows: 16, 4 and 1), so that a
 * table has a handful of distinct statement texts for the prepared-statement cache rather than one per batch size.
 *
 * On PostgreSQL every row goes in one statement with one parameter, the rows as a JSON array, which the server turns
 * into the table's own row type (`json_populate_recordset`), so each value is read by its column's own input
 * function, as a parameter of that column would be. A multi-row `values` list with a parameter per value costs the
 * server more to plan than to write (measured on a 25-complaint intake batch: 9.8 ms planning against 4.9 ms
 * executing), and its text changes with the number of rows; this text is the same for any number of rows, short to
 * plan, and has no parameter limit.
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
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    const key = `pg|${table}|${columns.join(',')}`;
    let text = texts.get(key);
    if (!text) {
      const list = columns.map(quote).join(', ');
      text = `insert into ${quote(table)} (${list}) select ${list} from json_populate_recordset(null::${quote(table)}, $1::json)`;
      remember(key, text);
    }
    // Each row as an object of its columns in the first row's order, undefined as null.
    const json = JSON.stringify(
      rows.map((row) => {
        const record = row as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        for (const column of columns) out[column] = record[column] ?? null;
        return out;
      }),
      jsonValue,
    );
    await db.executeQuery(CompiledQuery.raw(text, [json]));
    return;
  }
  for (let start = 0; start < rows.length; ) {
    let size = 1;
    while (size * 2 <= Math.min(rowsPerStatement, rows.length - start)) size *= 2;
    const chunk = rows.slice(start, start + size);
    start += size;
    const params: unknown[] = [];
    for (const row of chunk) {
      const record = row as Record<string, unknown>;
      for (const column of columns) params.push(record[column] ?? null);
    }
    const key = `sqlite|${table}|${chunk.length}|${columns.join(',')}`;
    let text = texts.get(key);
    if (!text) {
      const tuple = `(${columns.map(() => '?').join(', ')})`;
      text = `insert into ${quote(table)} (${columns.map(quote).join(', ')}) values ${chunk.map(() => tuple).join(', ')}`;
      remember(key, text);
    }
    await db.executeQuery(CompiledQuery.raw(text, params));
  }
}

function remember(key: string, text: string): void {
  if (texts.size >= MAX_TEXTS) texts.delete(texts.keys().next().value as string);
  texts.set(key, text);
}
