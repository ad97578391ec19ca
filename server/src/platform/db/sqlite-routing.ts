import {
  CompiledQuery as Compiled,
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  RawNode,
  SelectQueryNode,
  type SqliteDatabase,
  SqliteDialect,
} from 'kysely';

/**
 * Two connections to the embedded database: one writes, one only reads. SQLite's WAL lets a reader see the last
 * committed state while a write transaction is open, so a read outside a transaction never waits for one (a
 * large import, a batch of intakes). Writes and transactions take the writer in turn, as Kysely's own SQLite
 * driver does with its single connection; statements inside a transaction always go to the writer, so a
 * transaction reads its own writes.
 */
export class RoutingSqliteDialect extends SqliteDialect {
  constructor(
    private readonly writer: SqliteDatabase,
    private readonly reader: SqliteDatabase,
  ) {
    super({ database: writer });
  }

  override createDriver(): Driver {
    return new RoutingDriver(this.writer, this.reader);
  }
}

class Mutex {
  private held: Promise<void> | undefined;
  private release: (() => void) | undefined;

  async lock(): Promise<void> {
    while (this.held) await this.held;
    this.held = new Promise((resolve) => {
      this.release = resolve;
    });
  }

  unlock(): void {
    const release = this.release;
    this.held = undefined;
    this.release = undefined;
    release?.();
  }
}

const isRead = (query: CompiledQuery): boolean =>
  SelectQueryNode.is(query.query) || (RawNode.is(query.query) && /^\s*select\b/i.test(query.sql));

function run(db: SqliteDatabase, query: CompiledQuery): QueryResult<unknown> {
  const statement = db.prepare(query.sql);
  if (statement.reader) return { rows: statement.all(query.parameters) as unknown[] };
  const { changes, lastInsertRowid } = statement.run(query.parameters);
  return {
    numAffectedRows: changes !== undefined && changes !== null ? BigInt(changes) : undefined,
    insertId: lastInsertRowid !== undefined && lastInsertRowid !== null ? BigInt(lastInsertRowid) : undefined,
    rows: [],
  };
}

class RoutedConnection implements DatabaseConnection {
  inTransaction = false;

  constructor(
    private readonly writer: SqliteDatabase,
    private readonly reader: SqliteDatabase,
    private readonly writing: Mutex,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.inTransaction) return run(this.writer, query) as QueryResult<R>;
    if (isRead(query)) return run(this.reader, query) as QueryResult<R>;
    await this.writing.lock();
    try {
      return run(this.writer, query) as QueryResult<R>;
    } finally {
      this.writing.unlock();
    }
  }

  // biome-ignore lint/correctness/useYield: nothing is streamed here; Kysely requires the method.
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not used with the embedded database');
  }
}

class RoutingDriver implements Driver {
  private readonly writing = new Mutex();

  constructor(
    private readonly writer: SqliteDatabase,
    private readonly reader: SqliteDatabase,
  ) {}

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return new RoutedConnection(this.writer, this.reader, this.writing);
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await this.writing.lock();
    try {
      run(this.writer, Compiled.raw('begin'));
    } catch (error) {
      this.writing.unlock();
      throw error;
    }
    (connection as RoutedConnection).inTransaction = true;
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await this.end(connection, 'commit');
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await this.end(connection, 'rollback');
  }

  private async end(connection: DatabaseConnection, command: 'commit' | 'rollback'): Promise<void> {
    try {
      run(this.writer, Compiled.raw(command));
    } catch (error) {
      // A failed commit leaves SQLite's transaction open: roll it back so that the writer is usable again.
      if (command === 'commit') {
        try {
          run(this.writer, Compiled.raw('rollback'));
        } catch {
          // Already rolled back by SQLite itself.
        }
      }
      throw error;
    } finally {
      (connection as RoutedConnection).inTransaction = false;
      this.writing.unlock();
    }
  }

  async savepoint(connection: DatabaseConnection, name: string) {
    await this.savepointCommand(connection, `savepoint ${name}`);
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string) {
    await this.savepointCommand(connection, `rollback to ${name}`);
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string) {
    await this.savepointCommand(connection, `release ${name}`);
  }

  private async savepointCommand(connection: DatabaseConnection, text: string): Promise<void> {
    if (!/^(savepoint|rollback to|release) [a-z_][a-z0-9_]*$/i.test(text)) throw new Error(`bad savepoint: ${text}`);
    await connection.executeQuery(Compiled.raw(text));
  }

  async releaseConnection(): Promise<void> {}

  async destroy(): Promise<void> {
    this.reader.close();
    this.writer.close();
  }
}
