import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, type KyselyConfig, type SqliteDatabase, SqliteDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import type { Logger } from 'pino';
import type { DatabaseConfig } from '../config';
import { type Checkpointer, startCheckpointer } from './checkpointer';
import { CorkingClient, PipelinedPostgresDialect } from './pg-driver';
import type { Database } from './schema';
import { RoutingSqliteDialect } from './sqlite-routing';

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
export type DbOrTx = Db | Tx;
export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Db;
  dialect: Dialect;
  /** Pool figures for /metrics. */
  poolStats(): { total: number; idle: number; waiting: number };
  close(): Promise<void>;
  /** The embedded database, for the online backup API. */
  sqlite?: SQLite.Database;
  /** The embedded database's background checkpoints, when asked for (checkpointer.ts). */
  checkpointer?: Checkpointer;
}

const PG_INT8 = 20;
const PG_NUMERIC = 1700;
const PG_DATE = 1082;
const PG_TIMESTAMPTZ = 1184;
const PG_TIMESTAMP = 1114;

/** Values read from PostgreSQL look like the ones read from SQLite: ISO strings, plain dates, numbers. */
const pgTypes = {
  getTypeParser(oid: number, format?: unknown) {
    if (oid === PG_INT8 || oid === PG_NUMERIC) return (v: string) => Number(v);
    if (oid === PG_DATE) return (v: string) => v;
    if (oid === PG_TIMESTAMPTZ || oid === PG_TIMESTAMP)
      return (v: string) => new Date(oid === PG_TIMESTAMP ? `${v}Z` : v).toISOString();
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

export function openDatabase(
  config: DatabaseConfig,
  options: {
    poolSize?: number;
    slowQueryMs?: number | null;
    /** SQLite file: checkpoint the write-ahead log from a worker thread (checkpointer.ts); the server asks for it. */
    backgroundCheckpoints?: boolean;
    log?: Pick<Logger, 'warn'>;
  } = {},
): DatabaseHandle {
  if (config.dialect === 'sqlite') {
    if (config.file !== ':memory:') mkdirSync(dirname(config.file), { recursive: true });
    const sqlite = new SQLite(config.file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    // 64 MB of page cache (the default is 2 MB): lists and statistics re-read far fewer pages.
    sqlite.pragma('cache_size = -65536');
    // A savepoint (each unit of a group commit has one) copies every page it changes to a sub-journal, by default
    // a temporary file: in memory it costs a third of a small write's time. Only the writer gets this; large
    // sorts of the read connection still spill to disk.
    sqlite.pragma('temp_store = MEMORY');
    // After a large transaction the write-ahead log file is cut back to 64 MB once checkpointed.
    sqlite.pragma('journal_size_limit = 67108864');
    // A file database gets a second, read-only connection (sqlite-routing.ts); an in-memory one cannot be shared.
    const dialect =
      config.file === ':memory:'
        ? new SqliteDialect({ database: withStatementCache(sqlite) })
        : new RoutingSqliteDialect(withStatementCache(sqlite), withStatementCache(openReader(config.file)));
    const db = new Kysely<Database>({ dialect, log: slowQueryLog(options.slowQueryMs) });
    const checkpointer =
      options.backgroundCheckpoints && config.file !== ':memory:'
        ? startCheckpointer(sqlite, config.file, { log: options.log })
        : undefined;
    return {
      db,
      dialect: 'sqlite',
      sqlite,
      checkpointer,
      poolStats: () => ({ total: 1, idle: 1, waiting: 0 }),
      close: async () => {
        await checkpointer?.stop();
        await db.destroy();
      },
    };
  }
  // Pipelined connections send a query without waiting for the answer to the one before: queries that Kysely awaits
  // one by one behave as always, and those started together (`atOnce`, at-once.ts) share one round trip, sent in one
  // write to the socket (`CorkingClient`, pg-driver.ts).
  const pool = new pg.Pool({
    connectionString: config.url,
    max: options.poolSize ?? 10,
    types: pgTypes,
    pipeline: true,
    Client: CorkingClient,
  });
  // An idle connection the server closes (restart, failover, a dropped database) emits 'error' on the pool;
  // unhandled it would crash the process. pg drops that client and the next query opens a new one.
  pool.on('error', () => {});
  const db = new Kysely<Database>({
    dialect: new PipelinedPostgresDialect({ pool }),
    log: slowQueryLog(options.slowQueryMs),
  });
  return {
    db,
    dialect: 'postgres',
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: () => db.destroy(),
  };
}

function openReader(file: string): SQLite.Database {
  const reader = new SQLite(file);
  reader.pragma('query_only = ON');
  reader.pragma('busy_timeout = 5000');
  reader.pragma('cache_size = -65536');
  return reader;
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query anew; on SQLite preparing costs about as much as running a small query. The
 * statements of the last 500 distinct SQL texts are kept (least recently used dropped). A statement that an
 * `.iterate()` is still reading is busy, so a second user of the same text gets a fresh one.
 */
export function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text: string) {
      const cached = cache.get(text);
      if (cached && !cached.busy) {
        cache.delete(text);
        cache.set(text, cached);
        return cached;
      }
      const statement = sqlite.prepare(text);
      if (!cached) {
        cache.set(text, statement);
        if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      }
      return statement;
    },
  };
}

/** `SLOW_QUERY_MS=N` writes every query that took N ms or more to stderr with its time (an operator's aid). */
function slowQueryLog(limit: number | null | undefined): KyselyConfig['log'] {
  if (limit === null || limit === undefined) return undefined;
  return (event) => {
    if (event.queryDurationMillis < limit) return;
    const text = event.query.sql.replace(/\s+/g, ' ').slice(0, 300);
    process.stderr.write(`slow query ${event.queryDurationMillis.toFixed(1)} ms: ${text}\n`);
  };
}

export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}
