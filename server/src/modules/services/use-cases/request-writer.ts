import { requestCode } from '@lentera/common';
import type { Insertable } from 'kysely';
import { type AuditManyInput, lockAuditHead, recordAuditMany } from '../../../platform/audit/audit';
import { aloneTurn, type BatchTurn, Coalescer, type Settled } from '../../../platform/coalesce';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { atOnce } from '../../../platform/db/at-once';
import type { Db } from '../../../platform/db/database';
import { statementGroup } from '../../../platform/db/statement-group';
import type { MailMessage } from '../../../platform/mail/mailer';
import { notifyMany } from '../../../platform/messaging';
import type { NoticeRequest } from '../../../platform/messaging/types';
import { applicantNotice, serviceOfficers } from '../notify';
import { requestsRepo } from '../repository/requests';
import type { DocumentsTable, RequestsTable } from '../repository/tables';
import { eventRow } from '../requests-support';
import { unitAncestry } from './request-views';

/** A checked request waiting for its number (a signed-in applicant's) and its rows. */
export interface PendingRequest {
  /** The context of the request that filed it: its tenant, its applicant (the audit entry's actor). */
  ctx: Ctx;
  /** The request's row; `code` and the applicant's `applicant_email` are set here for a signed-in applicant. */
  row: RequestsTable;
  /** The tenant's local year of the submission: the year in the code. */
  year: number;
  numbered: boolean;
  documents: Insertable<DocumentsTable>[];
  serviceName: string;
  /** A guest's confirmation token (the request waits for it, unnumbered). */
  confirmToken: string | null;
  /** The staff's mail of the new request, written once its code is known. */
  staffMail: (row: RequestsTable) => { subject: string; text: string };
}

/**
 * Writes requests of one tenant in the caller's transaction, in order, as filing them one by one would: the year's
 * numbers (one upsert per year for the whole batch, taken in the batch's ordered step), the requests, their
 * documents, their first timeline steps, the audit entries and the e-mails, each with one statement for all of them.
 */
export async function writeRequests(
  tx: Ctx,
  pending: readonly PendingRequest[],
  turn: BatchTurn = aloneTurn,
  /** The caller began the transaction for this batch alone: the writes go to the server with its commit. */
  endsTransaction = false,
): Promise<Array<Settled<{ code: string | null }>>> {
  if (!tx.inTransaction) throw new Error('writeRequests must run inside a transaction');
  const tenant = requireTenant(tx);
  if (pending.some((item) => item.row.tenant_id !== tenant.id)) throw new Error('a request batch is of one tenant');
  const { emails, officers } = await recipients(tx, pending);
  const counts = new Map<number, number>();
  for (const item of pending) if (item.numbered) counts.set(item.year, (counts.get(item.year) ?? 0) + 1);
  // The batch's ordered step, in one round trip on PostgreSQL: the year's sequence rows and the audit chain's head,
  // locked until the batch commits (batches of other nodes wait for them on the server).
  const { lasts, head } = await turn.inOrder(async () => {
    const years = [...counts.keys()].sort((a, b) => a - b);
    const [standing, head] = await atOnce(tx.db, (db) =>
      Promise.all([
        Promise.all(years.map((year) => requestsRepo.takeSequences(db, tenant.id, year, counts.get(year) as number))),
        lockAuditHead(tx, tenant.id, db),
      ]),
    );
    return { lasts: new Map(years.map((year, i) => [year, standing[i] as number])), head };
  });
  // The first number of each year in the batch, handed out in arrival order.
  const next = new Map([...lasts].map(([year, last]) => [year, last - (counts.get(year) as number) + 1]));
  const rows = pending.map((item) => {
    if (!item.numbered) return item.row;
    const seq = next.get(item.year) as number;
    next.set(item.year, seq + 1);
    const email = emails.get(item.row.applicant_account_id ?? '') ?? '';
    return { ...item.row, code: requestCode(tenant.code, item.year, seq), applicant_email: email };
  });
  // The rows below depend on nothing read back: on PostgreSQL they go to the server as one statement (with the
  // commit when the caller began the transaction for this batch); on SQLite they are written as they come.
  const writes = statementGroup(tx.db);
  await requestsRepo.insertRequests(writes.db, rows);
  await requestsRepo.insertDocuments(
    writes.db,
    pending.flatMap((item) => item.documents),
  );
  await requestsRepo.insertEvents(
    writes.db,
    pending.map((item, i) =>
      eventRow(tx, item.row.id, 'submitted', {
        asApplicant: true,
        at: (rows[i] as RequestsTable).created_at,
        data: { documents: item.documents.length },
      }),
    ),
  );
  await recordAuditMany(
    tx,
    pending.map(
      (item, i): AuditManyInput => ({
        actor: item.ctx.actor,
        action: 'services.request_submitted',
        entityType: 'services_request',
        entityId: item.row.id,
        after: {
          serviceId: item.row.service_id,
          standardId: item.row.standard_id,
          code: (rows[i] as RequestsTable).code,
          guest: !item.numbered,
        },
      }),
    ),
    writes.db,
    head ? new Map([[tenant.id, head]]) : undefined,
  );
  const mails: MailMessage[] = [];
  const notices: NoticeRequest[] = [];
  pending.forEach((item, i) => {
    const row = rows[i] as RequestsTable;
    const own = item.numbered
      ? applicantNotice(tx, row, 'received', { serviceName: item.serviceName })
      : item.confirmToken
        ? applicantNotice(tx, row, 'confirm', { serviceName: item.serviceName, confirmToken: item.confirmToken })
        : null;
    if (own) notices.push(own);
    if (item.numbered) {
      const message = item.staffMail(row);
      for (const to of officers.get(item.row.unit_id) ?? []) mails.push({ to, ...message });
    }
  });
  // The applicants' notices with one read of their choices, then one insert per outbox; the staff's mails beside.
  if (notices.length) await notifyMany({ ...tx, writes: writes.db }, notices);
  if (mails.length) await tx.mailer.enqueueMany({ ...tx, writes: writes.db }, mails);
  await (endsTransaction ? writes.commit() : writes.flush());
  return rows.map((row) => ({ ok: true, value: { code: row.code } }));
}

/**
 * For the batch's signed-in applicants, once: their accounts' addresses, and the officers of each unit (granted on
 * it, an ancestor, or the whole tenant), with one read of the tenant's officers for all units.
 */
async function recipients(tx: Ctx, pending: readonly PendingRequest[]) {
  const numbered = pending.filter((item) => item.numbered);
  const accountIds = [...new Set(numbered.map((item) => item.row.applicant_account_id).filter((a) => a !== null))];
  const unitIds = [...new Set(numbered.map((item) => item.row.unit_id))];
  const [accounts, ancestries, grants] = await atOnce(tx.db, (db) =>
    Promise.all([
      accountIds.length
        ? db.selectFrom('accounts').select(['id', 'email']).where('id', 'in', accountIds).execute()
        : [],
      Promise.all(unitIds.map((unitId) => unitAncestry(tx, unitId))),
      unitIds.length ? serviceOfficers({ ...tx, db }) : [],
    ]),
  );
  const officers = new Map(
    unitIds.map((unitId, i) => {
      const ancestry = ancestries[i] as string[];
      const to = grants
        .filter((g) => g.unit_id === null || ancestry.includes(g.unit_id))
        .map((g) => g.email)
        .filter((e): e is string => !!e?.trim());
      return [unitId, [...new Set(to)]];
    }),
  );
  return { emails: new Map(accounts.map((a) => [a.id, a.email ?? ''])), officers };
}

const queues = new WeakMap<Db, Coalescer<PendingRequest, { code: string | null }>>();

/**
 * Files a checked request and returns its code (null for a guest's). Inside a caller's transaction it is written
 * there; otherwise it joins the requests of the same tenant filed in the same moment, all written in one transaction
 * (`writeRequests`): under load fifty requests' statements each become a handful in all. If a batch fails, each
 * request is written again alone, so only the one at fault is refused.
 */
export async function fileRequest(ctx: Ctx, item: PendingRequest): Promise<{ code: string | null }> {
  if (ctx.inTransaction) {
    const [outcome] = await writeRequests(ctx, [item]);
    if (!outcome?.ok) throw outcome?.error;
    return outcome.value;
  }
  const db = ctx.db as Db;
  let queue = queues.get(db);
  if (!queue) {
    // The year's numbers are taken in arrival order (the batch's ordered step). SQLite has one connection, whose
    // transactions run one after the other; on PostgreSQL a tenant's next batch reads its recipients while the one
    // before it holds the sequence row and commits.
    queue = new Coalescer<PendingRequest, { code: string | null }>(
      (batch, turn) => transaction((batch[0] as PendingRequest).ctx, (tx) => writeRequests(tx, batch, turn, true)),
      50,
      ctx.dialect === 'postgres' ? 2 : 1,
    );
    queues.set(db, queue);
  }
  return queue.add(item.row.tenant_id, item);
}
