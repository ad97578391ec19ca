import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, makeCtx, type Services, transaction } from '../../../platform/context';
import { findTenantById, type TenantRecord } from '../../../platform/tenancy/repository';
import { peopleService } from '../../people/index';
import { notifyStaff } from '../notify';
import { complaintsRepo, type Report } from '../repository';
import { addEvent, settingsOf } from '../support';
import { unitOfficerEmails } from './verify-complaint';

type Notice = 'verification_reminded_at' | 'verification_escalated_at' | 'answer_reminded_at' | 'answer_escalated_at';

const NOTICES: Array<{
  claim: Notice;
  statuses: string[];
  dueColumn: 'verification_remind_at' | 'verification_due_at' | 'answer_remind_at' | 'answer_due_at';
}> = [
  { claim: 'verification_reminded_at', statuses: ['received'], dueColumn: 'verification_remind_at' },
  { claim: 'verification_escalated_at', statuses: ['received'], dueColumn: 'verification_due_at' },
  { claim: 'answer_reminded_at', statuses: ['routed', 'in_progress'], dueColumn: 'answer_remind_at' },
  { claim: 'answer_escalated_at', statuses: ['routed', 'in_progress'], dueColumn: 'answer_due_at' },
];

async function coordinatorEmails(ctx: Ctx, tenantId: string): Promise<string[]> {
  const rows = await ctx.db
    .selectFrom('role_grants')
    .innerJoin('accounts', 'accounts.id', 'role_grants.account_id')
    .select('accounts.email')
    .where('role_grants.tenant_id', '=', tenantId)
    .where('role_grants.role', '=', 'complaint_coordinator')
    .execute();
  return [...new Set(rows.map((r) => r.email).filter((e): e is string => !!e))];
}

/**
 * Reminders one working day before each due time and escalations once it has passed: to the desk and the
 * coordinator for verification; to the assigned or unit officers, then the unit's head and the coordinator,
 * for the answer. Each notice is claimed by a conditional update in the transaction that queues its mail, so
 * it goes out exactly once even with several nodes sweeping at the same time, and after restarts.
 */
export async function sweepComplaintDeadlines(services: Services, limit = 500): Promise<number> {
  const base = makeCtx(services);
  const now = services.clock.now().toISOString();
  const tenants = new Map<string, TenantRecord | undefined>();
  let sent = 0;
  for (const notice of NOTICES) {
    const due = await services.db
      .selectFrom('complaints_reports')
      .selectAll()
      .where('status', 'in', notice.statuses)
      .where(notice.dueColumn, '<', now)
      .where(notice.claim, 'is', null)
      .orderBy(notice.dueColumn)
      .limit(limit)
      .execute();
    for (const report of due) {
      if (!tenants.has(report.tenant_id))
        tenants.set(report.tenant_id, await findTenantById(services.db, report.tenant_id));
      const tenant = tenants.get(report.tenant_id);
      if (!tenant) continue;
      const ctx = { ...base, tenant };
      const recipients = await recipientsFor(ctx, report, notice.claim);
      const digest = (await settingsOf(ctx, tenant.id)).dailyDigest;
      await transaction(ctx, async (tx) => {
        if (!(await complaintsRepo.claim(tx.db, tenant.id, report.id, notice.claim, now))) return;
        sent += 1;
        const escalation = notice.claim.endsWith('escalated_at');
        await addEvent(tx, report.id, escalation ? 'escalated' : 'reminder', recipients.label, { asSystem: true });
        await recordAudit(tx, {
          action: `complaint.${escalation ? 'escalated' : 'reminded'}`,
          entityType: 'complaint',
          entityId: report.id,
          after: { notice: notice.claim },
        });
        // With the daily digest, reminders wait for the digest; escalations always go out at once.
        if (digest && !escalation) return;
        for (const email of recipients.emails)
          await notifyStaff(tx, email, {
            subject: escalation
              ? `[${report.code}] Lewat batas waktu / Overdue`
              : `[${report.code}] Batas waktu besok / Due in one working day`,
            text: `${report.title}\n\n${escalation ? 'Batas waktu telah lewat / due time passed' : 'Batas waktu / due'}: ${report[notice.dueColumn === 'verification_remind_at' || notice.dueColumn === 'verification_due_at' ? 'verification_due_at' : 'answer_due_at'] ?? ''}`,
          });
      });
    }
  }
  return sent;
}

async function recipientsFor(ctx: Ctx, report: Report, claim: Notice): Promise<{ emails: string[]; label: string }> {
  const coordinators = await coordinatorEmails(ctx, report.tenant_id);
  if (claim === 'verification_reminded_at' || claim === 'verification_escalated_at')
    return { emails: coordinators, label: 'coordinator' };
  const officers = report.assigned_account_id
    ? (
        await ctx.db.selectFrom('accounts').select('email').where('id', '=', report.assigned_account_id).execute()
      ).flatMap((a) => (a.email ? [a.email] : []))
    : await unitOfficerEmails(ctx, report.unit_path ?? '');
  if (claim === 'answer_reminded_at') return { emails: officers, label: 'officers' };
  const head = report.unit_id ? await peopleService.headOfUnit(ctx, report.unit_id) : null;
  const headEmail =
    head?.email ??
    (head?.accountId
      ? (await ctx.db.selectFrom('accounts').select('email').where('id', '=', head.accountId).executeTakeFirst())?.email
      : null);
  return {
    emails: [...new Set([...(headEmail ? [headEmail] : []), ...coordinators])],
    label: head ? `head of unit: ${head.displayName}; coordinator` : 'coordinator',
  };
}
