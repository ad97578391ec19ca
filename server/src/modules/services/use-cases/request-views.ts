import {
  OPEN_REQUEST_STATUSES,
  type OutputKind,
  type RequestAction,
  type RequestDetail,
  type RequestRow as RequestListRow,
  type RequestPage,
  type RequestStatus,
  type RequestStepKind,
  requestListQuerySchema,
} from '@lentera/common';
import type { z } from 'zod';
import { type Ctx, requireTenant } from '../../../platform/context';
import { NotFound, Unauthenticated } from '../../../platform/errors';
import { peopleService } from '../../people/index';
import { queueService } from '../../service-queue/index';
import { SERVICES } from '../policy';
import { catalogRepo } from '../repository/catalog';
import { requestsRepo } from '../repository/requests';
import type { RequestRow } from '../repository/tables';
import { type RequestAccess, reachRequest, servicesApi } from '../requests-support';
import { formOf } from '../support';

/** The unit and its ancestors' ids (a grant on any of them reaches the unit). */
export async function unitAncestry(ctx: Ctx, unitId: string): Promise<string[]> {
  return ctx.access.units.ancestorsOf(requireTenant(ctx).id, unitId);
}

/** Officer steps possible in a state (the web shows only these buttons). */
export function actionsFor(request: RequestRow): RequestAction[] {
  const actions: RequestAction[] = [];
  const status = request.status as RequestStatus;
  if (status === 'submitted' || status === 'in_process') actions.push('incomplete');
  if (status === 'submitted') actions.push('process');
  if (status === 'in_process') actions.push('approve');
  if (status === 'submitted' || status === 'in_process') actions.push('refuse');
  if (
    Number(request.fee) > 0 &&
    request.paid_at === null &&
    ['submitted', 'incomplete', 'in_process', 'approved', 'ready'].includes(status)
  )
    actions.push('payment');
  if (status === 'approved') actions.push('output');
  if (status === 'ready') actions.push('done');
  return actions;
}

const isOverdue = (request: RequestRow, now: Date) =>
  OPEN_REQUEST_STATUSES.includes(request.status as RequestStatus) &&
  request.due_at !== null &&
  Date.parse(request.due_at) < now.getTime();

/** The complaints form prefilled for "was I asked to pay more?" (the illegal-levy category). */
export const levyComplaintUrl = (slug: string, serviceName: string, code: string | null) =>
  `/t/${slug}/pengaduan/baru?kategori=pungli&layanan=${encodeURIComponent(serviceName)}${
    code ? `&permohonan=${encodeURIComponent(code)}` : ''
  }`;

/** Where the applicant collects a `pickup` output that is ready, with the queue's booking page (none for officers). */
async function pickupFor(ctx: Ctx, request: RequestRow, asOfficer: boolean): Promise<RequestDetail['pickup']> {
  if (asOfficer || request.status !== 'ready' || request.output_kind !== 'pickup') return null;
  const booking = await queueService.pickupBooking(ctx, request.unit_id);
  return booking ? { locationName: booking.locationName, bookingPath: booking.path } : null;
}

/** A request as its applicant (by account or secret link) or an officer of its unit sees it. */
export async function presentDetail(ctx: Ctx, request: RequestRow, access: RequestAccess, asOfficer: boolean) {
  const tenant = requireTenant(ctx);
  const [service, standard, documents, events, units] = await Promise.all([
    catalogRepo.service(ctx.db, tenant.id, request.service_id),
    catalogRepo.standard(ctx.db, tenant.id, request.standard_id),
    requestsRepo.documents(ctx.db, tenant.id, request.id),
    requestsRepo.events(ctx.db, tenant.id, request.id),
    peopleService.units(ctx),
  ]);
  const now = ctx.clock.now();
  const docBase =
    'token' in access
      ? `${servicesApi(tenant.slug)}/follow/${encodeURIComponent(access.token)}/documents`
      : `${servicesApi(tenant.slug)}/requests/${request.id}/documents`;
  const output = documents.find((d) => d.field_key === 'output' && d.file_key === request.output_file_key);
  const serviceName = service?.name ?? '';
  // The survey is the applicant's to answer, once: officers never get the link.
  const surveyOpen =
    !asOfficer &&
    request.status === 'done' &&
    request.survey_token !== null &&
    request.survey_expires_at !== null &&
    Date.parse(request.survey_expires_at) > now.getTime();
  const detail: RequestDetail = {
    id: request.id,
    code: request.code,
    status: request.status as RequestStatus,
    service: {
      id: request.service_id,
      name: serviceName,
      unitName: units.find((u) => u.id === request.unit_id)?.name ?? '',
    },
    standard: {
      id: request.standard_id,
      version: standard?.version ?? 0,
      durationDays: standard?.duration_days ?? null,
      outputKind: (standard?.output_kind ?? 'letter') as OutputKind,
    },
    form: standard ? formOf(standard) : [],
    answers: JSON.parse(request.answers) as Record<string, string | number>,
    documents: documents
      .filter((d) => d.field_key !== 'output')
      .map((d) => ({
        id: d.id,
        fieldKey: d.field_key,
        name: d.name,
        mime: d.mime,
        size: d.size,
        uploadedAt: d.uploaded_at,
        url: `${docBase}/${d.id}`,
      })),
    applicant: { name: request.applicant_name, email: request.applicant_email },
    submittedAt: request.submitted_at,
    dueDate: request.due_date,
    overdue: isOverdue(request, now),
    missing: request.missing ? (JSON.parse(request.missing) as string[]) : [],
    missingNote: request.missing_note,
    refusalReason: request.refusal_reason,
    fee: Number(request.fee),
    payment:
      request.paid_at && request.paid_receipt
        ? { receipt: request.paid_receipt, amount: Number(request.paid_amount ?? 0), paidAt: request.paid_at }
        : null,
    output: request.output_kind
      ? {
          kind: request.output_kind as OutputKind,
          name: output?.name ?? null,
          url: output ? `${docBase}/${output.id}` : null,
        }
      : null,
    completedAt: request.completed_at,
    workingDays: request.working_days,
    surveyUrl: surveyOpen ? `/t/${tenant.slug}/survei/${request.survey_token}` : null,
    levyComplaintUrl: levyComplaintUrl(tenant.slug, serviceName, request.code),
    pickup: await pickupFor(ctx, request, asOfficer),
    timeline: events
      .filter((e) => asOfficer || e.public === 1)
      .map((e) => ({
        kind: e.kind as RequestStepKind,
        at: e.at,
        note: e.note,
        data: JSON.parse(e.data) as Record<string, unknown>,
      })),
    actions: asOfficer ? actionsFor(request) : [],
  };
  return detail;
}

/** `GET /requests/:id` and `GET /follow/:token`: the request for its applicant or an officer of its unit. */
export async function requestDetail(ctx: Ctx, access: RequestAccess): Promise<RequestDetail> {
  const { request, asOfficer } = await reachRequest(ctx, access);
  return presentDetail(ctx, request, access, asOfficer);
}

/** One of the request's files (a document of the applicant, or the output), for its applicant or officers. */
export async function requestDocument(ctx: Ctx, access: RequestAccess, documentId: string) {
  const tenant = requireTenant(ctx);
  const { request } = await reachRequest(ctx, access);
  const document = await requestsRepo.document(ctx.db, tenant.id, request.id, documentId);
  if (!document) throw new NotFound();
  return { fileName: document.name, mime: document.mime, data: await ctx.files.read(document.file_key) };
}

type ListQuery = z.input<typeof requestListQuerySchema>;

async function presentRows(ctx: Ctx, rows: RequestRow[]): Promise<RequestListRow[]> {
  const tenant = requireTenant(ctx);
  const [services, units] = await Promise.all([catalogRepo.services(ctx.db, tenant.id), peopleService.units(ctx)]);
  const now = ctx.clock.now();
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    status: r.status as RequestStatus,
    serviceId: r.service_id,
    serviceName: services.find((s) => s.id === r.service_id)?.name ?? '',
    unitName: units.find((u) => u.id === r.unit_id)?.name ?? '',
    applicantName: r.applicant_name,
    submittedAt: r.submitted_at,
    dueDate: r.due_date,
    overdue: isOverdue(r, now),
    fee: Number(r.fee),
  }));
}

function filterOf(ctx: Ctx, query: z.output<typeof requestListQuerySchema>) {
  const statuses =
    query.status === 'open' || query.status === 'overdue'
      ? [...OPEN_REQUEST_STATUSES]
      : query.status
        ? [query.status]
        : undefined;
  return {
    statuses,
    dueBefore: query.status === 'overdue' ? ctx.clock.now().toISOString() : undefined,
    serviceId: query.serviceId,
    q: query.q ? query.q.toLowerCase() : undefined,
  };
}

/** The units whose requests the officer works: every unit for a tenant-wide grant, else the granted ones and below. */
export async function servedUnitIds(ctx: Ctx): Promise<string[] | null> {
  const actor = ctx.actor;
  if (!actor) throw new Unauthenticated();
  await ctx.access.assert(actor, SERVICES.serve);
  const grants = actor.grants.filter((g) => g.role === 'service_officer');
  if (grants.some((g) => g.unitId === null)) return null;
  const granted = new Set(grants.map((g) => g.unitId as string));
  const units = await peopleService.units(ctx);
  return units.filter((u) => u.path.split('/').some((id) => granted.has(id))).map((u) => u.id);
}

/** The officer's inbox: the requests of the units served, by due date (overdue first), filtered and paged. */
export async function inbox(ctx: Ctx, input: ListQuery): Promise<RequestPage> {
  const tenant = requireTenant(ctx);
  const query = requestListQuerySchema.parse(input);
  const unitIds = await servedUnitIds(ctx);
  const filter = filterOf(ctx, query);
  // A guest's request waits for the e-mail confirmation before the unit sees it.
  const statuses = filter.statuses ?? ['submitted', 'incomplete', 'in_process', 'approved', 'refused', 'ready', 'done'];
  const { rows, total } = await requestsRepo.list(
    ctx.db,
    tenant.id,
    { ...filter, statuses: statuses.filter((s) => s !== 'pending_email'), unitIds },
    { offset: (query.page - 1) * query.pageSize, limit: query.pageSize },
  );
  return { items: await presentRows(ctx, rows), total, page: query.page, pageSize: query.pageSize };
}

/** The inbox as rows for a CSV or XLSX export (the same filter, up to 10,000 rows). */
export async function inboxExport(ctx: Ctx, input: ListQuery) {
  const page = await inbox(ctx, { ...input, page: 1, pageSize: 100 });
  const items = [...page.items];
  for (let p = 2; items.length < Math.min(page.total, 10_000); p++)
    items.push(...(await inbox(ctx, { ...input, page: p, pageSize: 100 })).items);
  return {
    header: ['Kode', 'Layanan', 'Unit', 'Pemohon', 'Status', 'Diajukan', 'Batas waktu', 'Terlambat', 'Biaya (Rp)'],
    rows: items.map((r) => [
      r.code ?? '',
      r.serviceName,
      r.unitName,
      r.applicantName,
      r.status,
      r.submittedAt ?? '',
      r.dueDate ?? '',
      r.overdue ? 'ya' : 'tidak',
      r.fee,
    ]),
  };
}

/** The signed-in applicant's own requests, newest due first. */
export async function myRequests(ctx: Ctx, input: ListQuery): Promise<RequestPage> {
  const tenant = requireTenant(ctx);
  if (!ctx.actor) throw new Unauthenticated();
  const query = requestListQuerySchema.parse(input);
  const { rows, total } = await requestsRepo.list(
    ctx.db,
    tenant.id,
    { ...filterOf(ctx, query), applicantAccountId: ctx.actor.accountId },
    { offset: (query.page - 1) * query.pageSize, limit: query.pageSize },
  );
  return { items: await presentRows(ctx, rows), total, page: query.page, pageSize: query.pageSize };
}
