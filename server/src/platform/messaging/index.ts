/**
 * The messaging layer: every module notifies people through here, on the channel each person chose (e-mail,
 * Telegram, WhatsApp, Messenger, Instagram), through an outbox written in the caller's transaction and sent after
 * commit with retries. Chats' inbound messages come in through `receiveInbound` (opt-out, link codes, rate limit)
 * and go on to the registered conversation. See README.md beside this file.
 */
export { type InboundOutcome, RATE_LIMIT, receiveInbound, registerConversation } from './inbound';
export { MESSAGING_OUTBOX_JOB, notify, notifyMany, replyTo } from './notify';
export { deliverOutbox, registerSender, senderOf } from './outbox';
export { messagingRepo } from './repository';
export { messagingRoutes } from './routes';
export { chatText, registerNoticeTexts } from './texts';
export * from './types';

import type { DbOrTx } from '../db/database';
import { messagingRepo } from './repository';

/** The outbox of a tenant, oldest first (tests and the operations page). */
export const outboxRows = (db: DbOrTx, tenantId: string, filter?: { channel?: string; address?: string }) =>
  messagingRepo.outbox(db, tenantId, filter);

/** One chat's contact row (its window, opt-out and linked account). */
export const contactOf = (db: DbOrTx, tenantId: string, channel: string, address: string) =>
  messagingRepo.contact(db, tenantId, channel, address);
