import { localDate } from '@lentera/common';
import type { FastifyInstance } from 'fastify';
import { type Insertable, sql } from 'kysely';
import { z } from 'zod';
import type { Services } from '../../platform/context';
import { insertRows } from '../../platform/db/insert-rows';
import { NotFound } from '../../platform/errors';
import { randomToken, uuidv7 } from '../../platform/ids';
import { findTenantBySlug } from '../../platform/tenancy/repository';
import { queueRepo } from './repository/index';
import type { TicketsTable } from './repository/tables';

/**
 * Benchmark data only (LENTERA_BENCH=1): `POST /api/bench/queue/survey-links` with `{ tenant, count }` writes `count`
 * tickets finished today at the tenant's first active location, each with its one-time survey link, and answers
 * `{ tokens }`: the links a load of survey answers uses, one per answer. Not a use case: no audit, no notice, no day
 * number taken (the tickets have none); it exists for `npm run bench`.
 */
export function queueBenchRoutes(app: FastifyInstance, services: Services): void {
  if (!services.config.benchMode) return;
  app.post(
    '/api/bench/queue/survey-links',
    { config: { public: true, csrf: false }, schema: { hide: true } },
    async (request) => {
      const body = z.object({ tenant: z.string(), count: z.number().int().min(1).max(200_000) }).parse(request.body);
      return finishedTicketsWithLinks(services, body.tenant, body.count);
    },
  );
}

async function finishedTicketsWithLinks(services: Services, slug: string, count: number) {
  const tenant = await findTenantBySlug(services.db, slug);
  if (!tenant) throw new NotFound('tenant_not_found', { slug });
  const locations = (await queueRepo.locations(services.db, tenant.id, true)).filter((l) => l.unit_id);
  const services_ = await queueRepo.services(
    services.db,
    tenant.id,
    locations.map((l) => l.id),
  );
  const service = services_.find((s) => s.active);
  if (!service) throw new NotFound('route_not_found', { path: 'queue service' });
  const now = services.clock.now();
  const at = now.toISOString();
  const expires = new Date(now.getTime() + 7 * 86_400_000).toISOString();
  const day = localDate(now, tenant.timeZone);
  const tokens: string[] = [];
  const rows: Insertable<TicketsTable>[] = [];
  for (let i = 0; i < count; i++) {
    const surveyToken = randomToken(24);
    tokens.push(surveyToken);
    rows.push({
      id: uuidv7(now.getTime()),
      tenant_id: tenant.id,
      location_id: service.location_id,
      service_id: service.id,
      day,
      number: null,
      code: null,
      token: randomToken(24),
      channel: 'kiosk',
      priority: null,
      status: 'done',
      line_at: at,
      issued_at: at,
      called_at: at,
      started_at: at,
      finished_at: at,
      counter_id: null,
      for_counter_id: null,
      officer_account_id: null,
      officer_name: null,
      recalls: 0,
      transfers: 0,
      outcome: 'done',
      account_id: null,
      booking_code: null,
      booking_window: null,
      survey_token: surveyToken,
      survey_expires_at: expires,
      near_notified_at: null,
      updated_at: at,
    });
  }
  await services.db.transaction().execute(async (tx) => {
    for (let i = 0; i < rows.length; i += 2000) await insertRows(tx, 'service_queue_tickets', rows.slice(i, i + 2000));
  });
  // Tens of thousands of rows at once: PostgreSQL's planner gets their statistics now, as autovacuum would give them
  // a table that grew over days (without them it may read every ticket to find one link).
  if (services.config.database.dialect === 'postgres') await sql`analyze service_queue_tickets`.execute(services.db);
  return { tokens };
}
