import type { Kysely } from 'kysely';

// Frozen in time: never import application code here.

/** The dashboard's per-unit counts read only this index (no table rows) over a year's reports. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('performance_reports_dashboard')
    .on('performance_reports')
    .columns(['tenant_id', 'year', 'period_index', 'unit_id', 'status', 'late', 'review_late', 'predikat'])
    .execute();
  await db.schema.dropIndex('performance_reports_period').execute();
  // The review inbox: annual results waiting for the confirmation of the appraisers' superior.
  await db.schema
    .createIndex('performance_annuals_appraiser')
    .on('performance_annuals')
    .columns(['appraiser_id', 'status'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('performance_reports_period')
    .on('performance_reports')
    .columns(['tenant_id', 'year', 'period_index', 'unit_id'])
    .execute();
  await db.schema.dropIndex('performance_reports_dashboard').execute();
  await db.schema.dropIndex('performance_annuals_appraiser').execute();
}
