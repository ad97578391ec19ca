import { fetchJson } from './http';
import type { BenchContext } from './types';

/** One kind of request of a city's day, with its share of the traffic. */
export interface DayAction {
  route: string;
  weight: number;
  /** Builds one request (a fresh body where the product wants unique values). */
  request(n: number): { method: 'GET' | 'POST'; path: string; headers: Record<string, string>; body?: string };
}

export interface RouteFigures {
  route: string;
  requests: number;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

export interface MixFigures {
  seconds: number;
  connections: number;
  reqPerSec: number;
  routes: RouteFigures[];
  /** The first few failed answers, for the report. */
  failures: string[];
}

/**
 * The requests of a busy day in a city (Dumai and Kupang's demo data), as their shares of the traffic: citizens file
 * complaints and read the portal, staff log in, read their lists and review performance. Built once against one node
 * of an installation (the logins are sessions in the database, valid on every node).
 */
export async function buildDayMix(ctx: BenchContext): Promise<DayAction[]> {
  const json = { 'content-type': 'application/json' };
  const [hr, desk, supervisor, citizen] = await Promise.all([
    ctx.demoLogin('dumai', 'hr_admin'),
    ctx.demoLogin('kupang', 'complaint_officer'),
    ctx.demoLogin('dumai', 'supervisor'),
    ctx.demoLogin('dumai', 'citizen'),
  ]);
  const hrSession = await ctx.login(hr.login, hr.password);
  const deskSession = await ctx.login(desk.login, desk.password);
  const supervisorSession = await ctx.login(supervisor.login, supervisor.password);
  const intake = await guestIntake(ctx, 'kupang', { lat: -10.17, lng: 123.6 });
  const loginForm = await ctx.anonymous();
  const get =
    (path: string, headers: Record<string, string> = {}) =>
    () => ({
      method: 'GET' as const,
      path,
      headers,
    });
  return [
    intake,
    { route: 'GET portal home (tenant)', weight: 22, request: get('/api/t/dumai') },
    { route: 'GET complaints public list', weight: 10, request: get('/api/t/kupang/complaints/public?page=1') },
    { route: 'GET complaints stats', weight: 6, request: get('/api/t/kupang/complaints/stats') },
    { route: 'GET workforce stats', weight: 6, request: get('/api/t/dumai/workforce/stats') },
    { route: 'GET performance published', weight: 5, request: get('/api/t/dumai/performance/published?year=2026') },
    { route: 'GET session', weight: 8, request: get('/api/auth/session', { cookie: hrSession.cookie }) },
    {
      route: 'POST login (citizen)',
      weight: 2,
      request: () => ({
        method: 'POST',
        path: '/api/auth/login',
        headers: { ...loginForm.headers, ...json },
        body: JSON.stringify({ login: citizen.login, password: citizen.password }),
      }),
    },
    {
      route: 'GET staff list (people)',
      weight: 10,
      request: get('/api/t/dumai/people/employees?page=1&pageSize=25', hrSession.headers),
    },
    {
      route: 'GET officer complaints list',
      weight: 8,
      request: get('/api/t/kupang/complaints?state=open&sort=due', deskSession.headers),
    },
    {
      route: 'GET performance review inbox',
      weight: 8,
      request: get('/api/t/dumai/performance/inbox', supervisorSession.headers),
    },
  ];
}

/** Switches the tenant's complaint guest limit off, as its coordinator: a bench's guests all come from one address. */
export async function guestLimitOff(ctx: BenchContext, tenant: string): Promise<void> {
  const coordinator = await ctx.demoLogin(tenant, 'complaint_coordinator');
  const session = await ctx.login(coordinator.login, coordinator.password);
  const settingsPath = `/api/t/${tenant}/complaints/settings`;
  const settings = await fetchJson<Record<string, unknown>>(ctx, settingsPath, { headers: session.headers });
  const changed = await ctx.fetch(settingsPath, {
    method: 'PUT',
    headers: { ...session.headers, 'content-type': 'application/json' },
    body: JSON.stringify({ ...settings, guestPerHour: 0 }),
  });
  if (!changed.ok) throw new Error(`complaint settings: ${changed.status} ${await changed.text()}`);
}

/**
 * A guest filing a complaint in `tenant` (weight 15 in a day's mix), each with its own title and address. Guests in
 * the bench all come from one address: the tenant's guest limit is switched off by its coordinator first.
 */
export async function guestIntake(
  ctx: BenchContext,
  tenant: string,
  place: { lat: number; lng: number },
): Promise<DayAction> {
  const json = { 'content-type': 'application/json' };
  await guestLimitOff(ctx, tenant);
  const { items } = await fetchJson<{ items: Array<{ id: string }> }>(ctx, `/api/t/${tenant}/complaints/categories`);
  const categoryId = items[0]?.id;
  if (!categoryId) throw new Error(`no complaint category in ${tenant}`);
  const guest = await ctx.anonymous();
  return {
    route: 'POST complaints (guest intake)',
    weight: 15,
    request: (n) => ({
      method: 'POST',
      path: `/api/t/${tenant}/complaints`,
      headers: { ...guest.headers, ...json },
      body: JSON.stringify({
        class: 'pengaduan',
        categoryId,
        title: `Jalan berlubang di RT ${n % 40}`,
        description: `Jalan berlubang cukup dalam di depan rumah nomor ${n}, berbahaya bagi pengendara motor malam hari.`,
        privacy: 'anonim',
        ...place,
        guest: { name: 'Warga Uji Beban', email: `warga.${n}@contoh.id` },
      }),
    }),
  };
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/**
 * Replays the mix for `seconds` on `connections` concurrent clients, spread over the nodes in turn; each client
 * draws its next action by weight (a fixed pseudo-random sequence). Latency is timed per response by the client.
 */
export async function replayDay(
  baseUrls: string[],
  actions: DayAction[],
  options: { seconds: number; connections: number },
): Promise<MixFigures> {
  const total = actions.reduce((sum, a) => sum + a.weight, 0);
  const times = new Map<string, number[]>(actions.map((a) => [a.route, []]));
  const errors = new Map<string, number>(actions.map((a) => [a.route, 0]));
  const failures: string[] = [];
  let counter = 0;
  let seed = 12345;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = () => {
    let draw = random() * total;
    for (const action of actions) {
      draw -= action.weight;
      if (draw < 0) return action;
    }
    return actions[actions.length - 1] as DayAction;
  };
  const started = performance.now();
  const end = started + options.seconds * 1000;
  await Promise.all(
    Array.from({ length: options.connections }, async (_, c) => {
      const baseUrl = baseUrls[c % baseUrls.length] as string;
      while (performance.now() < end) {
        const action = pick();
        const request = action.request(counter++);
        const t0 = performance.now();
        try {
          const response = await fetch(`${baseUrl}${request.path}`, {
            method: request.method,
            headers: request.headers,
            body: request.body,
            signal: AbortSignal.timeout(30_000),
          });
          const text = await response.text();
          if (response.status < 200 || response.status > 299) {
            errors.set(action.route, (errors.get(action.route) ?? 0) + 1);
            if (failures.length < 5) failures.push(`${action.route}: ${response.status} ${text.slice(0, 120)}`);
            continue;
          }
          times.get(action.route)?.push(performance.now() - t0);
        } catch (error) {
          errors.set(action.route, (errors.get(action.route) ?? 0) + 1);
          if (failures.length < 5) failures.push(`${action.route}: ${(error as Error).message}`);
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const routes = actions.map((action) => {
    const sorted = (times.get(action.route) ?? []).sort((x, y) => x - y);
    return {
      route: action.route,
      requests: sorted.length,
      reqPerSec: Math.round((sorted.length / seconds) * 10) / 10,
      p50Ms: Math.round(percentile(sorted, 50) * 10) / 10,
      p99Ms: Math.round(percentile(sorted, 99) * 10) / 10,
      errors: errors.get(action.route) ?? 0,
    };
  });
  const answered = routes.reduce((sum, r) => sum + r.requests, 0);
  return {
    seconds,
    connections: options.connections,
    reqPerSec: Math.round(answered / seconds),
    routes,
    failures,
  };
}

/** The insert baseline with the same client and connections: the price of one durable write on these nodes. */
export async function insertBaseline(baseUrls: string[], options: { seconds: number; connections: number }) {
  const figures = await replayDay(
    baseUrls,
    [
      {
        route: 'insert',
        weight: 1,
        request: (n) => ({
          method: 'POST',
          path: '/api/bench/insert',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ n }),
        }),
      },
    ],
    options,
  );
  return figures.reqPerSec;
}
