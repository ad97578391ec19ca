import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyPassword } from './platform/auth/passwords';
import { DEMO_TENANTS } from './platform/seed/demo';
import { runCli } from './test/cli';

const dataDir = mkdtempSync(join(tmpdir(), 'lentera-cli-'));
const dbFile = join(dataDir, 'lentera.db');
const backupFile = join(dataDir, 'cadangan.db');
const restoredDir = join(dataDir, 'dipulihkan');
const restoredDbFile = join(restoredDir, 'lentera.db');
const env = { DATA_DIR: dataDir };
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function withDb<T>(file: string, work: (db: SQLite.Database) => T, readonly = true): T {
  const db = new SQLite(file, { readonly, fileMustExist: true });
  try {
    return work(db);
  } finally {
    db.close();
  }
}

interface StoredEntry {
  tenant_id: string;
  seq: number;
  entity_id: string | null;
}

describe('the lentera command', () => {
  let demoLogins: Array<{ tenant: string; role: string; login: string; password: string }> = [];
  let tampered: StoredEntry;

  // Seeding five cities of 480–790 employees and their year of complaints and reports takes a while.
  it('prints the demo logins as JSON and seeds the five cities', { timeout: 600_000 }, async () => {
    const [logins, seed] = await Promise.all([runCli(['demo-logins', '--json'], env), runCli(['seed'], env, 580_000)]);
    expect(logins.code, logins.stderr).toBe(0);
    demoLogins = JSON.parse(logins.stdout);
    expect(Array.isArray(demoLogins)).toBe(true);
    for (const entry of demoLogins) expect(Object.keys(entry).sort()).toEqual(['login', 'password', 'role', 'tenant']);
    for (const slug of ['dumai', 'kupang', 'serang', 'palembang', 'medan']) {
      const roles = demoLogins.filter((l) => l.tenant === slug).map((l) => l.role);
      expect(roles, slug).toEqual(expect.arrayContaining(['tenant_admin', 'hr_admin']));
    }

    expect(seed.code, seed.stderr).toBe(0);
    expect(seed.stdout).toContain('Demo data is in place.');
    const tenants = withDb(dbFile, (db) => db.prepare('select slug, time_zone from tenants order by slug').all());
    expect(tenants).toEqual(
      DEMO_TENANTS.map((t) => ({ slug: t.slug, time_zone: t.timeZone })).sort((a, b) => a.slug.localeCompare(b.slug)),
    );
    expect(tenants).toContainEqual({ slug: 'kupang', time_zone: 'Asia/Makassar' });

    // The printed passwords are the ones stored.
    const admin = demoLogins.find((l) => l.tenant === 'dumai' && l.role === 'tenant_admin')!;
    const hash = withDb(dbFile, (db) =>
      db.prepare('select password_hash from accounts where email = ?').get(admin.login),
    ) as { password_hash: string };
    expect(await verifyPassword(hash.password_hash, admin.password)).toBe(true);
  });

  it('verifies the audit chains and writes a backup', { timeout: 180_000 }, async () => {
    const [verify, backup] = await Promise.all([runCli(['audit', 'verify'], env), runCli(['backup', backupFile], env)]);
    expect(verify.code, verify.stderr).toBe(0);
    const lines = verify.stdout.trim().split('\n');
    expect(lines).toHaveLength(1 + DEMO_TENANTS.length);
    expect(lines[0]).toMatch(/^\(system\): OK, \d+ entries$/);
    for (const t of DEMO_TENANTS)
      expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${t.slug}: OK, [1-9]\\d* entries$`)));

    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toContain(`Backup written to ${backupFile}`);
    const counts = withDb(backupFile, (db) => ({
      tenants: (db.prepare('select count(*) as n from tenants').get() as { n: number }).n,
      entries: (db.prepare('select count(*) as n from audit_entries').get() as { n: number }).n,
      integrity: db.pragma('integrity_check', { simple: true }),
    }));
    expect(counts).toMatchObject({ tenants: 5, integrity: 'ok' });
    expect(counts.entries).toBeGreaterThan(5);
  });

  it('names the altered entry of a tenant, and a restore of the backup brings the entry back', {
    timeout: 180_000,
  }, async () => {
    tampered = withDb(
      dbFile,
      (db) => {
        const entry = db
          .prepare(
            `select e.tenant_id, e.seq, e.entity_id from audit_entries e join tenants t on t.id = e.tenant_id
             where t.slug = 'dumai' and e.seq = 2`,
          )
          .get() as StoredEntry;
        db.prepare('update audit_entries set entity_id = ? where tenant_id = ? and seq = ?').run(
          'diubah-diam-diam',
          entry.tenant_id,
          entry.seq,
        );
        return entry;
      },
      false,
    );
    expect(tampered.entity_id).toBeTruthy();
    // A second installation holding the same altered database is restored while the first is verified.
    mkdirSync(restoredDir);
    copyFileSync(dbFile, restoredDbFile);

    const [verify, restore] = await Promise.all([
      runCli(['audit', 'verify', '--tenant', 'dumai'], env),
      runCli(['restore', backupFile], { DATA_DIR: restoredDir }),
    ]);
    expect(verify.code).toBe(1);
    expect(verify.stdout).toMatch(
      /^dumai: BROKEN at entry 2: hash does not match the entry \(1 entries verified before it\)$/m,
    );
    expect(verify.stdout).not.toContain('kupang');

    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toContain(`Restored ${restoredDbFile}`);
    const entry = withDb(restoredDbFile, (db) =>
      db.prepare('select entity_id from audit_entries where tenant_id = ? and seq = ?').get(tampered.tenant_id, 2),
    ) as { entity_id: string };
    expect(entry.entity_id).toBe(tampered.entity_id);
  });
});

describe('lentera help', () => {
  it('prints the usage for help, --help and no command, and names an unknown command', {
    timeout: 180_000,
  }, async () => {
    for (const args of [['help'], ['--help'], []]) {
      const run = await runCli(args, env);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('Usage: lentera <command>');
      expect(run.stdout).toContain('demo-logins [--json]');
    }
    const unknown = await runCli(['tolong'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Unknown command "tolong"');
  });
});
