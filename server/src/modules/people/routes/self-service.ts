import { correctionDecisionSchema, directoryEntrySchema, employeeDetailSchema } from '@lentera/common';
import { z } from 'zod';
import { errorResponses, slugIdParams, slugParams, type ZodApp } from '../../../platform/http/types';
import {
  correctionRequestBody,
  decideCorrection,
  listCorrections,
  myCorrections,
  requestCorrection,
} from '../use-cases/corrections';
import { myRecord, mySubordinates } from '../use-cases/employee-queries';
import { P, type RequestCtx, tags } from './shared';

/** Self-service: one's own record and correction requests, and BKPSDM's decisions on them. */
export function selfServiceRoutes(r: ZodApp, ctx: RequestCtx): void {
  r.get(
    `${P}/me`,
    {
      schema: {
        tags,
        summary: 'My own record and history',
        params: slugParams,
        response: { 200: employeeDetailSchema, ...errorResponses },
      },
    },
    async (request) => myRecord(ctx(request)),
  );
  r.get(
    `${P}/me/subordinates`,
    {
      schema: {
        tags,
        summary: 'My direct subordinates (name, position, unit), whose records I may read',
        params: slugParams,
        response: { 200: z.object({ items: z.array(directoryEntrySchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await mySubordinates(ctx(request)) }),
  );
  const correctionSchema = z.object({
    id: z.string(),
    employeeId: z.string(),
    employeeName: z.string(),
    employeeNip: z.string(),
    changes: z.record(z.string(), z.string().nullable()),
    reason: z.string(),
    status: z.string(),
    requestedAt: z.string(),
    decidedAt: z.string().nullable(),
    decisionNote: z.string().nullable(),
  });
  r.get(
    `${P}/me/corrections`,
    {
      schema: {
        tags,
        summary: 'My correction requests',
        params: slugParams,
        response: { 200: z.object({ items: z.array(correctionSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await myCorrections(ctx(request)) }),
  );
  r.post(
    `${P}/me/corrections`,
    {
      schema: {
        tags,
        summary: 'Ask BKPSDM to correct my record',
        params: slugParams,
        body: correctionRequestBody,
        response: { 201: z.object({ id: z.string(), status: z.string() }), ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await requestCorrection(ctx(request), request.body)),
  );
  r.get(
    `${P}/corrections`,
    {
      schema: {
        tags,
        summary: 'Correction requests to decide',
        params: slugParams,
        querystring: z.object({ status: z.enum(['pending', 'approved', 'rejected']).optional() }),
        response: { 200: z.object({ items: z.array(correctionSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await listCorrections(ctx(request), request.query.status) }),
  );
  r.post(
    `${P}/corrections/:id/decision`,
    {
      config: { recordFixture: 'correction' },
      schema: {
        tags,
        summary: 'Approve or reject a correction',
        params: slugIdParams,
        body: correctionDecisionSchema,
        response: { 200: z.object({ id: z.string(), status: z.string() }), ...errorResponses },
      },
    },
    async (request) => decideCorrection(ctx(request), request.params.id, request.body),
  );
}
