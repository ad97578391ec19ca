import type { ChatChannel } from '@lentera/common';
import { type Ctx, requireTenant } from '../../platform/context';
import { chatTransport } from './notify-chat';
import { mailTransport } from './notify-mail';
import type { ChatContact, ComplainantNotice, ComplainantTransport, PublicStep } from './notify-types';
import { complaintsRepo } from './repository';

export type { ChatContact, ComplainantNotice, ComplainantTransport, Follower, PublicStep } from './notify-types';

const transports: ComplainantTransport[] = [mailTransport, chatTransport];

/** Adds a transport (a channel registers its own when it is loaded); returns how to remove it again. */
export function registerComplainantTransport(transport: ComplainantTransport): () => void {
  if (!transports.some((t) => t.name === transport.name)) transports.push(transport);
  return () => {
    const i = transports.indexOf(transport);
    if (i >= 0) transports.splice(i, 1);
  };
}

/** What other modules' listeners are given (the public door's `onPublicStep`). */
export interface PublicStepNotice {
  complaintId: string;
  code: string;
  step: PublicStep;
  text: string | null;
  /** Chats that follow the complaint, once each. */
  contacts: ChatContact[];
}

/** Chats that follow the complaint, once each. */
export function contactsOf(notice: Pick<ComplainantNotice, 'followers'>): ChatContact[] {
  const seen = new Map<string, ChatContact>();
  for (const f of notice.followers) if (f.contact) seen.set(`${f.contact.channel}:${f.contact.address}`, f.contact);
  return [...seen.values()];
}

/**
 * A listener of every public step, for code outside the module: a transport under another name. Runs inside the
 * step's transaction like every transport.
 */
let listenerCount = 0;
export function onPublicStep(listener: (ctx: Ctx, notice: PublicStepNotice) => Promise<void>): () => void {
  listenerCount += 1;
  return registerComplainantTransport({
    name: `listener-${listenerCount}`,
    deliver: (ctx, n) =>
      listener(ctx, {
        complaintId: n.complaintId,
        code: n.code,
        step: n.step,
        text: n.text,
        contacts: contactsOf(n),
      }),
  });
}

/**
 * The one notifier of the complainant: reads the complaint's followers once and gives the step to every
 * transport (guests' e-mail through the mail outbox; chats and signed-in followers through the messaging layer), in the caller's transaction.
 */
export async function notifyComplainant(
  ctx: Ctx,
  complaintId: string,
  step: PublicStep,
  extra: { code: string; text?: string | null; followToken?: string | null },
): Promise<void> {
  const tenant = requireTenant(ctx);
  const rows = await complaintsRepo.followers(ctx.db, tenant.id, complaintId);
  const notice: ComplainantNotice = {
    tenant,
    complaintId,
    code: extra.code,
    step,
    text: extra.text ?? null,
    followToken: extra.followToken ?? null,
    followers: rows.map((f) => ({
      accountId: f.account_id,
      email: f.email,
      contact:
        f.contact_channel && f.contact_address
          ? { channel: f.contact_channel as ChatChannel, address: f.contact_address }
          : null,
      sourceComplaintId: f.source_complaint_id,
    })),
  };
  await deliverAll(ctx, [notice]);
}

/**
 * The `received` step of complaints filed together (an intake batch), whose followers the caller has just written:
 * no reading back, and each transport gets all the notices at once.
 */
export async function notifyReceived(ctx: Ctx, notices: readonly ComplainantNotice[]): Promise<void> {
  await deliverAll(ctx, notices);
}

/** Gives notices to every transport: all at once where it can take several, otherwise one by one. */
async function deliverAll(ctx: Ctx, notices: readonly ComplainantNotice[]): Promise<void> {
  for (const transport of [...transports]) {
    if (transport.deliverMany) await transport.deliverMany(ctx, notices);
    else for (const notice of notices) await transport.deliver(ctx, notice);
  }
}

/** A notice to staff (assignment, reminder, escalation); carries the code and title, never the reporter. */
export async function notifyStaff(
  ctx: Ctx,
  to: string | null | undefined,
  message: { subject: string; text: string },
): Promise<void> {
  if (!to) return;
  await ctx.mailer.enqueue(ctx, { to, subject: message.subject, text: message.text });
}
