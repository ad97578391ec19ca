import { type ChildProcess, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TelegramStandIn } from '../server/src/modules/complaints/channels/test/telegram-stand-in';

const root = new URL('..', import.meta.url).pathname;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForReady(url: string, child: ChildProcess, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server at ${url} was not ready within ${seconds} s`);
}

/** Names and times of the files in web/dist: unchanged over the copy means no build ran meanwhile. */
function distState(): string {
  const dist = join(root, 'web/dist');
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((file) => `${file}:${statSync(join(dist, file)).mtimeMs}`)
    .join('\n');
}

/** The hashed files web/dist/index.html names, missing from `dist` (a build was under way when it was copied). */
function missingAssets(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1] ?? '');
  return assets.filter((asset) => !existsSync(join(dist, asset)));
}

/**
 * A copy of the server's sources and of the built web app, run instead of the working tree's. The server knows the
 * web assets present when it starts; in a working tree where `npm start` or a build runs alongside (another
 * terminal, an editor), a rebuild during the suite would leave the running server unable to serve the new ones.
 */
async function snapshotApp(): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const app = mkdtempSync(join(tmpdir(), 'lentera-e2e-app-'));
    let before = '';
    let missing: string[] = [];
    try {
      before = distState();
      cpSync(join(root, 'server'), join(app, 'server'), { recursive: true });
      cpSync(join(root, 'web/dist'), join(app, 'web/dist'), { recursive: true });
      for (const file of ['package.json', 'tsconfig.base.json']) cpSync(join(root, file), join(app, file));
      symlinkSync(join(root, 'node_modules'), join(app, 'node_modules'), 'dir');
      missing = missingAssets(join(app, 'web/dist'));
      if (missing.length === 0 && distState() === before) return app;
    } catch (error) {
      // a build removed a file while it was being copied
      missing = [(error as Error).message];
    }
    rmSync(app, { recursive: true, force: true });
    if (attempt >= 30) throw new Error(`web/dist keeps changing or is incomplete (${missing.join(', ')})`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/**
 * Starts `lentera start` (migrate, demo data, serve) on a free port with a fresh data folder, exactly
 * as a user would (from a snapshot of the app, see snapshotApp), and stops it after the run. Tests read
 * LENTERA_E2E_URL and LENTERA_E2E_DATA_DIR.
 */
export default async function globalSetup() {
  const app = await snapshotApp();
  // A local stand-in of the Telegram Bot API (telegram.spec.ts reads what it received at LENTERA_E2E_TELEGRAM_URL).
  const telegramToken = '987654321:AAE2eStandInTokenForLenteraTelegramJourney';
  const telegram = new TelegramStandIn(telegramToken);
  await telegram.start();
  const dataDir = mkdtempSync(join(tmpdir(), 'lentera-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['server/bin/lentera.mjs', 'start'], {
    cwd: app,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      TELEGRAM_API_URL: telegram.url,
      // Every journey comes from 127.0.0.1: two browsers at once, each many people in turn, call the API more
      // often than one address of real users does. The limit stays on (its refusal is part of the product).
      RATE_LIMIT_PER_MINUTE: '6000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  try {
    await waitForReady(url, child, 300);
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(app, { recursive: true, force: true });
    await telegram.stop();
    throw new Error(`${(error as Error).message}\n${output.slice(-4000)}`);
  }
  process.env.LENTERA_E2E_URL = url;
  process.env.LENTERA_E2E_DATA_DIR = dataDir;
  process.env.LENTERA_E2E_TELEGRAM_URL = telegram.url;
  process.env.LENTERA_E2E_TELEGRAM_TOKEN = telegramToken;
  return async () => {
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    if (child.exitCode === null) child.kill('SIGKILL');
    // The server's warnings and errors, for a failed run to be read afterwards.
    mkdirSync(join(root, 'test-results'), { recursive: true });
    writeFileSync(join(root, 'test-results/e2e-server.log'), output);
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(app, { recursive: true, force: true });
    await telegram.stop();
  };
}
