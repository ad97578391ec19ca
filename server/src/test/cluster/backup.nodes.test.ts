import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCategory, setComplaintSettings } from '../../modules/complaints/test/factories';
import { buildEmployee, buildUnit } from '../../modules/people/test/factories';
import { type Db, type Dialect, openDatabase } from '../../platform/db/database';
import type { TenantRecord } from '../../platform/tenancy/repository';
import { runCli } from '../cli';
import { buildTenant } from '../factories';
import { dialects } from '../harness';
import { NodeClient, type ServerNode, setupCluster, until } from '../nodes';
import { intakeBody } from './fixtures';
import { digestTables, tableNames, tableRows } from './table-digest';

/**
 * Tables whose rows change in place after they were written: counters and chain heads (keyed by their columns, with
 * no `id`), mail delivery status and sessions. A row backed up earlier may differ from the live one. Every other
 * table only gains rows while complaints are filed, so each row of the copy must exist, identical, in the live
 * database.
 */
const changesInPlace = (table: string, rows: string[]) =>
  table === 'mail_outbox' ||
  table === 'sessions' ||
  (rows[0] !== undefined && !rows[0].startsWith('[["id",') && !rows[0].includes(',["id",'));

async function createDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}

for (const target of dialects())
  describe(`lentera backup and restore [${target.dialect}]`, () => {
    const cluster = setupCluster(target, { nodes: 1 });
    const created: string[] = [];
    const opened: Array<{ close(): Promise<void> }> = [];
    let node: ServerNode;
    let tenant: TenantRecord;
    let categoryId: string;
    let copies = 0;

    beforeAll(async () => {
      node = cluster.nodes[0]!;
      tenant = await buildTenant(cluster.services);
      categoryId = (await buildCategory(cluster.services, tenant)).id;
      await setComplaintSettings(cluster.services, tenant, { guestPerHour: 0 });
      const unit = await buildUnit(cluster.services, tenant, { code: 'DISKOMINFO', name: 'Dinas Kominfo' });
      for (let i = 0; i < 20; i += 1) await buildEmployee(cluster.services, tenant, { unitId: unit.id });
      const client = new NodeClient(node);
      for (let i = 0; i < 50; i += 1)
        expect((await client.post(`/api/t/${tenant.slug}/complaints`, intakeBody(categoryId, `seed${i}`))).status).toBe(
          201,
        );
    });
    afterAll(async () => {
      for (const handle of opened) await handle.close();
      if (target.pgUrl) for (const name of created) await dropDatabase(target.pgUrl, name);
    });

    /** Backs up the cluster's database with the CLI and restores the file into a fresh one; returns its handle. */
    async function backupAndRestore(during?: () => Promise<void>): Promise<{ db: Db; dialect: Dialect; url: string }> {
      copies += 1;
      const file = join(cluster.dataDir, `backup-${copies}.${target.dialect === 'sqlite' ? 'db' : 'dump'}`);
      const backup = runCli(['backup', file], cluster.env, 180_000);
      await during?.();
      const backedUp = await backup;
      expect(backedUp.code, backedUp.stdout + backedUp.stderr).toBe(0);
      let url: string;
      if (target.dialect === 'postgres') {
        const name = `${cluster.databaseUrl.split('/').at(-1)}_copy${copies}`;
        created.push(name);
        url = await createDatabase(target.pgUrl!, name);
      } else url = `sqlite:${join(cluster.dataDir, `restored-${copies}.db`)}`;
      const env = { ...cluster.env, DATABASE_URL: url };
      const restored = await runCli(['restore', file], env, 180_000);
      expect(restored.code, restored.stdout + restored.stderr).toBe(0);
      const verified = await runCli(['audit', 'verify'], env, 120_000);
      expect(verified.code, verified.stdout + verified.stderr).toBe(0);
      expect(verified.stdout).toContain(`${tenant.slug}: OK`);
      const handle = openDatabase(
        target.dialect === 'postgres' ? { dialect: 'postgres', url } : { dialect: 'sqlite', file: url.slice(7) },
        { poolSize: 2 },
      );
      opened.push(handle);
      return { db: handle.db, dialect: target.dialect, url };
    }

    it('restores a backup taken while the server was writing to a consistent copy of the live data', async () => {
      let stop = false;
      let acknowledged = 0;
      const writers = Array.from({ length: 8 }, async (_, w) => {
        const client = new NodeClient(node);
        for (let n = 0; !stop; n += 1) {
          const response = await client.post(`/api/t/${tenant.slug}/complaints`, intakeBody(categoryId, `b${w}-${n}`));
          expect(response.status).toBe(201);
          acknowledged += 1;
        }
      });
      let duringBackup = 0;
      const copy = await backupAndRestore(async () => {
        const at = acknowledged;
        await until(() => acknowledged >= at + 20, 'writes while the backup runs', 60_000);
        duringBackup = acknowledged - at;
      });
      stop = true;
      await Promise.all(writers);
      expect(duringBackup).toBeGreaterThan(0);

      const live = cluster.services.db;
      const tables = await tableNames(copy.db, copy.dialect);
      expect(tables).toEqual(await tableNames(live, target.dialect));
      const differing: string[] = [];
      for (const table of tables) {
        const copied = await tableRows(copy.db, table);
        const current = new Set(await tableRows(live, table));
        if (copied.length > current.size) differing.push(`${table}: more rows in the copy`);
        if (changesInPlace(table, copied)) continue;
        const missing = copied.filter((row) => !current.has(row));
        if (missing.length) differing.push(`${table}: ${missing.length} rows not in the live database`);
      }
      expect(differing).toEqual([]);
      // The copy is one moment of the live data: every complaint in it is whole, the numbers run 1..n.
      const one = async (db: Db, query: ReturnType<typeof sql<{ n: number }>>) =>
        Number((await query.execute(db)).rows[0]?.n ?? 0);
      const complaints = await one(
        copy.db,
        sql`select count(*) as n from complaints_reports where tenant_id = ${tenant.id}`,
      );
      expect(complaints).toBeGreaterThanOrEqual(50);
      expect(
        await one(
          copy.db,
          sql`select coalesce(sum(received), 0) as n from complaints_daily where tenant_id = ${tenant.id}`,
        ),
      ).toBe(complaints);
      expect(
        await one(
          copy.db,
          sql`select count(*) as n from audit_entries where tenant_id = ${tenant.id} and action = 'complaint.received'`,
        ),
      ).toBe(complaints);
      expect(
        await one(copy.db, sql`select max(last) as n from complaints_sequences where tenant_id = ${tenant.id}`),
      ).toBe(complaints);
      process.stdout.write(
        `[${target.dialect}] backup under load: ${duringBackup} intakes acknowledged while it ran; the copy holds ${complaints}\n`,
      );
    });

    it('restores a backup of a stopped server to the same data: row count and digest of every table', async () => {
      await node.stop();
      try {
        const live = await digestTables(cluster.services.db, target.dialect);
        const copy = await backupAndRestore();
        const restored = await digestTables(copy.db, copy.dialect);
        expect(Object.keys(restored).length).toBeGreaterThan(20);
        expect(restored).toEqual(live);
      } finally {
        await node.restart();
      }
    });
  });
