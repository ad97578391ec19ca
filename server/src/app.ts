import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler } from 'fastify-type-provider-zod';
import helmet from 'helmet';
import { modules as defaultModules } from './modules/index';
import { auditCatalogFor } from './platform/audit/catalog';
import type { Services } from './platform/context';
import { TooManyRequests } from './platform/errors';
import { benchRoutes } from './platform/http/bench';
import { installErrorHandler, sendError } from './platform/http/errors';
import { IndexHtml } from './platform/http/index-html';
import { installMetrics } from './platform/http/metrics';
import { installRequestContext } from './platform/http/request-context';
import { adminRoutes } from './platform/http/routes/admin';
import { authRoutes } from './platform/http/routes/auth';
import { nationalRoutes } from './platform/http/routes/national';
import { openDataRoutes } from './platform/http/routes/open-data';
import { operationsRoutes } from './platform/http/routes/operations';
import { tenantRoutes } from './platform/http/routes/tenants';
import { closeAllEventStreams } from './platform/http/sse';
import { installUploads, isUploadRoute } from './platform/http/uploads';
import { localizedValidatorCompiler } from './platform/http/validation';
import { uuidv7 } from './platform/ids';
import { messagingRoutes } from './platform/messaging/index';
import { metaRoutes } from './platform/messaging/meta/routes';
import type { ModuleManifest } from './platform/module';
import { allMigrations } from './platform/services';
import { TenantCache } from './platform/tenancy/cache';

/** The paths the per-address limit counts: the API and Open311. */
const RATE_LIMITED_PATH = /^\/(api|open311)(\/|\?|$)/;

// LENTERA_WEB_DIST serves another build of the web app (a developer's own `vite build --outDir`), for screenshots
// taken while web/dist is being rebuilt.
export const WEB_DIST = process.env.LENTERA_WEB_DIST
  ? `${process.env.LENTERA_WEB_DIST.replace(/\/$/, '')}/`
  : fileURLToPath(new URL('../../web/dist/', import.meta.url));
export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface RouteInfo {
  method: string;
  url: string;
  config: Record<string, unknown>;
  /** Takes multipart/form-data uploads (its schema's `consumes`). */
  multipart: boolean;
}

/** Builds the Fastify app: security headers, limits, the request pipeline, every route, the web app. */
export async function buildApp(
  services: Services,
  options: { modules?: ModuleManifest[]; logger?: boolean } = {},
): Promise<FastifyInstance & { routeTable: RouteInfo[] }> {
  const modules = options.modules ?? defaultModules;
  const { config } = services;
  const app = Fastify({
    loggerInstance: options.logger === false ? undefined : services.log,
    logger: options.logger === false ? false : undefined,
    genReqId: () => uuidv7(),
    requestIdHeader: 'x-request-id',
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.trustProxy,
    // Addresses the router itself refuses (bad percent-encoding, a path parameter over its length) answer in the
    // standard error shape too, in the visitor's language.
    frameworkErrors: (error, request, reply) =>
      error.code === 'FST_ERR_MAX_PARAM_LENGTH'
        ? sendError(reply, request, 414, 'address_too_long')
        : sendError(reply, request, 400, 'address_invalid'),
  }) as unknown as FastifyInstance;
  app.setValidatorCompiler(localizedValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const routeTable: RouteInfo[] = [];
  // Server-Sent Events streams never end by themselves: end them first, so that closing waits for no client.
  app.addHook('preClose', (done) => {
    closeAllEventStreams(app);
    done();
  });
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      routeTable.push({
        method,
        url: route.url,
        config: (route.config ?? {}) as Record<string, unknown>,
        multipart: isUploadRoute(route),
      });
    }
  });

  // Security headers, computed once: @fastify/helmet built a new helmet (re-parsing the CSP) on every request.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        // Map tiles come from the configured tile server (MAP_TILE_URL), if any.
        imgSrc: ["'self'", 'data:', 'blob:', ...(config.mapTiles ? [config.mapTiles.origin] : [])],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: config.publicUrl.startsWith('https://') ? [] : null,
      },
    },
    strictTransportSecurity: config.publicUrl.startsWith('https://'),
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', (request, reply, done) =>
    securityHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined)),
  );
  await app.register(compress, { threshold: 1024 });
  await app.register(cookie, { secret: config.sessionSecret });
  await installUploads(app);
  if (config.rateLimitPerMinute > 0) {
    await app.register(rateLimit, {
      max: config.rateLimitPerMinute,
      timeWindow: '1 minute',
      // The limit guards the API. The web app's files are not counted: a first visit fetches dozens of them, and
      // the clerks of one office share one address behind its router. Health probes are not counted either.
      allowList: (request) => !RATE_LIMITED_PATH.test(request.url),
      onExceeded: (request, key) => request.log.warn({ key, url: request.url }, 'rate limit exceeded'),
      errorResponseBuilder: (_request, context) =>
        new TooManyRequests('rate_limited', Math.ceil(context.ttl / 1000), { seconds: Math.ceil(context.ttl / 1000) }),
    });
  }
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Lentera API',
        version: '0.1.0',
        description: 'Civil service and public services of Indonesian regional governments.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'lentera_sid' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true, uiConfig: { docExpansion: 'list' } });

  installErrorHandler(app);
  const metrics = installMetrics(app, services.handle);
  const tenants = new TenantCache(services.db);
  installRequestContext(app, services, tenants);

  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
  operationsRoutes(app, services, metrics, allMigrations(modules));
  authRoutes(app, services);
  tenantRoutes(app, services, tenants);
  adminRoutes(app, services, auditCatalogFor(modules));
  openDataRoutes(app, services, modules);
  nationalRoutes(app, services, modules);
  messagingRoutes(app, services);
  metaRoutes(app, services);
  if (config.benchMode) benchRoutes(app, services);
  for (const m of modules) m.routes?.(app, services);

  const hasWeb = existsSync(`${WEB_DIST}index.html`);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: WEB_DIST,
      wildcard: false,
      index: false,
      // The build writes .br and .gz beside each asset: served as they are, never compressed per request.
      preCompressed: true,
      setHeaders(res, path) {
        // Hashed file names change with their content: cache them for a year; everything else is revalidated.
        res.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  const indexHtml = new IndexHtml(WEB_DIST);
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const isApi = /^\/(api|open311|dev|healthz|readyz|metrics)(\/|$)/.test(path);
    if (!isApi && hasWeb && (request.method === 'GET' || request.method === 'HEAD')) {
      return indexHtml.send(request, reply);
    }
    return sendError(reply, request, 404, 'route_not_found', { path });
  });

  return Object.assign(app, { routeTable });
}
