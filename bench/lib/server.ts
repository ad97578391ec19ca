import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
// @ts-expect-error: a plain ES module without types, shared with the npm start script and the CLI's shebang.
import { SERVER_NODE_FLAGS } from '../../server/bin/node-flags.mjs';

export const ROOT = new URL('../../', import.meta.url).pathname;
const CLI = join(ROOT, 'server/bin/lentera.mjs');
export const HOST = '127.0.0.1';

export type Dialect = 'sqlite' | 'postgres';

/** A fresh place for the data: a temporary folder, and with BENCH_DATABASE_URL a new PostgreSQL database. */
export interface BenchData {
  dataDir: string;
  dialect: Dialect;
  /** DATABASE_URL for the server; undefined means the SQLite file inside dataDir. */
  databaseUrl: string | undefined;
  /** The database name on PostgreSQL, for the report. */
  databaseName: string | undefined;
  dispose(): Promise<void>;
}

export async function createBenchData(adminUrl: string | undefined): Promise<BenchData> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lentera-bench-'));
  const removeDir = () => rmSync(dataDir, { recursive: true, force: true });
  if (!adminUrl) {
    return {
      dataDir,
      dialect: 'sqlite',
      databaseUrl: undefined,
      databaseName: undefined,
      dispose: async () => removeDir(),
    };
  }
  if (!/^postgres(ql)?:\/\//.test(adminUrl)) {
    removeDir();
    throw new Error(`BENCH_DATABASE_URL must be postgres://user@host:port/db (got ${redact(adminUrl)})`);
  }
  const name = `lentera_bench_${Date.now()}_${process.pid}`;
  try {
    await adminQuery(adminUrl, `create database ${name}`);
  } catch (error) {
    removeDir();
    throw new Error(`Cannot create the bench database on ${redact(adminUrl)}: ${(error as Error).message}`);
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    dataDir,
    dialect: 'postgres',
    databaseUrl: url.toString(),
    databaseName: name,
    dispose: async () => {
      try {
        await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
      } finally {
        removeDir();
      }
    },
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end().catch(() => {});
  }
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}

/** A port nothing listens on right now (the kernel picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

/** The environment of every server and CLI process of the run. */
export function serverEnv(data: BenchData, port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATA_DIR: data.dataDir,
    HOST,
    PORT: String(port),
    LENTERA_BENCH: '1',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '0',
    PUBLIC_URL: `http://${HOST}:${port}`,
  };
  if (data.databaseUrl) env.DATABASE_URL = data.databaseUrl;
  else delete env.DATABASE_URL;
  return env;
}

/** Runs `lentera <args>` to completion; rejects with its output when it exits non-zero. */
export function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve(output);
      else reject(new Error(`lentera ${args.join(' ')} exited with ${code ?? signal}:\n${tail(output, 20)}`));
    });
  });
}

export function tail(text: string, lines: number): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

export interface RunningServer {
  baseUrl: string;
  pid: number | undefined;
  /** The server's output so far (stdout and stderr, the last 64 kB). */
  output(): string;
  /** False once the process has exited. */
  alive(): boolean;
  /** Resolves once /readyz answers 200; rejects when the process exits first or the time runs out. */
  ready(timeoutMs: number): Promise<void>;
  /** SIGTERM, then SIGKILL after a grace period; resolves once the process is gone. */
  stop(): Promise<void>;
}

/** `lentera start` (migrate, seed the demo data when empty, serve) as a child process. */
export function spawnServer(env: NodeJS.ProcessEnv): RunningServer {
  const baseUrl = `http://${HOST}:${env.PORT}`;
  // Started as `npm start` starts it, with the server's Node flags; BENCH_CPU_PROFILE=<folder> writes a V8 CPU profile
  // of the server there when it stops (open it in Chrome's DevTools, Performance tab).
  const profile = process.env.BENCH_CPU_PROFILE;
  const flags = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...flags, CLI, 'start'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  // BENCH_SERVER_LOG=<file> keeps the server's whole output there (with SLOW_QUERY_MS=0: every query and its time).
  const logFile = process.env.BENCH_SERVER_LOG;
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-64_000);
    if (logFile) appendFileSync(logFile, chunk);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited = false;
  let exitedWith = '';
  const exit = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = true;
      exitedWith = signal ? `signal ${signal}` : `code ${code}`;
      resolve();
    });
    child.once('error', (error) => {
      output += `\n${error.message}`;
      exited = true;
      resolve();
    });
  });

  return {
    baseUrl,
    pid: child.pid,
    output: () => output,
    alive: () => !exited,
    async ready(timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (exited) throw new Error(`The server exited (${exitedWith}) before it was ready:\n${tail(output, 30)}`);
        try {
          const response = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(2000) });
          await response.arrayBuffer();
          if (response.ok) return;
        } catch {
          // not listening yet
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      throw new Error(`The server was not ready within ${timeoutMs / 1000} s:\n${tail(output, 30)}`);
    },
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => {
        if (!exited) child.kill('SIGKILL');
      }, 10_000);
      await exit;
      clearTimeout(timer);
    },
  };
}
