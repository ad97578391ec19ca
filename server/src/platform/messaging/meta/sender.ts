/**
 * The senders of Meta's channels, which the outbox calls for each due message. They apply Meta's windows:
 * - WhatsApp: free text within WHATSAPP_WINDOW_HOURS of the person's last message; outside it only the notice's
 *   approved template (a reply without one cannot go out).
 * - Messenger and Instagram: a standard message within 24 hours; an officer's answer (a conversation reply or a
 *   complaint step) within 7 days with the HUMAN_AGENT tag; nothing later.
 */
import type { MetaChannel } from '@lentera/common';
import { normalizePhone, WHATSAPP_WINDOW_HOURS } from '@lentera/common';
import type { Services } from '../../context';
import { type ChannelSender, type OutgoingMessage, SendError } from '../types';
import { MetaApiError, MetaGraphApi } from './client';
import { loadMetaConfig } from './config';

const HOUR_MS = 3600_000;
/** WhatsApp's "re-engagement message" refusal: more than 24 hours since the person last wrote. */
const REENGAGEMENT = 131047;
/** Messenger's and Instagram's standard messaging window. */
export const MESSENGER_WINDOW_HOURS = 24;
/** How long after the person's last message a human agent may still answer (Meta's HUMAN_AGENT tag). */
export const HUMAN_AGENT_WINDOW_HOURS = 7 * 24;
/** Kinds that are a person's answer, which the HUMAN_AGENT tag allows. */
const HUMAN_AGENT_KINDS = new Set(['reply', 'complaint.step']);

/** Hours since the person last wrote, or Infinity when they never did. */
function hoursSince(services: Services, at: string | null): number {
  if (!at) return Number.POSITIVE_INFINITY;
  const ms = services.clock.now().getTime() - Date.parse(at);
  return Number.isFinite(ms) ? ms / HOUR_MS : Number.POSITIVE_INFINITY;
}

async function sendWhatsApp(services: Services, message: OutgoingMessage): Promise<void> {
  const number = (await loadMetaConfig(services.db, message.tenantId))?.whatsapp;
  if (!number) throw new SendError('whatsapp is not configured', true);
  const api = new MetaGraphApi(services.config.metaGraphUrl, number.accessToken);
  if (hoursSince(services, message.lastInboundAt) < WHATSAPP_WINDOW_HOURS) {
    try {
      await api.sendWhatsAppText(number.phoneNumberId, message.address, message.text);
      return;
    } catch (error) {
      // Meta counts the window from its own clock: when it says the window is closed, the template still may go.
      if (!(error instanceof MetaApiError && error.code === REENGAGEMENT && message.template)) throw error;
    }
  }
  if (!message.template) throw new SendError('outside the 24-hour window and no template', true);
  await api.sendWhatsAppTemplate(number.phoneNumberId, message.address, message.template);
}

async function sendMessenger(services: Services, message: OutgoingMessage): Promise<void> {
  const config = await loadMetaConfig(services.db, message.tenantId);
  const account = message.channel === 'instagram' ? config?.instagram : config?.page;
  if (!account) throw new SendError(`${message.channel} is not configured`, true);
  const hours = hoursSince(services, message.lastInboundAt);
  const api = new MetaGraphApi(services.config.metaGraphUrl, account.accessToken);
  if (hours < MESSENGER_WINDOW_HOURS) {
    await api.sendMessengerText(message.address, message.text, { messagingType: 'RESPONSE' });
    return;
  }
  if (hours < HUMAN_AGENT_WINDOW_HOURS && HUMAN_AGENT_KINDS.has(message.kind)) {
    await api.sendMessengerText(message.address, message.text, { messagingType: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' });
    return;
  }
  throw new SendError(`outside ${message.channel}'s messaging window`, true);
}

/** The senders of WhatsApp, Messenger and Instagram, to register with the layer's `registerSender`. */
export const metaSenders: Record<MetaChannel, ChannelSender> = {
  whatsapp: {
    send: sendWhatsApp,
    // Citizens send their link code to the number the government shows.
    async linkTarget(services, tenantId) {
      const number = (await loadMetaConfig(services.db, tenantId))?.whatsapp;
      return number ? (number.displayNumber && normalizePhone(number.displayNumber)) || null : false;
    },
  },
  messenger: {
    send: sendMessenger,
    async linkTarget(services, tenantId) {
      return (await loadMetaConfig(services.db, tenantId))?.page ? null : false;
    },
  },
  instagram: {
    send: sendMessenger,
    async linkTarget(services, tenantId) {
      return (await loadMetaConfig(services.db, tenantId))?.instagram ? null : false;
    },
  },
};

/** Registers the three senders: `installMetaSenders(registerSender)`. */
export function installMetaSenders(register: (channel: MetaChannel, sender: ChannelSender) => void): void {
  for (const channel of Object.keys(metaSenders) as MetaChannel[]) register(channel, metaSenders[channel]);
}
