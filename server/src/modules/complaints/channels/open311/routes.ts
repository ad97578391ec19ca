import { errorMessage } from '@lentera/common';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { makeCtx, type Services } from '../../../../platform/context';
import { DomainError, TooManyRequests } from '../../../../platform/errors';
import { publicMedia } from './media-requests';
import {
  discovery,
  getRequest,
  listRequests,
  listServices,
  Open311Error,
  postRequest,
  resolveJurisdiction,
  serviceDefinition,
  tokenLookup,
} from './service';
import { type XmlElement, xmlDocument } from './xml';

type Format = 'json' | 'xml';
const tags = ['open311'];
export const OPEN311 = '/open311/v2';

/** The element names of each answer in XML: the root, and the element of each list item. */
const XML_SHAPES = {
  requests: { root: 'service_requests', item: 'request' },
  services: { root: 'services', item: 'service' },
  errors: { root: 'errors', item: 'error' },
} as const;

function formatOf(value: string | undefined): Format | null {
  return value === 'json' || value === 'xml' ? value : null;
}

/** `DUM-ADU-2026-000001.json` → id and format. */
function splitFile(file: string): { id: string; format: Format | null } {
  const m = /^(.+)\.(json|xml)$/.exec(file);
  return m ? { id: decodeURIComponent(m[1] as string), format: m[2] as Format } : { id: file, format: null };
}

function send(reply: FastifyReply, format: Format, status: number, xml: () => string, json: unknown) {
  reply.status(status).header('cache-control', 'no-store');
  if (format === 'xml') return reply.type('text/xml; charset=utf-8').send(xml());
  return reply.type('application/json; charset=utf-8').send(JSON.stringify(json));
}

function sendList(reply: FastifyReply, format: Format, shape: keyof typeof XML_SHAPES, items: object[], status = 200) {
  const { root, item } = XML_SHAPES[shape];
  return send(reply, format, status, () => xmlDocument(root, { [item]: items as XmlElement[] }), items);
}

/** The format a failed request asked for (from the path), JSON when it cannot be told. */
function requestedFormat(request: FastifyRequest): Format {
  const path = (request.url.split('?')[0] ?? '').toLowerCase();
  return path.endsWith('.xml') ? 'xml' : 'json';
}

/**
 * Open311 GeoReport v2 at `/open311/v2/`: public routes (POST is authenticated by `api_key`, so no CSRF),
 * in an encapsulated plugin whose error handler answers in Open311's shape and format:
 * `[{ code, description }]`, 404 unknown, 403 bad key, 400 anything else.
 */
export function open311Routes(app: FastifyInstance, services: Services): void {
  app.register(
    async (open311) => {
      open311.addContentTypeParser(
        'application/x-www-form-urlencoded',
        { parseAs: 'string', bodyLimit: 64 * 1024 },
        (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
      );
      open311.setErrorHandler((error: FastifyError | Error, request, reply) => {
        const format = requestedFormat(request);
        let status = 400;
        let description = error.message;
        if (error instanceof Open311Error) status = error.status;
        else if (error instanceof DomainError) {
          status = [403, 404, 429].includes(error.status) ? error.status : error.status >= 500 ? 500 : 400;
          description = errorMessage(error.code, request.lentera?.lang ?? 'id', error.params);
          if (error instanceof TooManyRequests) reply.header('retry-after', String(error.retryAfterSeconds));
        } else if ((error as FastifyError).statusCode === 413) {
          status = 413;
          description = 'request too large';
        } else if (!(error as FastifyError).statusCode || (error as FastifyError).statusCode! >= 500) {
          request.log.error({ err: error }, 'open311 request failed');
          status = 500;
          description = 'internal error';
        }
        return sendList(reply, format, 'errors', [{ code: status, description }], status);
      });

      const ctxFor = (request: FastifyRequest) => makeCtx(services, { lang: request.lentera?.lang ?? 'id' });
      const baseUrl = services.config.publicUrl.replace(/\/$/, '');
      const unknownFormat = (): never => {
        throw new Open311Error(404, 'unknown format: use .json or .xml');
      };
      const config = { public: true } as const;

      open311.get<{ Params: { format: string } }>(
        `/discovery.:format`,
        { config, schema: { tags, summary: 'Open311 discovery: the endpoint and its formats' } },
        async (request, reply) => {
          const format = formatOf(request.params.format) ?? unknownFormat();
          const d = discovery(baseUrl);
          return send(
            reply,
            format,
            200,
            () =>
              xmlDocument('discovery', {
                ...d,
                endpoints: { endpoint: d.endpoints.map((e) => ({ ...e, formats: { format: e.formats } })) },
              }),
            d,
          );
        },
      );

      open311.get<{ Params: { format: string }; Querystring: Record<string, string> }>(
        `/services.:format`,
        { config, schema: { tags, summary: "Open311 services: the government's complaint categories" } },
        async (request, reply) => {
          const format = formatOf(request.params.format) ?? unknownFormat();
          const ctx = ctxFor(request);
          const tenant = await resolveJurisdiction(ctx, request.query.jurisdiction_id);
          return sendList(reply, format, 'services', await listServices({ ...ctx, tenant }, tenant));
        },
      );

      open311.get<{ Params: { file: string }; Querystring: Record<string, string> }>(
        `/services/:file`,
        { config, schema: { tags, summary: 'Open311 service definition with its attributes (`{code}.json|xml`)' } },
        async (request, reply) => {
          const { id, format } = splitFile(request.params.file);
          if (!format) return unknownFormat();
          const ctx = ctxFor(request);
          const tenant = await resolveJurisdiction(ctx, request.query.jurisdiction_id);
          const definition = await serviceDefinition({ ...ctx, tenant }, tenant, id);
          return send(
            reply,
            format,
            200,
            () =>
              xmlDocument('service_definition', {
                service_code: definition.service_code,
                attributes: {
                  attribute: definition.attributes.map((a) => ({ ...a, values: { value: a.values } })),
                },
              }),
            definition,
          );
        },
      );

      open311.get<{ Params: { format: string }; Querystring: Record<string, string> }>(
        `/requests.:format`,
        {
          config,
          schema: {
            tags,
            summary:
              'Open311 service requests (complaints, never rahasia, never the reporter): service_request_id list, ' +
              'service_code, status open|closed, start_date/end_date at most 90 days apart; at most 1,000',
          },
        },
        async (request, reply) => {
          const format = formatOf(request.params.format) ?? unknownFormat();
          const ctx = ctxFor(request);
          const tenant = await resolveJurisdiction(ctx, request.query.jurisdiction_id);
          return sendList(reply, format, 'requests', await listRequests({ ...ctx, tenant }, tenant, request.query));
        },
      );

      open311.post<{ Params: { format: string }; Body: Record<string, unknown> }>(
        `/requests.:format`,
        {
          config: { public: true, csrf: false },
          schema: {
            tags,
            summary:
              'Open311: file a complaint (api_key, jurisdiction_id, service_code, lat+long, address_string or ' +
              'address_id, description, email or phone; attribute[title|class|privacy])',
          },
        },
        async (request, reply) => {
          const format = formatOf(request.params.format) ?? unknownFormat();
          const body = request.body && typeof request.body === 'object' ? request.body : {};
          const ctx = ctxFor(request);
          const tenant = await resolveJurisdiction(ctx, body.jurisdiction_id);
          const created = await postRequest({ ...ctx, tenant }, tenant, body);
          return sendList(reply, format, 'requests', created, 201);
        },
      );

      open311.get<{ Params: { file: string }; Querystring: Record<string, string> }>(
        `/requests/:file`,
        { config, schema: { tags, summary: 'Open311: one service request, as a one-element list' } },
        async (request, reply) => {
          const { id, format } = splitFile(request.params.file);
          if (!format) return unknownFormat();
          const ctx = ctxFor(request);
          const tenant = await resolveJurisdiction(ctx, request.query.jurisdiction_id);
          return sendList(reply, format, 'requests', await getRequest({ ...ctx, tenant }, tenant, id));
        },
      );

      open311.get<{ Params: { file: string }; Querystring: Record<string, string> }>(
        `/tokens/:file`,
        { config, schema: { tags, summary: 'Open311: the service_request_id of a token from POST requests' } },
        async (request, reply) => {
          const { id, format } = splitFile(request.params.file);
          if (!format) return unknownFormat();
          const ctx = ctxFor(request);
          const tenant = await resolveJurisdiction(ctx, request.query.jurisdiction_id);
          return sendList(reply, format, 'requests', await tokenLookup({ ...ctx, tenant }, tenant, id));
        },
      );

      open311.get<{ Params: { jurisdiction: string; id: string } }>(
        `/media/:jurisdiction/:id`,
        {
          config,
          schema: {
            tags,
            summary:
              'The image behind a request’s media_url: kept at intake (checked by content, metadata removed); ' +
              'only of public complaints (never anonim or rahasia)',
          },
        },
        async (request, reply) => {
          const ctx = ctxFor(request);
          const tenant = await resolveJurisdiction(ctx, request.params.jurisdiction);
          const image = await publicMedia({ ...ctx, tenant }, tenant, request.params.id);
          return reply
            .header('cache-control', 'public, max-age=3600')
            .header('x-content-type-options', 'nosniff')
            .header('content-security-policy', "default-src 'none'")
            .type(image.mime)
            .send(image.data);
        },
      );

      open311.setNotFoundHandler((request, reply) =>
        sendList(reply, requestedFormat(request), 'errors', [{ code: 404, description: 'unknown Open311 path' }], 404),
      );
    },
    { prefix: OPEN311 },
  );
}
