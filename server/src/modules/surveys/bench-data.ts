import { randomUUID } from 'node:crypto';
import {
  localDate,
  RESPONSE_CHANNELS,
  SURVEY_AGE_BANDS,
  SURVEY_EDUCATIONS,
  SURVEY_OCCUPATIONS,
  SURVEY_SEXES,
  semesterOf,
} from '@lentera/common';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { makeCtx, type Services } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import { findTenantBySlug } from '../../platform/tenancy/repository';
import { peopleService } from '../people/index';
import { responsesRepo } from './repository/responses';
import type { ResponsesTable } from './repository/tables';
import { surveyServices } from './support';

/**
 * Benchmark data only (LENTERA_BENCH=1): `POST /api/bench/surveys` with `{ tenant, count, unitCode? }` writes `count`
 * responses of the current semester for the unit (Disdukcapil by default) over its services and the four channels,
 * as multi-row inserts, and answers `{ unitId, period, inserted }`. Answers are drawn from a fixed generator, so the
 * figures are whatever the stored rows give: the results read them back exactly. Not a use case: no audit; it
 * exists for `npm run bench`.
 */
export function surveysBenchRoutes(app: FastifyInstance, services: Services): void {
  if (!services.config.benchMode) return;
  app.post('/api/bench/surveys', { config: { public: true, csrf: false }, schema: { hide: true } }, async (request) => {
    const body = z
      .object({
        tenant: z.string(),
        count: z.number().int().min(1).max(2_000_000),
        unitCode: z.string().default('DISDUKCAPIL'),
      })
      .parse(request.body);
    return generateResponses(services, body.tenant, body.count, body.unitCode);
  });
}

async function generateResponses(services: Services, slug: string, count: number, unitCode: string) {
  const tenant = await findTenantBySlug(services.db, slug);
  if (!tenant) throw new NotFound('tenant_not_found', { slug });
  const ctx = makeCtx(services, { tenant });
  const unit = (await peopleService.units(ctx)).find((u) => u.code === unitCode && !u.closed);
  if (!unit) throw new NotFound('route_not_found', { path: unitCode });
  const offered = (await surveyServices(ctx)).filter((s) => s.unitId === unit.id && s.active);
  if (offered.length === 0) throw new NotFound('survey_service_unknown');
  const day = localDate(services.clock.now(), tenant.timeZone);
  const period = semesterOf(day);
  let seed = count;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const answer = () => 1 + Math.min(3, Math.floor(random() * random() * 4 + random() * 2));
  const stamp = Date.now().toString(36);
  for (let done = 0; done < count; ) {
    const rows: ResponsesTable[] = [];
    for (let i = 0; i < 5000 && done < count; i++, done++) {
      const service = pick(offered);
      const channel = pick(RESPONSE_CHANNELS);
      rows.push({
        id: randomUUID(),
        tenant_id: tenant.id,
        unit_id: unit.id,
        unit_name: unit.name,
        service_key: service.serviceKey,
        service_name: service.serviceName,
        period,
        channel,
        u1: answer(),
        u2: answer(),
        u3: answer(),
        u4: answer(),
        u5: answer(),
        u6: answer(),
        u7: answer(),
        u8: answer(),
        u9: answer(),
        age_band: pick(SURVEY_AGE_BANDS),
        sex: pick(SURVEY_SEXES),
        education: pick(SURVEY_EDUCATIONS),
        occupation: pick(SURVEY_OCCUPATIONS),
        comment: random() < 0.05 ? 'Pelayanan cukup baik.' : '',
        extra: '{}',
        paper_form_number: channel === 'paper' ? `B-${stamp}-${done}` : null,
        created_day: day,
      });
    }
    await services.db.transaction().execute((tx) => responsesRepo.insertMany(tx, rows));
  }
  return { unitId: unit.id, period, inserted: count };
}
