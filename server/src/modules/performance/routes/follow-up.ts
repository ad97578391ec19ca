import { coachingSchema, coachingUpdateSchema, disciplineReferralSchema, skpYearSchema } from '@lentera/common';
import { z } from 'zod';
import { errorResponses, slugIdParams, slugParams } from '../../../platform/http/types';
import { awardCandidates, listCoaching, referForDiscipline, updateCoaching } from '../use-cases/follow-up';
import { P, type RouteKit, tags, yearQuery } from './shared';

/** Follow-up: coaching plans, referrals for discipline, award candidates. */
export function followUpRoutes({ r, ctx }: RouteKit): void {
  r.get(
    `${P}/coaching`,
    {
      schema: {
        tags,
        summary: 'Coaching plans (pembinaan)',
        params: slugParams,
        querystring: z.object({ year: skpYearSchema.optional() }),
        response: { 200: z.object({ items: z.array(coachingSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await listCoaching(ctx(request), request.query.year) }),
  );
  r.patch(
    `${P}/coaching/:id`,
    {
      config: { recordFixture: 'performanceCoaching' },
      schema: {
        tags,
        summary: 'Update a coaching plan: actions, mentor, dates, outcome; close it',
        params: slugIdParams,
        body: coachingUpdateSchema,
        response: { 200: coachingSchema, ...errorResponses },
      },
    },
    async (request) => updateCoaching(ctx(request), request.params.id, request.body),
  );
  r.post(
    `${P}/coaching/:id/referral`,
    {
      config: { recordFixture: 'performanceCoaching' },
      schema: {
        tags,
        summary: 'Refer the case for discipline',
        params: slugIdParams,
        body: disciplineReferralSchema,
        response: { 200: coachingSchema, ...errorResponses },
      },
    },
    async (request) => referForDiscipline(ctx(request), request.params.id, request.body),
  );
  r.get(
    `${P}/awards`,
    {
      schema: {
        tags,
        summary: 'Award candidates: Sangat Baik in a year (hr_admin)',
        params: slugParams,
        querystring: yearQuery,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                employeeId: z.string(),
                nip: z.string(),
                name: z.string(),
                unitId: z.string().nullable(),
                year: z.number(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const c = ctx(request);
      await c.access.assert(c.actor, 'performance.manage');
      return { items: await awardCandidates(c, request.query.year) };
    },
  );
}
