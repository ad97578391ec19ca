import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import { describeEachDialect } from '../../test/harness';
import { makeCtx, transaction } from '../context';
import { atOnce } from './at-once';
import type { Database } from './schema';

const GATE = 'once_gate' as keyof Database & string;
const NOTE = 'once_note' as keyof Database & string;

describeEachDialect('platform: queries sent at once', (env) => {
  beforeAll(async () => {
    await sql`create table once_gate (id varchar(20) primary key, n integer not null)`.execute(env.services.db);
    await sql`create table once_note (id varchar(20) primary key)`.execute(env.services.db);
    await sql`insert into once_gate (id, n) values ('g', 0)`.execute(env.services.db);
  });
  afterEach(() => vi.restoreAllMocks());

  it('answers each query started together with its own rows', async () => {
    await transaction(makeCtx(env.services), async (tx) => {
      const [gate, notes, one] = await atOnce(tx.db, (db) =>
        Promise.all([
          db
            .selectFrom(GATE as 'audit_heads')
            .selectAll()
            .executeTakeFirstOrThrow(),
          db
            .selectFrom(NOTE as 'audit_heads')
            .selectAll()
            .execute(),
          sql<{ one: number }>`select 1 as one`.execute(db),
        ]),
      );
      expect(gate).toEqual({ id: 'g', n: 0 });
      expect(notes).toEqual([]);
      expect(one.rows).toEqual([{ one: 1 }]);
    });
  });

  it('sends the reads behind a lock before it is granted, and they see what the holder committed', async () => {
    if (env.dialect === 'sqlite') return;
    // The holder locks the gate and keeps it until it has written a note.
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked = () => {};
    const holding = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const holder = transaction(makeCtx(env.services), async (tx) => {
      await sql`update once_gate set n = n + 1 where id = 'g'`.execute(tx.db);
      locked();
      await released;
      await sql`insert into once_note (id) values ('from-holder')`.execute(tx.db);
    });
    await holding;
    // What a client sends: Sync ends a query with parameters, Query is one without. Count them while the lock is held.
    const syncs = vi.spyOn(pg.Connection.prototype, 'sync');
    const simple = vi.spyOn(pg.Connection.prototype, 'query');
    const waiter = transaction(makeCtx(env.services), (tx) =>
      atOnce(tx.db, (db) =>
        Promise.all([
          sql<{ n: number }>`select n from once_gate where id = ${'g'} for update`.execute(db),
          db
            .selectFrom(NOTE as 'audit_heads')
            .selectAll()
            .execute(),
        ]),
      ),
    );
    try {
      // The waiter's begin and both queries are on their way although the first is still waiting for the lock.
      await vi.waitFor(() => expect(syncs.mock.calls.length + simple.mock.calls.length).toBe(3));
    } finally {
      release();
      await holder;
    }
    const [gate, notes] = await waiter;
    expect(gate.rows).toEqual([{ n: 1 }]);
    expect(notes).toEqual([{ id: 'from-holder' }]);
  });
});
