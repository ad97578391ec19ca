import {
  commentsQuerySchema,
  commentsViewSchema,
  kioskSessionViewSchema,
  kioskStartInputSchema,
  paperEntryInputSchema,
  planActionInputSchema,
  planActionUpdateSchema,
  planActionViewSchema,
  publishInputSchema,
  publishViewSchema,
  responseInputSchema,
  resultsQuerySchema,
  resultsViewSchema,
  staffResultsQuerySchema,
  staffResultsViewSchema,
  surveyFormViewSchema,
  surveyUnitsViewSchema,
  trendsQuerySchema,
  trendsViewSchema,
  visitCountInputSchema,
} from '@lentera/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Services } from '../../../platform/context';
import { sendCsv, sendXlsx } from '../../../platform/http/downloads';
import { ctxOf } from '../../../platform/http/request-context';
import { errorResponses, okSchema, slugIdParams, slugParams, zodApp } from '../../../platform/http/types';
import { exportComments } from '../use-cases/export-comments';
import { enterPaper, kioskForm, openForm, respondAtKiosk, respondOpen, startKiosk } from '../use-cases/other-channels';
import { addPlanAction, enterVisits, removePlanAction, updatePlanAction } from '../use-cases/plan';
import { publishPeriod, reportFile } from '../use-cases/publish';
import { formByToken, respondByToken } from '../use-cases/respond';
import { comments, publicResults, staffResults, trends } from '../use-cases/results';
import { openUnits, resultsCsv, staffUnits } from '../use-cases/units';
import { surveysQuestionsRoutes } from './questions';

const S = '/api/t/:slug/surveys';
const tags = ['surveys'];
const ok = { ok: true as const };
const tokenParams = z.object({ slug: z.string().max(64), token: z.string().min(1).max(100) });
const sessionParams = z.object({ slug: z.string().max(64), session: z.string().min(1).max(100) });
const openParams = z.object({ slug: z.string().max(64), unitId: z.string().max(64), serviceKey: z.string().max(100) });
const created = { 201: okSchema, ...errorResponses };
const resultsQuery = resultsQuerySchema.extend({ format: z.enum(['json', 'csv']).optional() });
const commentsQuery = commentsQuerySchema.extend({ format: z.enum(['json', 'csv', 'xlsx']).optional() });

export function surveysRoutes(app: FastifyInstance, services: Services): void {
  const r = zodApp(app);
  const ctx = (request: FastifyRequest) => ctxOf(services, request);
  const pub = { public: true };

  // Responding
  r.get(
    `${S}/form/:token`,
    {
      config: pub,
      schema: {
        tags,
        summary: "The survey form of a finished visit's one-time link (404 unknown, 410 used or expired)",
        params: tokenParams,
        response: { 200: surveyFormViewSchema, ...errorResponses, 410: errorResponses[404] },
      },
    },
    async (request) => formByToken(ctx(request), request.params.token),
  );
  r.post(
    `${S}/form/:token`,
    {
      config: pub,
      schema: {
        tags,
        summary:
          'Answer the survey of a finished visit: exactly one response per link (a second: 409 survey_link_used)',
        params: tokenParams,
        body: responseInputSchema,
        response: { ...created, 410: errorResponses[404] },
      },
    },
    async (request, reply) => {
      await respondByToken(ctx(request), request.params.token, request.body);
      return reply.status(201).send(ok);
    },
  );
  r.post(
    `${S}/kiosk`,
    {
      schema: {
        tags,
        summary: "A service officer starts a kiosk response for a finished visit (the ticket's or request's token)",
        params: slugParams,
        body: kioskStartInputSchema,
        response: { 201: kioskSessionViewSchema, ...errorResponses, 410: errorResponses[404] },
      },
    },
    async (request, reply) => reply.status(201).send(await startKiosk(ctx(request), request.body)),
  );
  r.get(
    `${S}/kiosk/:session`,
    {
      config: pub,
      schema: {
        tags,
        summary: 'The form of a kiosk session',
        params: sessionParams,
        response: { 200: surveyFormViewSchema, ...errorResponses, 410: errorResponses[404] },
      },
    },
    async (request) => kioskForm(ctx(request), request.params.session),
  );
  r.post(
    `${S}/kiosk/:session`,
    {
      config: pub,
      schema: {
        tags,
        summary: "The kiosk session's one response",
        params: sessionParams,
        body: responseInputSchema,
        response: { ...created, 410: errorResponses[404] },
      },
    },
    async (request, reply) => {
      await respondAtKiosk(ctx(request), request.params.session, request.body);
      return reply.status(201).send(ok);
    },
  );
  r.get(
    `${S}/open`,
    {
      config: pub,
      schema: {
        tags,
        summary: 'Units and their services with an open public link (unverified responses, reported apart)',
        params: slugParams,
        response: { 200: surveyUnitsViewSchema, ...errorResponses },
      },
    },
    async (request) => openUnits(ctx(request)),
  );
  r.get(
    `${S}/open/:unitId/:serviceKey`,
    {
      config: pub,
      schema: {
        tags,
        summary: "The open public link's form of a unit's service",
        params: openParams,
        response: { 200: surveyFormViewSchema, ...errorResponses },
      },
    },
    async (request) => openForm(ctx(request), request.params.unitId, request.params.serviceKey),
  );
  r.post(
    `${S}/open/:unitId/:serviceKey`,
    {
      config: pub,
      schema: {
        tags,
        summary: 'Answer by the open public link (unverified; at most 10 an hour from one address)',
        params: openParams,
        body: responseInputSchema,
        response: { ...created, 429: errorResponses[400] },
      },
    },
    async (request, reply) => {
      const { unitId, serviceKey } = request.params;
      await respondOpen(ctx(request), unitId, serviceKey, request.body, request.ip);
      return reply.status(201).send(ok);
    },
  );
  r.post(
    `${S}/paper`,
    {
      schema: {
        tags,
        summary: 'Enter a paper form with its number (a number twice for a unit and period: 409)',
        params: slugParams,
        body: paperEntryInputSchema,
        response: created,
      },
    },
    async (request, reply) => {
      await enterPaper(ctx(request), request.body);
      return reply.status(201).send(ok);
    },
  );

  // Results
  r.get(
    `${S}/results`,
    {
      config: pub,
      schema: {
        tags,
        summary:
          'PUBLIC CONTRACT. Per unit and service of a period: respondents, NRR per element, IKM, converted index and ' +
          'grade (verified channels; the open link apart); without parameters the latest published period. ?format=csv',
        params: slugParams,
        querystring: resultsQuery,
        response: { 200: resultsViewSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const results = await publicResults(ctx(request), query);
      if (format === 'csv') {
        const { header, rows } = resultsCsv(results);
        return sendCsv(reply, `skm-${results.period}`, header, rows);
      }
      return results;
    },
  );
  r.get(
    `${S}/reports/:id/pdf`,
    {
      config: pub,
      schema: { tags, summary: "A published report's PDF", params: slugIdParams },
    },
    async (request, reply) => {
      const file = await reportFile(ctx(request), request.params.id);
      return reply
        .header('content-disposition', `inline; filename="${file.fileName}"`)
        .type('application/pdf')
        .send(file.data);
    },
  );
  r.get(
    `${S}/staff/units`,
    {
      schema: {
        tags,
        summary: 'Units (and their services) the signed-in staff may handle surveys for',
        params: slugParams,
        response: { 200: surveyUnitsViewSchema, ...errorResponses },
      },
    },
    async (request) => staffUnits(ctx(request)),
  );
  r.get(
    `${S}/staff/results`,
    {
      schema: {
        tags,
        summary: "A unit's period for its staff: figures, respondents by detail, sample-size check, plan",
        params: slugParams,
        querystring: staffResultsQuerySchema,
        response: { 200: staffResultsViewSchema, ...errorResponses },
      },
    },
    async (request) => staffResults(ctx(request), request.query),
  );
  r.get(
    `${S}/staff/comments`,
    {
      schema: {
        tags,
        summary:
          "Comments and extra answers of a unit's period, paged; ?format=csv|xlsx downloads them all (day, service, " +
          'way of answering, comment, own questions; nothing that leads to a visit or person)',
        params: slugParams,
        querystring: commentsQuery,
        response: { 200: commentsViewSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      if (format === 'csv' || format === 'xlsx') {
        const { header, rows, period } = await exportComments(ctx(request), query);
        const name = `komentar-skm-${period}`;
        return format === 'csv' ? sendCsv(reply, name, header, rows) : sendXlsx(reply, name, 'Komentar', header, rows);
      }
      return comments(ctx(request), query);
    },
  );
  r.get(
    `${S}/staff/trends`,
    {
      schema: {
        tags,
        summary: "A unit's figures across periods",
        params: slugParams,
        querystring: trendsQuerySchema,
        response: { 200: trendsViewSchema, ...errorResponses },
      },
    },
    async (request) => trends(ctx(request), request.query.unitId),
  );
  r.put(
    `${S}/staff/visits`,
    {
      schema: {
        tags,
        summary: "Enter a unit's visits in a period (the sample-size check's population)",
        params: slugParams,
        body: visitCountInputSchema,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => {
      await enterVisits(ctx(request), request.body);
      return ok;
    },
  );
  r.post(
    `${S}/staff/publish`,
    {
      schema: {
        tags,
        summary: "Publish a unit's period: the figures frozen, the PDF report written; responses refused afterwards",
        params: slugParams,
        body: publishInputSchema,
        response: { 201: publishViewSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await publishPeriod(ctx(request), request.body)),
  );
  r.post(
    `${S}/staff/plan`,
    {
      schema: {
        tags,
        summary: 'Add an improvement action for an element of a unit period',
        params: slugParams,
        body: planActionInputSchema,
        response: { 201: planActionViewSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await addPlanAction(ctx(request), request.body)),
  );
  r.patch(
    `${S}/staff/plan/:id`,
    {
      config: { recordFixture: 'surveysPlanAction' },
      schema: {
        tags,
        summary: 'Follow an improvement action (progress, status, text, owner, due date)',
        params: slugIdParams,
        body: planActionUpdateSchema,
        response: { 200: planActionViewSchema, ...errorResponses },
      },
    },
    async (request) => updatePlanAction(ctx(request), request.params.id, request.body),
  );
  r.delete(
    `${S}/staff/plan/:id`,
    {
      config: { recordFixture: 'surveysPlanAction' },
      schema: {
        tags,
        summary: 'Remove an improvement action',
        params: slugIdParams,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => {
      await removePlanAction(ctx(request), request.params.id);
      return ok;
    },
  );
  surveysQuestionsRoutes(r, ctx);
}
