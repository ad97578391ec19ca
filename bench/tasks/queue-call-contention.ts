import { benchQueue, QUEUE_TENANT } from '../lib/queue-setup';
import type { BenchContext, Task } from '../lib/types';

const CONSOLES = 20;
const TICKETS = 400;

async function post(ctx: BenchContext, path: string, headers: Record<string, string>, body: unknown = {}) {
  const response = await ctx.fetch(path, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<Record<string, unknown>>;
}

/**
 * Issue 12 point 12: twenty consoles press "call next" (and finish) as fast as they can until 400 waiting tickets
 * are served. Timed by wall clock; fails when any ticket was called twice or left waiting.
 */
export const queueCallContention: Task = {
  name: 'queue-call-contention',
  description: `${CONSOLES} consoles call and finish ${TICKETS} waiting tickets concurrently; every ticket must be called exactly once.`,
  async run(ctx) {
    const queue = await benchQueue(ctx, { services: 1, counters: CONSOLES });
    const q = `/api/t/${QUEUE_TENANT}/queue`;
    const guest = await ctx.anonymous();
    const kiosk = { ...guest.headers, 'x-kiosk-secret': queue.kioskSecret };
    for (let i = 0; i < TICKETS; i += 20)
      await Promise.all(
        Array.from({ length: 20 }, () =>
          post(ctx, `${q}/kiosks/${queue.kioskId}/tickets`, kiosk, { serviceId: queue.serviceIds[0], priority: null }),
        ),
      );
    const officerLogin = await ctx.demoLogin(QUEUE_TENANT, 'service_officer');
    const session = (await ctx.login(officerLogin.login, officerLogin.password)).headers;
    for (const counter of queue.counterIds) await post(ctx, `${q}/counters/${counter}/sign-in`, session);
    const called: string[] = [];
    const started = performance.now();
    await Promise.all(
      queue.counterIds.map(async (counter) => {
        for (;;) {
          const next = await post(ctx, `${q}/counters/${counter}/call-next`, session);
          const ticket = next.ticket as { id: string; code: string } | null;
          if (!ticket) return;
          called.push(ticket.code);
          await post(ctx, `${q}/tickets/${ticket.id}/finish`, session, { outcome: 'done' });
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const duplicates = called.length - new Set(called).size;
    const missing = TICKETS - new Set(called).size;
    return {
      seconds,
      details: `${called.length} calls by ${CONSOLES} consoles, ${(called.length / seconds).toFixed(0)} calls+finishes a second; ${duplicates} called twice, ${missing} left waiting`,
      data: { calls: called.length, duplicates, missing },
      ...(duplicates || missing ? { problem: `${duplicates} tickets called twice, ${missing} never called` } : {}),
    };
  },
};
