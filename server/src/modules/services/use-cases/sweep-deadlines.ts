import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, makeCtx, type Services, transaction } from '../../../platform/context';
import { findTenantById, type TenantRecord } from '../../../platform/tenancy/repository';
import { peopleService } from '../../people/index';
import { inboxLink, notifyStaff, unitOfficerEmails } from '../notify';
import { catalogRepo } from '../repository/catalog';
import { requestsRepo } from '../repository/requests';
import type { RequestRow } from '../repository/tables';
import { eventRow } from '../requests-support';
import { unitAncestry } from './request-views';

/** Requests on the clock: a request whose documents are incomplete has no due time, and one ready waits for pickup. */
const ON_THE_CLOCK = ['submitted', 'in_process', 'approved'] as const;

const NOTICES = [
  { claim: 'reminded_at', dueColumn: 'remind_at', escalation: false },
  { claim: 'escalated_at', dueColumn: 'due_at', escalation: true },
] as const;

/**
 * Reminders to the unit's service officers one working day before a request's due time, and an escalation to the
 * head of the unit once it has passed (to the officers when the post is empty). Each notice is claimed by a
 * conditional update in the transaction that queues its mail, so it goes out exactly once, also with several nodes
 * sweeping at the same time and after a restart. Returns the notices sent. `tenantId` limits it to one tenant (the
 * demo seed's quiet run).
 */
export async function sweepServiceDeadlines(
  services: Services,
  options: { limit?: number; tenantId?: string } = {},
): Promise<number> {
  const limit = options.limit ?? 500;
  const base = makeCtx(services);
  const now = services.clock.now().toISOString();
  const tenants = new Map<string, TenantRecord | undefined>();
  let sent = 0;
  for (const notice of NOTICES) {
    const due = await requestsRepo.noticesDue(
      services.db,
      ON_THE_CLOCK,
      notice.dueColumn,
      notice.claim,
      now,
      limit,
      options.tenantId,
    );
    for (const request of due) {
      if (!tenants.has(request.tenant_id))
        tenants.set(request.tenant_id, await findTenantById(services.db, request.tenant_id));
      const tenant = tenants.get(request.tenant_id);
      if (!tenant) continue;
      const ctx: Ctx = { ...base, tenant };
      const recipients = await recipientsFor(ctx, request, notice.escalation);
      const service = await catalogRepo.service(ctx.db, tenant.id, request.service_id);
      await transaction(ctx, async (tx) => {
        if (!(await requestsRepo.claim(tx.db, tenant.id, request.id, notice.claim, now))) return;
        sent += 1;
        const kind = notice.escalation ? 'escalated' : 'reminder';
        await requestsRepo.insertEvents(tx.db, [eventRow(tx, request.id, kind, { note: recipients.label, at: now })]);
        await recordAudit(tx, {
          action: notice.escalation ? 'services.request_escalated' : 'services.request_reminded',
          entityType: 'services_request',
          entityId: request.id,
          after: { dueDate: request.due_date, to: recipients.label },
        });
        await notifyStaff(tx, recipients.emails, {
          subject: notice.escalation
            ? `[${request.code}] Permohonan lewat batas waktu / Overdue service request`
            : `[${request.code}] Batas waktu besok / Due in one working day`,
          text: [
            `${service?.name ?? ''}: ${request.code}`,
            `${notice.escalation ? 'Batas waktu telah lewat / due date passed' : 'Batas waktu / due date'}: ${request.due_date ?? ''}`,
            '',
            'Buka di kotak masuk layanan. / Open it in the service inbox:',
            inboxLink(tx, request.id),
          ].join('\n'),
        });
      });
    }
  }
  return sent;
}

async function recipientsFor(
  ctx: Ctx,
  request: RequestRow,
  escalation: boolean,
): Promise<{ emails: string[]; label: string }> {
  const officers = () => unitAncestry(ctx, request.unit_id).then((ancestry) => unitOfficerEmails(ctx, ancestry));
  if (!escalation) return { emails: await officers(), label: 'service officers' };
  const head = await peopleService.headOfUnit(ctx, request.unit_id);
  const headEmail =
    head?.email ??
    (head?.accountId
      ? (await ctx.db.selectFrom('accounts').select('email').where('id', '=', head.accountId).executeTakeFirst())?.email
      : null);
  if (head && headEmail) return { emails: [headEmail], label: `head of unit: ${head.displayName}` };
  return { emails: await officers(), label: 'service officers (no head of unit with an e-mail)' };
}
