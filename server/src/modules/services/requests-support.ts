import { createHash } from 'node:crypto';
import {
  addWorkingDays,
  type FieldIssue,
  type FormField,
  localDate,
  MAX_DOCUMENT_BYTES,
  type RequestStatus,
  type RequestStepKind,
  type WorkingCalendar,
  workingDaysBetween,
} from '@lentera/common';
import type { Insertable } from 'kysely';
import { type Ctx, requireTenant } from '../../platform/context';
import { Conflict, Invalid, NotFound, Unauthenticated } from '../../platform/errors';
import { type CleanFile, cleanFile, FileRefused } from '../../platform/files';
import { uuidv7 } from '../../platform/ids';
import type { TenantRecord } from '../../platform/tenancy/repository';
import { SERVICES } from './policy';
import { requestsRepo } from './repository/requests';
import type { DocumentsTable, RequestEventRow, RequestEventsTable, RequestRow } from './repository/tables';

/**
 * What the request use cases share: who may see a request, its state checks, the clock (due dates on the tenant's
 * working days, the days it stood still), the timeline rows and the documents as uploaded.
 */

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export const servicesApi = (slug: string) => `/api/t/${slug}/services`;
export const followPagePath = (slug: string, token: string) => `/t/${slug}/layanan/ikuti/${token}`;
export const confirmPagePath = (slug: string, token: string) => `/t/${slug}/layanan/konfirmasi/${token}`;

export function calendarOf(ctx: Ctx, tenant: TenantRecord): Promise<WorkingCalendar> {
  return ctx.calendars.forTenant(tenant.id, tenant.timeZone);
}

export interface Deadline {
  due_date: string;
  due_at: string;
  remind_at: string;
}

/**
 * The due time `days` working days after `start` (the end of that local day) and the reminder one working day
 * before it (the end of the day before; for a one-day time, the end of the start day when it is a working day).
 */
export function deadlineFrom(start: Date, days: number, cal: WorkingCalendar): Deadline {
  // Both depend on the local date of `start` only: computed once per calendar, date and length (requests of a day
  // share them).
  let known = deadlines.get(cal);
  if (!known) {
    known = new Map();
    deadlines.set(cal, known);
  }
  const key = `${localDate(start, cal.timeZone)}|${days}`;
  let deadline = known.get(key);
  if (!deadline) {
    const due = addWorkingDays(start, Math.max(0, days), cal);
    const remind = addWorkingDays(start, Math.max(0, days - 1), cal);
    deadline = { due_date: due.date, due_at: due.at.toISOString(), remind_at: remind.at.toISOString() };
    if (known.size >= 1000) known.clear();
    known.set(key, deadline);
  }
  return { ...deadline };
}

const deadlines = new WeakMap<WorkingCalendar, Map<string, Deadline>>();

export const NO_DEADLINE = { due_date: null, due_at: null, remind_at: null } as const;

/**
 * The working days the clock stood still (documents incomplete): each stop from its `incomplete` step to the
 * `completed_documents` step that restarted it, or to `until` while it still stands.
 */
export function stoppedDays(events: readonly RequestEventRow[], cal: WorkingCalendar, until: Date): number {
  let total = 0;
  let pausedAt: Date | null = null;
  for (const event of events) {
    if (event.kind === 'incomplete' && !pausedAt) pausedAt = new Date(event.at);
    if (event.kind === 'completed_documents' && pausedAt) {
      total += workingDaysBetween(pausedAt, new Date(event.at), cal);
      pausedAt = null;
    }
  }
  if (pausedAt) total += workingDaysBetween(pausedAt, until, cal);
  return total;
}

/**
 * Working days the request was on the clock from its submission to `at`: the working days after the day it was
 * submitted up to and including the day of `at`, minus the days it stood still. Done on the day of submission is 0.
 */
export function daysOnClock(
  request: Pick<RequestRow, 'submitted_at'>,
  events: readonly RequestEventRow[],
  cal: WorkingCalendar,
  at: Date,
): number {
  if (!request.submitted_at) return 0;
  return Math.max(0, workingDaysBetween(new Date(request.submitted_at), at, cal) - stoppedDays(events, cal, at));
}

/** Steps the applicant sees on the timeline; reminders and escalations stay with the staff. */
const PRIVATE_STEPS = new Set<RequestStepKind>(['reminder', 'escalated']);

export function eventRow(
  ctx: Ctx,
  requestId: string,
  kind: RequestStepKind,
  options: { note?: string; data?: Record<string, unknown>; at?: string; asApplicant?: boolean } = {},
): Insertable<RequestEventsTable> {
  const tenant = requireTenant(ctx);
  const at = options.at ?? ctx.clock.now().toISOString();
  return {
    id: uuidv7(Date.parse(at)),
    tenant_id: tenant.id,
    request_id: requestId,
    kind,
    note: options.note ?? '',
    data: JSON.stringify(options.data ?? {}),
    public: PRIVATE_STEPS.has(kind) ? 0 : 1,
    // The applicant's own steps never name them on the staff timeline; an officer's step keeps who acted.
    actor_account_id: options.asApplicant ? null : (ctx.actor?.accountId ?? null),
    at,
  };
}

export function expectStatus(request: RequestRow, allowed: readonly RequestStatus[]): void {
  if (!allowed.includes(request.status as RequestStatus))
    throw new Conflict('services_request_state', { code: request.code ?? '', status: request.status });
}

/** How a caller reaches a request: by id (its applicant's account, or an officer of its unit) or a guest's secret. */
export type RequestAccess = { requestId: string } | { token: string };

export interface Reached {
  request: RequestRow;
  /** An officer of the request's unit (sees the actions); otherwise its applicant. */
  asOfficer: boolean;
}

/** The request the caller may see; anything else (another's, another tenant's, unknown) is 404 alike. */
export async function reachRequest(ctx: Ctx, access: RequestAccess): Promise<Reached> {
  const tenant = requireTenant(ctx);
  if ('token' in access) {
    const request = await requestsRepo.requestByTokenHash(
      ctx.db,
      tenant.id,
      'follow_token_hash',
      hashToken(access.token),
    );
    if (!request) throw new NotFound();
    return { request, asOfficer: false };
  }
  if (!ctx.actor) throw new Unauthenticated();
  const request = await requestsRepo.request(ctx.db, tenant.id, access.requestId);
  if (!request) throw new NotFound();
  if (await ctx.access.can(ctx.actor, SERVICES.serve, { tenantId: tenant.id, unitId: request.unit_id }))
    return { request, asOfficer: true };
  if (request.applicant_account_id && request.applicant_account_id === ctx.actor.accountId)
    return { request, asOfficer: false };
  throw new NotFound();
}

/** The request an officer of its unit works on; 404 for anyone else. */
export async function requestForOfficer(ctx: Ctx, id: string): Promise<RequestRow> {
  const tenant = requireTenant(ctx);
  if (!ctx.actor) throw new Unauthenticated();
  const request = await requestsRepo.request(ctx.db, tenant.id, id);
  if (!request) throw new NotFound();
  await ctx.access.assertVisible(ctx.actor, SERVICES.serve, { tenantId: tenant.id, unitId: request.unit_id });
  return request;
}

/** A file as uploaded in field `doc.<fieldKey>`. */
export interface UploadedDocument {
  field: string;
  fileName: string;
  data: Buffer;
}

export interface CheckedDocument {
  fieldKey: string;
  file: CleanFile;
  /** The size as uploaded (an image is re-encoded, which changes its size). */
  size: number;
}

/**
 * Reads uploaded documents by their content: the fields they belong to, their type as read from the bytes and
 * their size, for `checkRequest`; a file whose content is no accepted type (or whose name claims another) is a
 * `document_type` issue at its field, one over the largest size a `document_too_large`.
 */
export async function readDocuments(
  form: readonly FormField[],
  uploads: readonly UploadedDocument[],
): Promise<{
  documents: CheckedDocument[];
  facts: Record<string, Array<{ mime: string; size: number }>>;
  issues: FieldIssue[];
}> {
  const documents: CheckedDocument[] = [];
  const facts: Record<string, Array<{ mime: string; size: number }>> = {};
  const issues: FieldIssue[] = [];
  for (const upload of uploads) {
    const fieldKey = upload.field.startsWith('doc.') ? upload.field.slice(4) : upload.field;
    const field = form.find((f) => f.key === fieldKey && f.type === 'document');
    if (!field) {
      issues.push({ path: fieldKey, message: 'unknown field' });
      continue;
    }
    try {
      const file = await cleanFile({ fileName: upload.fileName, data: upload.data }, MAX_DOCUMENT_BYTES);
      documents.push({ fieldKey, file, size: upload.data.length });
      facts[fieldKey] = [...(facts[fieldKey] ?? []), { mime: file.mime, size: upload.data.length }];
    } catch (error) {
      if (!(error instanceof FileRefused)) throw error;
      issues.push({ path: fieldKey, message: error.reason === 'too_large' ? 'document_too_large' : 'document_type' });
    }
  }
  return { documents, facts, issues };
}

export function refuseIssues(issues: readonly FieldIssue[]): void {
  if (issues.length === 0) return;
  const seen = new Set<string>();
  // A refused file is the reason its field has none: say that, not that it is missing.
  const refusedFile = new Set(issues.filter((i) => i.message.startsWith('document_')).map((i) => i.path));
  const unique = issues.filter((i) => {
    if (i.message === 'document_missing' && issues.some((o) => o.path === i.path && o !== i && refusedFile.has(i.path)))
      return false;
    const key = `${i.path}|${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  throw new Invalid('validation_failed', {}, unique);
}

/** Files live under services/<tenant>/<request>/<document> in the file store. */
export const documentKey = (tenantId: string, requestId: string, documentId: string) =>
  `services/${tenantId}/${requestId}/${documentId}`;

/**
 * Stores checked documents before the transaction that records them, and returns their rows and a cleanup that
 * removes the files again if that transaction fails (a file without a row is then gone, never half-kept).
 */
export async function storeDocuments(
  ctx: Ctx,
  requestId: string,
  documents: readonly CheckedDocument[],
): Promise<{ rows: Insertable<DocumentsTable>[]; discard: () => Promise<void> }> {
  const tenant = requireTenant(ctx);
  const at = ctx.clock.now().toISOString();
  const rows = documents.map((d) => {
    const id = uuidv7();
    return {
      id,
      tenant_id: tenant.id,
      request_id: requestId,
      field_key: d.fieldKey,
      file_key: documentKey(tenant.id, requestId, id),
      name: d.file.fileName.slice(0, 200),
      mime: d.file.mime,
      size: d.file.data.length,
      uploaded_at: at,
    };
  });
  await Promise.all(rows.map((row, i) => ctx.files.save(row.file_key, (documents[i] as CheckedDocument).file)));
  const discard = async () => {
    await Promise.all(rows.map((row) => ctx.files.remove(row.file_key).catch(() => undefined)));
  };
  return { rows, discard };
}

/** Runs `work`; on failure removes the files stored for it and rethrows. */
export async function withStoredFiles<T>(discard: () => Promise<void>, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    await discard();
    throw error;
  }
}
