import { createHash } from 'node:crypto';
import { localDate, periodParams, semesterOf } from '@lentera/common';
import { type Ctx, requireTenant } from '../../platform/context';
import { Conflict, DomainError, NotFound } from '../../platform/errors';
import { peopleService } from '../people/index';
import { queueService } from '../service-queue/index';
import { servicesService } from '../services/index';
import { questionsRepo } from './repository/questions';
import { reportsRepo } from './repository/reports';
import { responsesRepo } from './repository/responses';

/** SHA-256 hex of a one-time token: the only form in which the surveys module keeps a visit's link. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export class Gone extends DomainError {
  constructor(code: string) {
    super(410, code);
  }
}

/** What a response is about: the unit, the service and the period, with their names as shown then. */
export interface ResponseTarget {
  unitId: string;
  unitName: string;
  serviceKey: string;
  serviceName: string;
  period: string;
  day: string;
}

export function today(ctx: Ctx): string {
  return localDate(ctx.clock.now(), requireTenant(ctx).timeZone);
}

/** The finished visit behind a one-time token (queue ticket or online request), checked: unknown, expired, used. */
export async function visitOf(ctx: Ctx, token: string): Promise<ResponseTarget & { expiresAt: string; hash: string }> {
  const tenant = requireTenant(ctx);
  const visit = (await queueService.surveyVisit(ctx, token)) ?? (await servicesService.surveyVisit(ctx, token));
  if (!visit) throw new NotFound('survey_link_unknown');
  const unit = await peopleService.unit(ctx, visit.unitId);
  if (!unit) throw new NotFound('survey_link_unknown');
  const hash = hashToken(token);
  if (await responsesRepo.linkUsed(ctx.db, tenant.id, hash)) throw new Gone('survey_link_used');
  if (visit.expiresAt <= ctx.clock.now().toISOString()) throw new Gone('survey_link_expired');
  return {
    unitId: visit.unitId,
    unitName: unit.name,
    serviceKey: visit.serviceKey,
    serviceName: visit.serviceName,
    period: semesterOf(visit.day),
    day: visit.day,
    expiresAt: visit.expiresAt,
    hash,
  };
}

/** Refuses responses for a unit's period once its report is published. */
export async function assertPeriodOpen(ctx: Ctx, unitId: string, period: string): Promise<void> {
  if (await reportsRepo.report(ctx.db, requireTenant(ctx).id, unitId, period))
    throw new Conflict('survey_period_closed', periodParams(period));
}

/** The services a unit offers (at the counter and online), keyed as responses name them. */
export async function surveyServices(ctx: Ctx) {
  const [queue, online] = await Promise.all([queueService.surveyServices(ctx), servicesService.surveyServices(ctx)]);
  return [...queue, ...online];
}

/** A unit's service by key (an active one), with the unit's name; 404 `survey_service_unknown` otherwise. */
export async function serviceOfUnit(ctx: Ctx, unitId: string, serviceKey: string) {
  const [unit, services] = await Promise.all([peopleService.unit(ctx, unitId), surveyServices(ctx)]);
  const service = services.find((s) => s.serviceKey === serviceKey && s.unitId === unitId && s.active);
  if (!unit || unit.closed || !service) throw new NotFound('survey_service_unknown');
  return { unitName: unit.name, serviceName: service.serviceName };
}

/** The tenant's own questions as the form shows them (the active ones; the only ones a response may answer). */
export async function extraQuestions(ctx: Ctx) {
  const rows = await questionsRepo.active(ctx.db, requireTenant(ctx).id);
  return rows.map((q) => ({ id: q.id, text: { id: q.text_id, en: q.text_en || q.text_id } }));
}
