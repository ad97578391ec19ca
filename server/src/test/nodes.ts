import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
// @ts-expect-error: a plain ES module without types (bin/ is run by Node as it is).
import { SERVER_NODE_FLAGS } from '../../bin/node-flags.mjs';
import { modules } from '../modules/index';
import { type Config, loadConfig } from '../platform/config';
import type { Services } from '../platform/context';
import { type Dialect, openDatabase } from '../platform/db/database';
import { createServices, migrate } from '../platform/services';
import { CLI } from './cli';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CLUSTER_SECRET = 'cluster-secret-cluster-secret-0123456789';

/** One real server process (`lentera serve`) on its own port. */
export interface ServerNode {
  readonly index: number;
  readonly port: number;
  readonly url: string;
  /** Everything the process wrote to stderr (warnings, crashes), for failure messages. */
  readonly stderr: () => string;
  readonly running: () => boolean;
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** SIGKILL: no shutdown, no flush; resolves when the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM and wait for the orderly exit. */
  stop(): Promise<void>;
  /** Starts the process again on the same port and waits for /readyz. */
  restart(): Promise<void>;
}

export interface Cluster {
  dialect: Dialect;
  /** DATABASE_URL of the nodes (a sqlite: URL on SQLite). */
  databaseUrl: string;
  dataDir: string;
  config: Config;
  /** Services of the test process on the same database (system clock), for fixtures and checks. */
  services: Services;
  nodes: ServerNode[];
  /** The environment every node gets (for `runCli` against the same installation). */
  env: Record<string, string>;
}

export interface ClusterOptions {
  /** Server processes (default 2; SQLite allows one). */
  nodes?: number;
  env?: Record<string, string>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end().catch(() => {});
  }
}

/** The test process's own environment without any Lentera setting, so that nothing leaks into a node. */
function inheritedEnv(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] =>
        entry[1] !== undefined &&
        !/^(DATA_DIR|DATABASE_URL|PORT|HOST|SMTP_URL|PUBLIC_URL|SESSION_|NODE_ENV|LENTERA_|VITEST|LOG_LEVEL|S3_)/.test(
          entry[0],
        ),
    ),
  );
}

function startNode(index: number, port: number, env: Record<string, string>): ServerNode {
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  let stderr = '';

  const spawnProcess = () => {
    const proc = spawn(process.execPath, [...(SERVER_NODE_FLAGS as string[]), CLI, 'serve'], {
      cwd: REPO_ROOT,
      env: { ...inheritedEnv(), ...env, PORT: String(port), PUBLIC_URL: url },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    proc.stderr?.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-20_000);
    });
    exited = new Promise((resolve) => proc.once('exit', () => resolve()));
    child = proc;
  };

  const waitReady = async () => {
    const deadline = Date.now() + 240_000;
    for (;;) {
      if (child?.exitCode !== null || child?.signalCode !== null)
        throw new Error(`node ${index} exited while starting:\n${stderr}`);
      try {
        const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2000) });
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`node ${index} was not ready in 240 s:\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  const node: ServerNode & { start(): Promise<void> } = {
    index,
    port,
    url,
    stderr: () => stderr,
    running: () => child !== null && child.exitCode === null && child.signalCode === null,
    fetch: (path, init) => fetch(`${url}${path}`, init),
    async start() {
      spawnProcess();
      await waitReady();
    },
    async kill() {
      if (node.running()) child?.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (node.running()) child?.kill('SIGTERM');
      await exited;
    },
    async restart() {
      await node.kill();
      spawnProcess();
      await waitReady();
    },
  };
  return node;
}

/**
 * A cluster of real server processes for one describe block: a fresh database (a new PostgreSQL database, dropped
 * afterwards, or a SQLite file), one shared DATA_DIR, the same SESSION_SECRET, each node on a free port with
 * LENTERA_BENCH=1 (the routes that run a job now and show a node's events), LOG_LEVEL=warn and no rate limit. The
 * test process migrates first and keeps its own services on the database for fixtures and checks.
 */
export function setupCluster(target: { dialect: Dialect; pgUrl?: string }, options: ClusterOptions = {}): Cluster {
  const count = options.nodes ?? 2;
  if (target.dialect === 'sqlite' && count > 1) throw new Error('SQLite serves one node');
  const cluster = { dialect: target.dialect, nodes: [] as ServerNode[] } as Cluster;
  const dbName = `lentera_n_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lentera-nodes-'));
    let databaseUrl = `sqlite:${join(dataDir, 'lentera.db')}`;
    if (target.dialect === 'postgres' && target.pgUrl) {
      await adminQuery(target.pgUrl, `create database ${dbName}`);
      const url = new URL(target.pgUrl);
      url.pathname = `/${dbName}`;
      databaseUrl = url.toString();
    }
    const env: Record<string, string> = {
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      SESSION_SECRET: CLUSTER_SECRET,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      LENTERA_BENCH: '1',
      RATE_LIMIT_PER_MINUTE: '0',
      ...options.env,
    };
    const config = loadConfig({ ...env, LOG_LEVEL: 'silent' }, { persistSecret: false });
    const services = createServices(config, modules, { handle: openDatabase(config.database, { poolSize: 8 }) });
    await migrate(services, modules);
    Object.assign(cluster, { databaseUrl, dataDir, config, services, env });
    const ports = await Promise.all(Array.from({ length: count }, () => freePort()));
    const nodes = ports.map((port, index) => startNode(index, port, env));
    cluster.nodes.push(...nodes);
    await Promise.all(nodes.map((n) => (n as ServerNode & { start(): Promise<void> }).start()));
  }, 300_000);
  afterAll(async () => {
    await Promise.all(cluster.nodes.map((n) => n.stop()));
    await cluster.services?.handle.close();
    if (cluster.dataDir) rmSync(cluster.dataDir, { recursive: true, force: true });
    if (target.dialect === 'postgres' && target.pgUrl)
      await adminQuery(target.pgUrl, `drop database if exists ${dbName} with (force)`);
  }, 120_000);
  return cluster;
}

/** A browser-like client of one node over HTTP: keeps cookies and sends the CSRF token on unsafe requests. */
export class NodeClient {
  private readonly cookies = new Map<string, string>();
  csrf: string | null = null;

  constructor(public node: Pick<ServerNode, 'fetch'>) {}

  /** The same person (cookies and CSRF token) talking to another node. */
  on(node: Pick<ServerNode, 'fetch'>): NodeClient {
    const other = new NodeClient(node);
    for (const [k, v] of this.cookies) other.cookies.set(k, v);
    other.csrf = this.csrf;
    return other;
  }

  /** A request with the cookies and CSRF token; a FormData body goes as multipart, anything else as JSON. */
  async request(method: string, path: string, body?: unknown, extra: Record<string, string> = {}): Promise<Response> {
    if (method !== 'GET' && this.csrf === null) await this.refresh();
    const headers: Record<string, string> = { ...extra };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (method !== 'GET' && this.csrf) headers['x-csrf-token'] = this.csrf;
    const form = body instanceof FormData;
    if (body !== undefined && !form) headers['content-type'] = 'application/json';
    const response = await this.node.fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    });
    for (const raw of response.headers.getSetCookie()) {
      const [pair = ''] = raw.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (value === '' || /max-age=0/i.test(raw)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  async refresh(): Promise<{ csrfToken: string; account: unknown }> {
    const response = await this.request('GET', '/api/auth/session');
    const session = (await response.json()) as { csrfToken: string; account: unknown };
    this.csrf = session.csrfToken;
    return session;
  }

  async login(login: string, password: string): Promise<void> {
    const response = await this.request('POST', '/api/auth/login', { login, password });
    if (!response.ok) throw new Error(`login as ${login}: ${response.status} ${await response.text()}`);
    await this.refresh();
  }

  get(path: string) {
    return this.request('GET', path);
  }
  post(path: string, body: unknown = {}, headers: Record<string, string> = {}) {
    return this.request('POST', path, body, headers);
  }
  put(path: string, body: unknown = {}) {
    return this.request('PUT', path, body);
  }
}

/** Waits until `probe` gives a truthy value (polling every 25 ms) or fails naming `what`. */
export async function until<T>(probe: () => T | Promise<T>, what: string, timeoutMs = 15_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
