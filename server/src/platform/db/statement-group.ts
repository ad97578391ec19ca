import { CompiledQuery, type DatabaseConnection, PostgresAdapter } from 'kysely';
import type { DbOrTx } from './database';
import { PG_MAX_PARAMETERS } from './insert-rows';
import { postgresOn, sendWithCommit } from './pg-driver';

/** The index just past the quoted text that starts at `start` (`'...'` or `"..."`, a doubled quote escaping one). */
function pastQuoted(sql: string, start: number): number {
  const quote = sql[start];
  let i = start + 1;
  while (i < sql.length) {
    if (sql[i] === quote) {
      if (sql[i + 1] === quote) i += 2;
      else return i + 1;
    } else i += 1;
  }
  return sql.length;
}

/** A PostgreSQL statement with its `$n` placeholders moved up by `offset`; quoted text is left as it is. */
export function shiftPlaceholders(sql: string, offset: number): string {
  let out = '';
  let i = 0;
  while (i < sql.length) {
    const c = sql[i] as string;
    if (c === "'" || c === '"') {
      const end = pastQuoted(sql, i);
      out += sql.slice(i, end);
      i = end;
    } else if (c === '$' && /[0-9]/.test(sql[i + 1] ?? '')) {
      let j = i + 1;
      while (/[0-9]/.test(sql[j] ?? '')) j += 1;
      out += `$${Number(sql.slice(i + 1, j)) + offset}`;
      i = j;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

/**
 * Writes that need no answer, as few PostgreSQL statements as the parameter limit allows: each write becomes a
 * data-modifying `WITH` part of one statement (`with w0 as (insert ...), w1 as (update ...) select 1`), so that ten
 * writes cost one round trip to the server instead of ten. The parts run on one snapshot and do not see each other's
 * rows, so the writes must not depend on one another (foreign keys are checked at the statement's end, and hold).
 * On SQLite, where a statement costs no round trip, they simply run in order.
 */
export async function executeTogether(db: DbOrTx, queries: readonly CompiledQuery[]): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) {
    for (const query of queries) await db.executeQuery(query);
    return;
  }
  for (const statement of together(queries)) await db.executeQuery(statement);
}

/** The PostgreSQL statements that carry `queries`: as few as the parameter limit allows. */
function together(queries: readonly CompiledQuery[]): CompiledQuery[] {
  const statements: CompiledQuery[] = [];
  let group: CompiledQuery[] = [];
  let parameters = 0;
  const close = () => {
    const [only] = group;
    if (group.length === 1 && only) statements.push(only);
    else if (group.length > 1) {
      const values: unknown[] = [];
      const parts = group.map((query, k) => {
        const part = `w${k} as (${shiftPlaceholders(query.sql, values.length)})`;
        values.push(...query.parameters);
        return part;
      });
      statements.push(CompiledQuery.raw(`with ${parts.join(', ')} select 1`, values));
    }
    group = [];
    parameters = 0;
  };
  for (const query of queries) {
    if (group.length && parameters + query.parameters.length > PG_MAX_PARAMETERS) close();
    group.push(query);
    parameters += query.parameters.length;
  }
  close();
  return statements;
}

export interface StatementGroup {
  /**
   * Where to send the group's writes: on PostgreSQL a stand-in that records them (every query answers no rows, so
   * only writes whose answer is not read belong here); on SQLite the database itself.
   */
  db: DbOrTx;
  /** Runs the recorded writes on the real connection (`executeTogether`). */
  flush(): Promise<void>;
  /**
   * Runs the recorded writes and commits the transaction, on PostgreSQL in one round trip (`sendWithCommit`): for
   * the code that began the transaction, as its last step (nothing may follow in it). On SQLite the writes are
   * already made, and the transaction commits when it ends, as always.
   */
  commit(): Promise<void>;
}

/**
 * Collects the writes of several repository calls (`insertRows`, upserts built with Kysely) to send them together
 * with `flush()`: on PostgreSQL as one statement, on SQLite at once, as they are made.
 */
export function statementGroup(db: DbOrTx): StatementGroup {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter))
    return { db, flush: async () => {}, commit: async () => {} };
  const recorded: CompiledQuery[] = [];
  const connection: DatabaseConnection = {
    async executeQuery(query) {
      recorded.push(query);
      return { rows: [] };
    },
    streamQuery() {
      throw new Error('a statement group records writes: it cannot stream a query');
    },
  };
  const recorder = postgresOn(connection);
  return {
    db: recorder,
    flush: () => executeTogether(db, recorded.splice(0)),
    commit: async () => {
      if (!db.isTransaction) throw new Error('a statement group commits only a transaction');
      const statements = together(recorded.splice(0));
      await db.getExecutor().provideConnection((connection) => sendWithCommit(connection, statements));
    },
  };
}
