import {
  annualObjectionDecisionSchema,
  annualObjectionSchema,
  annualRateSchema,
  annualSchema,
  distributionWarningSchema,
} from '@lentera/common';
import { z } from 'zod';
import { errorResponses, slugIdParams } from '../../../platform/http/types';
import {
  acknowledgeAnnual,
  annualContext,
  confirmAnnual,
  decideObjection,
  getAnnual,
  objectAnnual,
  rateAnnual,
} from '../use-cases/annual';
import { annualParams, employeeParams, optionalYearQuery, P, type RouteKit, tags } from './shared';

/** Annual evaluation: rating, confirmation, acknowledgement or objection and its decision. */
export function annualRoutes({ r, ctx }: RouteKit): void {
  r.get(
    `${P}/employees/:id/annual`,
    {
      config: { recordFixture: 'employee' },
      schema: {
        tags,
        summary: 'The annual result (if any), periodic ratings and distribution warnings',
        params: slugIdParams,
        querystring: optionalYearQuery,
        response: {
          200: z.object({
            annual: annualSchema.nullable(),
            periodic: annualSchema.shape.periodic,
            warnings: z.array(distributionWarningSchema),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => annualContext(ctx(request), request.params.id, request.query.year),
  );
  r.post(
    `${P}/employees/:employeeId/annual`,
    {
      schema: {
        tags,
        summary: 'Rate the year (appraiser)',
        params: employeeParams,
        body: annualRateSchema,
        response: { 200: annualSchema, ...errorResponses },
      },
    },
    async (request) => rateAnnual(ctx(request), request.params.employeeId, request.body),
  );
  r.get(
    `${P}/annuals/:id`,
    {
      config: { recordFixture: 'performanceAnnual' },
      schema: {
        tags,
        summary: 'An annual result',
        params: slugIdParams,
        response: { 200: annualSchema, ...errorResponses },
      },
    },
    async (request) => getAnnual(ctx(request), request.params.id),
  );
  r.post(
    `${P}/annuals/:annualId/confirm`,
    {
      schema: {
        tags,
        summary: "Confirm (the appraiser's own superior)",
        params: annualParams,
        response: { 200: annualSchema, ...errorResponses },
      },
    },
    async (request) => confirmAnnual(ctx(request), request.params.annualId),
  );
  r.post(
    `${P}/annuals/:annualId/acknowledge`,
    {
      schema: {
        tags,
        summary: 'Acknowledge the result (the employee)',
        params: annualParams,
        response: { 200: annualSchema, ...errorResponses },
      },
    },
    async (request) => acknowledgeAnnual(ctx(request), request.params.annualId),
  );
  r.post(
    `${P}/annuals/:annualId/objection`,
    {
      schema: {
        tags,
        summary: 'File an objection (keberatan) with reasons (the employee)',
        params: annualParams,
        body: annualObjectionSchema,
        response: { 200: annualSchema, ...errorResponses },
      },
    },
    async (request) => objectAnnual(ctx(request), request.params.annualId, request.body),
  );
  r.post(
    `${P}/annuals/:annualId/objection-decision`,
    {
      schema: {
        tags,
        summary: "Decide an objection (the appraiser's own superior)",
        params: annualParams,
        body: annualObjectionDecisionSchema,
        response: { 200: annualSchema, ...errorResponses },
      },
    },
    async (request) => decideObjection(ctx(request), request.params.annualId, request.body),
  );
}
