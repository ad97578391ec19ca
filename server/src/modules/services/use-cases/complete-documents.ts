import { checkRequest, type RequestDetail } from '@lentera/common';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { Conflict } from '../../../platform/errors';
import { inboxLink, notifyApplicant, notifyStaff, unitOfficerEmails } from '../notify';
import { catalogRepo } from '../repository/catalog';
import { requestsRepo } from '../repository/requests';
import type { RequestRow } from '../repository/tables';
import {
  calendarOf,
  deadlineFrom,
  eventRow,
  expectStatus,
  type RequestAccess,
  reachRequest,
  readDocuments,
  refuseIssues,
  storeDocuments,
  type UploadedDocument,
  withStoredFiles,
} from '../requests-support';
import { formOf } from '../support';
import { presentDetail, unitAncestry } from './request-views';

/**
 * The applicant adds the documents an officer asked for (only while the request is `incomplete`). Once every field
 * the officer named has a file given since the stop, the request is `submitted` again and its clock restarts: the
 * new due date is the working days left (the standard's time minus the days used before the stop) counted from now.
 * Files given before that stay with the request, and it waits. An officer of the unit may add them too (the
 * applicant brought the papers to the counter).
 */
export async function completeDocuments(
  ctx: Ctx,
  access: RequestAccess,
  uploads: readonly UploadedDocument[],
): Promise<RequestDetail> {
  const tenant = requireTenant(ctx);
  const { request, asOfficer } = await reachRequest(ctx, access);
  expectStatus(request, ['incomplete']);
  const [standard, service] = await Promise.all([
    catalogRepo.standard(ctx.db, tenant.id, request.standard_id),
    catalogRepo.service(ctx.db, tenant.id, request.service_id),
  ]);
  const form = standard ? formOf(standard) : [];
  const answers = JSON.parse(request.answers) as Record<string, string | number>;
  const { documents, facts, issues } = await readDocuments(form, uploads);
  refuseIssues([...issues, ...checkRequest(form, answers, facts, { documentsLater: true })]);

  const missing = request.missing ? (JSON.parse(request.missing) as string[]) : [];
  const since = request.paused_at ?? request.updated_at;
  const given = new Set(
    (await requestsRepo.documents(ctx.db, tenant.id, request.id))
      .filter((d) => d.uploaded_at >= since)
      .map((d) => d.field_key),
  );
  for (const d of documents) given.add(d.fieldKey);
  const complete = missing.every((key) => given.has(key));
  const now = ctx.clock.now();
  const at = now.toISOString();
  const cal = await calendarOf(ctx, tenant);
  const ancestry = complete ? await unitAncestry(ctx, request.unit_id) : [];
  const left = Math.max(0, (standard?.duration_days ?? 0) - request.days_used);
  const deadline = standard?.duration_days != null ? deadlineFrom(now, left, cal) : null;
  const stored = await storeDocuments(ctx, request.id, documents);

  const after = await withStoredFiles(stored.discard, () =>
    transaction(ctx, async (tx) => {
      await requestsRepo.insertDocuments(tx.db, stored.rows);
      let row: RequestRow = request;
      if (complete) {
        const set = {
          status: 'submitted',
          paused_at: null,
          missing: null,
          missing_note: null,
          due_date: deadline?.due_date ?? null,
          due_at: deadline?.due_at ?? null,
          remind_at: deadline?.remind_at ?? null,
          // A new due time gets its own reminder (an escalation stays once per request).
          reminded_at: null,
          updated_at: at,
        };
        if (!(await requestsRepo.change(tx.db, tenant.id, request.id, ['incomplete'], set)))
          throw new Conflict('services_request_state', { code: request.code ?? '', status: 'changed' });
        row = { ...request, ...set };
        await requestsRepo.insertEvents(tx.db, [
          eventRow(tx, request.id, 'completed_documents', {
            asApplicant: true,
            data: { documents: stored.rows.length, dueDate: row.due_date },
          }),
        ]);
        await notifyApplicant(tx, row, 'completed_documents', { serviceName: service?.name ?? '' });
        await notifyStaff(tx, await unitOfficerEmails(tx, ancestry), {
          subject: `[${request.code}] Berkas dilengkapi / Documents completed`,
          text: `${service?.name ?? ''}: ${request.code}\nBatas waktu baru / new due date: ${row.due_date ?? '-'}\n\n${inboxLink(tx, request.id)}`,
        });
      } else if (stored.rows.length) {
        await requestsRepo.change(tx.db, tenant.id, request.id, ['incomplete'], { updated_at: at });
      }
      await recordAudit(tx, {
        action: 'services.request_completed_documents',
        entityType: 'services_request',
        entityId: request.id,
        after: { documents: stored.rows.map((r) => r.field_key), complete },
      });
      return row;
    }),
  );
  return presentDetail(ctx, after, access, asOfficer);
}
