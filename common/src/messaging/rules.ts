/**
 * The messaging layer's vocabulary, shared by the server and the web: the channels a citizen can be reached on, the
 * notices modules send, and how a chat proves it belongs to an account (a link code sent from the chat).
 */

/** Where a notice can go. E-mail is always there; the chat channels need the tenant's bot, number or page. */
export const MESSAGING_CHANNELS = ['email', 'telegram', 'whatsapp', 'messenger', 'instagram'] as const;
export type MessagingChannel = (typeof MESSAGING_CHANNELS)[number];

/** Channels whose address is a chat: linked to an account by sending a link code from the chat. */
export const CHAT_CHANNELS = ['telegram', 'whatsapp', 'messenger', 'instagram'] as const;
export type ChatChannel = (typeof CHAT_CHANNELS)[number];

/** Meta's channels, which share one webhook format and one app secret. */
export const META_CHANNELS = ['whatsapp', 'messenger', 'instagram'] as const;
export type MetaChannel = (typeof META_CHANNELS)[number];

/**
 * The notices modules send. Each has texts per language, and a WhatsApp template name (per tenant, with a
 * default) for when the citizen's 24-hour window is closed.
 */
export const NOTICE_KINDS = [
  'complaint.step',
  'queue.near',
  'queue.called',
  'services.step',
  'survey.invitation',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** The reply a citizen sends to stop every notice on that chat (and its English and common variants). */
export const OPT_OUT_WORDS = ['BERHENTI', 'STOP', 'UNSUBSCRIBE'] as const;
/** The reply that turns notices on again. */
export const OPT_IN_WORDS = ['MULAI', 'START'] as const;

/** A link code as the account page shows it: `LNT-` and six digits. */
export const LINK_CODE_PATTERN = /\bLNT-?(\d{6})\b/i;
/** Minutes a link code stays valid. */
export const LINK_CODE_MINUTES = 30;

/** WhatsApp's customer-service window: free text within it, approved templates outside it. */
export const WHATSAPP_WINDOW_HOURS = 24;

/** A default WhatsApp template name per notice (`lentera_queue_called`), which a tenant may change. */
export const defaultTemplateName = (kind: NoticeKind): string => `lentera_${kind.replace(/\./g, '_')}`;

/** A phone number as WhatsApp uses it: digits only, Indonesian numbers with 62 (0812… → 62812…). */
export function normalizePhone(input: string): string | null {
  const digits = input.replace(/[\s().-]/g, '').replace(/^\+/, '');
  if (!/^\d{8,15}$/.test(digits)) return null;
  if (digits.startsWith('0')) return `62${digits.slice(1)}`;
  return digits;
}

/** An address shown to its owner without giving it all away: `+62 812-****-789`, `chat …4821`. */
export function maskAddress(channel: MessagingChannel, address: string): string {
  if (channel === 'email') {
    const [user = '', domain = ''] = address.split('@');
    return `${user.slice(0, 2)}***@${domain}`;
  }
  if (channel === 'whatsapp') return `+${address.slice(0, 2)} ${address.slice(2, 5)}-****-${address.slice(-3)}`;
  return `…${address.slice(-4)}`;
}
