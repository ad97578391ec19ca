import { OPT_IN_WORDS, OPT_OUT_WORDS } from '@lentera/common';
import { type Ctx, requireTenant, transaction } from '../context';
import { replyTo } from './notify';
import { messagingRepo } from './repository';
import { fill, LAYER_TEXTS } from './texts';
import type { InboundContext, InboundMessage } from './types';

/** Messages one chat may send in RATE_WINDOW_MS before the rest are dropped (a flood, a loop between bots). */
export const RATE_LIMIT = 20;
const RATE_WINDOW_MS = 10 * 60_000;

type Conversation = (ctx: Ctx, message: InboundMessage, inbound: InboundContext) => Promise<void>;
let conversation: Conversation | null = null;

/** The conversation every chat's ordinary messages go to (the complaints module's); returns how to remove it. */
export function registerConversation(handler: Conversation): () => void {
  conversation = handler;
  return () => {
    if (conversation === handler) conversation = null;
  };
}

export type InboundOutcome = 'handled' | 'duplicate' | 'rate_limited' | 'opted_out' | 'opted_in' | 'linked';

/** `/start LNT-123456` (Telegram's deep link), `LNT-123456` or `LNT123456`, alone in the message. */
const LINK_MESSAGE = /^(?:\/start\s+)?LNT-?(\d{6})$/i;

/**
 * One message a person sent to one of the tenant's chats, from any channel's webhook. Acted on once per message id
 * (channels repeat deliveries); counted against the chat's rate limit; it opens the chat's 24-hour window. BERHENTI
 * and MULAI switch the chat's notices off and on, a link code ties the chat to the account that asked for it, and
 * anything else goes to the conversation. If acting fails, the message id is released so that the retry is handled.
 */
export async function receiveInbound(ctx: Ctx, message: InboundMessage): Promise<InboundOutcome> {
  const tenant = requireTenant(ctx);
  const now = ctx.clock.now();
  if (!(await messagingRepo.claimInbound(ctx.db, tenant.id, message.messageId, now.toISOString()))) return 'duplicate';
  try {
    return await act(ctx, message, now);
  } catch (error) {
    await messagingRepo.releaseInbound(ctx.db, tenant.id, message.messageId);
    throw error;
  }
}

async function act(ctx: Ctx, message: InboundMessage, now: Date): Promise<InboundOutcome> {
  const tenant = requireTenant(ctx);
  const at = now.toISOString();
  const chat = { channel: message.channel, address: message.address };
  const key = { tenantId: tenant.id, ...chat };
  const contact = await messagingRepo.touchInbound(
    ctx.db,
    { tenant_id: tenant.id, ...chat, name: message.name?.slice(0, 200) ?? null },
    at,
    new Date(now.getTime() - RATE_WINDOW_MS).toISOString(),
  );
  if (contact.rate_count > RATE_LIMIT) {
    // Told once per window; the rest of the flood is dropped unanswered.
    if (contact.rate_count === RATE_LIMIT + 1) await replyTo(ctx, chat, LAYER_TEXTS.flood);
    ctx.log.warn({ channel: message.channel, tenant: tenant.slug }, 'chat rate limited');
    return 'rate_limited';
  }
  const text = message.text.trim();
  const word = text.toUpperCase().replace(/[.!]+$/, '');
  if ((OPT_OUT_WORDS as readonly string[]).includes(word)) {
    await transaction(ctx, async (tx) => {
      await messagingRepo.setContact(tx.db, key, { opted_out_at: at, updated_at: at });
      await replyTo(tx, chat, LAYER_TEXTS.optedOut);
    });
    return 'opted_out';
  }
  if ((OPT_IN_WORDS as readonly string[]).includes(word) && contact.opted_out_at) {
    await transaction(ctx, async (tx) => {
      await messagingRepo.setContact(tx.db, key, { opted_out_at: null, updated_at: at });
      await replyTo(tx, chat, LAYER_TEXTS.optedIn);
    });
    return 'opted_in';
  }
  const link = LINK_MESSAGE.exec(text);
  if (link) {
    await transaction(ctx, async (tx) => {
      const accountId = await messagingRepo.takeLinkCode(tx.db, tenant.id, link[1] as string, at);
      if (!accountId) return replyTo(tx, chat, LAYER_TEXTS.linkUnknown);
      // One chat per channel per account: an earlier chat of the same channel is unlinked.
      await messagingRepo.unlinkAccount(tx.db, tenant.id, accountId, message.channel, at);
      await messagingRepo.setContact(tx.db, key, {
        account_id: accountId,
        linked_at: at,
        opted_out_at: null,
        updated_at: at,
      });
      const pref = await messagingRepo.preference(tx.db, tenant.id, accountId);
      await messagingRepo.savePreference(tx.db, {
        tenant_id: tenant.id,
        account_id: accountId,
        channel: message.channel,
        enabled: pref?.enabled ?? 1,
        updated_at: at,
      });
      const account = await tx.db.selectFrom('accounts').select('name').where('id', '=', accountId).executeTakeFirst();
      await replyTo(tx, chat, fill(LAYER_TEXTS.linked, { name: account?.name ?? '', tenant: tenant.name }));
    });
    return 'linked';
  }
  if (conversation)
    await conversation(ctx, message, { accountId: contact.account_id, reply: (t) => replyTo(ctx, chat, t) });
  return 'handled';
}
