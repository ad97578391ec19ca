import type { coachingUpdateSchema, disciplineReferralSchema, Predikat, Rating } from '@lentera/common';
import type { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { Conflict, Invalid, NotFound } from '../../../platform/errors';
import { peopleService } from '../../people/index';
import { PERFORMANCE } from '../policy';
import { type CoachingTable, performanceRepo } from '../repository';
import { actorEmployee, parseJson, recordSubject, requireEmployee } from '../support';

/** Follow-up: coaching plans (pembinaan) for predikat below Baik, referrals for discipline, award candidates. */

function presentCoaching(row: CoachingTable, employeeName: string) {
  return {
    id: row.id,
    employeeId: row.employee_id,
    employeeName,
    year: row.year,
    predikat: row.predikat as Predikat,
    status: row.status as 'open' | 'closed',
    actions: parseJson<Array<{ text: string; due?: string; done: boolean }>>(row.actions),
    mentorId: row.mentor_id,
    startDate: row.start_date,
    endDate: row.end_date,
    outcome: row.outcome,
    referredAt: row.referred_at,
    referralReason: row.referral_reason,
  };
}

/** hr_admin sees every plan; a superior the plans of the people below them, an acting appraiser theirs. */
export async function listCoaching(ctx: Ctx, year?: number) {
  await ctx.access.assert(ctx.actor, PERFORMANCE.followUp);
  const rows = await performanceRepo.coachingList(ctx.db, requireTenant(ctx).id, year === undefined ? {} : { year });
  const people = new Map(
    (await peopleService.activeEmployees(ctx, { ids: [...new Set(rows.map((r) => r.employee_id))] })).map((p) => [
      p.id,
      p,
    ]),
  );
  const visible = [];
  for (const row of rows) {
    const employee = people.get(row.employee_id);
    if (!employee) continue;
    if (await ctx.access.can(ctx.actor, PERFORMANCE.followUp, await recordSubject(ctx, employee)))
      visible.push(presentCoaching(row, employee.displayName));
  }
  return visible;
}

async function coachingFor(ctx: Ctx, id: string) {
  const row = await performanceRepo.coaching(ctx.db, requireTenant(ctx).id, id);
  if (!row) throw new NotFound();
  const employee = await requireEmployee(ctx, row.employee_id);
  await ctx.access.assertVisible(ctx.actor, PERFORMANCE.followUp, await recordSubject(ctx, employee));
  return { row, employee };
}

export async function updateCoaching(ctx: Ctx, id: string, input: z.output<typeof coachingUpdateSchema>) {
  const { row, employee } = await coachingFor(ctx, id);
  if (row.status !== 'open') throw new Conflict('performance_report_state', { status: row.status });
  if (input.mentorId && !(await peopleService.employee(ctx, input.mentorId)))
    throw new Invalid('validation_failed', { field: 'mentorId' });
  const start = input.startDate === undefined ? row.start_date : input.startDate;
  const end = input.endDate === undefined ? row.end_date : input.endDate;
  if (start && end && end < start) throw new Invalid('performance_bad_range');
  if (input.close && !(input.outcome ?? row.outcome)) throw new Invalid('validation_failed', { field: 'outcome' });
  const changes: Partial<CoachingTable> = {
    actions: JSON.stringify(input.actions),
    mentor_id: input.mentorId === undefined ? row.mentor_id : input.mentorId,
    start_date: start,
    end_date: end,
    outcome: input.outcome === undefined ? row.outcome : input.outcome,
    status: input.close ? 'closed' : 'open',
    updated_at: ctx.clock.now().toISOString(),
  };
  await transaction(ctx, async (tx) => {
    await performanceRepo.updateCoaching(tx.db, row.tenant_id, row.id, changes);
    await recordAudit(tx, {
      action: input.close ? 'performance.coaching_closed' : 'performance.coaching_updated',
      entityType: 'performance_coaching',
      entityId: row.id,
      after: changes,
    });
  });
  return presentCoaching({ ...row, ...changes }, employee.displayName);
}

/** The superior refers the case for discipline: stored for the integrity module, read through the public door. */
export async function referForDiscipline(ctx: Ctx, id: string, input: z.output<typeof disciplineReferralSchema>) {
  const { row, employee } = await coachingFor(ctx, id);
  if (row.referred_at) throw new Conflict('conflict');
  const me = await actorEmployee(ctx);
  const changes = {
    referred_at: ctx.clock.now().toISOString(),
    referred_by: me?.id ?? ctx.actor?.accountId ?? null,
    referral_reason: input.reason,
    updated_at: ctx.clock.now().toISOString(),
  };
  await transaction(ctx, async (tx) => {
    await performanceRepo.updateCoaching(tx.db, row.tenant_id, row.id, changes);
    await recordAudit(tx, {
      action: 'performance.referred_for_discipline',
      entityType: 'performance_coaching',
      entityId: row.id,
      after: { reason: input.reason },
    });
  });
  return presentCoaching({ ...row, ...changes }, employee.displayName);
}

/** Annual results that are final enough to act on: confirmed, acknowledged, or objection decided. */
const FINAL = ['confirmed', 'acknowledged', 'decided'];

export async function awardCandidates(ctx: Ctx, year: number) {
  const rows = (await performanceRepo.annualsWhere(ctx.db, requireTenant(ctx).id, { status: FINAL })).filter(
    (a) => a.year === year && a.predikat === 'sangat_baik',
  );
  const people = await peopleService.activeEmployees(ctx, { ids: rows.map((r) => r.employee_id) });
  return people.map((p) => ({ employeeId: p.id, nip: p.nip, name: p.displayName, unitId: p.unitId, year }));
}

/**
 * Final annual results of the year with work results or behaviour below expectation, and whether the employee has a
 * coaching plan that year: the training module draws training needs from them.
 */
export async function resultsBelowExpectation(ctx: Ctx, year: number) {
  const tenantId = requireTenant(ctx).id;
  const [annuals, coaching] = await Promise.all([
    performanceRepo.annualsWhere(ctx.db, tenantId, { status: FINAL }),
    performanceRepo.coachingList(ctx.db, tenantId, { year }),
  ]);
  const coached = new Set(coaching.map((c) => c.employee_id));
  return annuals
    .filter((a) => a.year === year && (a.hasil_kerja === 'di_bawah' || a.perilaku === 'di_bawah'))
    .map((a) => ({
      employeeId: a.employee_id,
      unitId: a.unit_id,
      year,
      hasilKerja: a.hasil_kerja as Rating,
      perilaku: a.perilaku as Rating,
      predikat: a.predikat as Predikat,
      coachingPlan: coached.has(a.employee_id),
    }));
}

export async function disciplineReferrals(ctx: Ctx, year?: number) {
  const rows = await performanceRepo.coachingList(ctx.db, requireTenant(ctx).id, {
    ...(year ? { year } : {}),
    referredOnly: true,
  });
  return rows.map((r) => ({
    coachingId: r.id,
    employeeId: r.employee_id,
    year: r.year,
    predikat: r.predikat as Predikat,
    reason: r.referral_reason ?? '',
    referredAt: r.referred_at!,
    referredBy: r.referred_by,
  }));
}
