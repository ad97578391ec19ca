import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type SQLite from 'better-sqlite3';
import type { Logger } from 'pino';

/**
 * The worker's whole program (plain CommonJS, so that it needs no TypeScript loader): its own connection to the
 * database file, and a passive checkpoint every `intervalMs`. A passive checkpoint copies what the write-ahead
 * log holds into the database file without waiting for, or blocking, any reader or writer.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
let timer = null;
function tick(id) {
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)');
    if (id !== undefined) parentPort.postMessage({ id, log: result.log, checkpointed: result.checkpointed });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
  timer = setTimeout(tick, workerData.intervalMs);
}
parentPort.on('message', (message) => {
  if (message === 'stop') {
    clearTimeout(timer);
    db.close();
    parentPort.close();
  } else {
    clearTimeout(timer);
    tick(message.now);
  }
});
tick();
`;

/**
 * Pages in the log (400 MB) after which the writer checkpoints itself, should the background worker fall far
 * behind. High on purpose: a large transaction (an import of 50,000 employees writes tens of thousands of pages)
 * must not make its commit copy them all while every request waits; the worker does that on its own core.
 */
export const FALLBACK_AUTOCHECKPOINT_PAGES = 100_000;
/** SQLite's own default, restored when the worker is gone. */
const DEFAULT_AUTOCHECKPOINT_PAGES = 1_000;

export interface Checkpointer {
  /** Asks for a checkpoint now and resolves with the log's frames and how many of them are in the database. */
  checkpointNow(): Promise<{ log: number; checkpointed: number }>;
  stop(): Promise<void>;
}

/**
 * Moves the write-ahead log's checkpoints off the event loop. SQLite's writer otherwise checkpoints by itself
 * whenever the log passes 1,000 pages: under a steady stream of writes that was a fifth of the server's time,
 * spent inside a commit while every request waited. A worker thread with its own connection now checkpoints every
 * `intervalMs` on another core. The writer keeps a checkpoint of its own for a log past 100,000 pages, so a worker
 * that falls far behind still bounds the log; if the worker fails, the writer goes back to SQLite's default at
 * once.
 */
export function startCheckpointer(
  writer: SQLite.Database,
  file: string,
  options: { intervalMs?: number; log?: Pick<Logger, 'warn'> } = {},
): Checkpointer {
  writer.pragma(`wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT_PAGES}`);
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { driver, file, intervalMs: options.intervalMs ?? 25 },
  });
  worker.unref();
  let stopping = false;
  let asked = 0;
  const waiting = new Map<
    number,
    { resolve: (r: { log: number; checkpointed: number }) => void; reject: (e: Error) => void }
  >();
  const fallBack = (why: string) => {
    if (stopping) return;
    stopping = true;
    options.log?.warn({ why }, 'background checkpoints stopped; the writer checkpoints itself again');
    for (const asker of waiting.values()) asker.reject(new Error(`the checkpointer stopped: ${why}`));
    waiting.clear();
    try {
      writer.pragma(`wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT_PAGES}`);
    } catch {
      // The writer is already closed.
    }
  };
  worker.on('message', (message: { id?: number; log: number; checkpointed: number; error?: string }) => {
    if (message.error) options.log?.warn({ err: message.error }, 'background checkpoint failed');
    const asker = message.id === undefined ? undefined : waiting.get(message.id);
    if (!asker) return;
    waiting.delete(message.id as number);
    if (message.error) asker.reject(new Error(message.error));
    else asker.resolve({ log: message.log, checkpointed: message.checkpointed });
  });
  worker.on('error', (error) => fallBack(error.message));
  worker.on('exit', (code) => fallBack(`worker exited with ${code}`));
  return {
    checkpointNow() {
      if (stopping) return Promise.reject(new Error('the checkpointer is stopped'));
      asked += 1;
      const id = asked;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ now: id });
      });
    },
    async stop() {
      if (stopping) return;
      stopping = true;
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      // Held while it stops: an unreferenced worker would let a command that awaits this exit early, with code 0.
      worker.ref();
      worker.postMessage('stop');
      await exited;
    },
  };
}
