import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string | null;
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
  try {
    await client.connect();
    await client.query('select 1');
    project.provide('pgUrl', url);
  } catch (error) {
    if (process.env.CI === 'true') {
      throw new Error(`PostgreSQL is required in CI but ${url} is unreachable: ${(error as Error).message}`);
    }
    process.stdout.write(
      `PostgreSQL suites skipped: no server at ${url.replace(/\/\/[^@]*@/, '//')} (start PostgreSQL on 127.0.0.1:5432 or set LENTERA_TEST_PG_URL to run them).\n`,
    );
    project.provide('pgUrl', null);
  } finally {
    await client.end().catch(() => {});
  }
}
