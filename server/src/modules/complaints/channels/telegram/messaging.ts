/**
 * Telegram as a channel of the messaging layer: the sender of its outbox rows (the tenant's bot), and the webhook
 * that turns a Bot API Update into the layer's inbound message (the conversation is `../conversation.ts`).
 */
import { z } from 'zod';
import { type Ctx, requireTenant } from '../../../../platform/context';
import { NotFound } from '../../../../platform/errors';
import {
  type InboundMedia,
  type InboundMessage,
  receiveInbound,
  registerSender,
  SendError,
} from '../../../../platform/messaging/index';
import { channelsRepo } from '../repository';
import { TelegramApiError, TelegramBotApi } from './client';
import { secretMatches } from './service';

registerSender('telegram', {
  async send(services, message) {
    const config = await channelsRepo.telegramConfig(services.db, message.tenantId);
    if (!config) throw new SendError('the Telegram bot of this government is not configured', true);
    try {
      await new TelegramBotApi(services.config.telegramApiUrl, config.bot_token).sendMessage(
        message.address,
        message.text.slice(0, 4096),
      );
    } catch (error) {
      if (error instanceof TelegramApiError)
        throw new SendError(error.message, error.permanent, error.retryAfter ?? undefined);
      throw error;
    }
  },
  // The bot's username is not stored: the account page says to send the code to the government's bot.
  async linkTarget(services, tenantId) {
    return (await channelsRepo.telegramConfig(services.db, tenantId)) ? null : false;
  },
});

const fileSchema = z
  .object({ file_id: z.string().max(300), file_size: z.number().optional(), mime_type: z.string().max(100).optional() })
  .passthrough();
export const telegramUpdateSchema = z.object({
  update_id: z.number().int(),
  message: z
    .object({
      message_id: z.number().int(),
      chat: z.object({ id: z.union([z.number(), z.string()]), type: z.string() }),
      from: z.object({ first_name: z.string().optional(), last_name: z.string().optional() }).optional(),
      text: z.string().max(5000).optional(),
      caption: z.string().max(5000).optional(),
      photo: z.array(fileSchema).max(20).optional(),
      document: fileSchema.optional(),
      voice: fileSchema.optional(),
      audio: fileSchema.optional(),
      video: fileSchema.optional(),
      video_note: fileSchema.optional(),
      animation: fileSchema.optional(),
      sticker: fileSchema.optional(),
      location: z.object({ latitude: z.number(), longitude: z.number() }).optional(),
    })
    .passthrough()
    .optional(),
});
export type TelegramUpdate = z.infer<typeof telegramUpdateSchema>;
type Message = NonNullable<TelegramUpdate['message']>;

/** A file of the message, fetched through getFile and the file URL when the conversation keeps it. */
function mediaOf(bot: TelegramBotApi, kind: InboundMedia['kind'], file: z.infer<typeof fileSchema>): InboundMedia {
  return {
    kind,
    mime: file.mime_type ?? (kind === 'image' ? 'image/jpeg' : null),
    async fetch(maxBytes) {
      const found = await bot.getFile(file.file_id);
      if (!found.file_path) throw new TelegramApiError('getFile gave no file_path', 400);
      if ((found.file_size ?? 0) > maxBytes) throw new TelegramApiError('file too large', 413);
      return { data: await bot.download(found.file_path, maxBytes), mime: file.mime_type ?? null };
    },
  };
}

/** One Telegram message in the layer's shape: the largest size of a photo, other files by their kind. */
export function inboundOf(bot: TelegramBotApi, updateId: number, message: Message): InboundMessage {
  const media: InboundMedia[] = [];
  const largest = message.photo?.at(-1);
  if (largest) media.push(mediaOf(bot, 'image', largest));
  if (message.document) media.push(mediaOf(bot, 'document', message.document));
  for (const [field, kind] of [
    ['voice', 'audio'],
    ['audio', 'audio'],
    ['video', 'video'],
    ['video_note', 'video'],
    ['animation', 'video'],
    ['sticker', 'sticker'],
  ] as const) {
    const file = message[field];
    if (file) media.push(mediaOf(bot, kind, file));
  }
  return {
    channel: 'telegram',
    address: String(message.chat.id),
    messageId: `telegram:${updateId}`,
    text: message.text ?? message.caption ?? '',
    media,
    location: message.location ? { lat: message.location.latitude, lng: message.location.longitude } : null,
    name: [message.from?.first_name, message.from?.last_name].filter(Boolean).join(' ') || null,
  };
}

/**
 * Handles one Bot API update sent to the tenant's webhook: a private chat's message goes to the messaging layer
 * (which acts on each update once, and releases it if acting fails so that Telegram's retry is handled).
 */
export async function handleTelegramUpdate(ctx: Ctx, secret: string, body: unknown): Promise<{ ok: true }> {
  const tenant = requireTenant(ctx);
  const config = await channelsRepo.telegramConfig(ctx.db, tenant.id);
  // An unknown secret is answered like an unknown path.
  if (!config || !secretMatches(config.secret_hash, secret)) throw new NotFound('route_not_found');
  const parsed = telegramUpdateSchema.safeParse(body);
  // Updates this bot does not handle (edits, joins, malformed) are acknowledged, so Telegram stops repeating them.
  if (!parsed.success || !parsed.data.message || parsed.data.message.chat.type !== 'private') return { ok: true };
  const bot = new TelegramBotApi(ctx.config.telegramApiUrl, config.bot_token);
  await receiveInbound(ctx, inboundOf(bot, parsed.data.update_id, parsed.data.message));
  return { ok: true };
}
