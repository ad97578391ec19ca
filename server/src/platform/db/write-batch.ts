import type { ControlledTransaction } from 'kysely';
import type { Db, Tx } from './database';
import type { Database } from './schema';

interface Pending<T> {
  work: (tx: Tx) => Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

/** At most this many units of work share one commit; the rest wait for the next. */
const MAX_BATCH = 64;

/**
 * Group commit for the embedded database. SQLite writes one transaction at a time on its one connection, and a
 * small write transaction's cost is mostly its commit: the pages it touched go to the WAL. Write transactions
 * that arrive in the same turn of the event loop therefore run one after the other inside one database
 * transaction, each in its own savepoint, and commit together.
 *
 * Each unit keeps its own all-or-nothing: one that throws is rolled back to its savepoint and rejected alone,
 * and the others still commit. Units run in arrival order and each sees the ones before it, exactly as if they
 * had committed one by one. A unit is resolved only once the shared commit succeeded; if the commit fails,
 * every unit of the batch is rejected with that error and nothing of it is kept.
 */
export class WriteBatcher {
  private queue: Array<Pending<unknown>> = [];
  private scheduled = false;

  constructor(private readonly db: Db) {}

  run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve, reject } as Pending<unknown>);
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    const batch = this.queue.splice(0, MAX_BATCH);
    try {
      if (batch.length === 1) await this.runAlone(batch[0] as Pending<unknown>);
      else await this.runTogether(batch);
    } finally {
      if (this.queue.length) setImmediate(() => void this.flush());
      else this.scheduled = false;
    }
  }

  private async runAlone(item: Pending<unknown>): Promise<void> {
    try {
      item.resolve(await this.db.transaction().execute((trx) => item.work(trx)));
    } catch (error) {
      item.reject(error);
    }
  }

  private async runTogether(batch: Array<Pending<unknown>>): Promise<void> {
    let trx: ControlledTransaction<Database>;
    try {
      trx = await this.db.startTransaction().execute();
    } catch (error) {
      for (const item of batch) item.reject(error);
      return;
    }
    const outcomes: Array<{ ok: true; value: unknown } | { ok: false; error: unknown }> = [];
    try {
      for (const [index, item] of batch.entries()) {
        const name = `unit_${index}`;
        const inside = await trx.savepoint(name).execute();
        try {
          const value = await item.work(inside);
          await inside.releaseSavepoint(name).execute();
          outcomes.push({ ok: true, value });
        } catch (error) {
          // Undo this unit only; if even that fails the transaction is unusable and the outer catch ends it.
          await inside.rollbackToSavepoint(name).execute();
          await inside.releaseSavepoint(name).execute();
          outcomes.push({ ok: false, error });
        }
      }
      await trx.commit().execute();
    } catch (error) {
      await trx
        .rollback()
        .execute()
        .catch(() => {});
      for (const item of batch) item.reject(error);
      return;
    }
    for (const [index, item] of batch.entries()) {
      const outcome = outcomes[index];
      if (outcome?.ok) item.resolve(outcome.value);
      else item.reject(outcome?.error);
    }
  }
}
