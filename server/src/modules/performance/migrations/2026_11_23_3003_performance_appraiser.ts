import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.

/**
 * Who a submission waits for, recorded when it is submitted, so that a review inbox is one indexed query per
 * appraiser instead of a walk over the appraiser's team.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('performance_plans').addColumn('appraiser_id', 'varchar(36)').execute();
  await db.schema.alterTable('performance_reports').addColumn('appraiser_id', 'varchar(36)').execute();
  await db.schema.alterTable('performance_annuals').addColumn('appraiser_unit_id', 'varchar(36)').execute();
  // Rows submitted before this migration wait for the employee's superior as recorded now.
  for (const table of ['performance_plans', 'performance_reports'])
    await sql`update ${sql.table(table)} set appraiser_id = (select superior_id from people_employees where people_employees.id = ${sql.ref(`${table}.employee_id`)}) where status = 'submitted'`.execute(
      db,
    );
  await sql`update performance_annuals set appraiser_unit_id = (select unit_id from people_employees where people_employees.id = performance_annuals.appraiser_id)`.execute(
    db,
  );
  await db.schema
    .createIndex('performance_plans_appraiser')
    .on('performance_plans')
    .columns(['appraiser_id', 'status'])
    .execute();
  await db.schema
    .createIndex('performance_reports_appraiser')
    .on('performance_reports')
    .columns(['appraiser_id', 'status'])
    .execute();
  await db.schema
    .createIndex('performance_reports_unit_status')
    .on('performance_reports')
    .columns(['unit_id', 'status'])
    .execute();
  await db.schema
    .createIndex('performance_plans_unit_status')
    .on('performance_plans')
    .columns(['unit_id', 'status'])
    .execute();
  await db.schema
    .createIndex('performance_annuals_appraiser_unit')
    .on('performance_annuals')
    .columns(['appraiser_unit_id', 'status'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const index of [
    'performance_annuals_appraiser_unit',
    'performance_plans_unit_status',
    'performance_reports_unit_status',
    'performance_reports_appraiser',
    'performance_plans_appraiser',
  ])
    await db.schema.dropIndex(index).execute();
  await db.schema.alterTable('performance_annuals').dropColumn('appraiser_unit_id').execute();
  await db.schema.alterTable('performance_reports').dropColumn('appraiser_id').execute();
  await db.schema.alterTable('performance_plans').dropColumn('appraiser_id').execute();
}
