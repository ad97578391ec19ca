import { randomUUID } from 'node:crypto';
import { type ResponseChannel, type ResponseInput, responseInputSchema, type SurveyFormView } from '@lentera/common';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { Conflict, Invalid } from '../../../platform/errors';
import { responsesRepo } from '../repository/responses';
import { assertPeriodOpen, extraQuestions, type ResponseTarget, today, visitOf } from '../support';

/**
 * Saves one anonymous response in its transaction: the period must be open, a visit's link is marked used (its hash,
 * by a unique key: a second answer for the same visit, also at the same instant on another node, is refused), and
 * the row keeps the unit, service, period, channel, answers, details and comment, never the visit or the person.
 */
export async function saveResponse(
  ctx: Ctx,
  target: ResponseTarget,
  channel: ResponseChannel,
  body: unknown,
  options: { linkHash?: string; paperFormNumber?: string; also?: (tx: Ctx, id: string) => Promise<void> } = {},
): Promise<string> {
  const tenant = requireTenant(ctx);
  const input = responseInputSchema.parse(body);
  const known = new Set((await extraQuestions(ctx)).map((q) => q.id));
  const unknown = Object.keys(input.extra).filter((k) => !known.has(k));
  if (unknown.length)
    throw new Invalid(
      'validation_failed',
      {},
      unknown.map((k) => ({ path: `extra.${k}`, message: 'unknown field' })),
    );
  const extra = Object.fromEntries(Object.entries(input.extra).filter(([, v]) => v !== ''));
  const id = randomUUID();
  await transaction(ctx, async (tx) => {
    await assertPeriodOpen(tx, target.unitId, target.period);
    if (options.linkHash && !(await responsesRepo.markLinkUsed(tx.db, tenant.id, options.linkHash)))
      throw new Conflict('survey_link_used');
    await responsesRepo.insert(tx.db, {
      id,
      tenant_id: tenant.id,
      unit_id: target.unitId,
      unit_name: target.unitName,
      service_key: target.serviceKey,
      service_name: target.serviceName,
      period: target.period,
      channel,
      u1: input.answers.U1,
      u2: input.answers.U2,
      u3: input.answers.U3,
      u4: input.answers.U4,
      u5: input.answers.U5,
      u6: input.answers.U6,
      u7: input.answers.U7,
      u8: input.answers.U8,
      u9: input.answers.U9,
      age_band: input.respondent.ageBand,
      sex: input.respondent.sex,
      education: input.respondent.education,
      occupation: input.respondent.occupation,
      comment: input.comment,
      extra: JSON.stringify(extra),
      paper_form_number: options.paperFormNumber ?? null,
      created_day: target.day,
    });
    await options.also?.(tx, id);
  });
  return id;
}

/** The form of a visit's one-time link (404 unknown, 410 used or expired, 409 when the period is closed). */
export async function formByToken(ctx: Ctx, token: string): Promise<SurveyFormView> {
  const visit = await visitOf(ctx, token);
  await assertPeriodOpen(ctx, visit.unitId, visit.period);
  return {
    unitName: visit.unitName,
    serviceName: visit.serviceName,
    period: visit.period,
    channel: 'visit_link',
    expiresAt: visit.expiresAt,
    extraQuestions: await extraQuestions(ctx),
  };
}

/** Answers a visit's one-time link: exactly one response per visit (a second: 409 `survey_link_used`). */
export async function respondByToken(ctx: Ctx, token: string, body: ResponseInput | unknown): Promise<void> {
  const visit = await visitOf(ctx, token).catch((error: unknown) => {
    // Used between reading the form and answering: the same answer as a second try.
    if (error instanceof Error && 'code' in error && error.code === 'survey_link_used')
      throw new Conflict('survey_link_used');
    throw error;
  });
  await saveResponse(ctx, { ...visit, day: today(ctx) }, 'visit_link', body, { linkHash: visit.hash });
}
