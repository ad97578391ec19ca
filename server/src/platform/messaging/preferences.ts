import { randomInt } from 'node:crypto';
import {
  CHAT_CHANNELS,
  type ChatChannel,
  LINK_CODE_MINUTES,
  type MessagingChannel,
  type MessagingPreferences,
  maskAddress,
  messagingPreferencesInputSchema,
} from '@lentera/common';
import type { z } from 'zod';
import { type Ctx, requireTenant, transaction } from '../context';
import { Invalid, NotFound, Unauthenticated } from '../errors';
import { senderOf } from './outbox';
import { messagingRepo } from './repository';

function signedIn(ctx: Ctx) {
  if (!ctx.actor || ctx.actor.accountId === 'system') throw new Unauthenticated();
  return { tenant: requireTenant(ctx), accountId: ctx.actor.accountId };
}

/** The chat channels the tenant has connected, with where a link code is sent. */
async function connected(ctx: Ctx, tenantId: string): Promise<Map<ChatChannel, string | null>> {
  const out = new Map<ChatChannel, string | null>();
  for (const channel of CHAT_CHANNELS) {
    const sender = senderOf(channel);
    if (!sender?.linkTarget) continue;
    const target = await sender.linkTarget(ctx, tenantId);
    if (target !== false) out.set(channel, target);
  }
  return out;
}

/** Where the signed-in person receives this government's notices, and what they can choose. */
export async function myPreferences(ctx: Ctx): Promise<MessagingPreferences> {
  const { tenant, accountId } = signedIn(ctx);
  const [pref, contacts, account, channels] = await Promise.all([
    messagingRepo.preference(ctx.db, tenant.id, accountId),
    messagingRepo.accountContacts(ctx.db, tenant.id, accountId),
    ctx.db.selectFrom('accounts').select('email').where('id', '=', accountId).executeTakeFirst(),
    connected(ctx, tenant.id),
  ]);
  return {
    enabled: pref ? pref.enabled === 1 : true,
    channel: (pref?.channel as MessagingChannel | undefined) ?? 'email',
    email: account?.email ? maskAddress('email', account.email) : null,
    contacts: contacts.map((c) => ({
      channel: c.channel as MessagingChannel,
      address: maskAddress(c.channel as MessagingChannel, c.address),
      linkedAt: c.linked_at ?? c.updated_at,
      optedOut: !!c.opted_out_at,
    })),
    available: ['email', ...channels.keys()],
    whatsappNumber: channels.get('whatsapp') ?? null,
    telegramBot: channels.get('telegram') ?? null,
  };
}

/** The one switch and the chosen channel: a chat only once linked (and not stopped with BERHENTI). */
export async function savePreferences(ctx: Ctx, input: z.input<typeof messagingPreferencesInputSchema>) {
  const { tenant, accountId } = signedIn(ctx);
  const data = messagingPreferencesInputSchema.parse(input);
  if (data.channel !== 'email') {
    const linked = (await messagingRepo.accountContacts(ctx.db, tenant.id, accountId)).find(
      (c) => c.channel === data.channel && !c.opted_out_at,
    );
    if (!linked) throw new Invalid('messaging_channel_not_linked', { channel: data.channel });
  }
  await messagingRepo.savePreference(ctx.db, {
    tenant_id: tenant.id,
    account_id: accountId,
    channel: data.channel,
    enabled: data.enabled ? 1 : 0,
    updated_at: ctx.clock.now().toISOString(),
  });
  return myPreferences(ctx);
}

/**
 * A code the person sends from the chat to link it to their account (six digits, valid LINK_CODE_MINUTES, works
 * once); earlier codes of the account are void.
 */
export async function newLinkCode(ctx: Ctx): Promise<{ code: string; expiresAt: string }> {
  const { tenant, accountId } = signedIn(ctx);
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + LINK_CODE_MINUTES * 60_000).toISOString();
  return transaction(ctx, async (tx) => {
    await messagingRepo.deleteLinkCodes(tx.db, tenant.id, { accountId });
    await messagingRepo.deleteLinkCodes(tx.db, tenant.id, { expiredBefore: now.toISOString() });
    for (let i = 0; i < 20; i++) {
      const digits = String(randomInt(0, 1_000_000)).padStart(6, '0');
      if (
        await messagingRepo.insertLinkCode(tx.db, {
          tenant_id: tenant.id,
          code: digits,
          account_id: accountId,
          expires_at: expiresAt,
        })
      )
        return { code: `LNT-${digits}`, expiresAt };
    }
    throw new Error('no free link code');
  });
}

/** Unlinks the account's chat on a channel; notices go to e-mail again if that chat was the choice. */
export async function unlinkChannel(ctx: Ctx, channel: string) {
  const { tenant, accountId } = signedIn(ctx);
  if (!(CHAT_CHANNELS as readonly string[]).includes(channel)) throw new NotFound('not_found');
  const at = ctx.clock.now().toISOString();
  await transaction(ctx, async (tx) => {
    await messagingRepo.unlinkAccount(tx.db, tenant.id, accountId, channel, at);
    const pref = await messagingRepo.preference(tx.db, tenant.id, accountId);
    if (pref?.channel === channel)
      await messagingRepo.savePreference(tx.db, { ...pref, channel: 'email', updated_at: at });
  });
  return myPreferences(ctx);
}
