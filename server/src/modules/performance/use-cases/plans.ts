import {
  type Plan,
  type PlanContent,
  planContentInputSchema,
  type planCreateSchema,
  type planDecisionSchema,
} from '@lentera/common';
import type { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { Conflict, Forbidden, Invalid, NotFound } from '../../../platform/errors';
import { uuidv7 } from '../../../platform/ids';
import { type PersonRef, peopleService } from '../../people/index';
import { isHrAdmin, PERFORMANCE } from '../policy';
import { presentPlan } from '../presenter';
import { type PlansTable, performanceRepo } from '../repository';
import {
  actorEmployee,
  actorLabel,
  parseJson,
  recordSubject,
  requireEmployee,
  requireOpenYear,
  visibleEmployee,
} from '../support';

/**
 * The SKP plan. The employee drafts RHK cascaded from the direct superior's RHK (top-level RHK only for unit
 * heads, entered by hr_admin or the head), with indicators and BerAKHLAK expectations; submits; the appraiser
 * approves or returns with notes. Editing a returned or approved plan starts a new version; all are kept.
 */

/** The RHK an employee may cascade from: the direct superior's approved plan (or its latest version). */
export async function superiorRhkOf(ctx: Ctx, employee: PersonRef, year: number) {
  if (!employee.superiorId) return [];
  const tenantId = requireTenant(ctx).id;
  const plan = await performanceRepo.planOf(ctx.db, tenantId, employee.superiorId, year);
  if (!plan) return [];
  const version = await performanceRepo.version(ctx.db, tenantId, plan.id, plan.approved_version ?? plan.version);
  if (!version) return [];
  return parseJson<PlanContent>(version.content).rhk.map((r) => ({ id: r.id, text: r.text }));
}

async function isUnitHead(ctx: Ctx, employee: PersonRef): Promise<boolean> {
  if (!employee.unitId) return false;
  return (await peopleService.headOfUnit(ctx, employee.unitId))?.id === employee.id;
}

/** Checks the cascade and gives every RHK and indicator a stable id (kept across versions). */
async function normalise(
  ctx: Ctx,
  employee: PersonRef,
  year: number,
  input: z.input<typeof planContentInputSchema>,
  previous: PlanContent | null,
): Promise<PlanContent> {
  const content = planContentInputSchema.parse(input);
  const superiorRhk = new Set((await superiorRhkOf(ctx, employee, year)).map((r) => r.id));
  const knownRhk = new Map((previous?.rhk ?? []).map((r) => [r.id, r]));
  const me = await actorEmployee(ctx);
  for (const rhk of content.rhk) {
    if (rhk.parentRhkId === null) {
      const head = (await isUnitHead(ctx, employee)) || employee.superiorId === null;
      const enteredBy = isHrAdmin(ctx.actor) || me?.id === employee.id;
      if (!head || !enteredBy) throw new Invalid('performance_top_level_not_allowed');
    } else if (!superiorRhk.has(rhk.parentRhkId)) {
      throw new Invalid('performance_bad_cascade', { parentRhkId: rhk.parentRhkId });
    }
  }
  const values = new Set<string>();
  for (const b of content.behaviour) {
    if (values.has(b.value)) throw new Invalid('validation_failed', { behaviour: b.value });
    values.add(b.value);
  }
  return {
    rhk: content.rhk.map((rhk) => {
      const known = rhk.id ? knownRhk.get(rhk.id) : undefined;
      const knownIndicators = new Set((known?.indicators ?? []).map((i) => i.id));
      return {
        ...rhk,
        id: known ? known.id : uuidv7(),
        indicators: rhk.indicators.map((i) => ({ ...i, id: i.id && knownIndicators.has(i.id) ? i.id : uuidv7() })),
      };
    }),
    behaviour: content.behaviour.map((b) => ({ value: b.value, specialExpectation: b.specialExpectation ?? null })),
  };
}

/** The employee (or hr_admin) may write the plan; nobody else, and another tenant's employee is not found. */
async function assertPlanWriter(ctx: Ctx, employee: PersonRef): Promise<void> {
  if (!ctx.actor) await ctx.access.assert(ctx.actor, PERFORMANCE.me);
  if (isHrAdmin(ctx.actor)) return;
  if (employee.accountId && employee.accountId === ctx.actor?.accountId) return;
  await ctx.access.assertVisible(ctx.actor, PERFORMANCE.read, await recordSubject(ctx, employee));
  throw new Forbidden();
}

export async function loadPlan(ctx: Ctx, plan: PlansTable, employee: PersonRef): Promise<Plan> {
  const versions = await performanceRepo.versions(ctx.db, requireTenant(ctx).id, plan.id);
  return presentPlan(plan, versions, employee, await superiorRhkOf(ctx, employee, plan.year));
}

/** Creates the plan, or edits it (in place while a draft; as a new version once returned or approved). */
export async function savePlan(ctx: Ctx, employeeId: string, input: z.input<typeof planCreateSchema>): Promise<Plan> {
  const tenant = requireTenant(ctx);
  const employee = await requireEmployee(ctx, employeeId);
  await assertPlanWriter(ctx, employee);
  const year = Number(input.year);
  await requireOpenYear(ctx, year);
  const existing = await performanceRepo.planOf(ctx.db, tenant.id, employee.id, year);
  const previous = existing
    ? await performanceRepo.version(ctx.db, tenant.id, existing.id, existing.version)
    : undefined;
  const content = await normalise(ctx, employee, year, input.content, previous ? parseJson(previous.content) : null);
  const now = ctx.clock.now().toISOString();
  const planId = await transaction(ctx, async (tx) => {
    if (!existing) {
      const plan: PlansTable = {
        id: uuidv7(),
        tenant_id: tenant.id,
        employee_id: employee.id,
        year,
        unit_id: employee.unitId,
        status: 'draft',
        version: 1,
        approved_version: null,
        submitted_at: null,
        appraiser_id: null,
        created_at: now,
        updated_at: now,
      };
      await performanceRepo.insertPlan(tx.db, plan);
      await performanceRepo.insertVersion(tx.db, {
        id: uuidv7(),
        tenant_id: tenant.id,
        plan_id: plan.id,
        version: 1,
        status: 'draft',
        content: JSON.stringify(content),
        submitted_at: null,
        decided_at: null,
        decided_by: null,
        note: null,
      });
      await recordAudit(tx, {
        action: 'performance.plan_created',
        entityType: 'performance_plan',
        entityId: plan.id,
        after: content,
      });
      return plan.id;
    }
    if (existing.status === 'submitted') throw new Conflict('performance_plan_state', { status: existing.status });
    if (existing.status === 'draft') {
      if (!(await performanceRepo.updatePlan(tx.db, tenant.id, existing.id, 'draft', { updated_at: now })))
        throw new Conflict('performance_plan_state', { status: 'submitted' });
      await performanceRepo.updateVersion(tx.db, tenant.id, existing.id, existing.version, {
        content: JSON.stringify(content),
      });
    } else {
      const version = existing.version + 1;
      if (
        !(await performanceRepo.updatePlan(tx.db, tenant.id, existing.id, existing.status, {
          status: 'draft',
          version,
          updated_at: now,
        }))
      )
        throw new Conflict('performance_plan_state', { status: 'changed' });
      await performanceRepo.insertVersion(tx.db, {
        id: uuidv7(),
        tenant_id: tenant.id,
        plan_id: existing.id,
        version,
        status: 'draft',
        content: JSON.stringify(content),
        submitted_at: null,
        decided_at: null,
        decided_by: null,
        note: null,
      });
    }
    await recordAudit(tx, {
      action: 'performance.plan_edited',
      entityType: 'performance_plan',
      entityId: existing.id,
      after: content,
    });
    return existing.id;
  });
  const plan = await performanceRepo.plan(ctx.db, tenant.id, planId);
  return loadPlan(ctx, plan!, employee);
}

export async function submitPlan(ctx: Ctx, planId: string): Promise<Plan> {
  const tenant = requireTenant(ctx);
  const plan = await performanceRepo.plan(ctx.db, tenant.id, planId);
  if (!plan) throw new NotFound();
  const employee = await requireEmployee(ctx, plan.employee_id);
  await assertPlanWriter(ctx, employee);
  const subject = await recordSubject(ctx, employee);
  if (subject.appraiserIds.length === 0) throw new Invalid('performance_no_superior');
  if (plan.status !== 'draft') throw new Conflict('performance_plan_state', { status: plan.status });
  const now = ctx.clock.now().toISOString();
  await transaction(ctx, async (tx) => {
    if (
      !(await performanceRepo.updatePlan(tx.db, tenant.id, plan.id, 'draft', {
        status: 'submitted',
        submitted_at: now,
        updated_at: now,
        appraiser_id: employee.superiorId ?? subject.appraiserIds[0] ?? null,
      }))
    )
      throw new Conflict('performance_plan_state', { status: 'submitted' });
    await performanceRepo.updateVersion(tx.db, tenant.id, plan.id, plan.version, {
      status: 'submitted',
      submitted_at: now,
    });
    await recordAudit(tx, {
      action: 'performance.plan_submitted',
      entityType: 'performance_plan',
      entityId: plan.id,
      after: { version: plan.version },
    });
  });
  return loadPlan(ctx, (await performanceRepo.plan(ctx.db, tenant.id, plan.id))!, employee);
}

/** Only the direct superior or an acting appraiser decides; others who may see the plan get 403, the rest 404. */
export async function assertAppraiserOf(ctx: Ctx, employee: PersonRef) {
  const subject = await recordSubject(ctx, employee);
  if (await ctx.access.can(ctx.actor, PERFORMANCE.review, subject)) return subject;
  await ctx.access.assertVisible(ctx.actor, PERFORMANCE.read, subject);
  throw new Forbidden('performance_not_appraiser');
}

export async function decidePlan(ctx: Ctx, planId: string, input: z.output<typeof planDecisionSchema>): Promise<Plan> {
  const tenant = requireTenant(ctx);
  const plan = await performanceRepo.plan(ctx.db, tenant.id, planId);
  if (!plan) throw new NotFound();
  const employee = await requireEmployee(ctx, plan.employee_id);
  await assertAppraiserOf(ctx, employee);
  if (plan.status !== 'submitted') throw new Conflict('performance_plan_state', { status: plan.status });
  if (input.decision === 'return' && !input.note) throw new Invalid('validation_failed', { field: 'note' });
  const version = await performanceRepo.version(ctx.db, tenant.id, plan.id, plan.version);
  const content = parseJson<PlanContent>(version!.content);
  if (input.decision === 'approve' && input.specialExpectations) {
    for (const [value, text] of Object.entries(input.specialExpectations)) {
      const existing = content.behaviour.find((b) => b.value === value);
      if (existing) existing.specialExpectation = text ?? null;
      else
        content.behaviour.push({
          value: value as PlanContent['behaviour'][number]['value'],
          specialExpectation: text ?? null,
        });
    }
  }
  const now = ctx.clock.now().toISOString();
  const status = input.decision === 'approve' ? 'approved' : 'returned';
  await transaction(ctx, async (tx) => {
    const changes: Partial<PlansTable> = { status, updated_at: now };
    if (status === 'approved') changes.approved_version = plan.version;
    if (!(await performanceRepo.updatePlan(tx.db, tenant.id, plan.id, 'submitted', changes)))
      throw new Conflict('performance_plan_state', { status: 'changed' });
    await performanceRepo.updateVersion(tx.db, tenant.id, plan.id, plan.version, {
      status,
      decided_at: now,
      decided_by: actorLabel(tx),
      note: input.note ?? null,
      content: JSON.stringify(content),
    });
    await recordAudit(tx, {
      action: status === 'approved' ? 'performance.plan_approved' : 'performance.plan_returned',
      entityType: 'performance_plan',
      entityId: plan.id,
      after: { version: plan.version, note: input.note ?? null },
    });
  });
  return loadPlan(ctx, (await performanceRepo.plan(ctx.db, tenant.id, plan.id))!, employee);
}

export async function getPlan(ctx: Ctx, planId: string): Promise<Plan> {
  const plan = await performanceRepo.plan(ctx.db, requireTenant(ctx).id, planId);
  if (!ctx.actor) await ctx.access.assert(ctx.actor, PERFORMANCE.me);
  if (!plan) throw new NotFound();
  const { employee } = await visibleEmployee(ctx, plan.employee_id);
  return loadPlan(ctx, plan, employee);
}

/** The employee's own plan for a year (null before it is drafted), with the superior's RHK to cascade from. */
export async function myPlan(
  ctx: Ctx,
  year: number,
): Promise<{ plan: Plan | null; superiorRhk: Array<{ id: string; text: string }> }> {
  await ctx.access.assert(ctx.actor, PERFORMANCE.me);
  const me = await actorEmployee(ctx);
  if (!me) throw new NotFound();
  const plan = await performanceRepo.planOf(ctx.db, requireTenant(ctx).id, me.id, year);
  return { plan: plan ? await loadPlan(ctx, plan, me) : null, superiorRhk: await superiorRhkOf(ctx, me, year) };
}
