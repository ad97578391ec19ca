import type { Kysely } from 'kysely';

// Frozen in time: never import application code here.
//
// Evidence files on periodic reports (images and PDFs, checked by content, image metadata stripped). The bytes
// live under DATA_DIR at `storage_key`; this table says whose they are, so that only those who may read the
// report can download them.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('performance_evidence_files')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('report_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('employee_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('file_name', 'varchar(200)', (c) => c.notNull())
    .addColumn('mime', 'varchar(60)', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'varchar(64)', (c) => c.notNull())
    .addColumn('storage_key', 'varchar(300)', (c) => c.notNull())
    .addColumn('uploaded_by', 'varchar(200)', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('performance_evidence_files_report')
    .on('performance_evidence_files')
    .columns(['tenant_id', 'report_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('performance_evidence_files').execute();
}
