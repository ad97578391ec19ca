import type { ChatChannel, MessagingPreferences } from '@lentera/common';

/** Where a link code is sent from a chat: a link that opens the chat with the code ready, when there is one. */
export interface LinkTarget {
  channel: ChatChannel;
  /** `https://wa.me/<number>?text=LNT-123456`, `https://t.me/<bot>?start=LNT-123456`, or null. */
  url: string | null;
  /** WhatsApp's number as people dial it (`+62…`), or the Telegram bot's name. */
  to: string | null;
}

export function linkTarget(
  channel: ChatChannel,
  code: string,
  prefs: Pick<MessagingPreferences, 'whatsappNumber' | 'telegramBot'>,
): LinkTarget {
  if (channel === 'whatsapp') {
    const digits = (prefs.whatsappNumber ?? '').replace(/\D/g, '');
    return digits
      ? { channel, url: `https://wa.me/${digits}?text=${encodeURIComponent(code)}`, to: `+${digits}` }
      : { channel, url: null, to: null };
  }
  if (channel === 'telegram') {
    const bot = (prefs.telegramBot ?? '').replace(/^@/, '');
    // Telegram's start parameter takes letters, digits, _ and -: the code goes through as it is.
    return /^\w{3,64}$/.test(bot)
      ? { channel, url: `https://t.me/${bot}?start=${encodeURIComponent(code)}`, to: bot }
      : { channel, url: null, to: null };
  }
  return { channel, url: null, to: null };
}

/**
 * The channel notices really go to: the chosen chat while it is linked and not stopped with BERHENTI, else e-mail
 * (as the server sends them). Saved with the switch, since the server takes a chat only while it can be used.
 */
export function usableChannel(
  prefs: Pick<MessagingPreferences, 'channel' | 'contacts'>,
): MessagingPreferences['channel'] {
  if (prefs.channel === 'email') return 'email';
  return prefs.contacts.some((c) => c.channel === prefs.channel && !c.optedOut) ? prefs.channel : 'email';
}
