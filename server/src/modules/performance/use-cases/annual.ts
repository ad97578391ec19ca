import {
  type Annual,
  type annualObjectionDecisionSchema,
  type annualObjectionSchema,
  type annualRateSchema,
  distributionWarnings,
  needsCoaching,
  type OrgPredikat,
  type Predikat,
  type PredikatCounts,
  predikatOf,
} from '@lentera/common';
import type { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { Conflict, Forbidden, Invalid, NotFound } from '../../../platform/errors';
import { uuidv7 } from '../../../platform/ids';
import { type PersonRef, peopleService } from '../../people/index';
import { PERFORMANCE } from '../policy';
import { presentAnnual } from '../presenter';
import { type AnnualsTable, performanceRepo } from '../repository';
import {
  actorEmployee,
  appraisersOf,
  recordSubject,
  requireEmployee,
  requireOpenYear,
  tenantToday,
  visibleEmployee,
} from '../support';
import { assertAppraiserOf } from './plans';

/**
 * The annual evaluation: the appraiser rates the year with the periodic ratings in view; the predikat follows
 * from the matrix; the unit's organisational predikat selects the distribution rule, shown as warnings; the
 * appraiser's own superior confirms; the employee acknowledges or objects, which that superior decides.
 * Confirmation opens a coaching plan below Baik.
 */

/** The unit's distribution warnings for the year (none until hr_admin sets the unit's predikat). */
export async function unitWarnings(ctx: Ctx, year: number, unitId: string | null): Promise<Annual['warnings']> {
  if (!unitId) return [];
  const tenantId = requireTenant(ctx).id;
  const org = await performanceRepo.unitPredikat(ctx.db, tenantId, year, unitId);
  if (!org) return [];
  const counts: PredikatCounts = {};
  for (const a of await performanceRepo.annualsOfUnit(ctx.db, tenantId, year, unitId)) {
    const p = a.predikat as Predikat;
    counts[p] = (counts[p] ?? 0) + 1;
  }
  return distributionWarnings(org.predikat as OrgPredikat, counts);
}

async function periodicOf(ctx: Ctx, employeeId: string, year: number): Promise<Annual['periodic']> {
  const rows = await performanceRepo.reportsOfEmployee(ctx.db, requireTenant(ctx).id, employeeId, year);
  return rows.map((r) => ({ periodIndex: r.period_index, predikat: r.predikat as Predikat | null, status: r.status }));
}

async function loadAnnual(ctx: Ctx, row: AnnualsTable, employee: PersonRef): Promise<Annual> {
  return presentAnnual(
    row,
    employee,
    await periodicOf(ctx, row.employee_id, row.year),
    await unitWarnings(ctx, row.year, row.unit_id),
  );
}

/** The appraiser's own superior (or whoever acts for them) confirms and decides objections. */
async function assertConfirmer(ctx: Ctx, row: AnnualsTable): Promise<void> {
  const appraiser = await peopleService.employee(ctx, row.appraiser_id);
  const me = await actorEmployee(ctx);
  const { today } = tenantToday(ctx);
  const allowed = appraiser ? await appraisersOf(ctx, appraiser, today) : [];
  if (me && allowed.includes(me.id)) return;
  const employee = await requireEmployee(ctx, row.employee_id);
  await ctx.access.assertVisible(ctx.actor, PERFORMANCE.read, await recordSubject(ctx, employee));
  throw new Forbidden('performance_not_confirmer');
}

export async function rateAnnual(
  ctx: Ctx,
  employeeId: string,
  input: z.output<typeof annualRateSchema>,
): Promise<Annual> {
  const tenant = requireTenant(ctx);
  const employee = await requireEmployee(ctx, employeeId);
  await assertAppraiserOf(ctx, employee);
  await requireOpenYear(ctx, input.year);
  const plan = await performanceRepo.planOf(ctx.db, tenant.id, employee.id, input.year);
  if (!plan?.approved_version) throw new Invalid('performance_plan_not_approved');
  const predikat = predikatOf(input.hasilKerja, input.perilaku);
  const me = await actorEmployee(ctx);
  const now = ctx.clock.now().toISOString();
  const id = await transaction(ctx, async (tx) => {
    const existing = await performanceRepo.annualOf(tx.db, tenant.id, employee.id, input.year);
    const values = {
      hasil_kerja: input.hasilKerja,
      perilaku: input.perilaku,
      predikat,
      notes: input.notes ?? null,
      rated_at: now,
      appraiser_id: me!.id,
      appraiser_unit_id: me!.unitId,
      unit_id: employee.unitId,
    };
    if (existing) {
      // Re-rating is possible until the appraiser's superior confirms.
      if (!(await performanceRepo.updateAnnual(tx.db, tenant.id, existing.id, 'rated', values)))
        throw new Conflict('performance_annual_state', { status: existing.status });
      await recordAudit(tx, {
        action: 'performance.annual_rerated',
        entityType: 'performance_annual',
        entityId: existing.id,
        before: { predikat: existing.predikat },
        after: { predikat },
      });
      return existing.id;
    }
    const row: AnnualsTable = {
      id: uuidv7(),
      tenant_id: tenant.id,
      employee_id: employee.id,
      year: input.year,
      status: 'rated',
      ...values,
      confirmed_by: null,
      confirmed_at: null,
      acknowledged_at: null,
      objection_reason: null,
      objected_at: null,
      objection_decision: null,
      objection_note: null,
      decided_at: null,
    };
    await performanceRepo.insertAnnual(tx.db, row);
    await recordAudit(tx, {
      action: 'performance.annual_rated',
      entityType: 'performance_annual',
      entityId: row.id,
      after: { predikat },
    });
    return row.id;
  });
  return loadAnnual(ctx, (await performanceRepo.annual(ctx.db, tenant.id, id))!, employee);
}

/** Opens (or keeps) a coaching plan for a predikat below Baik; closes an open one the predikat no longer needs. */
async function syncCoaching(tx: Ctx, row: AnnualsTable, predikat: Predikat, now: string): Promise<void> {
  const tenantId = requireTenant(tx).id;
  const existing = await performanceRepo.coachingOfAnnual(tx.db, tenantId, row.id);
  if (needsCoaching(predikat)) {
    if (existing) await performanceRepo.updateCoaching(tx.db, tenantId, existing.id, { predikat, updated_at: now });
    else
      await performanceRepo.insertCoaching(tx.db, {
        id: uuidv7(),
        tenant_id: tenantId,
        employee_id: row.employee_id,
        annual_id: row.id,
        year: row.year,
        predikat,
        status: 'open',
        actions: '[]',
        mentor_id: null,
        start_date: null,
        end_date: null,
        outcome: null,
        referred_at: null,
        referred_by: null,
        referral_reason: null,
        created_at: now,
        updated_at: now,
      });
  } else if (existing && existing.status === 'open') {
    await performanceRepo.updateCoaching(tx.db, tenantId, existing.id, {
      status: 'closed',
      outcome: existing.outcome ?? `predikat ${predikat}`,
      updated_at: now,
    });
  }
}

export async function confirmAnnual(ctx: Ctx, annualId: string): Promise<Annual> {
  const tenant = requireTenant(ctx);
  const row = await performanceRepo.annual(ctx.db, tenant.id, annualId);
  if (!row) throw new NotFound();
  await assertConfirmer(ctx, row);
  if (row.status !== 'rated') throw new Conflict('performance_annual_state', { status: row.status });
  const me = await actorEmployee(ctx);
  const now = ctx.clock.now().toISOString();
  await transaction(ctx, async (tx) => {
    if (
      !(await performanceRepo.updateAnnual(tx.db, tenant.id, row.id, 'rated', {
        status: 'confirmed',
        confirmed_by: me?.id ?? null,
        confirmed_at: now,
      }))
    )
      throw new Conflict('performance_annual_state', { status: 'changed' });
    await syncCoaching(tx, row, row.predikat as Predikat, now);
    await recordAudit(tx, {
      action: 'performance.annual_confirmed',
      entityType: 'performance_annual',
      entityId: row.id,
      after: { predikat: row.predikat },
    });
  });
  return loadAnnual(
    ctx,
    (await performanceRepo.annual(ctx.db, tenant.id, row.id))!,
    await requireEmployee(ctx, row.employee_id),
  );
}

async function ownAnnual(ctx: Ctx, annualId: string) {
  await ctx.access.assert(ctx.actor, PERFORMANCE.me);
  const row = await performanceRepo.annual(ctx.db, requireTenant(ctx).id, annualId);
  if (!row) throw new NotFound();
  const employee = await requireEmployee(ctx, row.employee_id);
  if (employee.accountId !== ctx.actor?.accountId) {
    await visibleEmployee(ctx, employee.id);
    throw new Forbidden();
  }
  return { row, employee };
}

export async function acknowledgeAnnual(ctx: Ctx, annualId: string): Promise<Annual> {
  const { row, employee } = await ownAnnual(ctx, annualId);
  if (row.status !== 'confirmed') throw new Conflict('performance_annual_state', { status: row.status });
  const tenant = requireTenant(ctx);
  await transaction(ctx, async (tx) => {
    if (
      !(await performanceRepo.updateAnnual(tx.db, tenant.id, row.id, 'confirmed', {
        status: 'acknowledged',
        acknowledged_at: tx.clock.now().toISOString(),
      }))
    )
      throw new Conflict('performance_annual_state', { status: 'changed' });
    await recordAudit(tx, {
      action: 'performance.annual_acknowledged',
      entityType: 'performance_annual',
      entityId: row.id,
    });
  });
  return loadAnnual(ctx, (await performanceRepo.annual(ctx.db, tenant.id, row.id))!, employee);
}

export async function objectAnnual(
  ctx: Ctx,
  annualId: string,
  input: z.output<typeof annualObjectionSchema>,
): Promise<Annual> {
  const { row, employee } = await ownAnnual(ctx, annualId);
  if (row.status !== 'confirmed') throw new Conflict('performance_annual_state', { status: row.status });
  const tenant = requireTenant(ctx);
  await transaction(ctx, async (tx) => {
    if (
      !(await performanceRepo.updateAnnual(tx.db, tenant.id, row.id, 'confirmed', {
        status: 'objected',
        objection_reason: input.reason,
        objected_at: tx.clock.now().toISOString(),
      }))
    )
      throw new Conflict('performance_annual_state', { status: 'changed' });
    await recordAudit(tx, {
      action: 'performance.annual_objected',
      entityType: 'performance_annual',
      entityId: row.id,
      after: { reason: input.reason },
    });
  });
  return loadAnnual(ctx, (await performanceRepo.annual(ctx.db, tenant.id, row.id))!, employee);
}

export async function decideObjection(
  ctx: Ctx,
  annualId: string,
  input: z.output<typeof annualObjectionDecisionSchema>,
): Promise<Annual> {
  const tenant = requireTenant(ctx);
  const row = await performanceRepo.annual(ctx.db, tenant.id, annualId);
  if (!row) throw new NotFound();
  await assertConfirmer(ctx, row);
  if (row.status !== 'objected') throw new Conflict('performance_annual_state', { status: row.status });
  if (input.decision === 'upheld' && (!input.hasilKerja || !input.perilaku))
    throw new Invalid('validation_failed', { field: 'hasilKerja' });
  const hasil = input.decision === 'upheld' ? input.hasilKerja! : row.hasil_kerja;
  const perilaku = input.decision === 'upheld' ? input.perilaku! : row.perilaku;
  const predikat = predikatOf(hasil as Parameters<typeof predikatOf>[0], perilaku as Parameters<typeof predikatOf>[1]);
  const now = ctx.clock.now().toISOString();
  await transaction(ctx, async (tx) => {
    if (
      !(await performanceRepo.updateAnnual(tx.db, tenant.id, row.id, 'objected', {
        status: 'decided',
        objection_decision: input.decision,
        objection_note: input.note,
        hasil_kerja: hasil,
        perilaku,
        predikat,
        decided_at: now,
      }))
    )
      throw new Conflict('performance_annual_state', { status: 'changed' });
    await syncCoaching(tx, row, predikat, now);
    await recordAudit(tx, {
      action: 'performance.objection_decided',
      entityType: 'performance_annual',
      entityId: row.id,
      before: { predikat: row.predikat },
      after: { decision: input.decision, predikat },
    });
  });
  return loadAnnual(
    ctx,
    (await performanceRepo.annual(ctx.db, tenant.id, row.id))!,
    await requireEmployee(ctx, row.employee_id),
  );
}

export async function getAnnual(ctx: Ctx, annualId: string): Promise<Annual> {
  if (!ctx.actor) await ctx.access.assert(ctx.actor, PERFORMANCE.me);
  const row = await performanceRepo.annual(ctx.db, requireTenant(ctx).id, annualId);
  if (!row) throw new NotFound();
  const { employee } = await visibleEmployee(ctx, row.employee_id);
  return loadAnnual(ctx, row, employee);
}

/** What the appraiser sees before rating the year: the periodic ratings, the unit's warnings, any result. */
export async function annualContext(ctx: Ctx, employeeId: string, askedYear?: number) {
  if (!ctx.actor) await ctx.access.assert(ctx.actor, PERFORMANCE.me);
  const year = askedYear ?? Number(tenantToday(ctx).today.slice(0, 4));
  const { employee } = await visibleEmployee(ctx, employeeId);
  const row = await performanceRepo.annualOf(ctx.db, requireTenant(ctx).id, employee.id, year);
  return {
    annual: row ? await loadAnnual(ctx, row, employee) : null,
    periodic: await periodicOf(ctx, employee.id, year),
    warnings: await unitWarnings(ctx, year, employee.unitId),
  };
}
