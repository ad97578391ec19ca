import { timingSafeEqual } from 'node:crypto';
import { metaSettingsInputSchema, metaSettingsSchema } from '@lentera/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type Ctx, requireTenant, type Services } from '../../context';
import { Forbidden, NotFound } from '../../errors';
import { ctxOf } from '../../http/request-context';
import { errorResponses, okSchema, slugParams, zodApp } from '../../http/types';
import { receiveInbound } from '../index';
import { loadMetaConfig, metaSettings, saveMetaSettings } from './config';
import { verifyMetaSignature } from './signature';
import { normalizeMetaWebhook } from './webhook';

const tags = ['messaging'];
/** Meta's deliveries are small (a few messages' JSON); media come by reference. */
const WEBHOOK_BODY_LIMIT = 512 * 1024;

const handshakeQuery = z.object({
  'hub.mode': z.string().max(50).optional(),
  'hub.verify_token': z.string().max(300).optional(),
  'hub.challenge': z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9_.~-]*$/)
    .optional(),
});

const sameText = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** Meta's subscription check: the tenant's verify token answers with the challenge, as plain text. */
async function handshake(ctx: Ctx, query: z.infer<typeof handshakeQuery>, reply: FastifyReply) {
  const tenant = requireTenant(ctx);
  const config = await loadMetaConfig(ctx.db, tenant.id);
  if (!config?.verifyToken) throw new NotFound('messaging_not_configured');
  const given = query['hub.verify_token'];
  if (query['hub.mode'] !== 'subscribe' || !given || !sameText(given, config.verifyToken))
    throw new Forbidden('messaging_verify_failed');
  return reply.type('text/plain; charset=utf-8').send(query['hub.challenge'] ?? '');
}

/**
 * A delivery of Meta's webhook: the signature over the raw body first (403 when missing or wrong), then each
 * message to the layer (which acts on a message id once, since Meta repeats deliveries it thinks were lost).
 * Anything verified that holds no message (statuses, echoes, junk) is acknowledged. A message whose handling fails
 * makes the answer a 500, so that Meta delivers it again (the messages handled before it are then duplicates).
 */
async function delivery(ctx: Ctx, raw: Buffer, signature: string | string[] | undefined) {
  const tenant = requireTenant(ctx);
  const config = await loadMetaConfig(ctx.db, tenant.id);
  if (!config?.appSecret) throw new NotFound('messaging_not_configured');
  if (!verifyMetaSignature(config.appSecret, raw, signature)) throw new Forbidden('messaging_signature_invalid');
  let payload: unknown;
  try {
    payload = JSON.parse(raw.toString('utf8'));
  } catch {
    return { ok: true as const };
  }
  let failed: unknown = null;
  for (const message of normalizeMetaWebhook(payload, config, ctx.config.metaGraphUrl)) {
    try {
      await receiveInbound(ctx, message);
    } catch (error) {
      ctx.log.error({ err: error, channel: message.channel, tenant: tenant.slug }, 'meta inbound message failed');
      failed = error;
    }
  }
  if (failed) throw failed;
  return { ok: true as const };
}

/** The webhook (verified by its signature, not a session) and the tenant admin's settings of Meta's channels. */
export function metaRoutes(app: FastifyInstance, services: Services): void {
  const ctx = (request: FastifyRequest) => ctxOf(services, request);

  // The webhook's body is kept as the bytes Meta sent (the signature is over them): in a scope of its own whose
  // parsers take any content type as a Buffer.
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: WEBHOOK_BODY_LIMIT }, (_request, body, done) =>
      done(null, body),
    );
    const r = zodApp(scope);
    for (const path of ['/api/t/:slug/channels/whatsapp', '/api/t/:slug/channels/meta']) {
      const alias = path.endsWith('/meta') ? ' (the same webhook, for Messenger and Instagram)' : '';
      r.get(
        path,
        {
          config: { public: true },
          schema: {
            tags,
            summary: `Meta webhook verification${alias}: answers hub.challenge when hub.verify_token is the tenant's`,
            params: slugParams,
            querystring: handshakeQuery,
          },
        },
        async (request, reply) => handshake(ctx(request), request.query, reply),
      );
      r.post(
        path,
        {
          // Meta calls it: authenticated by X-Hub-Signature-256 (the app secret), not by a session.
          config: { public: true, csrf: false },
          bodyLimit: WEBHOOK_BODY_LIMIT,
          schema: {
            tags,
            summary:
              `Meta webhook${alias}: WhatsApp Cloud API, Messenger and Instagram messages, signed with ` +
              'X-Hub-Signature-256 (HMAC-SHA256 of the raw body with the app secret)',
            params: slugParams,
            response: { 200: okSchema, ...errorResponses },
          },
        },
        async (request) =>
          delivery(
            ctx(request),
            Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
            request.headers['x-hub-signature-256'],
          ),
      );
    }
  });

  const r = zodApp(app);
  const SETTINGS = '/api/t/:slug/messaging/settings';
  r.get(
    SETTINGS,
    {
      schema: {
        tags,
        summary: "Meta's channels (tenant admin): WhatsApp number, page, Instagram, templates; secrets never shown",
        params: slugParams,
        response: { 200: metaSettingsSchema, ...errorResponses },
      },
    },
    async (request) => metaSettings(ctx(request)),
  );
  r.put(
    SETTINGS,
    {
      schema: {
        tags,
        summary: "Connect Meta's channels and name the WhatsApp templates (tenant admin); left-out fields are kept",
        params: slugParams,
        body: metaSettingsInputSchema,
        response: { 200: metaSettingsSchema, ...errorResponses },
      },
    },
    async (request) => saveMetaSettings(ctx(request), request.body),
  );
}
