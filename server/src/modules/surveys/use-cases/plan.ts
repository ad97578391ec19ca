import { randomUUID } from 'node:crypto';
import {
  type PlanActionView,
  planActionInputSchema,
  planActionUpdateSchema,
  visitCountInputSchema,
} from '@lentera/common';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { NotFound, Unauthenticated } from '../../../platform/errors';
import { SURVEYS } from '../policy';
import { planView } from '../presenter';
import { reportsRepo } from '../repository/reports';
import { assertUnit } from './results';

/** An improvement action for a weak element of a unit's period (unit admin, survey officer). Audited. */
export async function addPlanAction(ctx: Ctx, body: unknown): Promise<PlanActionView> {
  const tenant = requireTenant(ctx);
  const input = planActionInputSchema.parse(body);
  await assertUnit(ctx, SURVEYS.manage, input.unitId);
  const now = ctx.clock.now().toISOString();
  const row = {
    id: randomUUID(),
    tenant_id: tenant.id,
    unit_id: input.unitId,
    period: input.period,
    element: input.element,
    action: input.action,
    owner: input.owner,
    due_date: input.dueDate,
    progress: input.status === 'done' ? 100 : input.progress,
    status: input.status,
    created_at: now,
    updated_at: now,
  };
  await transaction(ctx, async (tx) => {
    await reportsRepo.insertActions(tx.db, [row]);
    await recordAudit(tx, {
      action: 'surveys.plan_action_added',
      entityType: 'surveys_plan_action',
      entityId: row.id,
      after: input,
    });
  });
  return planView(row);
}

async function actionForStaff(ctx: Ctx, id: string) {
  const tenant = requireTenant(ctx);
  if (!ctx.actor) throw new Unauthenticated();
  await ctx.access.assert(ctx.actor, SURVEYS.manage);
  const row = await reportsRepo.action(ctx.db, tenant.id, id);
  if (!row) throw new NotFound();
  await ctx.access.assertVisible(ctx.actor, SURVEYS.manage, { tenantId: tenant.id, unitId: row.unit_id });
  return row;
}

/** Follows an action: progress, status (done sets 100%), text, owner, due date. Audited. */
export async function updatePlanAction(ctx: Ctx, id: string, body: unknown): Promise<PlanActionView> {
  const tenant = requireTenant(ctx);
  const input = planActionUpdateSchema.parse(body);
  const row = await actionForStaff(ctx, id);
  const set = {
    ...(input.action !== undefined && { action: input.action }),
    ...(input.owner !== undefined && { owner: input.owner }),
    ...(input.dueDate !== undefined && { due_date: input.dueDate }),
    ...(input.progress !== undefined && { progress: input.progress }),
    ...(input.status !== undefined && { status: input.status }),
    ...(input.status === 'done' && { progress: 100 }),
    updated_at: ctx.clock.now().toISOString(),
  };
  await transaction(ctx, async (tx) => {
    await reportsRepo.updateAction(tx.db, tenant.id, id, set);
    await recordAudit(tx, {
      action: 'surveys.plan_action_updated',
      entityType: 'surveys_plan_action',
      entityId: id,
      before: { progress: row.progress, status: row.status },
      after: input,
    });
  });
  return planView({ ...row, ...set });
}

export async function removePlanAction(ctx: Ctx, id: string): Promise<void> {
  const tenant = requireTenant(ctx);
  const row = await actionForStaff(ctx, id);
  await transaction(ctx, async (tx) => {
    await reportsRepo.deleteAction(tx.db, tenant.id, id);
    await recordAudit(tx, {
      action: 'surveys.plan_action_removed',
      entityType: 'surveys_plan_action',
      entityId: id,
      before: { element: row.element, action: row.action },
    });
  });
}

/** Visits of a unit's period entered by hand (used as the population of the sample-size check). Audited. */
export async function enterVisits(ctx: Ctx, body: unknown): Promise<void> {
  const tenant = requireTenant(ctx);
  const input = visitCountInputSchema.parse(body);
  await assertUnit(ctx, SURVEYS.manage, input.unitId);
  await transaction(ctx, async (tx) => {
    await reportsRepo.setVisitCount(tx.db, {
      tenant_id: tenant.id,
      unit_id: input.unitId,
      period: input.period,
      visits: input.visits,
      updated_by: ctx.actor?.accountId ?? null,
      updated_at: ctx.clock.now().toISOString(),
    });
    await recordAudit(tx, {
      action: 'surveys.visits_entered',
      entityType: 'surveys_unit_period',
      entityId: `${input.unitId}:${input.period}`,
      after: input,
    });
  });
}
