import { localDate, requestCode, type SubmitResult } from '@lentera/common';
import { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { Invalid } from '../../../platform/errors';
import { randomToken } from '../../../platform/ids';
import { notifyApplicant, notifyStaff, unitOfficerEmails } from '../notify';
import { catalogRepo } from '../repository/catalog';
import { requestsRepo } from '../repository/requests';
import { calendarOf, deadlineFrom, eventRow, followPagePath, hashToken, NO_DEADLINE } from '../requests-support';
import { unitAncestry } from './request-views';
import { newRequestMail } from './submit-request';

export const confirmGuestSchema = z.object({ token: z.string().trim().min(10).max(100) });

/**
 * A guest opens the link e-mailed at submission: the request gets its code and its clock starts now, and the
 * guest gets a secret follow link (by e-mail, and in the answer). The link works once.
 */
export async function confirmGuest(ctx: Ctx, input: z.input<typeof confirmGuestSchema>): Promise<SubmitResult> {
  const tenant = requireTenant(ctx);
  const { token } = confirmGuestSchema.parse(input);
  const request = await requestsRepo.requestByTokenHash(ctx.db, tenant.id, 'confirm_token_hash', hashToken(token));
  if (request?.status !== 'pending_email') throw new Invalid('services_link_invalid');
  const [standard, service] = await Promise.all([
    catalogRepo.standard(ctx.db, tenant.id, request.standard_id),
    catalogRepo.service(ctx.db, tenant.id, request.service_id),
  ]);
  const cal = await calendarOf(ctx, tenant);
  const ancestry = await unitAncestry(ctx, request.unit_id);
  const followToken = randomToken(24);
  const now = ctx.clock.now();
  const at = now.toISOString();
  const deadline =
    standard?.duration_days !== null && standard?.duration_days !== undefined
      ? deadlineFrom(now, standard.duration_days, cal)
      : NO_DEADLINE;
  return transaction(ctx, async (tx) => {
    const year = Number(localDate(now, tenant.timeZone).slice(0, 4));
    const code = requestCode(tenant.code, year, await requestsRepo.nextSequence(tx.db, tenant.id, year));
    const changed = await requestsRepo.change(tx.db, tenant.id, request.id, ['pending_email'], {
      status: 'submitted',
      code,
      submitted_at: at,
      ...deadline,
      confirm_token_hash: null,
      follow_token_hash: hashToken(followToken),
      updated_at: at,
    });
    // Opened twice at once: the second finds it confirmed already (its number rolls back with it).
    if (!changed) throw new Invalid('services_link_invalid');
    await requestsRepo.insertEvents(tx.db, [eventRow(tx, request.id, 'confirmed', { asApplicant: true })]);
    await recordAudit(tx, {
      action: 'services.request_confirmed',
      entityType: 'services_request',
      entityId: request.id,
      after: { code },
    });
    const row = { ...request, code, due_date: deadline.due_date };
    const serviceName = service?.name ?? '';
    await notifyApplicant(tx, row, 'received', { serviceName, followToken });
    await notifyStaff(tx, await unitOfficerEmails(tx, ancestry), newRequestMail(tx, row, serviceName));
    return {
      id: request.id,
      code,
      status: 'submitted' as const,
      dueDate: deadline.due_date,
      followPath: followPagePath(tenant.slug, followToken),
      confirmationSent: false,
    };
  });
}
