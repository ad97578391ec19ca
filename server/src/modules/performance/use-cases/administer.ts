import {
  type actingCreateSchema,
  type PerformanceSettings,
  type PerformanceYear,
  type PeriodKind,
  periodDeadline,
  periodState,
  periodsOfYear,
  type unitPredikatSchema,
} from '@lentera/common';
import type { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { Conflict, Invalid, NotFound } from '../../../platform/errors';
import { uuidv7 } from '../../../platform/ids';
import { peopleService } from '../../people/index';
import { PERFORMANCE } from '../policy';
import { performanceRepo, type YearsTable } from '../repository';
import { actorLabel, calendarOf, loadSettings, tenantToday } from '../support';

/** Settings and years: the tenant's period kind and deadlines; a year opened and closed by hr_admin. */

export async function getSettings(ctx: Ctx): Promise<PerformanceSettings> {
  if (!(await ctx.access.can(ctx.actor, PERFORMANCE.me))) await ctx.access.assert(ctx.actor, PERFORMANCE.manage);
  return loadSettings(ctx);
}

export async function updateSettings(ctx: Ctx, input: PerformanceSettings): Promise<PerformanceSettings> {
  await ctx.access.assert(ctx.actor, PERFORMANCE.manage);
  const tenant = requireTenant(ctx);
  return transaction(ctx, async (tx) => {
    const before = await loadSettings(tx);
    await performanceRepo.saveSettings(tx.db, {
      tenant_id: tenant.id,
      period_kind: input.periodKind,
      submission_working_days: input.submissionWorkingDays,
      review_working_days: input.reviewWorkingDays,
      updated_at: tx.clock.now().toISOString(),
    });
    await recordAudit(tx, {
      action: 'performance.settings_updated',
      entityType: 'performance_settings',
      before,
      after: input,
    });
    return input;
  });
}

export async function presentYear(ctx: Ctx, row: YearsTable): Promise<PerformanceYear> {
  const { today } = tenantToday(ctx);
  const settings = await loadSettings(ctx);
  const cal = await calendarOf(ctx);
  return {
    year: row.year,
    status: row.status as 'open' | 'closed',
    periodKind: row.period_kind as PeriodKind,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    periods: periodsOfYear(row.year, row.period_kind as PeriodKind).map((p) => ({
      index: p.index,
      label: p.label,
      start: p.start,
      end: p.end,
      dueDate: periodDeadline(p, cal, settings.submissionWorkingDays).date,
      state: periodState(p, today),
    })),
  };
}

export async function listYears(ctx: Ctx): Promise<PerformanceYear[]> {
  if (!(await ctx.access.can(ctx.actor, PERFORMANCE.me))) await ctx.access.assert(ctx.actor, PERFORMANCE.manage);
  const rows = await performanceRepo.years(ctx.db, requireTenant(ctx).id);
  return Promise.all(rows.map((r) => presentYear(ctx, r)));
}

export async function openYear(ctx: Ctx, year: number): Promise<PerformanceYear> {
  await ctx.access.assert(ctx.actor, PERFORMANCE.manage);
  const tenant = requireTenant(ctx);
  const settings = await loadSettings(ctx);
  const row = await transaction(ctx, async (tx) => {
    const existing = await performanceRepo.year(tx.db, tenant.id, year);
    if (existing?.status === 'open') throw new Conflict('performance_year_exists', { year });
    const now = tx.clock.now().toISOString();
    if (existing) {
      // Reopening a closed year keeps its period kind.
      await performanceRepo.updateYear(tx.db, tenant.id, existing.id, { status: 'open', closed_at: null });
      await recordAudit(tx, {
        action: 'performance.year_reopened',
        entityType: 'performance_year',
        entityId: existing.id,
        after: { year },
      });
      return { ...existing, status: 'open', closed_at: null };
    }
    const created: YearsTable = {
      id: uuidv7(),
      tenant_id: tenant.id,
      year,
      status: 'open',
      period_kind: settings.periodKind,
      opened_at: now,
      closed_at: null,
    };
    await performanceRepo.insertYear(tx.db, created);
    await recordAudit(tx, {
      action: 'performance.year_opened',
      entityType: 'performance_year',
      entityId: created.id,
      after: { year, periodKind: settings.periodKind },
    });
    return created;
  });
  return presentYear(ctx, row);
}

export async function closeYear(ctx: Ctx, year: number): Promise<PerformanceYear> {
  await ctx.access.assert(ctx.actor, PERFORMANCE.manage);
  const tenant = requireTenant(ctx);
  const row = await transaction(ctx, async (tx) => {
    const existing = await performanceRepo.year(tx.db, tenant.id, year);
    if (!existing) throw new NotFound();
    if (existing.status !== 'open') throw new Invalid('performance_year_not_open', { year });
    const closedAt = tx.clock.now().toISOString();
    await performanceRepo.updateYear(tx.db, tenant.id, existing.id, { status: 'closed', closed_at: closedAt });
    await recordAudit(tx, {
      action: 'performance.year_closed',
      entityType: 'performance_year',
      entityId: existing.id,
      after: { year },
    });
    return { ...existing, status: 'closed', closed_at: closedAt };
  });
  return presentYear(ctx, row);
}

// Acting appraisers

export async function listActing(ctx: Ctx) {
  await ctx.access.assert(ctx.actor, PERFORMANCE.manage);
  const rows = await performanceRepo.acting(ctx.db, requireTenant(ctx).id);
  const people = await peopleService.activeEmployees(ctx, { ids: [...new Set(rows.map((r) => r.acting_id))] });
  const names = new Map(people.map((p) => [p.id, p.displayName]));
  return rows.map((r) => ({
    id: r.id,
    replacesId: r.replaces_id,
    unitId: r.unit_id,
    actingId: r.acting_id,
    actingName: names.get(r.acting_id) ?? '',
    from: r.from_date,
    to: r.to_date,
    reason: r.reason,
  }));
}

export async function appointActing(ctx: Ctx, input: z.output<typeof actingCreateSchema>): Promise<{ id: string }> {
  await ctx.access.assert(ctx.actor, PERFORMANCE.manage);
  const tenant = requireTenant(ctx);
  if (input.to < input.from) throw new Invalid('performance_bad_range');
  const acting = await peopleService.employee(ctx, input.actingId);
  if (acting?.employment !== 'active') throw new Invalid('validation_failed', { field: 'actingId' });
  if (input.replacesId && !(await peopleService.employee(ctx, input.replacesId)))
    throw new Invalid('validation_failed', { field: 'replacesId' });
  if (input.unitId && !(await peopleService.unit(ctx, input.unitId)))
    throw new Invalid('validation_failed', { field: 'unitId' });
  const id = uuidv7();
  await transaction(ctx, async (tx) => {
    await performanceRepo.insertActing(tx.db, {
      id,
      tenant_id: tenant.id,
      replaces_id: input.replacesId,
      unit_id: input.unitId,
      acting_id: input.actingId,
      from_date: input.from,
      to_date: input.to,
      reason: input.reason,
      created_at: tx.clock.now().toISOString(),
      created_by: actorLabel(tx),
    });
    await recordAudit(tx, {
      action: 'performance.acting_appointed',
      entityType: 'performance_acting',
      entityId: id,
      after: input,
    });
  });
  return { id };
}

export async function endActing(ctx: Ctx, id: string): Promise<void> {
  await ctx.access.assertVisible(ctx.actor, PERFORMANCE.manage, undefined);
  const tenant = requireTenant(ctx);
  await transaction(ctx, async (tx) => {
    const row = await performanceRepo.actingOne(tx.db, tenant.id, id);
    if (!row) throw new NotFound();
    await performanceRepo.deleteActing(tx.db, tenant.id, id);
    await recordAudit(tx, {
      action: 'performance.acting_removed',
      entityType: 'performance_acting',
      entityId: id,
      before: row,
    });
  });
}

// The unit's organisational predikat, which selects the distribution rule

export async function setUnitPredikat(ctx: Ctx, input: z.output<typeof unitPredikatSchema>): Promise<void> {
  await ctx.access.assert(ctx.actor, PERFORMANCE.manage);
  const tenant = requireTenant(ctx);
  if (!(await peopleService.unit(ctx, input.unitId))) throw new Invalid('validation_failed', { field: 'unitId' });
  await transaction(ctx, async (tx) => {
    const before = await performanceRepo.unitPredikat(tx.db, tenant.id, input.year, input.unitId);
    await performanceRepo.saveUnitPredikat(tx.db, {
      id: before?.id ?? uuidv7(),
      tenant_id: tenant.id,
      year: input.year,
      unit_id: input.unitId,
      predikat: input.predikat,
      set_at: tx.clock.now().toISOString(),
      set_by: actorLabel(tx),
    });
    await recordAudit(tx, {
      action: 'performance.unit_predikat_set',
      entityType: 'performance_unit_predikat',
      entityId: input.unitId,
      before: before?.predikat ?? null,
      after: input,
    });
  });
}
