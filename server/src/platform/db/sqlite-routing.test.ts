import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, expect, it } from 'vitest';
import { openDatabase } from './database';

const dir = mkdtempSync(join(tmpdir(), 'lentera-routing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const settled = async <T>(promise: Promise<T>) => {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await new Promise((resolve) => setTimeout(resolve, 30));
  return done;
};

it('reads without waiting for an open write transaction, sees only what is committed, and queues other writes', async () => {
  const handle = openDatabase({ dialect: 'sqlite', file: join(dir, 'routing.db') });
  const db = handle.db;
  await sql`create table probe (id integer primary key, note text not null)`.execute(db);
  await sql`insert into probe (note) values ('before')`.execute(db);

  const trx = await db.startTransaction().execute();
  await sql`insert into probe (note) values ('inside')`.execute(trx);
  // The transaction sees its own write; a read outside it answers at once, from the committed state.
  expect((await sql<{ n: number }>`select count(*) as n from probe`.execute(trx)).rows[0]?.n).toBe(2);
  const outside = db
    .selectFrom('probe' as never)
    .select(sql<number>`count(*)`.as('n'))
    .execute();
  expect(await settled(outside)).toBe(true);
  expect((await outside)[0]).toEqual({ n: 1 });
  // A write outside the transaction waits for it to end.
  const write = sql`insert into probe (note) values ('after')`.execute(db);
  expect(await settled(write)).toBe(false);
  await trx.commit().execute();
  await write;
  const notes = await sql<{ note: string }>`select note from probe order by id`.execute(db);
  expect(notes.rows.map((r) => r.note)).toEqual(['before', 'inside', 'after']);
  await handle.close();
});

it('frees the writer after a rolled-back or failed transaction', async () => {
  const handle = openDatabase({ dialect: 'sqlite', file: join(dir, 'rollback.db') });
  const db = handle.db;
  await sql`create table probe (id integer primary key, note text not null unique)`.execute(db);
  await expect(
    db.transaction().execute(async (trx) => {
      await sql`insert into probe (note) values ('x')`.execute(trx);
      await sql`insert into probe (note) values ('x')`.execute(trx);
    }),
  ).rejects.toThrow(/UNIQUE/);
  await sql`insert into probe (note) values ('y')`.execute(db);
  const notes = await sql<{ note: string }>`select note from probe`.execute(db);
  expect(notes.rows).toEqual([{ note: 'y' }]);
  await handle.close();
});
