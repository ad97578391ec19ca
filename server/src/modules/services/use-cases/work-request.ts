import {
  formatFee,
  markIncompleteSchema,
  paymentSchema,
  type RequestDetail,
  type RequestStatus,
  type RequestStepKind,
  refuseSchema,
  SURVEY_LINK_DAYS,
  type WorkingCalendar,
} from '@lentera/common';
import type { Updateable } from 'kysely';
import type { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { Conflict, Invalid } from '../../../platform/errors';
import { randomToken } from '../../../platform/ids';
import { type ApplicantMail, type ApplicantStep, feeLine, notifyApplicant } from '../notify';
import { catalogRepo } from '../repository/catalog';
import { requestsRepo } from '../repository/requests';
import type { RequestEventRow, RequestRow, RequestsTable } from '../repository/tables';
import { calendarOf, daysOnClock, eventRow, expectStatus, NO_DEADLINE, requestForOfficer } from '../requests-support';
import { formOf, SERVICES_EVENTS } from '../support';
import { presentDetail } from './request-views';

/** What one officer step does to a request, given it as it stands. */
export interface StepPlan {
  set: Updateable<RequestsTable>;
  event: { kind: RequestStepKind; note?: string; data?: Record<string, unknown> };
  audit: { action: string; after: Record<string, unknown> };
  mail: { step: ApplicantStep } & Partial<ApplicantMail>;
  /** Only while no payment is recorded (the payment step). */
  unpaid?: boolean;
  /** Work in the same transaction after the change (the output's document row). */
  also?: (tx: Ctx) => Promise<void>;
}

export interface StepContext {
  request: RequestRow;
  now: Date;
  cal: WorkingCalendar;
  events: RequestEventRow[];
}

/**
 * Runs an officer's step: the request must be reachable by the officer (404 otherwise) and in one of `from`
 * (409 with its code and status otherwise, also when another officer changed it meanwhile: the change is
 * conditional on the status read). The change, its timeline step, its audit entry and the applicant's e-mail
 * commit together; `completed` publishes the completion event after commit.
 */
export async function runStep(
  ctx: Ctx,
  id: string,
  from: readonly RequestStatus[],
  plan: (s: StepContext) => StepPlan | Promise<StepPlan>,
): Promise<RequestDetail> {
  const tenant = requireTenant(ctx);
  const request = await requestForOfficer(ctx, id);
  expectStatus(request, from);
  const [cal, events, service] = await Promise.all([
    calendarOf(ctx, tenant),
    requestsRepo.events(ctx.db, tenant.id, request.id),
    catalogRepo.service(ctx.db, tenant.id, request.service_id),
  ]);
  const now = ctx.clock.now();
  const step = await plan({ request, now, cal, events });
  const at = now.toISOString();
  const after = await transaction(ctx, async (tx) => {
    const set = { ...step.set, updated_at: at };
    // Conditional on the status read: a step decided on a state another officer has changed meanwhile is refused.
    if (!(await requestsRepo.change(tx.db, tenant.id, request.id, [request.status], set, { unpaid: step.unpaid }))) {
      // Another officer moved it meanwhile: say where it stands now.
      const current = await requestsRepo.request(tx.db, tenant.id, request.id);
      throw new Conflict('services_request_state', { code: request.code ?? '', status: current?.status ?? '' });
    }
    await step.also?.(tx);
    await requestsRepo.insertEvents(tx.db, [
      eventRow(tx, request.id, step.event.kind, { note: step.event.note, data: step.event.data }),
    ]);
    await recordAudit(tx, {
      action: step.audit.action,
      entityType: 'services_request',
      entityId: request.id,
      before: { status: request.status },
      after: step.audit.after,
    });
    const changed = { ...request, ...set } as RequestRow;
    const { step: mailStep, ...mail } = step.mail;
    await notifyApplicant(tx, changed, mailStep, { serviceName: service?.name ?? '', ...mail });
    if (changed.status === 'done')
      tx.afterCommit(() =>
        tx.events.publish({
          name: SERVICES_EVENTS.requestCompleted,
          tenantId: tenant.id,
          payload: { requestId: request.id, serviceId: request.service_id, unitId: request.unit_id },
        }),
      );
    return changed;
  });
  return presentDetail(ctx, after, { requestId: after.id }, true);
}

/** The fields a finished request gets: completion time, working days on the clock, its one-time survey link. */
export function finishFields(s: StepContext): Updateable<RequestsTable> {
  return {
    status: 'done',
    completed_at: s.now.toISOString(),
    working_days: daysOnClock(s.request, s.events, s.cal, s.now),
    survey_token: randomToken(18),
    survey_expires_at: new Date(s.now.getTime() + SURVEY_LINK_DAYS * 86_400_000).toISOString(),
    ...NO_DEADLINE,
  };
}

/**
 * Documents incomplete: the officer names the document fields missing or wrong and what to do; the clock stops
 * (the working days used so far are kept) until the applicant adds them.
 */
export async function markIncomplete(
  ctx: Ctx,
  id: string,
  input: z.input<typeof markIncompleteSchema>,
): Promise<RequestDetail> {
  const data = markIncompleteSchema.parse(input);
  const tenant = requireTenant(ctx);
  return runStep(ctx, id, ['submitted', 'in_process'], async (s) => {
    const standard = await catalogRepo.standard(ctx.db, tenant.id, s.request.standard_id);
    const documentKeys = new Set(
      (standard ? formOf(standard) : []).filter((f) => f.type === 'document').map((f) => f.key),
    );
    const unknown = data.missing.filter((key) => !documentKeys.has(key));
    if (unknown.length)
      throw new Invalid(
        'validation_failed',
        {},
        data.missing.flatMap((key, i) =>
          documentKeys.has(key) ? [] : [{ path: `missing.${i}`, message: 'services_not_document_field' }],
        ),
      );
    const missing = [...new Set(data.missing)];
    return {
      set: {
        status: 'incomplete',
        paused_at: s.now.toISOString(),
        days_used: daysOnClock(s.request, s.events, s.cal, s.now),
        missing: JSON.stringify(missing),
        missing_note: data.note,
        ...NO_DEADLINE,
      },
      event: { kind: 'incomplete', note: data.note, data: { missing } },
      audit: { action: 'services.request_incomplete', after: { missing, note: data.note } },
      mail: {
        step: 'incomplete',
        lines: [
          { id: `Yang perlu dilengkapi: ${data.note}`, en: `What to complete: ${data.note}` },
          ...(missing.length ? [{ id: `Berkas: ${missing.join(', ')}`, en: `Documents: ${missing.join(', ')}` }] : []),
          {
            id: 'Waktu penyelesaian berhenti sampai berkas dilengkapi.',
            en: 'The time to complete stops until the documents are complete.',
          },
        ],
      },
    };
  });
}

export async function startProcessing(ctx: Ctx, id: string): Promise<RequestDetail> {
  return runStep(ctx, id, ['submitted'], () => ({
    set: { status: 'in_process' },
    event: { kind: 'in_process' },
    audit: { action: 'services.request_processing', after: { status: 'in_process' } },
    mail: { step: 'in_process' },
  }));
}

export async function approveRequest(ctx: Ctx, id: string): Promise<RequestDetail> {
  return runStep(ctx, id, ['in_process'], () => ({
    set: { status: 'approved' },
    event: { kind: 'approved' },
    audit: { action: 'services.request_approved', after: { status: 'approved' } },
    mail: { step: 'approved' },
  }));
}

/** Refused with a reason: final; it counts as finished (completion time, working days) but gets no survey. */
export async function refuseRequest(ctx: Ctx, id: string, input: z.input<typeof refuseSchema>): Promise<RequestDetail> {
  const { reason } = refuseSchema.parse(input);
  return runStep(ctx, id, ['submitted', 'in_process'], (s) => ({
    set: {
      status: 'refused',
      refusal_reason: reason,
      completed_at: s.now.toISOString(),
      working_days: daysOnClock(s.request, s.events, s.cal, s.now),
      ...NO_DEADLINE,
    },
    event: { kind: 'refused', note: reason },
    audit: { action: 'services.request_refused', after: { reason } },
    mail: { step: 'refused', lines: [{ id: `Alasan: ${reason}`, en: `Reason: ${reason}` }] },
  }));
}

/** The fee paid at the counter or bank, recorded with its receipt (payment itself is outside Lentera). */
export async function recordPayment(
  ctx: Ctx,
  id: string,
  input: z.input<typeof paymentSchema>,
): Promise<RequestDetail> {
  const data = paymentSchema.parse(input);
  const open: RequestStatus[] = ['submitted', 'incomplete', 'in_process', 'approved', 'ready'];
  return runStep(ctx, id, open, (s) => {
    if (Number(s.request.fee) <= 0 || s.request.paid_at !== null)
      throw new Conflict('services_request_state', { code: s.request.code ?? '', status: s.request.status });
    return {
      set: { paid_receipt: data.receipt, paid_amount: data.amount, paid_at: s.now.toISOString() },
      unpaid: true,
      event: { kind: 'paid', data: { amount: data.amount, receipt: data.receipt } },
      audit: { action: 'services.request_paid', after: data },
      mail: {
        step: 'paid',
        lines: [
          feeLine(data.amount, data.receipt),
          {
            id: `Biaya resmi layanan ini: ${formatFee(Number(s.request.fee))}.`,
            en: `The official fee of this service: ${formatFee(Number(s.request.fee))}.`,
          },
        ],
      },
    };
  });
}

/** Picked up at the counter: the request is done. */
export async function finishPickup(ctx: Ctx, id: string): Promise<RequestDetail> {
  return runStep(ctx, id, ['ready'], (s) => {
    const set = finishFields(s);
    return {
      set,
      event: { kind: 'done' },
      audit: { action: 'services.request_done', after: { workingDays: set.working_days } },
      mail: { step: 'done', surveyToken: set.survey_token as string },
    };
  });
}
