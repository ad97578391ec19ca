import { runCli } from './server';
import type { BenchContext, Credentials, DemoLogin } from './types';

/** The cookie header a browser would send back, from a response's Set-Cookie headers. */
function cookiesOf(response: Response): Record<string, string> {
  const jar: Record<string, string> = {};
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(';', 1)[0] ?? '';
    const eq = pair.indexOf('=');
    if (eq > 0) jar[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return jar;
}

const cookieHeader = (jar: Record<string, string>) =>
  Object.entries(jar)
    .map(([name, value]) => `${name}=${value}`)
    .join('; ');

const credentials = (cookie: string, csrfToken: string): Credentials => ({
  cookie,
  csrfToken,
  headers: { cookie, 'x-csrf-token': csrfToken },
});

async function failure(what: string, response: Response): Promise<Error> {
  const body = (await response.text().catch(() => '')).slice(0, 300);
  return new Error(`${what}: HTTP ${response.status} ${body}`);
}

/** What the run seeded: employees per city ('*': every demo city) and each `lentera seed` with its time. */
export interface Seeded {
  scales: Record<string, number>;
  runs: Array<{ args: string; seconds: number }>;
}

export function createContext(options: {
  baseUrl: string;
  dialect: 'sqlite' | 'postgres';
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
}): BenchContext & { seeded(): Seeded } {
  const { baseUrl, env, log } = options;
  let logins: Promise<DemoLogin[]> | null = null;
  // Employees per city asked for so far: '*' for every city (seed --scale N), or one city's slug.
  const scales: Seeded['scales'] = {};
  const runs: Seeded['runs'] = [];
  const scaleOf = (tenant: string | undefined) =>
    Math.max(scales['*'] ?? 0, tenant === undefined ? 0 : (scales[tenant] ?? 0));

  const ctx: BenchContext & { seeded(): Seeded } = {
    baseUrl,
    dialect: options.dialect,
    log: (line) => log(`  ${line}`),
    fetch: (path, init) => fetch(`${baseUrl}${path}`, { ...init, signal: init?.signal ?? AbortSignal.timeout(30_000) }),

    async demoLogin(tenant, role) {
      logins ??= runCli(['demo-logins', '--json'], env).then((out) => JSON.parse(out) as DemoLogin[]);
      const found = (await logins).find((l) => l.tenant === tenant && l.role === role);
      if (!found) throw new Error(`No demo login for tenant "${tenant}" and role "${role}" (lentera demo-logins)`);
      return found;
    },

    async anonymous() {
      const response = await ctx.fetch('/api/auth/session');
      if (!response.ok) throw await failure('GET /api/auth/session', response);
      const { csrfToken } = (await response.json()) as { csrfToken: string };
      return credentials(cookieHeader(cookiesOf(response)), csrfToken);
    },

    async login(login, password) {
      const anon = await ctx.anonymous();
      const response = await ctx.fetch('/api/auth/login', {
        method: 'POST',
        headers: { ...anon.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ login, password }),
      });
      if (!response.ok) throw await failure(`POST /api/auth/login as ${login}`, response);
      await response.arrayBuffer();
      const session = cookiesOf(response);
      if (!session.lentera_sid) throw new Error(`POST /api/auth/login as ${login} set no lentera_sid cookie`);
      const cookie = cookieHeader(session);
      const again = await ctx.fetch('/api/auth/session', { headers: { cookie } });
      if (!again.ok) throw await failure('GET /api/auth/session after login', again);
      const { csrfToken, account } = (await again.json()) as { csrfToken: string; account: unknown };
      if (!account) throw new Error(`The session of ${login} has no account right after logging in`);
      return credentials(cookie, csrfToken);
    },

    async seed(n, seedOptions) {
      if (!Number.isInteger(n) || n < 0) throw new Error(`seed scale must be a whole number (got ${n})`);
      const tenant = seedOptions?.tenant;
      if (tenant !== undefined && !/^[a-z0-9-]+$/.test(tenant)) throw new Error(`not a tenant slug: "${tenant}"`);
      if (n <= scaleOf(tenant)) return;
      const args = ['seed', ...(tenant ? ['--tenant', tenant] : []), '--scale', String(n)];
      log(`  ${args.join(' ')}...`);
      const started = Date.now();
      await runCli(args, env);
      const seconds = (Date.now() - started) / 1000;
      log(`  seeded in ${seconds.toFixed(1)} s`);
      scales[tenant ?? '*'] = n;
      runs.push({ args: args.join(' '), seconds: Math.round(seconds * 10) / 10 });
    },

    seeded: () => ({ scales: { ...scales }, runs: [...runs] }),
  };
  return ctx;
}
