import { type CompiledQuery, sql } from 'kysely';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { describeEachDialect } from '../../test/harness';
import { makeCtx, transaction } from '../context';
import { insertRows } from './insert-rows';
import type { Database } from './schema';
import { executeTogether, shiftPlaceholders, statementGroup } from './statement-group';

const PARENT = 'group_parent' as keyof Database & string;
const CHILD = 'group_child' as keyof Database & string;

describe('shiftPlaceholders', () => {
  it('moves every $n up and leaves quoted text alone', () => {
    expect(shiftPlaceholders('insert into "t" ("a", "b") values ($1, $2), ($3, $10)', 4)).toBe(
      'insert into "t" ("a", "b") values ($5, $6), ($7, $14)',
    );
    expect(shiftPlaceholders(`update "x$1" set "a" = 'costs $1' || $1 where "b" = 'it''s $2' and c = $2`, 2)).toBe(
      `update "x$1" set "a" = 'costs $1' || $3 where "b" = 'it''s $2' and c = $4`,
    );
    expect(shiftPlaceholders('select 1', 7)).toBe('select 1');
  });
});

describeEachDialect('platform: writes sent together', (env) => {
  beforeAll(async () => {
    await sql`create table group_parent (id varchar(20) primary key, label text)`.execute(env.services.db);
    await sql`create table group_child (id varchar(20) primary key, parent_id varchar(20) not null references group_parent (id), n integer)`.execute(
      env.services.db,
    );
  });

  const children = async () =>
    (
      await sql<{
        id: string;
        parent_id: string;
        n: number;
      }>`select id, parent_id, n from group_child order by id`.execute(env.services.db)
    ).rows;

  it('writes a parent, its children and an update in one statement on PostgreSQL, in order on SQLite', async () => {
    await transaction(makeCtx(env.services), async (tx) => {
      const group = statementGroup(tx.db);
      await insertRows(group.db, PARENT, [{ id: 'p1', label: "O'Brien $1" }] as never);
      await insertRows(group.db, CHILD, [
        { id: 'c1', parent_id: 'p1', n: 1 },
        { id: 'c2', parent_id: 'p1', n: 2 },
      ] as never);
      await sql`insert into group_parent (id, label) values (${'p0'}, ${'nol'}) on conflict (id) do update set label = ${'nol lagi'}`.execute(
        group.db,
      );
      // Nothing has reached the database yet on PostgreSQL.
      if (env.dialect === 'postgres') expect(await children()).toEqual([]);
      const spy = vi.spyOn(tx.db, 'executeQuery');
      await group.flush();
      const statements = spy.mock.calls.map(([query]) => (query as CompiledQuery).sql);
      if (env.dialect === 'postgres') expect(statements).toEqual([expect.stringMatching(/^with w0 as \(insert/)]);
      else expect(statements).toEqual([]);
      spy.mockRestore();
    });
    expect(await children()).toEqual([
      { id: 'c1', parent_id: 'p1', n: 1 },
      { id: 'c2', parent_id: 'p1', n: 2 },
    ]);
    const label = await sql<{ label: string }>`select label from group_parent where id = 'p1'`.execute(env.services.db);
    expect(label.rows[0]?.label).toBe("O'Brien $1");
  });

  it('fails as a whole when one write breaks a rule, and the transaction leaves nothing', async () => {
    await expect(
      transaction(makeCtx(env.services), async (tx) => {
        const group = statementGroup(tx.db);
        await insertRows(group.db, PARENT, [{ id: 'p2', label: 'dua' }] as never);
        // No such parent.
        await insertRows(group.db, CHILD, [{ id: 'c3', parent_id: 'p-none', n: 3 }] as never);
        await group.flush();
      }),
    ).rejects.toThrow();
    const left = await sql<{ id: string }>`select id from group_parent where id = 'p2'`.execute(env.services.db);
    expect(left.rows).toEqual([]);
    expect((await children()).map((c) => c.id)).not.toContain('c3');
  });

  it('splits the writes where PostgreSQL would have more than 65,535 parameters', async () => {
    if (env.dialect === 'sqlite') return;
    const sent: CompiledQuery[] = [];
    const spy = vi.spyOn(env.services.db, 'executeQuery').mockImplementation(async (query) => {
      sent.push(query as CompiledQuery);
      return { rows: [] };
    });
    const big = (n: number) =>
      ({
        sql: 'insert into "group_parent" ("id") values ($1)',
        parameters: Array(n).fill('x'),
      }) as unknown as CompiledQuery;
    await executeTogether(env.services.db, [big(40_000), big(20_000), big(10_000), big(1)]);
    expect(sent.map((q) => q.parameters.length)).toEqual([60_000, 10_001]);
    expect(sent[0]?.sql).toMatch(/^with w0 as \(insert .*\$1\)\), w1 as \(insert .*\$40001\)\) select 1$/);
    spy.mockRestore();
  });
});
