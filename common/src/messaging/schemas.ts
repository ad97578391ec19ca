import { z } from 'zod';
import { MESSAGING_CHANNELS, NOTICE_KINDS } from './rules';

/** `GET /api/t/:slug/me/messaging`: where the signed-in person receives notices in this government. */
export const messagingPreferencesSchema = z.object({
  /** Notices on at all: the one switch. */
  enabled: z.boolean(),
  /** The channel chosen; a chat channel only once linked. */
  channel: z.enum(MESSAGING_CHANNELS),
  /** The account's e-mail address, masked. */
  email: z.string().nullable(),
  /** Chats linked to the account, with masked addresses; `optedOut` after a BERHENTI reply. */
  contacts: z.array(
    z.object({
      channel: z.enum(MESSAGING_CHANNELS),
      address: z.string(),
      linkedAt: z.string(),
      optedOut: z.boolean(),
    }),
  ),
  /** The chat channels this government has connected (a citizen may link only these). */
  available: z.array(z.enum(MESSAGING_CHANNELS)),
  /** Where to send a link code: WhatsApp number (digits), Telegram bot username. */
  whatsappNumber: z.string().nullable(),
  telegramBot: z.string().nullable(),
});
export type MessagingPreferences = z.infer<typeof messagingPreferencesSchema>;

/** `PUT /api/t/:slug/me/messaging`. */
export const messagingPreferencesInputSchema = z
  .object({ enabled: z.boolean(), channel: z.enum(MESSAGING_CHANNELS) })
  .strict();

/** `POST /api/t/:slug/me/messaging/link-code`: a code to send from the chat, valid for LINK_CODE_MINUTES. */
export const linkCodeSchema = z.object({ code: z.string(), expiresAt: z.string() });

/** `GET /api/t/:slug/messaging/settings` (tenant admin): Meta's channels; secrets are never shown back. */
export const metaSettingsSchema = z.object({
  appSecretSet: z.boolean(),
  verifyTokenSet: z.boolean(),
  /** The callback URL to give Meta's app dashboard. */
  webhookUrl: z.string(),
  whatsapp: z.object({
    configured: z.boolean(),
    phoneNumberId: z.string().nullable(),
    displayNumber: z.string().nullable(),
    tokenHint: z.string().nullable(),
  }),
  messenger: z.object({ configured: z.boolean(), pageId: z.string().nullable(), tokenHint: z.string().nullable() }),
  instagram: z.object({ configured: z.boolean(), accountId: z.string().nullable() }),
  /** The WhatsApp template per notice (name and language), defaults filled in. */
  templates: z.array(z.object({ kind: z.enum(NOTICE_KINDS), name: z.string(), language: z.string() })),
  updatedAt: z.string().nullable(),
});
export type MetaSettings = z.infer<typeof metaSettingsSchema>;

const secret = z.string().trim().min(8).max(500);
/** `PUT /api/t/:slug/messaging/settings`: fields left out keep their value; `null` removes one. */
export const metaSettingsInputSchema = z
  .object({
    appSecret: secret.optional(),
    verifyToken: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_.~-]{8,200}$/)
      .optional(),
    whatsapp: z
      .object({
        phoneNumberId: z
          .string()
          .trim()
          .regex(/^\d{5,30}$/),
        displayNumber: z.string().trim().max(30),
        accessToken: secret.optional(),
      })
      .nullable()
      .optional(),
    messenger: z
      .object({
        pageId: z
          .string()
          .trim()
          .regex(/^\d{5,30}$/),
        accessToken: secret.optional(),
      })
      .nullable()
      .optional(),
    instagram: z
      .object({
        accountId: z
          .string()
          .trim()
          .regex(/^\d{5,30}$/),
      })
      .nullable()
      .optional(),
    templates: z
      .array(
        z.object({
          kind: z.enum(NOTICE_KINDS),
          name: z
            .string()
            .trim()
            .regex(/^[a-z0-9_]{1,512}$/),
          language: z
            .string()
            .trim()
            .regex(/^[a-z]{2}(_[A-Z]{2})?$/),
        }),
      )
      .optional(),
  })
  .strict();
export type MetaSettingsInput = z.infer<typeof metaSettingsInputSchema>;
