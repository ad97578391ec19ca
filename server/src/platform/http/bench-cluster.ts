import type { FastifyInstance } from 'fastify';
import type { Services } from '../context';
import type { DomainEvent } from '../events/bus';

const KEPT_EVENTS = 5000;

/**
 * Routes with which the multi-node tests and benchmarks drive and watch a running node (LENTERA_BENCH=1 only, like
 * the baselines): run a job now, publish an event, read the events this node's subscribers received.
 */
export function clusterBenchRoutes(app: FastifyInstance, services: Services): void {
  const received: DomainEvent[] = [];
  services.events.subscribe('*', (event) => {
    received.push(event);
    // Trimmed in steps, not at every event: dropping the oldest of 5,000 at each event would move them all.
    if (received.length >= 2 * KEPT_EVENTS) received.splice(0, received.length - KEPT_EVENTS);
  });
  const hidden = { config: { public: true, csrf: false }, schema: { hide: true } } as const;

  app.get('/api/bench/jobs', hidden, async () => ({ jobs: services.jobs.names() }));
  app.post<{ Params: { name: string } }>('/api/bench/jobs/:name/run', hidden, async (request, reply) => {
    if (!services.jobs.names().includes(request.params.name)) return reply.code(404).send({ unknown: true });
    return { result: (await services.jobs.runNow(request.params.name)) ?? null };
  });
  app.post<{ Body: DomainEvent }>('/api/bench/events', hidden, async (request) => {
    const { name, tenantId, payload } = request.body;
    services.events.publish({ name, tenantId: tenantId ?? null, payload: payload ?? {} });
    return { ok: true };
  });
  app.get('/api/bench/events', hidden, async () => ({
    ...services.events.status(),
    received: received.slice(-KEPT_EVENTS),
  }));
}
