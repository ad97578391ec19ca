import { request } from 'node:http';
import { benchQueue, QUEUE_TENANT } from '../lib/queue-setup';
import type { BenchContext, Task } from '../lib/types';

const CLIENTS = 500;
const CALLS = 20;
/** Issue 12 point 12: p99 under 100 ms from "call next" answered to the call received by every client. */
const TARGET_SECONDS = 0.1;

interface Listener {
  /** Arrival time (performance.now()) of each call, by ticket code. */
  calls: Map<string, number>;
  close(): void;
}

/** One board or phone page: a Server-Sent Events connection that notes when each `call` event arrives. */
function listen(baseUrl: string, path: string): Promise<Listener> {
  return new Promise((resolve, reject) => {
    const calls = new Map<string, number>();
    const req = request(new URL(path, baseUrl), { headers: { accept: 'text/event-stream' } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`stream answered ${res.statusCode}`));
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        const at = performance.now();
        buffer += chunk;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.startsWith('event: call\n')) {
            const code = /"code":"([^"]+)"/.exec(block)?.[1];
            if (code && !calls.has(code)) calls.set(code, at);
          }
          end = buffer.indexOf('\n\n');
        }
      });
      resolve({ calls, close: () => req.destroy() });
    });
    req.on('error', (error) => {
      if (!calls.size) reject(error);
    });
    req.end();
  });
}

async function post(ctx: BenchContext, path: string, headers: Record<string, string>, body: unknown = {}) {
  const response = await ctx.fetch(path, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<Record<string, unknown>>;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
};

export const queueBoardFanout: Task = {
  name: 'queue-board-fanout',
  description: `${CLIENTS} Server-Sent Events clients (boards and phone pages) on one location; an officer calls ${CALLS} tickets; per call and client, the time from "call next" answered to the call received. The figure is the p99, in seconds.`,
  targetSeconds: TARGET_SECONDS,
  async run(ctx) {
    const queue = await benchQueue(ctx, { services: 1, counters: 1 });
    const q = `/api/t/${QUEUE_TENANT}/queue`;
    const guest = await ctx.anonymous();
    for (let i = 0; i < CALLS; i += 1)
      await post(
        ctx,
        `${q}/kiosks/${queue.kioskId}/tickets`,
        { ...guest.headers, 'x-kiosk-secret': queue.kioskSecret },
        { serviceId: queue.serviceIds[0], priority: null },
      );
    const officerLogin = await ctx.demoLogin(QUEUE_TENANT, 'service_officer');
    const session = (await ctx.login(officerLogin.login, officerLogin.password)).headers;
    const counter = queue.counterIds[0] as string;
    await post(ctx, `${q}/counters/${counter}/sign-in`, session);
    ctx.log(`connecting ${CLIENTS} stream clients`);
    const listeners: Listener[] = [];
    for (let i = 0; i < CLIENTS; i += 50)
      listeners.push(
        ...(await Promise.all(
          Array.from({ length: 50 }, () => listen(ctx.baseUrl, `${q}/locations/${queue.locationId}/stream`)),
        )),
      );
    await new Promise((resolve) => setTimeout(resolve, 500));
    const latencies: number[] = [];
    const started = performance.now();
    for (let i = 0; i < CALLS; i += 1) {
      const called = await post(ctx, `${q}/counters/${counter}/call-next`, session);
      const answeredAt = performance.now();
      const code = (called.ticket as { code: string; id: string }).code;
      const deadline = Date.now() + 10_000;
      while (listeners.some((l) => !l.calls.has(code)) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 5));
      for (const l of listeners) {
        const at = l.calls.get(code);
        latencies.push(at === undefined ? 10_000 : Math.max(0, at - answeredAt));
      }
      await post(ctx, `${q}/tickets/${(called.ticket as { id: string }).id}/finish`, session, { outcome: 'done' });
    }
    const wall = (performance.now() - started) / 1000;
    for (const l of listeners) l.close();
    const missed = latencies.filter((l) => l >= 10_000).length;
    const p50 = percentile(latencies, 50);
    const p99 = percentile(latencies, 99);
    return {
      seconds: p99 / 1000,
      details: `${CLIENTS} clients × ${CALLS} calls: p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms (${wall.toFixed(1)} s in all)`,
      data: { p50, p99, clients: CLIENTS, calls: CALLS, missed },
      ...(missed ? { problem: `${missed} deliveries did not arrive within 10 s` } : {}),
    };
  },
};
