/**
 * Meta's webhook payloads (WhatsApp Cloud API, Messenger, Instagram) as zod schemas, and their normalization into
 * the layer's `InboundMessage`s. Only what a conversation needs is read: delivery statuses, echoes of the page's own
 * messages, reactions and reads are left out. Each message is parsed on its own, so that one Meta adds fields to (or
 * one malformed item) never loses the others of the delivery.
 */
import { z } from 'zod';
import type { ChatChannel, InboundMedia, InboundMessage } from '../types';
import { MetaGraphApi } from './client';
import type { MetaConfig } from './config';

const mediaObject = z.object({ id: z.string().min(1).max(200), mime_type: z.string().max(200).optional() });

/** One message of `value.messages[]` of a `whatsapp_business_account` change. */
export const whatsappMessageSchema = z.object({
  from: z.string().regex(/^\d{5,20}$/),
  id: z.string().min(1).max(180),
  timestamp: z.string().optional(),
  type: z.string(),
  text: z.object({ body: z.string() }).optional(),
  image: mediaObject.extend({ caption: z.string().optional() }).optional(),
  video: mediaObject.extend({ caption: z.string().optional() }).optional(),
  document: mediaObject.extend({ caption: z.string().optional(), filename: z.string().optional() }).optional(),
  audio: mediaObject.optional(),
  sticker: mediaObject.optional(),
  location: z.object({ latitude: z.number(), longitude: z.number() }).optional(),
  button: z.object({ text: z.string() }).optional(),
  interactive: z
    .object({
      button_reply: z.object({ title: z.string() }).optional(),
      list_reply: z.object({ title: z.string() }).optional(),
    })
    .optional(),
});

export const whatsappValueSchema = z.object({
  messaging_product: z.literal('whatsapp').optional(),
  metadata: z.object({ phone_number_id: z.string(), display_phone_number: z.string().optional() }),
  contacts: z
    .array(z.object({ wa_id: z.string().optional(), profile: z.object({ name: z.string() }).optional() }))
    .optional(),
  messages: z.array(z.unknown()).optional(),
  // Delivery and read receipts of our own messages: not read.
  statuses: z.array(z.unknown()).optional(),
});

export const whatsappWebhookSchema = z.object({
  object: z.literal('whatsapp_business_account'),
  entry: z.array(
    z.object({
      id: z.string().optional(),
      changes: z.array(z.object({ field: z.string(), value: z.unknown() })),
    }),
  ),
});

/** One event of `entry[].messaging[]` of a `page` (Messenger) or `instagram` delivery. */
export const messengerEventSchema = z.object({
  sender: z.object({ id: z.string().regex(/^\d{1,40}$/) }),
  recipient: z.object({ id: z.string() }).optional(),
  timestamp: z.number().optional(),
  message: z.object({
    mid: z.string().min(1).max(400),
    text: z.string().optional(),
    is_echo: z.boolean().optional(),
    attachments: z
      .array(
        z.object({
          type: z.string(),
          payload: z
            .object({
              url: z.string().optional(),
              coordinates: z.object({ lat: z.number(), long: z.number() }).optional(),
            })
            .nullable()
            .optional(),
        }),
      )
      .optional(),
  }),
});

export const messengerWebhookSchema = z.object({
  object: z.enum(['page', 'instagram']),
  entry: z.array(z.object({ id: z.string(), messaging: z.array(z.unknown()).optional() })),
});

const WHATSAPP_MEDIA = ['image', 'video', 'audio', 'document', 'sticker'] as const;
const MESSENGER_MEDIA: Record<string, InboundMedia['kind']> = {
  image: 'image',
  video: 'video',
  audio: 'audio',
  file: 'document',
};

/** The normalized messages of one webhook delivery, for the tenant's configuration (other numbers and pages left out). */
export function normalizeMetaWebhook(payload: unknown, config: MetaConfig, graphUrl: string): InboundMessage[] {
  const wa = whatsappWebhookSchema.safeParse(payload);
  if (wa.success) return normalizeWhatsApp(wa.data, config, graphUrl);
  const page = messengerWebhookSchema.safeParse(payload);
  if (page.success) return normalizeMessenger(page.data, config, graphUrl);
  return [];
}

function normalizeWhatsApp(
  payload: z.infer<typeof whatsappWebhookSchema>,
  config: MetaConfig,
  graphUrl: string,
): InboundMessage[] {
  const number = config.whatsapp;
  if (!number) return [];
  const api = new MetaGraphApi(graphUrl, number.accessToken);
  const out: InboundMessage[] = [];
  for (const entry of payload.entry)
    for (const change of entry.changes) {
      if (change.field !== 'messages') continue;
      const value = whatsappValueSchema.safeParse(change.value);
      // A number of another tenant (one app serving several) is not this webhook's.
      if (!value.success || value.data.metadata.phone_number_id !== number.phoneNumberId) continue;
      for (const raw of value.data.messages ?? []) {
        const parsed = whatsappMessageSchema.safeParse(raw);
        if (!parsed.success) continue;
        const m = parsed.data;
        const contacts = value.data.contacts ?? [];
        const contact = contacts.find((c) => c.wa_id === m.from) ?? (contacts.length === 1 ? contacts[0] : undefined);
        const media: InboundMedia[] = [];
        let caption: string | undefined;
        for (const kind of WHATSAPP_MEDIA) {
          const item = m[kind];
          if (!item) continue;
          if ('caption' in item && item.caption) caption = item.caption;
          media.push({
            kind,
            mime: item.mime_type?.split(';')[0]?.trim().toLowerCase() ?? null,
            fetch: async (maxBytes) => {
              const info = await api.mediaInfo(item.id);
              if (info.file_size !== null && info.file_size > maxBytes) throw new Error('media too large');
              const file = await api.download(info.url, maxBytes, { withToken: true });
              return { data: file.data, mime: file.mime ?? info.mime_type };
            },
          });
        }
        const text =
          m.text?.body ??
          caption ??
          m.button?.text ??
          m.interactive?.button_reply?.title ??
          m.interactive?.list_reply?.title ??
          '';
        const location = m.location ? { lat: m.location.latitude, lng: m.location.longitude } : null;
        if (!text && !media.length && !location) continue;
        out.push({
          channel: 'whatsapp',
          address: m.from,
          messageId: `whatsapp:${m.id}`,
          text,
          media,
          location,
          name: contact?.profile?.name ?? null,
        });
      }
    }
  return out;
}

function normalizeMessenger(
  payload: z.infer<typeof messengerWebhookSchema>,
  config: MetaConfig,
  graphUrl: string,
): InboundMessage[] {
  const channel: ChatChannel = payload.object === 'page' ? 'messenger' : 'instagram';
  const account = channel === 'messenger' ? config.page : config.instagram;
  if (!account) return [];
  const accountId = 'pageId' in account ? account.pageId : account.accountId;
  const api = new MetaGraphApi(graphUrl, account.accessToken);
  const out: InboundMessage[] = [];
  for (const entry of payload.entry) {
    if (entry.id !== accountId) continue;
    for (const raw of entry.messaging ?? []) {
      const parsed = messengerEventSchema.safeParse(raw);
      // Postbacks, reads, reactions and the page's own messages (echoes) are not a person writing.
      if (!parsed.success || parsed.data.message.is_echo) continue;
      const { sender, message } = parsed.data;
      if (sender.id === accountId) continue;
      const media: InboundMedia[] = [];
      let location: InboundMessage['location'] = null;
      for (const attachment of message.attachments ?? []) {
        const coordinates = attachment.payload?.coordinates;
        if (attachment.type === 'location' && coordinates) {
          location = { lat: coordinates.lat, lng: coordinates.long };
          continue;
        }
        const url = attachment.payload?.url;
        if (!url) continue;
        media.push({
          kind: MESSENGER_MEDIA[attachment.type] ?? 'other',
          mime: null,
          // The attachment's address is on Meta's CDN: fetched without the page's token.
          fetch: (maxBytes) => api.download(url, maxBytes, { withToken: false }),
        });
      }
      const text = message.text ?? '';
      if (!text && !media.length && !location) continue;
      out.push({
        channel,
        address: sender.id,
        messageId: `${channel}:${message.mid}`,
        text,
        media,
        location,
        name: null,
      });
    }
  }
  return out;
}
