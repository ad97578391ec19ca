import { randomBytes } from 'node:crypto';
import type { ChatChannel, Lang } from '@lentera/common';
import { type Ctx, requireTenant } from '../context';
import type { MailMessage } from '../mail/mailer';
import { messagingRepo } from './repository';
import { chatText, noticeMail, templateParams } from './texts';
import type { NoticeRequest } from './types';

export const MESSAGING_OUTBOX_JOB = 'messaging.outbox';

let lastMs = 0;
let counter = 0;
/**
 * Outbox ids sort in the order the messages were queued in this process (milliseconds, then a counter), so that a
 * chat receives a conversation's replies in order.
 */
export function outboxId(): string {
  const now = Math.max(Date.now(), lastMs);
  counter = now === lastMs ? counter + 1 : 0;
  lastMs = now;
  return `${String(now).padStart(13, '0')}-${String(counter).padStart(6, '0')}-${randomBytes(4).toString('hex')}`;
}

interface ChatRow {
  channel: ChatChannel;
  address: string;
  kind: string;
  text: string;
  templateParams: string[] | null;
}

function outboxRows(ctx: Ctx, chats: readonly ChatRow[]) {
  const tenant = requireTenant(ctx);
  const now = ctx.clock.now().toISOString();
  return chats.map((c) => ({
    id: outboxId(),
    tenant_id: tenant.id,
    channel: c.channel,
    address: c.address,
    kind: c.kind,
    text: c.text,
    template_name: null,
    template_language: null,
    template_params: c.templateParams ? JSON.stringify(c.templateParams) : null,
    status: 'pending',
    attempts: 0,
    next_attempt_at: now,
    last_error: null,
    created_at: now,
    sent_at: null,
  }));
}

async function queueChats(ctx: Ctx, chats: readonly ChatRow[]): Promise<void> {
  if (!chats.length) return;
  await messagingRepo.enqueue(ctx.writes ?? ctx.db, outboxRows(ctx, chats));
  ctx.afterCommit(() => ctx.jobs.nudge(MESSAGING_OUTBOX_JOB));
}

/** A notice to one person, on the channel they chose; written in the caller's transaction. */
export async function notify(ctx: Ctx, request: NoticeRequest): Promise<void> {
  await notifyMany(ctx, [request]);
}

/**
 * Notices to several people at once (an intake batch): one read of the accounts' choices, one insert of the chat
 * messages, one of the e-mails. An account's notice goes to its chosen chat when that chat is linked and has not
 * said BERHENTI, otherwise to its e-mail address; an account that switched notices off gets none. A chat contact
 * gets the chat message (the sender drops it if the chat opted out meanwhile); an e-mail recipient, the e-mail.
 */
export async function notifyMany(ctx: Ctx, requests: readonly NoticeRequest[]): Promise<void> {
  if (!requests.length) return;
  const tenant = requireTenant(ctx);
  const accountIds = requests.flatMap((r) => ('accountId' in r.to ? [r.to.accountId] : []));
  const routes = new Map((await messagingRepo.routes(ctx.db, tenant.id, accountIds)).map((r) => [r.id, r] as const));
  const chats: ChatRow[] = [];
  const mails: MailMessage[] = [];
  const chat = (r: NoticeRequest, channel: ChatChannel, address: string, lang: Lang) =>
    chats.push({
      channel,
      address,
      kind: r.kind,
      text: chatText(r.kind, r.params, lang),
      templateParams: channel === 'whatsapp' ? templateParams(r.kind, r.params) : null,
    });
  const mail = (r: NoticeRequest, to: string) => mails.push({ to, ...(r.mail ?? noticeMail(r.kind, r.params)) });
  for (const r of requests) {
    if ('email' in r.to) mail(r, r.to.email);
    else if ('contact' in r.to) chat(r, r.to.contact.channel, r.to.contact.address, 'id');
    else {
      const route = routes.get(r.to.accountId);
      if (!route || route.enabled === 0) continue;
      const lang: Lang = route.locale === 'en' ? 'en' : 'id';
      if (route.channel && route.channel !== 'email' && route.address)
        chat(r, route.channel as ChatChannel, route.address, lang);
      else if (route.email) mail(r, route.email);
    }
  }
  await queueChats(ctx, chats);
  if (mails.length) await ctx.mailer.enqueueMany(ctx, mails);
}

/** A free-text message in a conversation (the person has just written: the window is open); in the caller's transaction. */
export async function replyTo(ctx: Ctx, contact: { channel: ChatChannel; address: string }, text: string) {
  await queueChats(ctx, [{ ...contact, kind: 'reply', text: text.slice(0, 4000), templateParams: null }]);
}
