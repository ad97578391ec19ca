import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresAdapter,
  PostgresDialect,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryCompiler,
  type TransactionSettings,
} from 'kysely';
import pg from 'pg';
import type { Database } from './schema';

/** A transaction's begin, sent and not yet answered (`PipelinedDriver.beginTransaction`). */
const begun = new WeakMap<DatabaseConnection, Promise<unknown>>();
/** Connections whose transaction its own code has committed already (`commitWith`). */
const ended = new WeakSet<DatabaseConnection>();

/**
 * Kysely's PostgreSQL driver on pipelined connections (`openDatabase`), in two ways cheaper by a round trip:
 * - a transaction's `begin` is sent and not waited for, so that its first queries follow it in the same round trip
 *   (its answer is awaited before the transaction ends, and an error in it fails the transaction);
 * - a transaction whose last writes were sent together with its commit (`commitWith`) is not committed again.
 */
class PipelinedDriver implements Driver {
  constructor(private readonly inner: Driver) {}

  init() {
    return this.inner.init();
  }
  acquireConnection() {
    return this.inner.acquireConnection();
  }
  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    if (settings.isolationLevel || settings.accessMode) return this.inner.beginTransaction(connection, settings);
    const begin = connection.executeQuery(CompiledQuery.raw('begin'));
    // Awaited when the transaction ends; until then a failure must not go unhandled.
    begin.catch(() => {});
    begun.set(connection, begin);
  }
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const begin = begun.get(connection);
    begun.delete(connection);
    await begin;
    if (ended.delete(connection)) return;
    await this.inner.commitTransaction(connection);
  }
  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const begin = begun.get(connection);
    begun.delete(connection);
    await begin?.catch(() => {});
    if (ended.delete(connection)) return;
    await this.inner.rollbackTransaction(connection);
  }
  async savepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']) {
    await this.inner.savepoint?.(connection, name, compile);
  }
  async rollbackToSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']) {
    await this.inner.rollbackToSavepoint?.(connection, name, compile);
  }
  async releaseSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']) {
    await this.inner.releaseSavepoint?.(connection, name, compile);
  }
  releaseConnection(connection: DatabaseConnection) {
    return this.inner.releaseConnection(connection);
  }
  destroy() {
    return this.inner.destroy();
  }
}

export class PipelinedPostgresDialect extends PostgresDialect {
  override createDriver(): Driver {
    return new PipelinedDriver(super.createDriver());
  }
}

/**
 * Sends `queries` and the transaction's commit on `connection` together: one round trip for the last writes and the
 * commit. The server runs them in order; if one fails, the commit finds the transaction failed and rolls it back,
 * and the first error is thrown. Kysely's own commit (or rollback) afterwards does nothing.
 */
export async function sendWithCommit(connection: DatabaseConnection, queries: readonly CompiledQuery[]): Promise<void> {
  ended.add(connection);
  const answers = await Promise.allSettled([
    ...queries.map((query) => connection.executeQuery(query)),
    connection.executeQuery(CompiledQuery.raw('commit')),
  ]);
  const failed = answers.find((answer) => answer.status === 'rejected');
  if (failed) throw failed.reason;
}

/**
 * A pg client that sends the queries started in one turn of the event loop in one write: on a pipelined connection
 * `atOnce`'s queries (and a transaction's `begin` with its first query) leave in one system call instead of one each.
 * The socket is corked at the turn's first query and uncorked once the turn's synchronous work and promise jobs are
 * done (`process.nextTick`).
 */
export class CorkingClient extends pg.Client {
  private corked = false;

  // biome-ignore lint/suspicious/noExplicitAny: pg's query has a dozen overloads; this passes every call through.
  override query(...args: any[]): any {
    const stream = (this as unknown as { connection?: { stream?: NodeJS.WritableStream & Partial<Corkable> } })
      .connection?.stream;
    if (!this.corked && stream?.cork && stream.uncork) {
      this.corked = true;
      stream.cork();
      process.nextTick(() => {
        this.corked = false;
        stream.uncork?.();
      });
    }
    // biome-ignore lint/suspicious/noExplicitAny: see above.
    return (super.query as (...a: any[]) => any)(...args);
  }
}

interface Corkable {
  cork(): void;
  uncork(): void;
}

/**
 * A Kysely for PostgreSQL whose every query goes to `connection` (a stand-in that records them, or a transaction's
 * connection shared by queries sent at once): it begins no transaction of its own.
 */
export function postgresOn(connection: DatabaseConnection): Kysely<Database> {
  const driver: Driver = {
    init: async () => {},
    acquireConnection: async () => connection,
    beginTransaction: async () => {
      throw new Error('queries on a given connection run in the caller’s transaction, or in none');
    },
    commitTransaction: async () => {},
    rollbackTransaction: async () => {},
    releaseConnection: async () => {},
    destroy: async () => {},
  };
  return new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => driver,
      createIntrospector: (kysely) => new PostgresIntrospector(kysely),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
}
