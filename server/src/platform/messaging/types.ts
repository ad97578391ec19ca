import type { ChatChannel, MessagingChannel, NoticeKind } from '@lentera/common';
import type { Services } from '../context';

/** Who a notice is for: an account (its chosen channel), a chat that wrote to us, or a bare e-mail address. */
export type Recipient =
  | { accountId: string }
  | { contact: { channel: ChatChannel; address: string } }
  | { email: string };

/** A notice a module asks the layer to send: it picks the channel and writes the outbox in the caller's transaction. */
export interface NoticeRequest {
  to: Recipient;
  kind: NoticeKind;
  /**
   * Values for the notice's texts (`{code}`, `{counter}`…) and, in the order the notice declares, for the WhatsApp
   * template's body parameters.
   */
  params: Record<string, string>;
  /** The e-mail to send when the channel is e-mail (modules keep their fuller mails); else one made from the texts. */
  mail?: { subject: string; text: string; html?: string };
}

/** One notice kind's texts: the chat message (and the e-mail, when the module gives none) per language. */
export interface NoticeTexts {
  kind: NoticeKind;
  subject: { id: string; en: string };
  /** With `{param}` placeholders. */
  text: { id: string; en: string };
  /** The params, in order, that the WhatsApp template's body takes (`{{1}}`, `{{2}}`…). */
  templateParams: readonly string[];
}

/** A queued chat message as a channel's sender gets it. */
export interface OutgoingMessage {
  id: string;
  tenantId: string;
  channel: ChatChannel;
  address: string;
  kind: string;
  text: string;
  template: { name: string; language: string; params: string[] } | null;
  /** The last message this chat sent us (WhatsApp's and Messenger's 24-hour window), or null. */
  lastInboundAt: string | null;
}

/** A failed send: `permanent` ends the message as failed (blocked, unknown chat); else it is retried with back-off. */
export class SendError extends Error {
  constructor(
    message: string,
    readonly permanent = false,
    /** Seconds the API asked us to wait (Telegram's retry_after). */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

/** Sends one message on one channel (the channel's API client and the tenant's credentials). */
export interface ChannelSender {
  send(services: Services, message: OutgoingMessage): Promise<void>;
  /**
   * Whether the tenant has connected this channel, and where a citizen sends a link code: the WhatsApp number
   * (digits), the Telegram bot's username, or null when there is nothing to show. `false`: not connected.
   */
  linkTarget?(services: Services, tenantId: string): Promise<string | null | false>;
}

/** A media item of an inbound message, fetched only when the conversation keeps it. */
export interface InboundMedia {
  kind: 'image' | 'video' | 'audio' | 'document' | 'sticker' | 'other';
  /** What the platform said it is (checked again from the bytes when kept). */
  mime: string | null;
  /** Downloads it, at most `maxBytes` (throws when larger). */
  fetch(maxBytes: number): Promise<{ data: Buffer; mime: string | null }>;
}

/** A message a person sent to one of the tenant's chats, in one shape whatever the channel. */
export interface InboundMessage {
  channel: ChatChannel;
  /** The chat: Telegram chat id, WhatsApp phone (digits), Messenger PSID, Instagram IGSID. */
  address: string;
  /** The platform's id of the message, unique per channel: repeats of a delivery carry the same. */
  messageId: string;
  text: string;
  media: InboundMedia[];
  location: { lat: number; lng: number } | null;
  name: string | null;
}

/** What the layer says about the person behind an inbound message, for the conversation. */
export interface InboundContext {
  /** The account the chat is linked to, if any. */
  accountId: string | null;
  /** Replies to this chat (free text: the person has just written, so the window is open). */
  reply(text: string): Promise<void>;
}

export type { ChatChannel, MessagingChannel, NoticeKind };
