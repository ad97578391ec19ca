import { type CompiledQuery, sql } from 'kysely';
import { afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { describeEachDialect } from '../../test/harness';
import { makeCtx, transaction } from '../context';
import type { DbOrTx } from './database';
import { insertRows } from './insert-rows';
import type { Database } from './schema';

/** A table outside the schema: `insertRows` is typed for the schema's tables, so the probe is cast to one. */
const PROBE = 'insert_probe' as keyof Database & string;

type ProbeRow = {
  id: string;
  n: number | null;
  x: number | null;
  label: string | null;
  order: string | null;
};

const insert = (db: DbOrTx, rows: readonly Record<string, unknown>[], rowsPerStatement?: number) =>
  insertRows(db, PROBE, rows as never, rowsPerStatement);

/** Row `i` of a batch: every kind of value the helper must carry, with nulls on some rows. */
function probeRow(prefix: string, i: number): ProbeRow {
  return {
    id: `${prefix}-${String(i).padStart(4, '0')}`,
    n: i % 7 === 3 ? null : i * 3 - 10,
    x: i % 5 === 0 ? null : i / 4,
    label: i % 6 === 1 ? null : `O'Brien "${i}" ; -- Jalan Ñusantara 日本 🙂 \\ $1 ?`,
    order: `o${i}`,
  };
}

describeEachDialect('platform: multi-row inserts without building queries', (env) => {
  beforeAll(async () => {
    // A column named "order" needs its identifier quoted.
    await sql`create table insert_probe (id varchar(20) primary key, n integer, x double precision, label text, "order" varchar(20))`.execute(
      env.services.db,
    );
  });
  beforeEach(async () => {
    await sql`delete from insert_probe`.execute(env.services.db);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const ctx = () => makeCtx(env.services);
  const readAll = async () =>
    (
      await sql<ProbeRow>`select id, n, x, label, "order" from insert_probe order by id`.execute(env.services.db)
    ).rows.map((r) => ({
      ...r,
      n: r.n === null ? null : Number(r.n),
      x: r.x === null ? null : Number(r.x),
    }));

  for (const [count, rowsPerStatement] of [
    [1, undefined],
    [21, undefined],
    [64, undefined],
    [150, undefined],
    [21, 4],
    [150, 3],
    [7, 1],
  ] as const) {
    it(`writes ${count} rows${rowsPerStatement ? ` at most ${rowsPerStatement} a statement` : ''} and reads back exactly the values given`, async () => {
      const rows = Array.from({ length: count }, (_, i) => probeRow(`r${count}`, i));
      await insert(env.services.db, rows, rowsPerStatement);
      expect(await readAll()).toEqual(rows);
    });
  }

  it('does nothing for no rows', async () => {
    const spy = vi.spyOn(env.services.db, 'executeQuery');
    await insert(env.services.db, []);
    expect(spy).not.toHaveBeenCalled();
    expect(await readAll()).toEqual([]);
  });

  it('splits rows into statements of powers of two, at most rowsPerStatement rows each, on SQLite; one statement on PostgreSQL', async () => {
    const spy = vi.spyOn(env.services.db, 'executeQuery');
    const rowsOf = () =>
      spy.mock.calls.map(([query]) => {
        const compiled = query as CompiledQuery;
        // On PostgreSQL the rows travel as one JSON parameter.
        if (env.dialect !== 'sqlite') return (JSON.parse(compiled.parameters[0] as string) as unknown[]).length;
        return compiled.parameters.length / 5;
      });
    await insert(
      env.services.db,
      Array.from({ length: 21 }, (_, i) => probeRow('a', i)),
    );
    const sqlite = env.dialect === 'sqlite';
    expect(rowsOf()).toEqual(sqlite ? [16, 4, 1] : [21]);
    spy.mockClear();
    await insert(
      env.services.db,
      Array.from({ length: 150 }, (_, i) => probeRow('b', i)),
    );
    expect(rowsOf()).toEqual(sqlite ? [64, 64, 16, 4, 2] : [150]);
    spy.mockClear();
    await insert(
      env.services.db,
      Array.from({ length: 11 }, (_, i) => probeRow('c', i)),
      6,
    );
    expect(rowsOf()).toEqual(sqlite ? [4, 4, 2, 1] : [11]);
    expect(await readAll()).toHaveLength(21 + 150 + 11);
    if (sqlite) return;
    // One parameter whatever the number of rows: past the 65,535 parameters a statement may have.
    spy.mockClear();
    await insert(
      env.services.db,
      Array.from({ length: 13_108 }, (_, i) => probeRow('d', i)),
    );
    expect(rowsOf()).toEqual([13_108]);
    expect(spy.mock.calls.map(([query]) => (query as CompiledQuery).parameters.length)).toEqual([1]);
    expect(await readAll()).toHaveLength(21 + 150 + 11 + 13_108);
  });

  it('carries time stamps, whole and fractional numbers, empty text and byte-order-sensitive text exactly', async () => {
    const rows = [
      { id: 'e1', n: 0, x: -0.1, label: '', order: '02:00:00.123Z' },
      { id: 'e2', n: -2147483648, x: 1e-300, label: '\\x00 \\u0000 {"a":1}', order: null },
      { id: 'e3', n: 2147483647, x: 123456789.125, label: 'null', order: 'true' },
    ];
    await insert(env.services.db, rows);
    expect(await readAll()).toEqual(rows);
  });

  it('writes undefined as null', async () => {
    await insert(env.services.db, [{ id: 'u1', n: undefined, x: 2.5, label: undefined, order: undefined }]);
    expect(await readAll()).toEqual([{ id: 'u1', n: null, x: 2.5, label: null, order: null }]);
  });

  it('takes rows whose columns come in a different order', async () => {
    await insert(env.services.db, [
      { id: 'k1', n: 1, x: 0.5, label: 'satu', order: 'a' },
      { order: 'b', label: 'dua', x: 1.5, n: 2, id: 'k2' },
      { x: 2.5, id: 'k3', order: 'c', n: 3, label: 'tiga' },
    ]);
    expect(await readAll()).toEqual([
      { id: 'k1', n: 1, x: 0.5, label: 'satu', order: 'a' },
      { id: 'k2', n: 2, x: 1.5, label: 'dua', order: 'b' },
      { id: 'k3', n: 3, x: 2.5, label: 'tiga', order: 'c' },
    ]);
  });

  it('refuses a row missing a column or having an extra one', async () => {
    const good = probeRow('g', 1);
    const { label: _label, ...missing } = probeRow('g', 2);
    await expect(insert(env.services.db, [good, missing])).rejects.toThrow(/rows differ in columns/);
    const extra = { ...probeRow('g', 3), colour: 'red' };
    await expect(insert(env.services.db, [good, extra])).rejects.toThrow(/rows differ in columns/);
    // As many columns as the first row, but one of another name.
    const renamed = { ...missing, labels: 'x' };
    await expect(insert(env.services.db, [good, renamed])).rejects.toThrow(/a row has no "label"/);
    expect(await readAll()).toEqual([]);
  });

  it('leaves nothing inside a transaction when a row of a later statement is refused', async () => {
    const rows: Record<string, unknown>[] = Array.from({ length: 20 }, (_, i) => probeRow('t', i));
    const { order: _order, ...missing } = probeRow('t', 20);
    rows.push(missing);
    // 16 rows go first in a statement of their own; the faulty row is in the last one.
    await expect(transaction(ctx(), (tx) => insert(tx.db, rows))).rejects.toThrow(/insertRows\(insert_probe\)/);
    expect(await readAll()).toEqual([]);
  });

  it('checks every row before the first statement: outside a transaction a faulty 21st row writes nothing', async () => {
    const rows: Record<string, unknown>[] = Array.from({ length: 20 }, (_, i) => probeRow('o', i));
    const { order: _order, ...missing } = probeRow('o', 20);
    rows.push(missing);
    await expect(insert(env.services.db, rows)).rejects.toThrow(/insertRows\(insert_probe\)/);
    expect(await readAll()).toEqual([]);
  });

  it('writes inside a transaction, visible there, and rolls back with it', async () => {
    const rows = Array.from({ length: 9 }, (_, i) => probeRow('tx', i));
    await expect(
      transaction(ctx(), async (tx) => {
        await insert(tx.db, rows, 4);
        const inside = await sql<{ c: number }>`select count(*) as c from insert_probe`.execute(tx.db);
        expect(Number(inside.rows[0]?.c)).toBe(9);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await readAll()).toEqual([]);

    await transaction(ctx(), (tx) => insert(tx.db, rows, 4));
    expect(await readAll()).toEqual(rows);
  });

  it('refuses a row that breaks a constraint, and inside a transaction keeps none of the others', async () => {
    const rows = [probeRow('d', 1), probeRow('d', 2), probeRow('d', 1)];
    await expect(transaction(ctx(), (tx) => insert(tx.db, rows))).rejects.toThrow();
    expect(await readAll()).toEqual([]);
  });
});
