import {
  checkRequest,
  type FormField,
  localDate,
  type SubmitRequestInput,
  type SubmitResult,
  submitRequestSchema,
} from '@lentera/common';
import { type Ctx, requireTenant } from '../../../platform/context';
import { Conflict, Invalid, NotFound } from '../../../platform/errors';
import { randomToken, uuidv7 } from '../../../platform/ids';
import { inboxLink } from '../notify';
import type { RequestsTable, StandardRow } from '../repository/tables';
import {
  calendarOf,
  deadlineFrom,
  hashToken,
  NO_DEADLINE,
  readDocuments,
  refuseIssues,
  storeDocuments,
  type UploadedDocument,
  withStoredFiles,
} from '../requests-support';
import { formOf, inForce } from '../support';
import { offeredService } from './catalog';
import { fileRequest } from './request-writer';

/** A published version never changes: its form is parsed once per snapshot row, not per request. */
const publishedForms = new WeakMap<StandardRow, FormField[]>();
function formOfPublished(standard: StandardRow): FormField[] {
  let form = publishedForms.get(standard);
  if (!form) {
    form = formOf(standard);
    publishedForms.set(standard, form);
  }
  return form;
}

export interface SubmitOptions {
  /** Files as uploaded, in fields `doc.<fieldKey>`. */
  documents?: UploadedDocument[];
}

/**
 * Files a request for a service with the form of a published version of its standard (the one in force, or an
 * older one a citizen was still filling in: the request keeps the version it was made with). A signed-in account
 * files as itself and gets its code and due date at once; a guest gets a confirmation link by e-mail and the
 * request waits (`pending_email`, no code, no clock) until it is opened.
 */
export async function submitRequest(
  ctx: Ctx,
  serviceId: string,
  input: SubmitRequestInput,
  options: SubmitOptions = {},
): Promise<SubmitResult> {
  const tenant = requireTenant(ctx);
  const data = submitRequestSchema.parse(input);
  // The service and its published versions from the public catalog's snapshot: exact (the snapshot of the current
  // revisions), and under load no read of its own.
  const offered = await offeredService(ctx, serviceId);
  if (offered?.service.active !== 1) throw new NotFound();
  const { service, published } = offered;
  const now = ctx.clock.now();
  const today = localDate(now, tenant.timeZone);
  if (!inForce(published, today)) throw new Conflict('services_not_published');
  const standard = published.find((s) => s.id === data.standardId && s.effective_from <= today);
  if (!standard) throw new Conflict('services_form_version');

  const account = ctx.actor;
  if (!account && !data.guest)
    throw new Invalid('services_sign_in', {}, [{ path: 'guest', message: 'services_sign_in' }]);

  const form = formOfPublished(standard);
  const { documents, facts, issues } = await readDocuments(form, options.documents ?? []);
  refuseIssues([...issues, ...checkRequest(form, data.values, facts)]);
  // Only the form's own fields are kept, as text and numbers (scripts stay text: the web escapes on display).
  const answers = Object.fromEntries(
    form
      .filter((f) => f.type !== 'document' && data.values[f.key] !== undefined)
      .map((f) => [f.key, data.values[f.key]]),
  );

  const id = uuidv7(now.getTime());
  // The documents are stored before the transaction (removed again if it fails). A signed-in applicant's address
  // and the unit's officers (told of the new request) are read by the batch that writes it (request-writer.ts).
  const [cal, stored] = await Promise.all([calendarOf(ctx, tenant), storeDocuments(ctx, id, documents)]);
  const applicant = account
    ? { accountId: account.accountId, name: account.name, email: '' }
    : { accountId: null, name: data.guest?.name ?? '', email: data.guest?.email ?? '' };
  const confirmToken = account ? null : randomToken(24);
  const at = now.toISOString();

  const year = Number(today.slice(0, 4));
  const deadline = account && standard.duration_days !== null ? deadlineFrom(now, standard.duration_days, cal) : null;
  const row: RequestsTable = {
    id,
    tenant_id: tenant.id,
    service_id: service.id,
    standard_id: standard.id,
    unit_id: service.unit_id,
    code: null,
    status: account ? 'submitted' : 'pending_email',
    applicant_account_id: applicant.accountId,
    applicant_name: applicant.name,
    applicant_email: applicant.email,
    answers: JSON.stringify(answers),
    fee: Number(standard.fee ?? 0),
    submitted_at: account ? at : null,
    ...(deadline ?? NO_DEADLINE),
    days_used: 0,
    paused_at: null,
    missing: null,
    missing_note: null,
    refusal_reason: null,
    paid_receipt: null,
    paid_amount: null,
    paid_at: null,
    output_kind: null,
    output_file_key: null,
    output_name: null,
    completed_at: null,
    working_days: null,
    reminded_at: null,
    escalated_at: null,
    survey_token: null,
    survey_expires_at: null,
    follow_token_hash: null,
    confirm_token_hash: confirmToken ? hashToken(confirmToken) : null,
    created_at: at,
    updated_at: at,
  };
  // Written with the requests of the same moment, in one transaction (request-writer.ts); the files stored above are
  // removed again if it fails.
  const result = await withStoredFiles(stored.discard, () =>
    fileRequest(ctx, {
      ctx,
      row,
      year,
      numbered: Boolean(account),
      documents: stored.rows,
      serviceName: service.name,
      confirmToken,
      staffMail: (written) => newRequestMail(ctx, written, service.name),
    }),
  );
  return {
    id,
    code: result.code,
    status: account ? 'submitted' : 'pending_email',
    dueDate: row.due_date,
    followPath: null,
    confirmationSent: !account,
  };
}

/** The unit's officers hear of each new request (code, service, due date; nothing of the applicant's answers). */
export function newRequestMail(ctx: Ctx, row: Pick<RequestsTable, 'id' | 'code' | 'due_date'>, serviceName: string) {
  return {
    subject: `[${row.code}] Permohonan layanan baru / New service request`,
    text: [
      `${serviceName}: ${row.code}`,
      `Batas waktu / due: ${row.due_date ?? '-'}`,
      '',
      'Periksa berkasnya di kotak masuk layanan. / Check the documents in the service inbox:',
      inboxLink(ctx, row.id),
    ].join('\n'),
  };
}
