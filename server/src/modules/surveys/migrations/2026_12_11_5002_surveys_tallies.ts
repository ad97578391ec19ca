import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.

const U = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'];
const DETAILS = ['age_band', 'sex', 'education', 'occupation'];

/**
 * The results kept as responses arrive (in the response's transaction): per unit, period, channel and service the
 * count and the sum of each element's answers, and per unit and period the verified respondents by each detail.
 * The IKM of a unit's period then reads a handful of rows, whatever the number of responses. Filled from the
 * responses already stored.
 */
export async function up(db: Kysely<any>): Promise<void> {
  let tallies = db.schema
    .createTable('surveys_tallies')
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('unit_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('period', 'varchar(7)', (c) => c.notNull())
    .addColumn('channel', 'varchar(12)', (c) => c.notNull())
    .addColumn('service_key', 'varchar(80)', (c) => c.notNull())
    /** 0–7: a group's tally is spread over a few rows, so that answers written at once rarely wait for one lock. */
    .addColumn('shard', 'integer', (c) => c.notNull())
    /** The names of the latest response of the group. */
    .addColumn('unit_name', 'varchar(200)', (c) => c.notNull())
    .addColumn('service_name', 'varchar(200)', (c) => c.notNull())
    .addColumn('n', 'bigint', (c) => c.notNull());
  for (const u of U) tallies = tallies.addColumn(`s_${u}`, 'bigint', (c) => c.notNull());
  await tallies
    .addPrimaryKeyConstraint('surveys_tallies_pk', [
      'tenant_id',
      'unit_id',
      'period',
      'channel',
      'service_key',
      'shard',
    ])
    .execute();
  await db.schema
    .createTable('surveys_detail_tallies')
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('unit_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('period', 'varchar(7)', (c) => c.notNull())
    /** age_band, sex, education, occupation. */
    .addColumn('dimension', 'varchar(12)', (c) => c.notNull())
    .addColumn('value', 'varchar(16)', (c) => c.notNull())
    .addColumn('shard', 'integer', (c) => c.notNull())
    .addColumn('n', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('surveys_detail_tallies_pk', [
      'tenant_id',
      'unit_id',
      'period',
      'dimension',
      'value',
      'shard',
    ])
    .execute();
  const sums = U.map((u) => `sum(${u}) as s_${u}`).join(', ');
  await sql
    .raw(
      `insert into surveys_tallies (tenant_id, unit_id, period, channel, service_key, shard, unit_name, service_name, n, ${U.map((u) => `s_${u}`).join(', ')})
       select tenant_id, unit_id, period, channel, service_key, 0, max(unit_name), max(service_name), count(*), ${sums}
       from surveys_responses group by tenant_id, unit_id, period, channel, service_key`,
    )
    .execute(db);
  for (const d of DETAILS)
    await sql
      .raw(
        `insert into surveys_detail_tallies (tenant_id, unit_id, period, dimension, value, shard, n)
         select tenant_id, unit_id, period, '${d}', ${d}, 0, count(*) from surveys_responses
         where channel <> 'public_link' group by tenant_id, unit_id, period, ${d}`,
      )
      .execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('surveys_detail_tallies').execute();
  await db.schema.dropTable('surveys_tallies').execute();
}
