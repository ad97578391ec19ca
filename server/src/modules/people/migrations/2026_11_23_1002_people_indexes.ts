import type { Kysely } from 'kysely';

// Frozen in time: never import application code here.
// Finding the holder of a position (unit heads, the public structure) must not scan every employee.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('people_employees_position')
    .on('people_employees')
    .columns(['tenant_id', 'position_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('people_employees_position').execute();
}
