import pg from 'pg';
import { createContext } from './context';
import { createBenchData, freePort, type RunningServer, serverEnv, spawnServer } from './server';
import type { BenchContext } from './types';

export const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** The PostgreSQL server a multi-node task runs on: BENCH_DAY_PG_URL, else BENCH_DATABASE_URL, else the local one. */
export function nodesDatabaseUrl(): string {
  return process.env.BENCH_DAY_PG_URL ?? process.env.BENCH_DATABASE_URL ?? DEFAULT_PG_URL;
}

export async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * A fresh installation with the demo data, apart from the run's server: `lentera start` on the first node (migrates
 * and seeds), then the further nodes on the same database (SQLite when `adminUrl` is undefined: one node only).
 * `work` gets the nodes' base URLs and a bench context on the first; everything is stopped and removed afterwards.
 */
export async function withInstallation<T>(
  ctx: BenchContext,
  label: string,
  adminUrl: string | undefined,
  nodes: number,
  work: (urls: string[], nodeCtx: BenchContext) => Promise<T>,
): Promise<T> {
  const data = await createBenchData(adminUrl);
  const servers: RunningServer[] = [];
  try {
    ctx.log(`${label}: starting ${nodes} node(s) and seeding the demo data`);
    const ports = await Promise.all(Array.from({ length: nodes }, () => freePort()));
    const envs = ports.map((port) => ({ ...serverEnv(data, port), LOG_LEVEL: 'error' }));
    // The first node seeds; the others start once the database is filled (start finds it not empty).
    for (const env of envs) {
      const server = spawnServer(env);
      servers.push(server);
      await server.ready(20 * 60_000);
    }
    const urls = servers.map((s) => s.baseUrl);
    const nodeCtx = createContext({
      baseUrl: urls[0] as string,
      dialect: data.dialect,
      env: envs[0] as NodeJS.ProcessEnv,
      log: (line) => ctx.log(line.trim()),
    });
    return await work(urls, nodeCtx);
  } finally {
    for (const server of servers) await server.stop();
    await data.dispose();
  }
}
