import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Services } from '../../../../platform/context';
import { ctxOf } from '../../../../platform/http/request-context';
import { errorResponses, okSchema, slugParams, zodApp } from '../../../../platform/http/types';
import { handleTelegramUpdate } from './messaging';
import {
  configureTelegram,
  removeTelegram,
  telegramConfigInputSchema,
  telegramConfiguredSchema,
  telegramSettings,
  telegramSettingsSchema,
} from './service';
import { setTelegramWebhook, telegramWebhookResultSchema } from './webhook';

const tags = ['complaints'];
const SETTINGS = '/api/t/:slug/complaints/telegram';

export function telegramRoutes(app: FastifyInstance, services: Services): void {
  const r = zodApp(app);
  const ctx = (request: FastifyRequest) => ctxOf(services, request);

  r.post(
    '/api/t/:slug/channels/telegram/:secret',
    {
      // Telegram calls it: authenticated by the secret in the path, not by a session.
      config: { public: true, csrf: false },
      bodyLimit: 256 * 1024,
      schema: {
        tags,
        summary: "Telegram webhook: Bot API Update JSON for the government's bot (secret path from the settings)",
        params: slugParams.extend({ secret: z.string().max(200) }),
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => handleTelegramUpdate(ctx(request), request.params.secret, request.body),
  );

  r.get(
    SETTINGS,
    {
      schema: {
        tags,
        summary: 'Whether the Telegram bot is set up (tenant admin); the token is never shown',
        params: slugParams,
        response: { 200: telegramSettingsSchema, ...errorResponses },
      },
    },
    async (request) => telegramSettings(ctx(request)),
  );
  r.put(
    SETTINGS,
    {
      schema: {
        tags,
        summary: 'Set the Telegram bot token (tenant admin); answers the webhook path with its secret, once',
        params: slugParams,
        body: telegramConfigInputSchema,
        response: { 200: telegramConfiguredSchema, ...errorResponses },
      },
    },
    async (request) => configureTelegram(ctx(request), request.body),
  );
  r.post(
    `${SETTINGS}/webhook`,
    {
      schema: {
        tags,
        summary:
          'Set webhook (tenant admin): calls the Bot API setWebhook with <PUBLIC_URL>/api/t/:slug/channels/telegram/' +
          ':secret (a fresh secret, kept only if Telegram accepts) and answers what Telegram said',
        params: slugParams,
        response: { 200: telegramWebhookResultSchema, ...errorResponses },
      },
    },
    async (request) => setTelegramWebhook(ctx(request)),
  );
  r.delete(
    SETTINGS,
    {
      schema: {
        tags,
        summary: 'Switch the Telegram channel off (tenant admin)',
        params: slugParams,
        response: { 200: telegramSettingsSchema, ...errorResponses },
      },
    },
    async (request) => removeTelegram(ctx(request)),
  );
}
