import net from 'node:net';
import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import { describeEachDialect } from '../../test/harness';
import { makeCtx, transaction } from '../context';
import { atOnce } from './at-once';
import { insertRows } from './insert-rows';
import type { Database } from './schema';
import { statementGroup } from './statement-group';

const ROWS = 'pipelined_rows' as keyof Database & string;

/** What the transactions' client sends and hears, in order: `sent <text>` and `answered <text>`. */
function wireLog() {
  const log: string[] = [];
  const original = pg.Client.prototype.query;
  vi.spyOn(pg.Client.prototype, 'query').mockImplementation(function (this: pg.Client, ...args: unknown[]) {
    const text = String(typeof args[0] === 'string' ? args[0] : (args[0] as { text: string }).text).slice(0, 30);
    log.push(`sent ${text}`);
    const answer = (original as (...a: unknown[]) => Promise<unknown>).apply(this, args);
    answer.then(
      () => log.push(`answered ${text}`),
      () => log.push(`failed ${text}`),
    );
    return answer as never;
  });
  return log;
}

describeEachDialect('platform: transactions on pipelined connections', (env) => {
  beforeAll(async () => {
    await sql`create table pipelined_rows (id varchar(20) primary key, n integer not null check (n >= 0))`.execute(
      env.services.db,
    );
  });
  afterEach(() => vi.restoreAllMocks());

  const ids = async () =>
    (await sql<{ id: string }>`select id from pipelined_rows order by id`.execute(env.services.db)).rows.map(
      (r) => r.id,
    );

  it('sends a transaction’s first query behind its begin, before the begin is answered', async () => {
    if (env.dialect === 'sqlite') return;
    const log = wireLog();
    await transaction(makeCtx(env.services), async (tx) => {
      await sql`select 1`.execute(tx.db);
    });
    expect(log.slice(0, 3)).toEqual(['sent begin', 'sent select 1', 'answered begin']);
    expect(log.filter((line) => line.startsWith('sent'))).toEqual(['sent begin', 'sent select 1', 'sent commit']);
  });

  it('commits the last writes in the same round trip, and only once', async () => {
    const log = env.dialect === 'postgres' ? wireLog() : [];
    await transaction(makeCtx(env.services), async (tx) => {
      const group = statementGroup(tx.db);
      await insertRows(group.db, ROWS, [{ id: 'a1', n: 1 }] as never);
      await insertRows(group.db, ROWS, [{ id: 'a2', n: 2 }] as never);
      await group.commit();
    });
    const sent = log.filter((line) => line.startsWith('sent'));
    expect(await ids()).toEqual(['a1', 'a2']);
    if (env.dialect === 'postgres') {
      expect(sent).toEqual(['sent begin', expect.stringMatching(/^sent with w0 as \(insert/), 'sent commit']);
      // The commit went out before the writes were answered: one round trip.
      expect(log.indexOf('sent commit')).toBeLessThan(log.findIndex((line) => line.startsWith('answered with')));
    }
  });

  it('rolls everything back when a write sent with the commit fails, and the connection serves the next one', async () => {
    await expect(
      transaction(makeCtx(env.services), async (tx) => {
        await sql`insert into pipelined_rows (id, n) values ('b1', 1)`.execute(tx.db);
        const group = statementGroup(tx.db);
        await insertRows(group.db, ROWS, [{ id: 'b2', n: -1 }] as never);
        await group.commit();
      }),
    ).rejects.toThrow(/check/i);
    expect(await ids()).not.toContain('b1');
    // Every connection of the pool is still usable (none left inside a failed transaction).
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        transaction(makeCtx(env.services), (tx) =>
          sql`insert into pipelined_rows (id, n) values (${`c${i}`}, ${i})`.execute(tx.db),
        ),
      ),
    );
    expect((await ids()).filter((id) => id.startsWith('c'))).toHaveLength(12);
  });

  it('sends the queries started together in one write to the socket', async () => {
    if (env.dialect === 'sqlite') return;
    await transaction(makeCtx(env.services), async (tx) => {
      await sql`select 1`.execute(tx.db);
      const socket = net.Socket.prototype as unknown as Record<'_write' | '_writev', () => void>;
      const writes = [vi.spyOn(socket, '_write'), vi.spyOn(socket, '_writev')];
      const answers = await atOnce(tx.db, (db) =>
        Promise.all([
          sql`select 1 as n`.execute(db),
          sql`select ${2}::int as n`.execute(db),
          sql`select 3 as n`.execute(db),
        ]),
      );
      expect(answers.map((a) => a.rows)).toEqual([[{ n: 1 }], [{ n: 2 }], [{ n: 3 }]]);
      expect(writes.reduce((sum, spy) => sum + spy.mock.calls.length, 0)).toBe(1);
    });
  });

  it('refuses to commit outside a transaction', async () => {
    const group = statementGroup(env.services.db);
    await insertRows(group.db, ROWS, [{ id: 'd1', n: 1 }] as never);
    if (env.dialect === 'postgres') await expect(group.commit()).rejects.toThrow(/only a transaction/);
  });
});
