import {
  type ComplaintChannel,
  type ComplaintIntake,
  type ComplaintIntakeInput,
  complaintIntakeSchema,
  type IntakeResult,
  localDate,
  similarityTokens,
} from '@lentera/common';
import { type Ctx, requireTenant } from '../../../platform/context';
import { Invalid } from '../../../platform/errors';
import { randomToken, uuidv7 } from '../../../platform/ids';
import { peopleService } from '../../people/index';
import { cleanAttachments, type UploadedFile } from '../attachments';
import type { ChatContact } from '../notify-types';
import { hashToken, intakeKey } from '../support';
import { fileIntake, type PendingIntake } from './intake-writer';

export interface SubmitOptions {
  /** Where it came from; `web` by default. Officer channels need an officer (use `recordOfficerEntry`). */
  channel?: ComplaintChannel;
  /** SP4N-LAPOR! number, letter number, Open311 client reference. */
  externalRef?: string | null;
  /** The caller's network address, for the guest rate limit (stored only as a keyed hash). */
  origin?: string | null;
  /** Files as uploaded; checked by content and stripped of metadata here. */
  attachments?: UploadedFile[];
  /** A chat (Telegram, WhatsApp, Messenger, Instagram) that receives the code and every later public step. */
  contact?: ChatContact | null;
  /**
   * Recorded by an officer for someone else (walk-in, phone, letter, LAPOR!): the signed-in actor is not the
   * reporter, contact is optional, and no rate limit applies.
   */
  onBehalf?: boolean;
}

/**
 * Files a complaint: validates (unknown category, coordinates outside Indonesia, attachments by content),
 * applies the guest rate limit, numbers it `DUM-ADU-2026-000123`, sets the verification due time on the
 * tenant's working days, and for a guest returns a secret follow token (stored only as a hash).
 * The reporter is the signed-in account unless `onBehalf`; otherwise the guest contact in `input.guest`.
 */
export async function submitComplaint(
  ctx: Ctx,
  input: ComplaintIntakeInput,
  options: SubmitOptions = {},
): Promise<IntakeResult> {
  const tenant = requireTenant(ctx);
  const pending = await prepareIntake(ctx, input, options);
  const { id } = pending.report;
  const code = await fileIntake(ctx, pending);
  ctx.afterCommit(() => ctx.events.publish({ name: 'complaint.received', tenantId: tenant.id, payload: { id, code } }));
  const token = pending.followToken;
  return {
    id,
    code,
    status: 'received',
    followToken: token,
    followPath: token ? followPath(tenant.slug, token) : null,
    attachments: pending.files.length,
  };
}

/**
 * The checks that belong to the request alone (body, contact, files, a named unit) and the complaint as the
 * writer takes it; the category, settings, rate limit and number follow in the batch (`intake-writer.ts`).
 */
export async function prepareIntake(
  ctx: Ctx,
  input: ComplaintIntakeInput,
  options: SubmitOptions = {},
): Promise<PendingIntake> {
  const tenant = requireTenant(ctx);
  const data = complaintIntakeSchema.parse(input);
  const files = await cleanAttachments(options.attachments ?? []);
  const channel = options.channel ?? 'web';
  const account = options.onBehalf ? null : ctx.actor;
  const guest: NonNullable<ComplaintIntake['guest']> = data.guest ?? { name: null };
  const guestEmail = guest.email ?? null;
  const guestPhone = guest.phone ?? null;
  if (!account && !options.onBehalf && !options.contact && !guestEmail && !guestPhone)
    throw new Invalid('complaint_contact_required', {}, [{ path: 'guest.email', code: 'complaint_contact_required' }]);

  if (data.unitId && !(await peopleService.unit(ctx, data.unitId)))
    throw new Invalid('complaint_unit_unknown', {}, [{ path: 'unitId', code: 'complaint_unit_unknown' }]);

  const now = ctx.clock.now();
  const key = account || options.onBehalf ? null : guestKey(ctx, options, guestEmail, guestPhone);
  const token = account ? null : randomToken(24);
  const accountEmail = account ? await accountEmailOf(ctx, account.accountId) : null;
  const id = uuidv7(now.getTime());

  // The tenant's local year, through the shared cached formatter (building one costs ~70 µs a request).
  const year = Number(localDate(now, tenant.timeZone).slice(0, 4));
  const at = now.toISOString();
  return {
    ctx,
    now,
    year,
    categoryId: data.categoryId,
    unitId: data.unitId ?? null,
    rateKey: key,
    report: {
      id,
      tenant_id: tenant.id,
      class: data.class,
      category_id: data.categoryId,
      title: data.title,
      description: data.description,
      employee_text: data.employeeText,
      address: data.address,
      lat: data.lat ?? null,
      lng: data.lng ?? null,
      privacy: data.privacy,
      channel,
      external_ref: options.externalRef ?? null,
      status: 'received',
      reporter_account_id: account?.accountId ?? null,
      reporter_name: account ? account.name : (guest.name ?? null),
      reporter_email: account ? accountEmail : guestEmail,
      reporter_phone: account ? null : guestPhone,
      guest_token_hash: token ? hashToken(token) : null,
      intake_key: key,
      unit_id: null,
      unit_path: null,
      assigned_account_id: null,
      assigned_name: null,
      received_at: at,
      verification_days_left: null,
      verified_at: null,
      first_response_at: null,
      answer_due_at: null,
      answer_remind_at: null,
      answered_at: null,
      answer_text: null,
      closed_at: null,
      question: null,
      referral: null,
      archive_reason: null,
      merged_into_id: null,
      rating: null,
      rating_comment: null,
      rated_at: null,
      reopen_count: 0,
      integrity_referred_at: null,
      integrity_note: null,
      verification_reminded_at: null,
      verification_escalated_at: null,
      answer_reminded_at: null,
      answer_escalated_at: null,
      auto_close_at: null,
      search_text: similarityTokens(`${data.title} ${data.description}`).join(' '),
      created_at: at,
      updated_at: at,
    },
    follower: {
      accountId: account?.accountId ?? null,
      email: account ? accountEmail : guestEmail,
      contact: options.contact ?? null,
    },
    files,
    followToken: token,
    auditActor: options.onBehalf ? ctx.actor : null,
  };
}

export const followPath = (slug: string, token: string) => `/t/${slug}/complaints/follow/${token}`;

function guestKey(ctx: Ctx, options: SubmitOptions, email: string | null, phone: string | null): string | null {
  const secret = ctx.config.sessionSecret;
  if (options.origin) return intakeKey(secret, `ip:${options.origin}`);
  if (options.contact) {
    const { channel, address } = options.contact;
    return intakeKey(secret, channel === 'telegram' ? `tg:${address}` : `${channel}:${address}`);
  }
  if (email) return intakeKey(secret, `email:${email}`);
  if (phone) return intakeKey(secret, `phone:${phone}`);
  return null;
}

async function accountEmailOf(ctx: Ctx, accountId: string): Promise<string | null> {
  const row = await ctx.db.selectFrom('accounts').select('email').where('id', '=', accountId).executeTakeFirst();
  return row?.email ?? null;
}
