import type { Scenario } from '../lib/types';

/** The floor of the stack: HTTP parsing, the request pipeline and hooks, JSON out; no database. */
export const noop: Scenario = {
  name: 'noop',
  description: 'GET /api/bench/noop (LENTERA_BENCH=1 only): the whole Fastify pipeline with no handler work.',
  requests: [{ method: 'GET', path: '/api/bench/noop' }],
};
