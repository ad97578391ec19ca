import { complianceQuerySchema, planItemInputSchema, planItemUpdateSchema, type TrainingTopic } from '@lentera/common';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { Invalid, NotFound } from '../../../platform/errors';
import { uuidv7 } from '../../../platform/ids';
import { peopleService } from '../../people/index';
import { TRAINING } from '../policy';
import { catalogRepo } from '../repository/catalog';
import { recordsRepo } from '../repository/records';
import type { PlanItemRow, PlanItemsTable } from '../repository/tables';
import { unitPaths, yearDates } from '../support';
import { yearOrCurrent } from './compliance';

/**
 * Plan items with their progress: employees (of the item's unit and the units below, when it names one) who
 * completed the item's programme in the year, against the target.
 */
async function planViews(ctx: Ctx, year: number, items: PlanItemRow[]) {
  const tenantId = requireTenant(ctx).id;
  const { from, to } = yearDates(year);
  const programmeIds = [...new Set(items.flatMap((i) => (i.programme_id ? [i.programme_id] : [])))];
  const [completers, units, needs] = await Promise.all([
    recordsRepo.completersOf(ctx.db, tenantId, programmeIds, from, to),
    unitPaths(ctx),
    recordsRepo.needCounts(
      ctx.db,
      tenantId,
      items.map((i) => i.id),
    ),
  ]);
  const unitOf = new Map(
    (await peopleService.activeEmployees(ctx, { ids: [...new Set(completers.map((c) => c.employee_id))] })).map((p) => [
      p.id,
      p.unitId,
    ]),
  );
  return items.map((item) => {
    const participants = completers.filter((c) => {
      if (c.programme_id !== item.programme_id) return false;
      if (!item.unit_id) return true;
      const unitId = unitOf.get(c.employee_id);
      return Boolean(unitId && units.get(unitId)?.path.includes(`/${item.unit_id}/`));
    }).length;
    return {
      id: item.id,
      year: item.year,
      title: item.title,
      topic: item.topic as TrainingTopic,
      programmeId: item.programme_id,
      unitId: item.unit_id,
      unitName: item.unit_id ? (units.get(item.unit_id)?.name ?? null) : null,
      targetParticipants: item.target_participants,
      participants,
      progress: Math.min(100, Math.round((participants / item.target_participants) * 1000) / 10),
      status: item.status as 'planned' | 'in_progress' | 'done',
      needs: needs.get(item.id) ?? 0,
    };
  });
}

/** PUBLIC: the year's training plan and its progress (for the annual report): no names. */
export async function trainingPlan(ctx: Ctx, query: unknown) {
  const year = yearOrCurrent(ctx, complianceQuerySchema.parse(query).year);
  const items = await recordsRepo.planItems(ctx.db, requireTenant(ctx).id, year);
  return { year, items: await planViews(ctx, year, items) };
}

async function assertRefs(ctx: Ctx, input: { programmeId?: string | null; unitId?: string | null }) {
  const tenantId = requireTenant(ctx).id;
  if (input.programmeId && !(await catalogRepo.programme(ctx.db, tenantId, input.programmeId)))
    throw new Invalid('validation_failed', { field: 'programmeId' });
  if (input.unitId && !(await peopleService.unit(ctx, input.unitId)))
    throw new Invalid('validation_failed', { field: 'unitId' });
}

/** HR turns needs into an item of the year's plan: the needs named are marked planned. Audited. */
export async function addPlanItem(ctx: Ctx, body: unknown) {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, TRAINING.manage);
  const input = planItemInputSchema.parse(body);
  await assertRefs(ctx, input);
  const needs = await recordsRepo.needs(ctx.db, tenant.id, { ids: [...new Set(input.needIds)] });
  if (needs.length !== new Set(input.needIds).size || needs.some((n) => n.year !== input.year || n.status !== 'open'))
    throw new Invalid('validation_failed', { field: 'needIds' });
  const now = ctx.clock.now().toISOString();
  const row: PlanItemsTable = {
    id: uuidv7(),
    tenant_id: tenant.id,
    year: input.year,
    title: input.title,
    topic: input.topic,
    programme_id: input.programmeId,
    unit_id: input.unitId,
    target_participants: input.targetParticipants,
    status: 'planned',
    created_at: now,
    updated_at: now,
  };
  await transaction(ctx, async (tx) => {
    await recordsRepo.insertPlanItem(tx.db, row);
    await recordsRepo.updateNeeds(tx.db, tenant.id, input.needIds, {
      status: 'planned',
      plan_item_id: row.id,
      updated_at: now,
    });
    await recordAudit(tx, {
      action: 'training.plan_item_added',
      entityType: 'training_plan_item',
      entityId: row.id,
      after: input,
    });
  });
  return (await planViews(ctx, row.year, [row]))[0]!;
}

/** Follows a plan item: title, programme, target, status. Audited. */
export async function updatePlanItem(ctx: Ctx, id: string, body: unknown) {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, TRAINING.manage);
  const input = planItemUpdateSchema.parse(body);
  const row = await recordsRepo.planItem(ctx.db, tenant.id, id);
  if (!row) throw new NotFound();
  await assertRefs(ctx, input);
  const set: Partial<PlanItemsTable> = {
    ...(input.title !== undefined && { title: input.title }),
    ...(input.programmeId !== undefined && { programme_id: input.programmeId }),
    ...(input.targetParticipants !== undefined && { target_participants: input.targetParticipants }),
    ...(input.status !== undefined && { status: input.status }),
    updated_at: ctx.clock.now().toISOString(),
  };
  await transaction(ctx, async (tx) => {
    await recordsRepo.updatePlanItem(tx.db, tenant.id, id, set);
    await recordAudit(tx, {
      action: 'training.plan_item_updated',
      entityType: 'training_plan_item',
      entityId: id,
      after: input,
    });
  });
  return (await planViews(ctx, row.year, [{ ...row, ...set }]))[0]!;
}
