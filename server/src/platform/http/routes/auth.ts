import {
  localeBodySchema,
  loginBodySchema,
  registerBodySchema,
  resetConfirmBodySchema,
  resetRequestBodySchema,
  sessionResponseSchema,
  tokenBodySchema,
} from '@lentera/common';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { findAccount } from '../../auth/actor';
import { ANON_COOKIE, csrfTokenFor, deleteSession, SESSION_COOKIE } from '../../auth/sessions';
import {
  confirmPasswordReset,
  login,
  logoutEverywhere,
  registerCitizen,
  requestPasswordReset,
  sessionAccountView,
  setLocale,
  verifyEmail,
} from '../../auth/use-cases';
import type { Services } from '../../context';
import { randomToken } from '../../ids';
import { ctxOf, isHttps, requireActor, setSessionCookie } from '../request-context';
import { errorResponses, okSchema, zodApp } from '../types';

const tags = ['auth'];

export function authRoutes(app: FastifyInstance, services: Services): void {
  const r = zodApp(app);
  const { config } = services;

  r.get(
    '/api/auth/session',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'The current account (or null) and the CSRF token',
        response: { 200: sessionResponseSchema },
      },
    },
    async (request, reply) => {
      let anon = request.cookies[ANON_COOKIE];
      const session = request.lentera.sessionToken ?? undefined;
      if (!session && !anon) {
        anon = randomToken(24);
        reply.setCookie(ANON_COOKIE, anon, {
          httpOnly: true,
          sameSite: 'lax',
          secure: isHttps(request, config.publicUrl),
          path: '/',
        });
      }
      reply.header('cache-control', 'no-store');
      const account = request.lentera.account ? await sessionAccountView(services, request.lentera.account) : null;
      return { account, csrfToken: csrfTokenFor(config.sessionSecret, { session, anon }) ?? '' };
    },
  );

  r.post(
    '/api/auth/login',
    {
      config: { public: true, rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Log in with NIP or e-mail and password',
        body: loginBodySchema,
        response: { 200: z.object({ account: sessionResponseSchema.shape.account }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(services, request);
      const result = await login(ctx, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      // Rotation: the session a visitor had before logging in is never reused.
      if (request.lentera.sessionToken) await deleteSession(services.db, request.lentera.sessionToken);
      setSessionCookie(reply, request, config.publicUrl, result.sessionToken);
      const account = await findAccount(services.db, result.accountId);
      return { account: account ? await sessionAccountView(services, account) : null };
    },
  );

  r.post(
    '/api/auth/logout',
    { config: { public: true }, schema: { tags, summary: 'Log out this browser', response: { 204: z.null() } } },
    async (request, reply) => {
      if (request.lentera.sessionToken) await deleteSession(services.db, request.lentera.sessionToken);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/auth/logout-all',
    { schema: { tags, summary: 'Log out on every device', response: { 204: z.null(), ...errorResponses } } },
    async (request, reply) => {
      const actor = requireActor(request);
      await logoutEverywhere(ctxOf(services, request), actor.accountId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/auth/register',
    {
      config: { public: true, rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'A citizen registers; a verification link is e-mailed',
        body: registerBodySchema,
        response: { 201: okSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      await registerCitizen(ctxOf(services, request), request.body);
      services.jobs.nudge('mail.deliver');
      return reply.status(201).send({ ok: true as const });
    },
  );

  r.post(
    '/api/auth/verify-email',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Open the e-mailed verification link',
        body: tokenBodySchema,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => {
      await verifyEmail(ctxOf(services, request), request.body.token);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/auth/password-reset/request',
    {
      config: { public: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'E-mail a one-time link to choose a new password',
        body: resetRequestBodySchema,
        response: { 202: okSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(ctxOf(services, request), request.body);
      services.jobs.nudge('mail.deliver');
      return reply.status(202).send({ ok: true as const });
    },
  );

  r.post(
    '/api/auth/password-reset/confirm',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Choose a new password with the e-mailed token',
        body: resetConfirmBodySchema,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => {
      await confirmPasswordReset(ctxOf(services, request), request.body);
      return { ok: true as const };
    },
  );

  r.put(
    '/api/auth/locale',
    {
      schema: {
        tags,
        summary: "Remember the account's language",
        body: localeBodySchema,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await setLocale(ctxOf(services, request), actor.accountId, request.body.locale);
      return { ok: true as const };
    },
  );
}
