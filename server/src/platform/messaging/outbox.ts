import { type ChatChannel, defaultTemplateName, NOTICE_KINDS, type NoticeKind } from '@lentera/common';
import type { Services } from '../context';
import { messagingRepo } from './repository';
import type { OutboxRow } from './tables';
import { type ChannelSender, type OutgoingMessage, SendError } from './types';

const MAX_ATTEMPTS = 8;
/** How long a run holds the rows it claimed; past it a row still `sending` is taken to be lost and is due again. */
const CLAIM_LEASE_MS = 10 * 60_000;
/** Back-off after a failed send: 30 s, 1 min, 2 min, ... capped at one hour. */
const backoffMs = (attempts: number) => Math.min(2 ** (attempts - 1) * 30_000, 3600_000);

const senders = new Map<ChatChannel, ChannelSender>();

/** The API client of a chat channel; returns how to put back the one it replaced. */
export function registerSender(channel: ChatChannel, sender: ChannelSender): () => void {
  const before = senders.get(channel);
  senders.set(channel, sender);
  return () => {
    if (senders.get(channel) !== sender) return;
    if (before) senders.set(channel, before);
    else senders.delete(channel);
  };
}

export const senderOf = (channel: ChatChannel): ChannelSender | undefined => senders.get(channel);

/** The WhatsApp template of each notice in a tenant: its setting, or the default name in Indonesian. */
async function templatesOf(services: Services, tenantId: string) {
  const configured: Array<{ kind: string; name: string; language: string }> = JSON.parse(
    (await messagingRepo.templates(services.db, tenantId)) ?? '[]',
  );
  return new Map(
    NOTICE_KINDS.map((kind) => {
      const own = configured.find((t) => t.kind === kind);
      return [kind as string, { name: own?.name ?? defaultTemplateName(kind), language: own?.language ?? 'id' }];
    }),
  );
}

/**
 * Sends the due chat messages, up to `limit`, in rounds: each round claims the oldest unsent message of every chat
 * that has one due, with one conditional update (two nodes never send one message, nor two messages of one chat at
 * once; a node that dies mid-send leaves its claims to lapse and another sends them), until nothing is due. A chat's
 * messages thus go in queue order, and after a failure its later messages wait for the failed one. A message to a
 * chat that said BERHENTI is dropped (a conversation's own replies still go, such as the opt-out confirmation); a
 * retryable failure waits with back-off (or the API's retry-after), a permanent one or the eighth ends it as `failed`.
 */
export async function deliverOutbox(services: Services, limit = 50): Promise<number> {
  let sent = 0;
  let claimedInAll = 0;
  for (let round = 0; round < 20 && claimedInAll < limit; round++) {
    const result = await deliverRound(services, limit - claimedInAll);
    if (!result.claimed) break;
    claimedInAll += result.claimed;
    sent += result.sent;
  }
  return sent;
}

async function deliverRound(services: Services, limit: number): Promise<{ claimed: number; sent: number }> {
  const now = services.clock.now();
  const claimed = await messagingRepo.claimDue(
    services.db,
    services.dialect,
    now.toISOString(),
    new Date(now.getTime() + CLAIM_LEASE_MS).toISOString(),
    limit,
  );
  if (!claimed.length) return { claimed: 0, sent: 0 };
  const contacts = new Map<string, { last_inbound_at: string | null; opted_out_at: string | null }>();
  for (const tenantId of new Set(claimed.map((r) => r.tenant_id))) {
    const pairs = claimed.filter((r) => r.tenant_id === tenantId);
    for (const c of await messagingRepo.contactsOf(services.db, tenantId, pairs))
      contacts.set(`${tenantId}|${c.channel}|${c.address}`, c);
  }
  const templates = new Map<string, Awaited<ReturnType<typeof templatesOf>>>();
  const sent: string[] = [];
  const dropped: string[] = [];
  await Promise.all(
    claimed.map(async (row) => {
      const contact = contacts.get(`${row.tenant_id}|${row.channel}|${row.address}`);
      if (contact?.opted_out_at && row.kind !== 'reply') {
        dropped.push(row.id);
        return;
      }
      try {
        const sender = senders.get(row.channel as ChatChannel);
        if (!sender) throw new SendError(`the ${row.channel} channel is not connected`, true);
        if (row.channel === 'whatsapp' && !templates.has(row.tenant_id))
          templates.set(row.tenant_id, await templatesOf(services, row.tenant_id));
        await sender.send(services, outgoing(row, contact?.last_inbound_at ?? null, templates.get(row.tenant_id)));
        sent.push(row.id);
      } catch (error) {
        const failure = error instanceof SendError ? error : new SendError(String(error));
        const wait = failure.retryAfter ? failure.retryAfter * 1000 : backoffMs(row.attempts);
        services.log.warn(
          { messageId: row.id, channel: row.channel, attempts: row.attempts, err: failure.message },
          'chat message delivery failed',
        );
        await messagingRepo.update(services.db, [row.id], {
          status: failure.permanent || row.attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
          last_error: failure.message.slice(0, 2000),
          next_attempt_at: new Date(services.clock.now().getTime() + wait).toISOString(),
        });
      }
    }),
  );
  const at = services.clock.now().toISOString();
  await messagingRepo.update(services.db, sent, { status: 'sent', sent_at: at, last_error: null });
  await messagingRepo.update(services.db, dropped, { status: 'failed', last_error: 'opted out (BERHENTI)' });
  return { claimed: claimed.length, sent: sent.length };
}

function outgoing(
  row: OutboxRow,
  lastInboundAt: string | null,
  templates: Awaited<ReturnType<typeof templatesOf>> | undefined,
): OutgoingMessage {
  const template = row.template_params && templates?.get(row.kind as NoticeKind);
  return {
    id: row.id,
    tenantId: row.tenant_id,
    channel: row.channel as ChatChannel,
    address: row.address,
    kind: row.kind,
    text: row.text,
    template: template ? { ...template, params: JSON.parse(row.template_params as string) } : null,
    lastInboundAt,
  };
}
