import {
  archiveSchema,
  mergeSchema,
  OPEN_STATUSES,
  postponeSchema,
  referSchema,
  similarity,
  VERIFICATION_STATUSES,
  verifySchema,
  workingDaysBetween,
} from '@lentera/common';
import type { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { Invalid, NotFound } from '../../../platform/errors';
import { notifyComplainant, notifyStaff } from '../notify';
import { complaintsRepo, type Report } from '../repository';
import { addEvent, calendarOf, deadline, settingsOf, statsKey, unitWithPath } from '../support';
import { changeState, complaintFor, expectStatus } from '../workflow';

/** The first public response of the government (verify, postpone, refer, archive): counted once for statistics. */
async function recordFirstResponse(ctx: Ctx, report: Report, unitId: string | null): Promise<Partial<Report>> {
  if (report.first_response_at) return {};
  const tenant = requireTenant(ctx);
  const now = ctx.clock.now();
  const cal = await calendarOf(ctx, tenant);
  const days = workingDaysBetween(new Date(report.received_at), now, cal);
  await complaintsRepo.bumpDuration(
    ctx.db,
    statsKey(tenant, { unit_id: unitId, category_id: report.category_id }, now),
    'first_response',
    days,
  );
  return { first_response_at: now.toISOString() };
}

/** Verify and route to the responsible OPD: the answer is due in the category's working days from now. */
export async function verifyComplaint(ctx: Ctx, id: string, input: z.input<typeof verifySchema>): Promise<void> {
  const tenant = requireTenant(ctx);
  const data = verifySchema.parse(input);
  // Access first: someone who may not see the complaint learns nothing about units from the answer.
  await complaintFor(ctx, id, 'verify');
  const unit = await unitWithPath(ctx, data.unitId);
  if (!unit || unit.closed)
    throw new Invalid('complaint_unit_unknown', {}, [{ path: 'unitId', code: 'complaint_unit_unknown' }]);
  const cal = await calendarOf(ctx, tenant);
  await transaction(ctx, async (tx) => {
    const report = await complaintFor(tx, id, 'verify');
    expectStatus(report, ['received']);
    const now = tx.clock.now();
    const answer = deadline(now, report.answer_days, cal);
    const first = await recordFirstResponse(tx, report, unit.id);
    await changeState(tx, report, ['received'], {
      ...first,
      status: 'routed',
      unit_id: unit.id,
      unit_path: unit.path,
      verified_at: now.toISOString(),
      answer_due_at: answer.due,
      answer_remind_at: answer.remind,
    });
    await complaintsRepo.bumpDaily(
      tx.db,
      statsKey(tenant, { unit_id: unit.id, category_id: report.category_id }, now),
      {
        verified: 1,
      },
    );
    await addEvent(tx, id, 'verified', unit.name);
    if (data.note) await addEvent(tx, id, 'note', data.note);
    await recordAudit(tx, {
      action: 'complaint.verified',
      entityType: 'complaint',
      entityId: id,
      after: { unitId: unit.id },
    });
    await notifyComplainant(tx, id, 'verified', { code: report.code, text: `Diteruskan ke / routed to: ${unit.name}` });
    const settings = await settingsOf(tx, tenant.id);
    if (!settings.dailyDigest)
      for (const email of await unitOfficerEmails(tx, unit.path))
        await notifyStaff(tx, email, {
          subject: `[${report.code}] Pengaduan baru untuk unit Anda / New complaint for your unit`,
          text: `${report.title}\n\nJawaban paling lambat / answer due: ${answer.due}`,
        });
  });
}

/** E-mail addresses of the complaint officers granted on the unit or one of its ancestors. */
export async function unitOfficerEmails(ctx: Ctx, unitPath: string): Promise<string[]> {
  const tenant = requireTenant(ctx);
  const ancestry = unitPath.split('/').filter(Boolean);
  if (!ancestry.length) return [];
  const rows = await ctx.db
    .selectFrom('role_grants')
    .innerJoin('accounts', 'accounts.id', 'role_grants.account_id')
    .select('accounts.email')
    .where('role_grants.tenant_id', '=', tenant.id)
    .where('role_grants.role', '=', 'complaint_officer')
    .where('role_grants.unit_id', 'in', ancestry)
    .execute();
  return [...new Set(rows.map((r) => r.email).filter((e): e is string => !!e))];
}

/** Postpone and ask the complainant for more: the verification clock stops until they answer. */
export async function postponeComplaint(ctx: Ctx, id: string, input: z.input<typeof postponeSchema>): Promise<void> {
  const tenant = requireTenant(ctx);
  const data = postponeSchema.parse(input);
  const cal = await calendarOf(ctx, tenant);
  await transaction(ctx, async (tx) => {
    const report = await complaintFor(tx, id, 'verify');
    expectStatus(report, ['received']);
    const now = tx.clock.now();
    const left = report.verification_due_at
      ? Math.max(1, workingDaysBetween(now, new Date(report.verification_due_at), cal))
      : 1;
    const first = await recordFirstResponse(tx, report, report.concerned_unit_id);
    await changeState(tx, report, ['received'], {
      ...first,
      status: 'postponed',
      question: data.question,
      verification_days_left: left,
      verification_due_at: null,
      verification_remind_at: null,
    });
    await addEvent(tx, id, 'postponed', data.question);
    await recordAudit(tx, {
      action: 'complaint.postponed',
      entityType: 'complaint',
      entityId: id,
      after: { daysLeft: left },
    });
    await notifyComplainant(tx, id, 'postponed', { code: report.code, text: data.question });
  });
}

/** Not our authority: closed with the referral (where to go instead). */
export async function referComplaint(ctx: Ctx, id: string, input: z.input<typeof referSchema>): Promise<void> {
  const data = referSchema.parse(input);
  await closeAtDesk(ctx, id, 'referred', { referral: data.referral }, data.referral);
}

/** Not a complaint: archived with the reason. */
export async function archiveComplaint(ctx: Ctx, id: string, input: z.input<typeof archiveSchema>): Promise<void> {
  const data = archiveSchema.parse(input);
  await closeAtDesk(ctx, id, 'archived', { archive_reason: data.reason }, data.reason);
}

async function closeAtDesk(
  ctx: Ctx,
  id: string,
  status: 'referred' | 'archived',
  set: Partial<Report>,
  text: string,
): Promise<void> {
  await transaction(ctx, async (tx) => {
    const report = await complaintFor(tx, id, 'verify');
    expectStatus(report, VERIFICATION_STATUSES);
    const first = await recordFirstResponse(tx, report, report.concerned_unit_id);
    await changeState(tx, report, VERIFICATION_STATUSES, {
      ...first,
      ...set,
      status,
      closed_at: tx.clock.now().toISOString(),
    });
    await addEvent(tx, id, status, text);
    await recordAudit(tx, { action: `complaint.${status}`, entityType: 'complaint', entityId: id, after: { status } });
    await notifyComplainant(tx, id, status, { code: report.code, text });
  });
}

/** Merge a duplicate into the original: the duplicate closes as merged, its followers follow the original. */
export async function mergeComplaint(ctx: Ctx, id: string, input: z.input<typeof mergeSchema>): Promise<void> {
  const data = mergeSchema.parse(input);
  await transaction(ctx, async (tx) => {
    const duplicate = await complaintFor(tx, id, 'verify');
    expectStatus(duplicate, VERIFICATION_STATUSES);
    const original = await complaintsRepo.report(tx.db, duplicate.tenant_id, data.originalId);
    if (!original) throw new NotFound();
    if (original.id === duplicate.id || !OPEN_STATUSES.includes(original.status as never))
      throw new Invalid('complaint_merge_invalid', {}, [{ path: 'originalId', code: 'complaint_merge_invalid' }]);
    await changeState(tx, duplicate, VERIFICATION_STATUSES, {
      status: 'merged',
      merged_into_id: original.id,
      closed_at: tx.clock.now().toISOString(),
    });
    // The duplicate's reporter hears it once, then follows the original's public steps.
    await notifyComplainant(tx, duplicate.id, 'merged', {
      code: duplicate.code,
      text: `Digabung ke / merged into ${original.code}`,
    });
    await complaintsRepo.moveFollowers(tx.db, duplicate.tenant_id, duplicate.id, original.id);
    await addEvent(tx, duplicate.id, 'merged', original.code);
    await addEvent(tx, original.id, 'duplicate_merged', duplicate.code);
    await recordAudit(tx, {
      action: 'complaint.merged',
      entityType: 'complaint',
      entityId: duplicate.id,
      after: { into: original.id },
    });
  });
}

/**
 * Similar open complaints for the verification desk: same category or same unit, received in the last 180
 * days, ranked by word overlap of title and description (computed here, so both dialects agree).
 */
export async function similarComplaints(ctx: Ctx, id: string) {
  const tenant = requireTenant(ctx);
  const report = await complaintFor(ctx, id, 'verify');
  const unitId = report.unit_id ?? report.concerned_unit_id;
  const since = new Date(Date.parse(report.received_at) - 180 * 86_400_000).toISOString();
  let q = ctx.db
    .selectFrom('complaints_reports')
    .select([
      'id',
      'code',
      'title',
      'status',
      'received_at',
      'search_text',
      'category_id',
      'unit_id',
      'concerned_unit_id',
    ])
    .where('tenant_id', '=', tenant.id)
    .where('status', 'in', [...OPEN_STATUSES])
    .where('id', '!=', report.id)
    .where('received_at', '>=', since);
  q = q.where((eb) =>
    unitId
      ? eb.or([
          eb('category_id', '=', report.category_id),
          eb('unit_id', '=', unitId),
          eb('concerned_unit_id', '=', unitId),
        ])
      : eb('category_id', '=', report.category_id),
  );
  const candidates = await q.orderBy('received_at', 'desc').limit(1000).execute();
  const mine = report.search_text.split(' ').filter(Boolean);
  return candidates
    .map((c) => ({
      id: c.id,
      code: c.code,
      title: c.title,
      status: c.status as Report['status'] as never,
      receivedAt: c.received_at,
      score: Math.round(similarity(mine, c.search_text.split(' ').filter(Boolean)) * 1000) / 1000,
      sameCategory: c.category_id === report.category_id,
      sameUnit: unitId !== null && (c.unit_id === unitId || c.concerned_unit_id === unitId),
    }))
    .filter((c) => c.score >= 0.15)
    .sort((a, b) => b.score - a.score || (a.receivedAt < b.receivedAt ? 1 : -1))
    .slice(0, 10);
}
