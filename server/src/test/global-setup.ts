import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string | null;
    /** A PostgreSQL database migrated with every module, copied for each suite (`create database … template`). */
    pgTemplate: string | null;
  }
}

/**
 * Migrates one PostgreSQL database with every module for the whole run: a suite's fresh database is a copy of it
 * (a fraction of a second) instead of sixty migrations run again (over a second each time). Dropped at the end.
 */
async function migratedTemplate(url: string): Promise<string> {
  const { modules } = await import('../modules/index');
  const { loadConfig } = await import('../platform/config');
  const { openDatabase } = await import('../platform/db/database');
  const { createServices, migrate } = await import('../platform/services');
  const { ManualClock } = await import('../platform/clock');
  const name = `lentera_tpl_${process.pid}_${Date.now().toString(36)}`;
  await adminQuery(url, `create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const config = loadConfig(
    {
      NODE_ENV: 'test',
      DATA_DIR: '/tmp',
      LOG_LEVEL: 'silent',
      SESSION_SECRET: 'test-secret-test-secret-test-secret-0123',
      DATABASE_URL: target.toString(),
    },
    { persistSecret: false },
  );
  const services = createServices(config, modules, {
    clock: new ManualClock('2026-11-23T02:00:00.000Z'),
    handle: openDatabase(config.database, { poolSize: 1 }),
  });
  try {
    await migrate(services, modules);
  } finally {
    await services.handle.close();
  }
  return name;
}

async function adminQuery(url: string, text: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(text);
  } finally {
    await admin.end();
  }
}

export const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Decides once whether the PostgreSQL suites run. With CI=true they are required: an unreachable
 * server fails the run. Elsewhere one clear line says they were skipped and how to enable them.
 */
export default async function setup(project: TestProject) {
  const url = process.env.LENTERA_TEST_PG_URL ?? DEFAULT_PG_URL;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  let reachable = false;
  try {
    await client.connect();
    await client.query('select 1');
    reachable = true;
  } catch (error) {
    if (process.env.CI === 'true') {
      throw new Error(`PostgreSQL is required in CI but ${url} is unreachable: ${(error as Error).message}`);
    }
    process.stdout.write(
      `PostgreSQL suites skipped: no server at ${url.replace(/\/\/[^@]*@/, '//')} (start PostgreSQL on 127.0.0.1:5432 or set LENTERA_TEST_PG_URL to run them).\n`,
    );
  } finally {
    await client.end().catch(() => {});
  }
  project.provide('pgUrl', reachable ? url : null);
  // The server suites' databases are copies of one migrated for the run (the nodes' tests make their own).
  const template = reachable && project.name === 'server' ? await migratedTemplate(url) : null;
  project.provide('pgTemplate', template);
  return template ? () => adminQuery(url, `drop database if exists ${template} with (force)`) : undefined;
}
