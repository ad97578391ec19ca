import { planContentInputSchema, planDecisionSchema, planSchema, skpYearSchema } from '@lentera/common';
import { z } from 'zod';
import { NotFound } from '../../../platform/errors';
import { errorResponses, slugIdParams, slugParams } from '../../../platform/http/types';
import { actorEmployee } from '../support';
import { decidePlan, getPlan, myPlan, savePlan, submitPlan } from '../use-cases/plans';
import { P, planParams, type RouteKit, tags, yearQuery } from './shared';

/** SKP plans: the employee drafts and submits, the appraiser approves or returns. */
export function planRoutes({ r, ctx }: RouteKit): void {
  r.get(
    `${P}/me/plan`,
    {
      schema: {
        tags,
        summary: "The employee's own plan for a year, and the superior's RHK to cascade from",
        params: slugParams,
        querystring: yearQuery,
        response: {
          200: z.object({
            plan: planSchema.nullable(),
            superiorRhk: z.array(z.object({ id: z.string(), text: z.string() })),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => myPlan(ctx(request), request.query.year),
  );
  r.put(
    `${P}/plans`,
    {
      schema: {
        tags,
        summary:
          'Draft or edit a plan (own; hr_admin for any employee). Editing a returned or approved plan starts a new version',
        params: slugParams,
        body: z.object({
          employeeId: z.string().max(64).optional(),
          year: skpYearSchema,
          content: planContentInputSchema,
        }),
        response: { 200: planSchema, ...errorResponses },
      },
    },
    async (request) => {
      const c = ctx(request);
      const employeeId = request.body.employeeId ?? (await actorEmployee(c))?.id;
      if (!employeeId) throw new NotFound();
      return savePlan(c, employeeId, request.body);
    },
  );
  r.get(
    `${P}/plans/:id`,
    {
      config: { recordFixture: 'performancePlan' },
      schema: {
        tags,
        summary: 'A plan with every version',
        params: slugIdParams,
        response: { 200: planSchema, ...errorResponses },
      },
    },
    async (request) => getPlan(ctx(request), request.params.id),
  );
  r.post(
    `${P}/plans/:id/submit`,
    {
      config: { recordFixture: 'performancePlan' },
      schema: {
        tags,
        summary: 'Submit the plan to the appraiser',
        params: slugIdParams,
        response: { 200: planSchema, ...errorResponses },
      },
    },
    async (request) => submitPlan(ctx(request), request.params.id),
  );
  r.post(
    `${P}/plans/:planId/decision`,
    {
      schema: {
        tags,
        summary: 'Approve or return a submitted plan (appraiser)',
        params: planParams,
        body: planDecisionSchema,
        response: { 200: planSchema, ...errorResponses },
      },
    },
    async (request) => decidePlan(ctx(request), request.params.planId, request.body),
  );
}
