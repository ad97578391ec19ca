import { randomBytes } from 'node:crypto';
import {
  EXTRA_QUESTIONS_ACTIVE_MAX,
  type ExtraQuestionAdminView,
  extraQuestionInputSchema,
  extraQuestionUpdateSchema,
} from '@lentera/common';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { Invalid, NotFound, Unauthenticated } from '../../../platform/errors';
import { SURVEYS } from '../policy';
import { questionsRepo } from '../repository/questions';
import type { QuestionRow } from '../repository/tables';

/** A question as its administrator sees it. */
function adminView(row: QuestionRow): ExtraQuestionAdminView {
  return {
    id: row.id,
    textId: row.text_id,
    textEn: row.text_en,
    active: Number(row.active) === 1,
    position: Number(row.position),
  };
}

const tooMany = () => new Invalid('survey_questions_limit', { max: EXTRA_QUESTIONS_ACTIVE_MAX });

/**
 * The tenant's own questions, deactivated ones included: the tenant admin's to change, and readable by the survey
 * staff, whose comments list shows the answers under their questions.
 */
export async function listQuestions(ctx: Ctx): Promise<ExtraQuestionAdminView[]> {
  if (!ctx.actor) throw new Unauthenticated();
  if (!(await ctx.access.can(ctx.actor, SURVEYS.manage))) await ctx.access.assert(ctx.actor, SURVEYS.configure);
  return (await questionsRepo.all(ctx.db, requireTenant(ctx).id)).map(adminView);
}

/**
 * Adds a question at the end of the forms (tenant admin): at most ten active at once. It is answered in a response's
 * `extra`, shown with the comments, and never enters the IKM. Audited.
 */
export async function addQuestion(ctx: Ctx, body: unknown): Promise<ExtraQuestionAdminView> {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, SURVEYS.configure);
  const input = extraQuestionInputSchema.parse(body);
  return transaction(ctx, async (tx) => {
    const all = await questionsRepo.all(tx.db, tenant.id);
    if (all.filter((q) => Number(q.active) === 1).length >= EXTRA_QUESTIONS_ACTIVE_MAX) throw tooMany();
    const row = {
      tenant_id: tenant.id,
      // Random, so that an id never names another tenant's question, nor one deactivated before.
      id: `q_${randomBytes(6).toString('hex')}`,
      position: all.reduce((max, q) => Math.max(max, Number(q.position)), -1) + 1,
      text_id: input.textId,
      text_en: input.textEn,
      active: 1,
    };
    await questionsRepo.insert(tx.db, row);
    await recordAudit(tx, {
      action: 'surveys.question_added',
      entityType: 'surveys_question',
      entityId: row.id,
      after: input,
    });
    return adminView(row);
  });
}

/**
 * Changes a question's wording, or takes it off the forms and back (tenant admin). A deactivated question keeps its
 * answers, shown with the comments under its text; a response can no longer answer it. Audited.
 */
export async function changeQuestion(ctx: Ctx, id: string, body: unknown): Promise<ExtraQuestionAdminView> {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, SURVEYS.configure);
  const input = extraQuestionUpdateSchema.parse(body);
  return transaction(ctx, async (tx) => {
    const row = await questionsRepo.get(tx.db, tenant.id, id);
    if (!row) throw new NotFound();
    const wasActive = Number(row.active) === 1;
    if (input.active === true && !wasActive) {
      const active = (await questionsRepo.active(tx.db, tenant.id)).length;
      if (active >= EXTRA_QUESTIONS_ACTIVE_MAX) throw tooMany();
    }
    const set = {
      ...(input.textId !== undefined && { text_id: input.textId }),
      ...(input.textEn !== undefined && { text_en: input.textEn }),
      ...(input.active !== undefined && { active: input.active ? 1 : 0 }),
    };
    await questionsRepo.update(tx.db, tenant.id, id, set);
    await recordAudit(tx, {
      action:
        input.active === false && wasActive
          ? 'surveys.question_deactivated'
          : input.active === true && !wasActive
            ? 'surveys.question_reactivated'
            : 'surveys.question_changed',
      entityType: 'surveys_question',
      entityId: id,
      before: { textId: row.text_id, textEn: row.text_en, active: wasActive },
      after: input,
    });
    return adminView({ ...row, ...set });
  });
}
