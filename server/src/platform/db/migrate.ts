import { type Migration, type MigrationProvider, type MigrationResultSet, Migrator } from 'kysely';
import type { Db } from './database';
import * as platformCore from './migrations/2026_11_23_0001_platform_core';
import * as auditEntityReference from './migrations/2026_12_06_0002_audit_entity_reference';
import * as messaging from './migrations/2026_12_09_0003_messaging';

/** Platform migrations; modules bring theirs through their manifest. */
export const platformMigrations: Record<string, Migration> = {
  '2026_11_23_0001_platform_core': platformCore,
  '2026_12_06_0002_audit_entity_reference': auditEntityReference,
  '2026_12_09_0003_messaging': messaging,
};

class StaticProvider implements MigrationProvider {
  constructor(private readonly migrations: Record<string, Migration>) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return this.migrations;
  }
}

function migratorFor(db: Db, migrations: Record<string, Migration>): Migrator {
  return new Migrator({
    db,
    provider: new StaticProvider(migrations),
    migrationTableName: 'lentera_migrations',
    migrationLockTableName: 'lentera_migrations_lock',
    // Modules add migrations independently; a module's older-named file may arrive after a newer one ran.
    allowUnorderedMigrations: true,
  });
}

export async function migrateToLatest(db: Db, migrations: Record<string, Migration>): Promise<string[]> {
  const { error, results }: MigrationResultSet = await migratorFor(db, migrations).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${(error as Error).message ?? String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Names of migrations that exist in code but have not run: /readyz is not ready while any remain. */
export async function pendingMigrations(db: Db, migrations: Record<string, Migration>): Promise<string[]> {
  const info = await migratorFor(db, migrations).getMigrations();
  return info.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
