import { randomBytes } from 'node:crypto';
import {
  type KioskSessionView,
  kioskStartInputSchema,
  paperEntryInputSchema,
  periodParams,
  type SurveyFormView,
  semesterOf,
} from '@lentera/common';
import { recordAudit } from '../../../platform/audit/audit';
import { BoundedMap } from '../../../platform/bounded-map';
import { type Ctx, requireTenant } from '../../../platform/context';
import { Conflict, Invalid, NotFound, TooManyRequests, Unauthenticated } from '../../../platform/errors';
import { SURVEYS } from '../policy';
import { reportsRepo } from '../repository/reports';
import { responsesRepo } from '../repository/responses';
import { assertPeriodOpen, extraQuestions, Gone, hashToken, serviceOfUnit, today, visitOf } from '../support';
import { saveResponse } from './respond';

const KIOSK_MINUTES = 30;

/**
 * A service officer starts a kiosk response for a finished visit (the ticket's or request's one-time token): the
 * tablet at the counter gets a session that answers once, for that visit (its link is then used).
 */
export async function startKiosk(ctx: Ctx, body: unknown): Promise<KioskSessionView> {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, SURVEYS.kiosk);
  const { token } = kioskStartInputSchema.parse(body);
  const visit = await visitOf(ctx, token);
  await ctx.access.assertVisible(ctx.actor, SURVEYS.kiosk, { tenantId: tenant.id, unitId: visit.unitId });
  await assertPeriodOpen(ctx, visit.unitId, visit.period);
  const session = randomBytes(18).toString('base64url');
  const expiresAt = new Date(ctx.clock.now().getTime() + KIOSK_MINUTES * 60_000).toISOString();
  await reportsRepo.insertKioskSession(ctx.db, {
    id: hashToken(session),
    tenant_id: tenant.id,
    link_hash: visit.hash,
    unit_id: visit.unitId,
    unit_name: visit.unitName,
    service_key: visit.serviceKey,
    service_name: visit.serviceName,
    period: visit.period,
    expires_at: expiresAt,
  });
  return {
    session,
    form: {
      unitName: visit.unitName,
      serviceName: visit.serviceName,
      period: visit.period,
      channel: 'kiosk',
      expiresAt,
      extraQuestions: await extraQuestions(ctx),
    },
  };
}

async function kioskSession(ctx: Ctx, session: string) {
  const row = await reportsRepo.kioskSession(ctx.db, requireTenant(ctx).id, hashToken(session));
  if (!row) throw new NotFound('survey_link_unknown');
  if (row.expires_at <= ctx.clock.now().toISOString()) throw new Gone('survey_link_expired');
  return row;
}

export async function kioskForm(ctx: Ctx, session: string): Promise<SurveyFormView> {
  const row = await kioskSession(ctx, session);
  return {
    unitName: row.unit_name,
    serviceName: row.service_name,
    period: row.period,
    channel: 'kiosk',
    expiresAt: row.expires_at,
    extraQuestions: await extraQuestions(ctx),
  };
}

/** The kiosk's one response: the session ends and the visit's link is used in the same transaction. */
export async function respondAtKiosk(ctx: Ctx, session: string, body: unknown): Promise<void> {
  const tenant = requireTenant(ctx);
  const row = await kioskSession(ctx, session);
  const target = {
    unitId: row.unit_id,
    unitName: row.unit_name,
    serviceKey: row.service_key,
    serviceName: row.service_name,
    period: row.period,
    day: today(ctx),
  };
  await saveResponse(ctx, target, 'kiosk', body, {
    linkHash: row.link_hash,
    also: async (tx) => {
      if (!(await reportsRepo.endKioskSession(tx.db, tenant.id, row.id))) throw new Conflict('survey_link_used');
    },
  });
}

/** The open public link of a unit's service: anyone may answer (unverified, reported apart). */
export async function openForm(ctx: Ctx, unitId: string, serviceKey: string): Promise<SurveyFormView> {
  const service = await serviceOfUnit(ctx, unitId, serviceKey);
  const period = semesterOf(today(ctx));
  await assertPeriodOpen(ctx, unitId, period);
  return {
    ...service,
    period,
    channel: 'public_link',
    expiresAt: null,
    extraQuestions: await extraQuestions(ctx),
  };
}

const OPEN_PER_HOUR = 10;
const HOUR = 3_600_000;
/** Open-link answers per tenant and address in the last hour, in this node's memory (the address is never stored). */
const recent = new BoundedMap<string, number[]>(10_000);

export async function respondOpen(
  ctx: Ctx,
  unitId: string,
  serviceKey: string,
  body: unknown,
  origin: string,
): Promise<void> {
  const tenant = requireTenant(ctx);
  const service = await serviceOfUnit(ctx, unitId, serviceKey);
  const now = ctx.clock.now().getTime();
  const key = `${tenant.id}|${origin}`;
  const times = (recent.get(key) ?? []).filter((t) => t > now - HOUR);
  if (times.length >= OPEN_PER_HOUR) {
    const seconds = Math.max(60, Math.ceil(((times[0] ?? now) + HOUR - now) / 1000));
    throw new TooManyRequests('survey_rate_limited', seconds);
  }
  const day = today(ctx);
  await saveResponse(ctx, { unitId, serviceKey, ...service, period: semesterOf(day), day }, 'public_link', body);
  recent.set(key, [...times, now]);
}

/**
 * Staff enter a paper form with its number: the period is the semester of the day it was filled in; a number
 * entered twice for the same unit and period is refused (409 `survey_paper_duplicate`, also at the same instant:
 * a unique key).
 */
export async function enterPaper(ctx: Ctx, body: unknown): Promise<string> {
  const tenant = requireTenant(ctx);
  if (!ctx.actor) throw new Unauthenticated();
  await ctx.access.assert(ctx.actor, SURVEYS.manage);
  const input = paperEntryInputSchema.parse(body);
  await ctx.access.assertVisible(ctx.actor, SURVEYS.manage, { tenantId: tenant.id, unitId: input.unitId });
  if (input.filledOn > today(ctx)) throw new Invalid('survey_period_future', periodParams(semesterOf(input.filledOn)));
  const service = await serviceOfUnit(ctx, input.unitId, input.serviceKey);
  const period = semesterOf(input.filledOn);
  const duplicate = () =>
    new Conflict('survey_paper_duplicate', { formNumber: input.formNumber, ...periodParams(period) });
  if (await responsesRepo.paperNumberTaken(ctx.db, tenant.id, input.unitId, period, input.formNumber))
    throw duplicate();
  const target = { unitId: input.unitId, serviceKey: input.serviceKey, ...service, period, day: input.filledOn };
  try {
    const { answers, respondent, comment, extra } = input;
    return await saveResponse(
      ctx,
      target,
      'paper',
      { answers, respondent, comment, extra },
      {
        paperFormNumber: input.formNumber,
        also: (tx, id) =>
          recordAudit(tx, {
            action: 'surveys.paper_entered',
            entityType: 'surveys_response',
            entityId: id,
            after: { unitId: input.unitId, period, formNumber: input.formNumber },
          }),
      },
    );
  } catch (error) {
    if (await responsesRepo.paperNumberTaken(ctx.db, tenant.id, input.unitId, period, input.formNumber))
      throw duplicate();
    throw error;
  }
}
