import type { Lang } from '@lentera/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type AccountRow, findAccount, loadActor } from '../auth/actor';
import { ANON_COOKIE, csrfMatches, csrfTokenFor, findSession, SESSION_COOKIE } from '../auth/sessions';
import { type Actor, type Ctx, makeCtx, type Services } from '../context';
import { Forbidden, NotFound, Unauthenticated } from '../errors';
import type { TenantCache } from '../tenancy/cache';
import type { TenantRecord } from '../tenancy/repository';

/** Per-route options read by the request pipeline. Routes are private unless they say `public: true`. */
export interface RouteConfig {
  public?: boolean;
  /** Set false only for machine endpoints authenticated otherwise (Open311 keys, webhook secrets). */
  csrf?: boolean;
  /** Names the factory the generated security tests use to create another tenant's record for `:id`. */
  recordFixture?: string;
}

export interface RequestState {
  lang: Lang;
  sessionToken: string | null;
  account: AccountRow | null;
  actor: Actor | null;
  tenant: TenantRecord | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    lentera: RequestState;
  }
  interface FastifyContextConfig extends RouteConfig {}
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** API routes are private unless marked public; static files, the API docs and unknown paths are not API routes. */
function needsSession(request: FastifyRequest): boolean {
  if (request.is404) return false;
  const url = request.routeOptions.url ?? '';
  return url.startsWith('/api/') && !url.startsWith('/api/docs');
}

export function languageOf(request: FastifyRequest, account: AccountRow | null): Lang {
  if (account) return account.locale === 'en' ? 'en' : 'id';
  const header = request.headers['accept-language'];
  return typeof header === 'string' && /^\s*en\b/i.test(header) ? 'en' : 'id';
}

/**
 * The request pipeline after routing and before validation (DESIGN.md §5): the session, CSRF for unsafe
 * methods, the tenant from the path (`/api/t/:slug/...`), the actor with its grants in that tenant, and 401
 * for private routes. It runs before the zod schemas, so a caller without a session or token learns nothing
 * from validation errors.
 */
export function installRequestContext(app: FastifyInstance, services: Services, tenants: TenantCache): void {
  app.decorateRequest('lentera', null as unknown as RequestState);

  app.addHook('preValidation', async (request) => {
    const config = request.routeOptions.config as RouteConfig;
    if (request.is404) {
      request.lentera = {
        lang: languageOf(request, null),
        sessionToken: null,
        account: null,
        actor: null,
        tenant: null,
      };
      return;
    }
    const sessionCookie = request.cookies[SESSION_COOKIE];
    const state: RequestState = {
      lang: languageOf(request, null),
      sessionToken: null,
      account: null,
      actor: null,
      tenant: null,
    };
    request.lentera = state;
    // A NUL byte in a path parameter names no record (and PostgreSQL refuses it in a query): not found.
    if (Object.values(request.params as Record<string, unknown>).some((v) => typeof v === 'string' && v.includes('\0')))
      throw new NotFound('route_not_found', { path: request.url.split('?')[0] });

    const session = sessionCookie
      ? await findSession(services.db, services.config, services.clock, sessionCookie)
      : null;
    if (session) {
      state.sessionToken = sessionCookie ?? null;
      state.account = (await findAccount(services.db, session.accountId)) ?? null;
      state.lang = languageOf(request, state.account);
    }

    if (UNSAFE.has(request.method) && config.csrf !== false) {
      const expected = csrfTokenFor(services.config.sessionSecret, {
        session: state.sessionToken ?? undefined,
        anon: request.cookies[ANON_COOKIE],
      });
      const given = request.headers['x-csrf-token'];
      if (!csrfMatches(expected, typeof given === 'string' ? given : undefined)) throw new Forbidden('csrf_invalid');
    }

    const slug = (request.params as { slug?: string } | undefined)?.slug;
    if (slug !== undefined) {
      const tenant = await tenants.bySlug(slug);
      if (!tenant) throw new NotFound('tenant_not_found', { slug });
      state.tenant = tenant;
    }

    if (state.account) state.actor = await loadActor(services, state.account, state.tenant?.id ?? null);
    if (!config.public && !state.actor && needsSession(request)) throw new Unauthenticated();
  });
}

/** The use-case context for this request. */
export function ctxOf(services: Services, request: FastifyRequest): Ctx {
  const s = request.lentera;
  return makeCtx(services, { actor: s.actor, tenant: s.tenant, lang: s.lang });
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.lentera.actor) throw new Unauthenticated();
  return request.lentera.actor;
}

export function isHttps(request: FastifyRequest, publicUrl: string): boolean {
  return request.protocol === 'https' || publicUrl.startsWith('https://');
}

export function setSessionCookie(reply: FastifyReply, request: FastifyRequest, publicUrl: string, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: isHttps(request, publicUrl),
    path: '/',
  });
}
