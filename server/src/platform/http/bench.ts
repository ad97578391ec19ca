import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Services } from '../context';
import { uuidv7 } from '../ids';
import { clusterBenchRoutes } from './bench-cluster';

/**
 * The in-run baselines of `npm run bench`, enabled only with LENTERA_BENCH=1: a no-op route and one
 * prepared-statement insert. Scenario figures are reported as ratios to these.
 */
export function benchRoutes(app: FastifyInstance, services: Services): void {
  clusterBenchRoutes(app, services);
  let ready: Promise<unknown> | null = null;
  const table = () =>
    (ready ??=
      sql`create table if not exists bench_baseline (id varchar(36) primary key, body text not null, created_at varchar(30) not null)`.execute(
        services.db,
      ));

  app.get('/api/bench/noop', { config: { public: true }, schema: { hide: true } }, async () => ({ ok: true }));
  app.post('/api/bench/insert', { config: { public: true, csrf: false }, schema: { hide: true } }, async (request) => {
    await table();
    const body = JSON.stringify(request.body ?? {});
    await sql`insert into bench_baseline (id, body, created_at) values (${uuidv7()}, ${body}, ${new Date().toISOString()})`.execute(
      services.db,
    );
    return { ok: true };
  });
}
