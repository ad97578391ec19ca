import {
  CHAT_CHANNELS,
  linkCodeSchema,
  messagingPreferencesInputSchema,
  messagingPreferencesSchema,
} from '@lentera/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Services } from '../context';
import { ctxOf } from '../http/request-context';
import { errorResponses, slugParams, zodApp } from '../http/types';
import { myPreferences, newLinkCode, savePreferences, unlinkChannel } from './preferences';

const tags = ['messaging'];
const P = '/api/t/:slug/me/messaging';

/** The signed-in person's notice settings in a tenant. */
export function messagingRoutes(app: FastifyInstance, services: Services): void {
  const r = zodApp(app);
  const ctx = (request: FastifyRequest) => ctxOf(services, request);
  r.get(
    P,
    {
      schema: {
        tags,
        summary: 'Where I receive notices from this government (e-mail or a linked chat), and what I can choose',
        params: slugParams,
        response: { 200: messagingPreferencesSchema, ...errorResponses },
      },
    },
    async (request) => myPreferences(ctx(request)),
  );
  r.put(
    P,
    {
      schema: {
        tags,
        summary: 'Turn notices on or off, and choose the channel (a chat only once linked)',
        params: slugParams,
        body: messagingPreferencesInputSchema,
        response: { 200: messagingPreferencesSchema, ...errorResponses },
      },
    },
    async (request) => savePreferences(ctx(request), request.body),
  );
  r.post(
    `${P}/link-code`,
    {
      schema: {
        tags,
        summary: 'A code to send from WhatsApp, Telegram, Messenger or Instagram, which links that chat to my account',
        params: slugParams,
        response: { 200: linkCodeSchema, ...errorResponses },
      },
    },
    async (request) => newLinkCode(ctx(request)),
  );
  r.delete(
    `${P}/contacts/:channel`,
    {
      schema: {
        tags,
        summary: 'Unlink my chat on a channel (notices go to e-mail again if it was my choice)',
        params: slugParams.extend({ channel: z.enum(CHAT_CHANNELS) }),
        response: { 200: messagingPreferencesSchema, ...errorResponses },
      },
    },
    async (request) => unlinkChannel(ctx(request), request.params.channel),
  );
}
