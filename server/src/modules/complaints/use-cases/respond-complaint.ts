import {
  addInfoSchema,
  type ComplaintChannel,
  type ComplaintPrivacy,
  type FollowView,
  rateSchema,
  reopenSchema,
} from '@lentera/common';
import type { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { Conflict, NotFound } from '../../../platform/errors';
import { findTenantById } from '../../../platform/tenancy/repository';
import { notifyComplainant } from '../notify';
import { COMPLAINTS } from '../policy';
import { loadNames, presentPublic, presentTimeline } from '../presenter';
import { complaintsRepo, type Report } from '../repository';
import { addEvent, calendarOf, deadline, hashToken, settingsOf, statsKey } from '../support';
import { changeState } from '../workflow';
import { attachmentFile } from './queries';

/** The audit names no complainant: their steps are recorded as the complainant's, without name or account. */
export const asComplainant = (ctx: Ctx): Ctx => ({ ...ctx, actor: null });

/** How the complainant proves it is theirs: the secret link (guest) or the signed-in account that filed it. */
export type Complainant =
  | { token: string }
  | { complaintId: string }
  /** The stored hash itself: only for code that read the row (the demo seed acting for its generated guests). */
  | { tokenHash: string };

async function ownComplaint(ctx: Ctx, who: Complainant): Promise<Report> {
  const tenant = requireTenant(ctx);
  if ('tokenHash' in who) {
    const report = await complaintsRepo.reportByTokenHash(ctx.db, tenant.id, who.tokenHash);
    if (!report) throw new NotFound();
    return report;
  }
  if ('token' in who) {
    const report =
      who.token.length >= 20
        ? await complaintsRepo.reportByTokenHash(ctx.db, tenant.id, hashToken(who.token))
        : undefined;
    if (!report) throw new NotFound();
    return report;
  }
  await ctx.access.assert(ctx.actor, COMPLAINTS.mine);
  const report = await complaintsRepo.report(ctx.db, tenant.id, who.complaintId);
  if (!report || report.reporter_account_id !== ctx.actor?.accountId) throw new NotFound();
  return report;
}

/** The complainant's own view: status, answer, the public timeline (internal notes excluded). */
export async function followView(ctx: Ctx, who: Complainant): Promise<FollowView> {
  const report = await ownComplaint(ctx, who);
  return presentFollow(ctx, report);
}

export async function presentFollow(ctx: Ctx, report: Report): Promise<FollowView> {
  const names = await loadNames(ctx);
  const events = await complaintsRepo.events(ctx.db, report.tenant_id, report.id, { publicOnly: true });
  const merged = report.merged_into_id
    ? await complaintsRepo.report(ctx.db, report.tenant_id, report.merged_into_id)
    : null;
  const now = ctx.clock.now().toISOString();
  const answered = report.status === 'answered';
  return {
    ...presentPublic(ctx, names, report),
    // Their own complaint: the name they gave is theirs to see whatever the privacy.
    reporterName: report.reporter_name,
    privacy: report.privacy as ComplaintPrivacy,
    channel: report.channel as ComplaintChannel,
    question: report.status === 'postponed' ? report.question : null,
    ratingComment: report.rating_comment,
    canRate: answered,
    canReopen: answered && report.auto_close_at !== null && now <= report.auto_close_at,
    reopenUntil: answered ? report.auto_close_at : null,
    canAddInfo: report.status === 'postponed',
    mergedInto: merged?.code ?? null,
    timeline: presentTimeline(events, { staff: false }),
  };
}

/** One of the complainant's own attachments. */
export async function ownAttachment(ctx: Ctx, who: Complainant, attachmentId: string) {
  return attachmentFile(ctx, await ownComplaint(ctx, who), attachmentId);
}

/** Rates the answer 1–5 with an optional comment; the complaint is done. */
export async function rateComplaint(
  ctx: Ctx,
  who: Complainant,
  input: z.input<typeof rateSchema>,
): Promise<FollowView> {
  const tenant = requireTenant(ctx);
  const data = rateSchema.parse(input);
  return transaction(ctx, async (tx) => {
    const report = await ownComplaint(tx, who);
    if (report.rating !== null) throw new Conflict('complaint_already_rated');
    if (report.status !== 'answered') throw new Conflict('complaint_state', { status: report.status });
    const now = tx.clock.now();
    await changeState(tx, report, ['answered'], {
      status: 'closed',
      rating: data.rating,
      rating_comment: data.comment,
      rated_at: now.toISOString(),
      closed_at: now.toISOString(),
    });
    await complaintsRepo.bumpDaily(tx.db, statsKey(tenant, report, now), { rating_sum: data.rating, ratings: 1 });
    await addEvent(tx, report.id, 'rated', data.comment ? `${data.rating}/5 — ${data.comment}` : `${data.rating}/5`);
    await recordAudit(asComplainant(tx), {
      action: 'complaint.rated',
      entityType: 'complaint',
      entityId: report.id,
      after: { rating: data.rating },
    });
    return presentFollow(tx, (await complaintsRepo.report(tx.db, tenant.id, report.id)) as Report);
  });
}

/** Reopens an answer within the window (10 working days by default): the OPD gets a new due time. */
export async function reopenComplaint(
  ctx: Ctx,
  who: Complainant,
  input: z.input<typeof reopenSchema>,
): Promise<FollowView> {
  const tenant = requireTenant(ctx);
  const data = reopenSchema.parse(input);
  const cal = await calendarOf(ctx, tenant);
  const settings = await settingsOf(ctx, tenant.id);
  return transaction(ctx, async (tx) => {
    const report = await ownComplaint(tx, who);
    if (report.status !== 'answered') throw new Conflict('complaint_state', { status: report.status });
    const now = tx.clock.now();
    if (!report.auto_close_at || now.toISOString() > report.auto_close_at)
      throw new Conflict('complaint_reopen_window_passed', { days: settings.reopenDays });
    const answer = deadline(now, report.answer_days, cal);
    await changeState(tx, report, ['answered'], {
      status: report.assigned_account_id ? 'in_progress' : 'routed',
      reopen_count: report.reopen_count + 1,
      auto_close_at: null,
      answer_due_at: answer.due,
      answer_remind_at: answer.remind,
      // A new deadline gets its own reminder and escalation, each once.
      answer_reminded_at: null,
      answer_escalated_at: null,
    });
    await complaintsRepo.bumpDaily(tx.db, statsKey(tenant, report, now), { reopened: 1 });
    await addEvent(tx, report.id, 'reopened', data.reason);
    await recordAudit(asComplainant(tx), {
      action: 'complaint.reopened',
      entityType: 'complaint',
      entityId: report.id,
    });
    await notifyComplainant(tx, report.id, 'reopened', { code: report.code, text: data.reason });
    return presentFollow(tx, (await complaintsRepo.report(tx.db, tenant.id, report.id)) as Report);
  });
}

/** The complainant answers a postponement: back to the desk, the clock resumes with the days that were left. */
export async function addInformation(
  ctx: Ctx,
  who: Complainant,
  input: z.input<typeof addInfoSchema>,
): Promise<FollowView> {
  const tenant = requireTenant(ctx);
  const data = addInfoSchema.parse(input);
  const cal = await calendarOf(ctx, tenant);
  return transaction(ctx, async (tx) => {
    const report = await ownComplaint(tx, who);
    if (report.status !== 'postponed') throw new Conflict('complaint_state', { status: report.status });
    const verification = deadline(tx.clock.now(), report.verification_days_left ?? 1, cal);
    await changeState(tx, report, ['postponed'], {
      status: 'received',
      description: `${report.description}\n\n---\n${data.text}`.slice(0, 20_000),
      verification_due_at: verification.due,
      verification_remind_at: verification.remind,
      verification_days_left: null,
      verification_reminded_at: null,
      verification_escalated_at: null,
    });
    await addEvent(tx, report.id, 'info_added', data.text);
    await recordAudit(asComplainant(tx), {
      action: 'complaint.info_added',
      entityType: 'complaint',
      entityId: report.id,
    });
    return presentFollow(tx, (await complaintsRepo.report(tx.db, tenant.id, report.id)) as Report);
  });
}

/** Closes answered complaints whose reopen window has passed (the auto-close job). */
export async function closeExpiredAnswers(ctx: Ctx): Promise<number> {
  const now = ctx.clock.now().toISOString();
  const due = await ctx.db
    .selectFrom('complaints_reports')
    .select(['id', 'tenant_id', 'code'])
    .where('status', '=', 'answered')
    .where('auto_close_at', '<', now)
    .limit(500)
    .execute();
  let closed = 0;
  for (const row of due) {
    const tenant = await findTenantById(ctx.db, row.tenant_id);
    if (!tenant) continue;
    const tctx = { ...ctx, tenant, actor: null };
    await transaction(tctx, async (tx) => {
      const ok = await complaintsRepo.updateReport(tx.db, row.tenant_id, row.id, ['answered'], {
        status: 'closed',
        closed_at: now,
        updated_at: now,
      });
      if (!ok) return;
      closed += 1;
      await addEvent(tx, row.id, 'closed', null, { asSystem: true });
      await recordAudit(tx, { action: 'complaint.closed', entityType: 'complaint', entityId: row.id });
      await notifyComplainant(tx, row.id, 'closed', { code: row.code });
    });
  }
  return closed;
}
