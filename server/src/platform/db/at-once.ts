import { type DatabaseConnection, PostgresAdapter } from 'kysely';
import type { DbOrTx } from './database';
import { postgresOn } from './pg-driver';

/**
 * Runs `work` with a stand-in for `db` on which the queries started together are sent together: on PostgreSQL the
 * pool's connections pipeline (`openDatabase`), so `Promise.all([read1(db), read2(db)])` costs one round trip to the
 * server instead of two. The server still runs them one after the other, in the order they were started, each on a
 * snapshot taken when it starts: a read started after a lock sees what was committed before the lock was granted.
 * Inside a transaction they run in it; outside, on one connection of the pool. On SQLite, where a statement costs
 * no round trip, `work` gets `db` itself.
 */
export async function atOnce<T>(db: DbOrTx, work: (db: DbOrTx) => Promise<T>): Promise<T> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return work(db);
  // Kysely hands a transaction's connection to one query at a time; the stand-in hands it to all of them at once.
  return db.getExecutor().provideConnection(async (connection) => {
    const shared: DatabaseConnection = {
      executeQuery: (query) => connection.executeQuery(query),
      streamQuery: () => {
        throw new Error('queries sent at once cannot stream');
      },
    };
    return work(postgresOn(shared));
  });
}
