import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Checkpointer, FALLBACK_AUTOCHECKPOINT_PAGES, startCheckpointer } from './checkpointer';
import { openDatabase } from './database';

describe('platform: WAL checkpoints from a worker thread', () => {
  let dir: string;
  let file: string;
  const open: SQLite.Database[] = [];
  const started: Checkpointer[] = [];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lentera-checkpointer-'));
    file = join(dir, 'probe.sqlite');
  });
  afterEach(async () => {
    for (const checkpointer of started.splice(0)) await checkpointer.stop();
    for (const db of open.splice(0)) if (db.open) db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function writer(): SQLite.Database {
    const db = new SQLite(file);
    open.push(db);
    db.pragma('journal_mode = WAL');
    db.exec('create table if not exists probe (id integer primary key, text text not null)');
    return db;
  }

  function start(db: SQLite.Database, options: Parameters<typeof startCheckpointer>[2] = {}): Checkpointer {
    const checkpointer = startCheckpointer(db, file, { intervalMs: 60_000, ...options });
    started.push(checkpointer);
    return checkpointer;
  }

  function write(db: SQLite.Database, rows: number, from = 0): void {
    const insert = db.prepare('insert into probe (id, text) values (?, ?)');
    db.transaction(() => {
      for (let i = from; i < from + rows; i++) insert.run(i, `baris ${i} ${'x'.repeat(200)}`);
    })();
  }

  /** Rows the database file holds by itself: a copy of it without its write-ahead log. */
  function rowsInDatabaseFile(): number {
    const copy = join(dir, `copy-${Math.random().toString(36).slice(2)}.sqlite`);
    copyFileSync(file, copy);
    const db = new SQLite(copy, { readonly: true });
    try {
      const table = db.prepare("select count(*) as c from sqlite_master where name = 'probe'").get() as { c: number };
      if (!table.c) return 0;
      return (db.prepare('select count(*) as c from probe').get() as { c: number }).c;
    } finally {
      db.close();
    }
  }

  it('copies the log into the database file on checkpointNow and reports every frame checkpointed', async () => {
    const db = writer();
    const checkpointer = start(db);
    // The worker checkpoints once as it starts; after that, only when asked (the interval is a minute).
    await checkpointer.checkpointNow();
    write(db, 300);
    expect(rowsInDatabaseFile()).toBe(0);

    const result = await checkpointer.checkpointNow();
    expect(result.log).toBeGreaterThan(0);
    expect(result.checkpointed).toBe(result.log);
    expect(rowsInDatabaseFile()).toBe(300);
    expect((db.prepare('select count(*) as c from probe').get() as { c: number }).c).toBe(300);

    write(db, 50, 300);
    const again = await checkpointer.checkpointNow();
    expect(again.log).toBeGreaterThan(0);
    expect(again.checkpointed).toBe(again.log);
    expect(rowsInDatabaseFile()).toBe(350);
  });

  it('leaves the writer its own checkpoint only for a long log while the worker runs', async () => {
    const db = writer();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    const checkpointer = start(db);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(FALLBACK_AUTOCHECKPOINT_PAGES);
    expect(FALLBACK_AUTOCHECKPOINT_PAGES).toBeGreaterThan(1000);
    await checkpointer.checkpointNow();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(FALLBACK_AUTOCHECKPOINT_PAGES);
  });

  it('checkpoints every intervalMs by itself', async () => {
    const db = writer();
    const checkpointer = start(db, { intervalMs: 20 });
    // Only to know that the worker runs: the rows below are written after this checkpoint.
    await checkpointer.checkpointNow();
    write(db, 120);
    await vi.waitFor(() => expect(rowsInDatabaseFile()).toBe(120), { timeout: 20_000, interval: 20 });
    write(db, 30, 120);
    await vi.waitFor(() => expect(rowsInDatabaseFile()).toBe(150), { timeout: 20_000, interval: 20 });
  });

  it('stops: stop() resolves, and a later checkpointNow is refused', async () => {
    const db = writer();
    const checkpointer = start(db);
    write(db, 10);
    await checkpointer.stop();
    await expect(checkpointer.checkpointNow()).rejects.toThrow(/stopped/);
    // Stopping twice is harmless.
    await checkpointer.stop();
  });

  it('answers a checkpoint asked for just before stop()', async () => {
    const db = writer();
    const checkpointer = start(db);
    write(db, 10);
    const asked = checkpointer.checkpointNow();
    await checkpointer.stop();
    const result = await asked;
    expect(result.checkpointed).toBe(result.log);
  });

  it('gives the writer back its own checkpoints, and refuses waiting askers, when the worker dies', async () => {
    const db = writer();
    const warn = vi.fn();
    // A worker that cannot open its database fails at once.
    const checkpointer = startCheckpointer(db, join(dir, 'missing', 'nowhere.sqlite'), {
      intervalMs: 60_000,
      log: { warn },
    });
    started.push(checkpointer);
    const asked = checkpointer.checkpointNow();
    await expect(asked).rejects.toThrow(/the checkpointer stopped/);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({ why: expect.any(String) }),
      expect.stringContaining('stopped'),
    );
    await expect(checkpointer.checkpointNow()).rejects.toThrow(/stopped/);
  });

  it('is started by openDatabase when asked for, and stopped by close()', async () => {
    const handle = openDatabase({ dialect: 'sqlite', file }, { backgroundCheckpoints: true });
    const checkpointer = handle.checkpointer;
    expect(checkpointer).toBeDefined();
    expect(handle.sqlite?.pragma('wal_autocheckpoint', { simple: true })).toBe(FALLBACK_AUTOCHECKPOINT_PAGES);
    handle.sqlite?.exec('create table probe (id integer primary key, text text not null)');
    handle.sqlite?.prepare('insert into probe (id, text) values (?, ?)').run(1, 'satu');
    const result = await checkpointer!.checkpointNow();
    expect(result.log).toBeGreaterThan(0);
    expect(result.checkpointed).toBe(result.log);
    expect(rowsInDatabaseFile()).toBe(1);
    await handle.close();
    await expect(checkpointer!.checkpointNow()).rejects.toThrow(/stopped/);
  });

  it('is not started by openDatabase unless asked for, nor for an in-memory database', async () => {
    const plain = openDatabase({ dialect: 'sqlite', file });
    expect(plain.checkpointer).toBeUndefined();
    expect(plain.sqlite?.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    await plain.close();
    const memory = openDatabase({ dialect: 'sqlite', file: ':memory:' }, { backgroundCheckpoints: true });
    expect(memory.checkpointer).toBeUndefined();
    await memory.close();
  });
});
