import { type Kysely, sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/harness';
import { createRevisionCounter, dropRevisionCounter, type RevisionCounter } from './revision-triggers';

const COUNTER: RevisionCounter = {
  counterTable: 'rt_test_revisions',
  functionName: 'rt_test_bump_revisions',
  key: 'tenant_id',
  tables: ['rt_test_a', 'rt_test_b'],
};

describeEachDialect(
  'revision counter triggers',
  (env) => {
    // biome-ignore lint/suspicious/noExplicitAny: scratch tables outside the typed schema
    let db: Kysely<any>;
    const revisions = async () =>
      Object.fromEntries(
        (
          await db.selectFrom(COUNTER.counterTable).select(['tenant_id', 'revision']).orderBy('tenant_id').execute()
        ).map((r) => [r.tenant_id, Number(r.revision)]),
      );

    beforeAll(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: see above
      db = env.services.db as unknown as Kysely<any>;
      for (const table of COUNTER.tables)
        await db.schema
          .createTable(table)
          .addColumn('id', 'integer', (c) => c.primaryKey())
          .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
          .addColumn('note', 'text')
          .execute();
      await createRevisionCounter(db, COUNTER);
    });

    it('raises the key’s revision on every insert, update and delete of each watched table', async () => {
      expect(await revisions()).toEqual({});
      await db
        .insertInto('rt_test_a')
        .values([
          { id: 1, tenant_id: 't1', note: null },
          { id: 2, tenant_id: 't2', note: null },
        ])
        .execute();
      const afterInsert = await revisions();
      expect(Object.keys(afterInsert)).toEqual(['t1', 't2']);
      await db.updateTable('rt_test_a').set({ note: 'x' }).where('id', '=', 1).execute();
      const afterUpdate = await revisions();
      expect(afterUpdate.t1).toBeGreaterThan(afterInsert.t1 ?? 0);
      expect(afterUpdate.t2).toBe(afterInsert.t2);
      await db.insertInto('rt_test_b').values({ id: 1, tenant_id: 't2', note: null }).execute();
      await db.deleteFrom('rt_test_b').where('id', '=', 1).execute();
      expect((await revisions()).t2).toBe((afterUpdate.t2 ?? 0) + 2);
      expect((await revisions()).t1).toBe(afterUpdate.t1);
    });

    it('drops the counter, its triggers and function again', async () => {
      await dropRevisionCounter(db, COUNTER);
      await db.insertInto('rt_test_a').values({ id: 3, tenant_id: 't3', note: null }).execute();
      await expect(sql`select * from rt_test_revisions`.execute(db)).rejects.toThrow();
      for (const table of COUNTER.tables) await db.schema.dropTable(table).execute();
    });
  },
  { modules: [] },
);
