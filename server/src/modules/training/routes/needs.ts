import {
  complianceQuerySchema,
  needInputSchema,
  needsQuerySchema,
  needsRefreshSchema,
  needUpdateSchema,
  needViewSchema,
  planItemInputSchema,
  planItemUpdateSchema,
  planItemViewSchema,
  planViewSchema,
} from '@lentera/common';
import { z } from 'zod';
import { sendCsv } from '../../../platform/http/downloads';
import { errorResponses, slugIdParams, slugParams } from '../../../platform/http/types';
import { addNeed, drawNeeds, listNeeds, updateNeed } from '../use-cases/needs';
import { addPlanItem, trainingPlan, updatePlanItem } from '../use-cases/plan';
import { type RouteKit, T, tags } from './shared';

/** Training needs and the year's plan. */
export function needsRoutes({ r, ctx }: RouteKit): void {
  r.get(
    `${T}/needs`,
    {
      schema: {
        tags,
        summary: "The year's training needs with their source (HR admin)",
        params: slugParams,
        querystring: needsQuerySchema,
        response: { 200: z.object({ year: z.number(), items: z.array(needViewSchema) }), ...errorResponses },
      },
    },
    async (request) => listNeeds(ctx(request), request.query),
  );
  r.post(
    `${T}/needs/draw`,
    {
      schema: {
        tags,
        summary: 'Draw the needs of a year from performance results and complaints; nothing drawn twice (HR admin)',
        params: slugParams,
        body: needsRefreshSchema,
        response: { 200: z.object({ added: z.number(), suggested: z.number() }), ...errorResponses },
      },
    },
    async (request) => drawNeeds(ctx(request), request.body),
  );
  r.post(
    `${T}/needs`,
    {
      schema: {
        tags,
        summary: 'Add a need by hand (HR admin)',
        params: slugParams,
        body: needInputSchema,
        response: { 201: needViewSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await addNeed(ctx(request), request.body)),
  );
  r.patch(
    `${T}/needs/:id`,
    {
      config: { recordFixture: 'trainingNeed' },
      schema: {
        tags,
        summary: 'Dismiss a need or open it again (HR admin)',
        params: slugIdParams,
        body: needUpdateSchema,
        response: { 200: needViewSchema, ...errorResponses },
      },
    },
    async (request) => updateNeed(ctx(request), request.params.id, request.body),
  );
  r.get(
    `${T}/plan`,
    {
      config: { public: true },
      schema: {
        tags,
        summary:
          "PUBLIC. The year's training plan and its progress (participants who completed against the target); ?format=csv",
        params: slugParams,
        querystring: complianceQuerySchema.extend({ format: z.enum(['json', 'csv']).optional() }),
        response: { 200: planViewSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const plan = await trainingPlan(ctx(request), query);
      if (format !== 'csv') return plan;
      return sendCsv(
        reply,
        `rencana-pelatihan-${plan.year}`,
        ['Butir', 'Topik', 'Unit', 'Target peserta', 'Peserta selesai', 'Kemajuan (%)', 'Status'],
        plan.items.map((i) => [
          i.title,
          i.topic,
          i.unitName ?? '',
          i.targetParticipants,
          i.participants,
          i.progress,
          i.status,
        ]),
      );
    },
  );
  r.post(
    `${T}/plan`,
    {
      schema: {
        tags,
        summary: 'Add an item to the plan from needs (HR admin)',
        params: slugParams,
        body: planItemInputSchema,
        response: { 201: planItemViewSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await addPlanItem(ctx(request), request.body)),
  );
  r.patch(
    `${T}/plan/:id`,
    {
      config: { recordFixture: 'trainingPlanItem' },
      schema: {
        tags,
        summary: 'Follow a plan item: title, programme, target, status (HR admin)',
        params: slugIdParams,
        body: planItemUpdateSchema,
        response: { 200: planItemViewSchema, ...errorResponses },
      },
    },
    async (request) => updatePlanItem(ctx(request), request.params.id, request.body),
  );
}
