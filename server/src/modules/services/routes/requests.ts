import { requestListQuerySchema, requestStatusSchema } from '@lentera/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Services } from '../../../platform/context';
import { sendCsv, sendXlsx } from '../../../platform/http/downloads';
import { ctxOf } from '../../../platform/http/request-context';
import { errorResponses, slugIdParams, slugParams, zodApp } from '../../../platform/http/types';
import { completeDocuments } from '../use-cases/complete-documents';
import { confirmGuest, confirmGuestSchema } from '../use-cases/confirm-guest';
import { inbox, inboxExport, myRequests, requestDetail, requestDocument } from '../use-cases/request-views';
import { serviceStats, statsCsv, statsQuerySchema } from '../use-cases/stats';
import { submitRequest } from '../use-cases/submit-request';
import { DOCUMENT_UPLOAD, detailSchema, parseJsonField, readForm, S, sendFile, tags } from './request-io';

const figures = {
  received: z.number(),
  completed: z.number(),
  withinStandardPercent: z.number().nullable(),
  medianDays: z.number().nullable(),
  p90Days: z.number().nullable(),
  refused: z.number(),
};
/** `ServiceStats`. */
const statsSchema = z.object({
  from: z.string(),
  to: z.string(),
  totals: z.object(figures),
  units: z.array(z.object({ unitId: z.string(), unitName: z.string(), ...figures })),
  services: z.array(
    z.object({
      serviceId: z.string(),
      name: z.string(),
      unitId: z.string(),
      unitName: z.string(),
      durationDays: z.number().nullable(),
      ...figures,
    }),
  ),
  refusals: z.array(z.object({ reason: z.string(), count: z.number() })),
});
/** `RequestPage`. */
const pageSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      code: z.string().nullable(),
      status: requestStatusSchema,
      serviceId: z.string(),
      serviceName: z.string(),
      unitName: z.string(),
      applicantName: z.string(),
      submittedAt: z.string().nullable(),
      dueDate: z.string().nullable(),
      overdue: z.boolean(),
      fee: z.number(),
    }),
  ),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
/** `SubmitResult`. */
const submitResultSchema = z.object({
  id: z.string(),
  code: z.string().nullable(),
  status: requestStatusSchema,
  dueDate: z.string().nullable(),
  followPath: z.string().nullable(),
  confirmationSent: z.boolean(),
});
const tokenParams = z.object({ slug: z.string().max(64), token: z.string().min(1).max(100) });
const documentParams = slugIdParams.extend({ documentId: z.string().max(64) });
const tokenDocumentParams = tokenParams.extend({ documentId: z.string().max(64) });
const exportQuery = requestListQuerySchema.extend({ format: z.enum(['json', 'csv', 'xlsx']).optional() });
const statsQuery = statsQuerySchema.extend({ format: z.enum(['json', 'csv']).optional() });

export function requestRoutes(app: FastifyInstance, services: Services): void {
  const r = zodApp(app);
  const ctx = (request: FastifyRequest) => ctxOf(services, request);

  r.post(
    `${S}/:id/requests`,
    {
      config: { public: true, upload: DOCUMENT_UPLOAD },
      schema: {
        tags,
        summary:
          'File a request for a service (public: a signed-in account files as itself, a guest gives name and e-mail ' +
          'and confirms by the link e-mailed). multipart/form-data: `data` = JSON of submitRequestSchema, files in ' +
          '`doc.<fieldKey>` (PDF, JPEG, PNG by content); or JSON without files.',
        params: slugIdParams,
        consumes: ['application/json', 'multipart/form-data'],
        response: { 201: submitResultSchema, ...errorResponses, 413: errorResponses[400] },
      },
    },
    async (request, reply) => {
      const form = await readForm(request);
      const data = request.isMultipart() ? parseJsonField(form.fields.get('data')) : request.body;
      const result = await submitRequest(ctx(request), request.params.id, data as never, { documents: form.files });
      return reply.status(201).send(result);
    },
  );
  r.post(
    `${S}/requests/confirm`,
    {
      config: { public: true },
      schema: {
        tags,
        summary: "A guest confirms the e-mail with the link's token: the request gets its code and its clock starts",
        params: slugParams,
        body: confirmGuestSchema,
        response: { 200: submitResultSchema, ...errorResponses },
      },
    },
    async (request) => confirmGuest(ctx(request), request.body),
  );
  r.get(
    `${S}/requests/mine`,
    {
      schema: {
        tags,
        summary: 'My service requests (signed-in applicant)',
        params: slugParams,
        querystring: requestListQuerySchema,
        response: { 200: pageSchema, ...errorResponses },
      },
    },
    async (request) => myRequests(ctx(request), request.query),
  );
  r.get(
    `${S}/inbox`,
    {
      schema: {
        tags,
        summary: "The service officer's inbox: the unit's requests by due date, overdue first; ?format=csv|xlsx",
        params: slugParams,
        querystring: exportQuery,
        response: { 200: pageSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      if (format === 'csv' || format === 'xlsx') {
        const { header, rows } = await inboxExport(ctx(request), query);
        const name = `permohonan-layanan-${request.params.slug}`;
        return format === 'csv'
          ? sendCsv(reply, name, header, rows)
          : sendXlsx(reply, name, 'Permohonan', header, rows);
      }
      return inbox(ctx(request), query);
    },
  );
  r.get(
    `${S}/stats`,
    {
      config: { public: true },
      schema: {
        tags,
        summary:
          'Service statistics (public): received, completed, share within the standard, median and p90 working days, ' +
          'refusals by reason, per unit and service; the current year without parameters; ?format=csv (one row per service)',
        params: slugParams,
        querystring: statsQuery,
        response: { 200: statsSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const stats = await serviceStats(ctx(request), query);
      if (format === 'csv') {
        const { header, rows } = statsCsv(stats);
        return sendCsv(reply, `statistik-layanan-${stats.from}-${stats.to}`, header, rows);
      }
      return stats;
    },
  );

  // The request, by id (applicant or officer) and by a guest's secret link.
  r.get(
    `${S}/requests/:id`,
    {
      config: { recordFixture: 'serviceRequest' },
      schema: {
        tags,
        summary: 'A request for its applicant, or for an officer of its unit (with the possible actions)',
        params: slugIdParams,
        response: { 200: detailSchema, ...errorResponses },
      },
    },
    async (request) => requestDetail(ctx(request), { requestId: request.params.id }),
  );
  r.get(
    `${S}/follow/:token`,
    {
      config: { public: true },
      schema: {
        tags,
        summary: "A guest's request by the secret follow link",
        params: tokenParams,
        response: { 200: detailSchema, ...errorResponses },
      },
    },
    async (request) => requestDetail(ctx(request), { token: request.params.token }),
  );
  r.post(
    `${S}/requests/:id/documents`,
    {
      config: { recordFixture: 'serviceRequestIncomplete', upload: DOCUMENT_UPLOAD },
      schema: {
        tags,
        summary:
          'Add the documents asked for (only while incomplete; files in `doc.<fieldKey>`); complete, the clock restarts',
        params: slugIdParams,
        consumes: ['application/json', 'multipart/form-data'],
        response: { 200: detailSchema, ...errorResponses, 413: errorResponses[400] },
      },
    },
    async (request) =>
      completeDocuments(ctx(request), { requestId: request.params.id }, (await readForm(request)).files),
  );
  r.post(
    `${S}/follow/:token/documents`,
    {
      config: { public: true, upload: DOCUMENT_UPLOAD },
      schema: {
        tags,
        summary: "Add the documents asked for, by a guest's secret follow link",
        params: tokenParams,
        consumes: ['application/json', 'multipart/form-data'],
        response: { 200: detailSchema, ...errorResponses, 413: errorResponses[400] },
      },
    },
    async (request) =>
      completeDocuments(ctx(request), { token: request.params.token }, (await readForm(request)).files),
  );
  r.get(
    `${S}/requests/:id/documents/:documentId`,
    {
      config: { recordFixture: 'serviceRequestDocument' },
      schema: {
        tags,
        summary: "Download a request's document or output (applicant, unit officers)",
        params: documentParams,
      },
    },
    async (request, reply) =>
      sendFile(reply, await requestDocument(ctx(request), { requestId: request.params.id }, request.params.documentId)),
  );
  r.get(
    `${S}/follow/:token/documents/:documentId`,
    {
      config: { public: true },
      schema: {
        tags,
        summary: "Download a document or the output by a guest's secret link",
        params: tokenDocumentParams,
      },
    },
    async (request, reply) =>
      sendFile(reply, await requestDocument(ctx(request), { token: request.params.token }, request.params.documentId)),
  );
}
