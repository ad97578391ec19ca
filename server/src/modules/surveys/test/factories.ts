/**
 * Factories for the surveys module's tests: a unit with a queue location and service, and finished tickets with a
 * one-time survey token, as the queue writes them when a visit ends.
 */
import { randomUUID } from 'node:crypto';
import type { ResponseInput } from '@lentera/common';
import type { Services } from '../../../platform/context';
import { randomToken } from '../../../platform/ids';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildUnit } from '../../people/test/factories';
import { buildQueueSetup, buildTicket, type QueueSetup } from '../../service-queue/test/factories';

export interface SurveyFixture {
  unitId: string;
  setup: QueueSetup;
  serviceKey: string;
  /** A finished visit of the unit with a fresh one-time token valid for `days`. */
  visit(days?: number): Promise<string>;
}

export async function buildSurveyFixture(services: Services, tenant: TenantRecord): Promise<SurveyFixture> {
  const unit = await buildUnit(services, tenant, { name: 'Dinas Kependudukan Uji' });
  const setup = await buildQueueSetup(services, tenant, { unitId: unit.id });
  return {
    unitId: unit.id,
    setup,
    serviceKey: `queue:${setup.serviceA}`,
    async visit(days = 14) {
      const token = randomToken(18);
      const now = services.clock.now();
      await buildTicket(services, tenant, setup, {
        status: 'done',
        finished_at: now.toISOString(),
        survey_token: token,
        survey_expires_at: new Date(now.getTime() + days * 86_400_000).toISOString(),
      });
      return token;
    },
  };
}

/** A response with the nine answers given in order (U1..U9). */
export function answer(values: number[], over: Partial<ResponseInput> = {}): ResponseInput {
  const [U1, U2, U3, U4, U5, U6, U7, U8, U9] = values as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return {
    answers: { U1, U2, U3, U4, U5, U6, U7, U8, U9 },
    respondent: { ageBand: '30_39', sex: 'female', education: 'sma', occupation: 'private' },
    ...over,
  };
}

/**
 * The record fixture the improvement-action routes name in `config.recordFixture` (the generated security tests:
 * another tenant's action must answer 404 and stay unchanged).
 */
export const surveysRecordFixtures = {
  surveysQuestion: async (services: Services, tenant: TenantRecord) => {
    const id = `q_${randomUUID().slice(0, 12).replace('-', '')}`;
    await services.db
      .insertInto('surveys_questions')
      .values({ tenant_id: tenant.id, id, position: 0, text_id: 'Apakah ruang tunggu nyaman?', text_en: '' })
      .execute();
    return {
      id,
      snapshot: () =>
        services.db
          .selectFrom('surveys_questions')
          .selectAll()
          .where('tenant_id', '=', tenant.id)
          .where('id', '=', id)
          .executeTakeFirst(),
      bodyFor: () => ({ active: false }),
    };
  },
  surveysPlanAction: async (services: Services, tenant: TenantRecord) => {
    const unit = await buildUnit(services, tenant, { name: 'Unit Rencana Uji' });
    const id = randomUUID();
    const now = services.clock.now().toISOString();
    await services.db
      .insertInto('surveys_plan_actions')
      .values({
        id,
        tenant_id: tenant.id,
        unit_id: unit.id,
        period: '2026-S2',
        element: 'U3',
        action: 'Menambah loket pada jam sibuk',
        owner: 'Kepala Seksi Pelayanan',
        due_date: '2026-12-31',
        progress: 10,
        status: 'planned',
        created_at: now,
        updated_at: now,
      })
      .execute();
    return {
      id,
      snapshot: () =>
        services.db.selectFrom('surveys_plan_actions').selectAll().where('id', '=', id).executeTakeFirst(),
      bodyFor: (route: { method: string }) => (route.method === 'PATCH' ? { progress: 50 } : undefined),
    };
  },
};
