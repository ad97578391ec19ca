import type { Statement } from 'better-sqlite3';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/harness';
import { makeCtx, transaction } from '../context';
import { withStatementCache } from './database';

describeEachDialect('platform: write transactions of the same moment (group commit on SQLite)', (env) => {
  beforeAll(async () => {
    await sql`create table batch_probe (id varchar(20) primary key, n integer not null)`.execute(env.services.db);
  });

  const ctx = () => makeCtx(env.services);
  const rows = async () =>
    (await sql<{ id: string }>`select id from batch_probe order by id`.execute(env.services.db)).rows.map((r) => r.id);

  it('keeps each unit all-or-nothing: the failing one leaves nothing, the others commit', async () => {
    const committed: string[] = [];
    const write = (id: string, fail = false) =>
      transaction(ctx(), async (tx) => {
        await sql`insert into batch_probe (id, n) values (${`${id}-1`}, 1)`.execute(tx.db);
        tx.afterCommit(() => committed.push(id));
        if (fail) throw new Error(`unit ${id} refused`);
        await sql`insert into batch_probe (id, n) values (${`${id}-2`}, 2)`.execute(tx.db);
        return id;
      });
    const results = await Promise.allSettled([write('a'), write('b', true), write('c'), write('d')]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason.message).toBe('unit b refused');
    expect(await rows()).toEqual(['a-1', 'a-2', 'c-1', 'c-2', 'd-1', 'd-2']);
    expect(committed.sort()).toEqual(['a', 'c', 'd']);
  });

  it('runs units in arrival order, each seeing the ones before it', async () => {
    const seen = await Promise.all(
      [1, 2, 3, 4, 5].map((i) =>
        transaction(ctx(), async (tx) => {
          const before = await sql<{ c: number }>`select count(*) as c from batch_probe where id like 'seq-%'`.execute(
            tx.db,
          );
          await sql`insert into batch_probe (id, n) values (${`seq-${i}`}, ${i})`.execute(tx.db);
          return Number(before.rows[0]?.c);
        }),
      ),
    );
    // SQLite runs them one after the other in one commit; PostgreSQL runs them side by side, so only the rows count.
    if (env.services.dialect === 'sqlite') expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect((await rows()).filter((id) => id.startsWith('seq-'))).toHaveLength(5);
  });

  it('rejects a unit whose own statement fails (a duplicate key) without touching the others', async () => {
    const results = await Promise.allSettled([
      transaction(ctx(), async (tx) => sql`insert into batch_probe (id, n) values ('dup', 1)`.execute(tx.db)),
      transaction(ctx(), async (tx) => sql`insert into batch_probe (id, n) values ('dup', 2)`.execute(tx.db)),
      transaction(ctx(), async (tx) => sql`insert into batch_probe (id, n) values ('after-dup', 3)`.execute(tx.db)),
    ]);
    // One of the two duplicates wins (on SQLite the first to arrive), the other is refused; the third commits.
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    expect(results[2]?.status).toBe('fulfilled');
    const winner = results[0]?.status === 'fulfilled' ? 1 : 2;
    if (env.services.dialect === 'sqlite') expect(winner).toBe(1);
    const dup = await sql<{ n: number }>`select n from batch_probe where id = 'dup'`.execute(env.services.db);
    expect(dup.rows.map((r) => Number(r.n))).toEqual([winner]);
    expect(await rows()).toContain('after-dup');
  });
});

it('reuses a prepared statement, but not one an iterator is still reading', async () => {
  const { default: SQLite } = await import('better-sqlite3');
  const db = new SQLite(':memory:');
  db.exec('create table t (n integer); insert into t values (1), (2), (3);');
  const cached = withStatementCache(db);
  const first = cached.prepare('select n from t') as unknown as Statement;
  expect(cached.prepare('select n from t')).toBe(first);
  const iterator = first.iterate();
  iterator.next();
  const second = cached.prepare('select n from t') as unknown as Statement;
  expect(second).not.toBe(first);
  expect(second.all()).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  iterator.return?.();
  db.close();
});
