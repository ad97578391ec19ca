import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { buildApp } from '../app';
import { modules as allModules } from '../modules/index';
import { ManualClock } from '../platform/clock';
import { type Config, loadConfig } from '../platform/config';
import type { Services } from '../platform/context';
import { type Dialect, openDatabase } from '../platform/db/database';
import type { ModuleManifest } from '../platform/module';
import { createServices, migrate } from '../platform/services';
import { HttpClient } from './http-client';

export type TestApp = Awaited<ReturnType<typeof buildApp>>;

export interface TestEnv {
  dialect: Dialect;
  services: Services;
  app: TestApp;
  clock: ManualClock;
  config: Config;
  dataDir: string;
  client(): HttpClient;
}

export const TEST_START = '2026-11-23T02:00:00.000Z';

export function dialects(): Array<{ dialect: Dialect; pgUrl?: string }> {
  const pgUrl = inject('pgUrl');
  return [{ dialect: 'sqlite' }, ...(pgUrl ? [{ dialect: 'postgres' as const, pgUrl }] : [])];
}

function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Sets up a fresh database (a temporary SQLite file, or a new PostgreSQL database dropped afterwards),
 * migrated, with services on a manual clock and the Fastify app, for one describe block.
 */
export function setupTestEnv(
  target: { dialect: Dialect; pgUrl?: string },
  options: { modules?: ModuleManifest[]; env?: Record<string, string> } = {},
): TestEnv {
  const env = {} as TestEnv;
  const dbName = `lentera_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lentera-test-'));
    if (target.dialect === 'postgres' && target.pgUrl) {
      const admin = new pg.Client({ connectionString: target.pgUrl });
      await admin.connect();
      // A copy of the run's migrated database when the suite has every module (migrate below then finds nothing to do).
      const template = options.modules ? null : inject('pgTemplate');
      await admin.query(`create database ${dbName}${template ? ` template ${template}` : ''}`);
      await admin.end();
    }
    const config = loadConfig(
      {
        NODE_ENV: 'test',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
        SESSION_SECRET: 'test-secret-test-secret-test-secret-0123',
        RATE_LIMIT_PER_MINUTE: '0',
        ...(target.dialect === 'postgres' && target.pgUrl ? { DATABASE_URL: databaseUrl(target.pgUrl, dbName) } : {}),
        ...options.env,
      },
      { persistSecret: false },
    );
    const clock = new ManualClock(TEST_START);
    const modules = options.modules ?? allModules;
    const services = createServices(config, modules, { clock, handle: openDatabase(config.database, { poolSize: 4 }) });
    await migrate(services, modules);
    const app = await buildApp(services, { modules, logger: false });
    await app.ready();
    Object.assign(env, {
      dialect: target.dialect,
      services,
      app,
      clock,
      config,
      dataDir,
      client: () => new HttpClient(app),
    });
  });
  afterAll(async () => {
    await env.app?.close();
    await env.services?.handle.close();
    if (env.dataDir) rmSync(env.dataDir, { recursive: true, force: true });
    if (target.dialect === 'postgres' && target.pgUrl) {
      const admin = new pg.Client({ connectionString: target.pgUrl });
      await admin.connect();
      await admin.query(`drop database if exists ${dbName} with (force)`);
      await admin.end();
    }
  });
  return env;
}

/** Runs the same suite on SQLite and on PostgreSQL, each on a fresh database. */
export function describeEachDialect(
  name: string,
  body: (env: TestEnv) => void,
  options: { modules?: ModuleManifest[]; env?: Record<string, string> } = {},
): void {
  for (const target of dialects()) {
    describe(`${name} [${target.dialect}]`, () => {
      const env = setupTestEnv(target, options);
      body(env);
    });
  }
}
