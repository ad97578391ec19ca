import {
  needInputSchema,
  needsQuerySchema,
  needsRefreshSchema,
  needUpdateSchema,
  type TrainingTopic,
  topicForComplaintCategory,
  topicsForPerformance,
} from '@lentera/common';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { Conflict, Invalid, NotFound } from '../../../platform/errors';
import { uuidv7 } from '../../../platform/ids';
import { complaintsService } from '../../complaints/index';
import { peopleService } from '../../people/index';
import { performanceService } from '../../performance/index';
import { TRAINING } from '../policy';
import { recordsRepo } from '../repository/records';
import type { NeedRow, NeedsTable } from '../repository/tables';
import { settingsOf, unitPaths } from '../support';
import { yearOrCurrent } from './compliance';

const PREDIKAT_WORDS: Record<string, string> = {
  sangat_baik: 'Sangat Baik',
  baik: 'Baik',
  butuh_perbaikan: 'Butuh Perbaikan',
  kurang: 'Kurang/Misconduct',
  sangat_kurang: 'Sangat Kurang',
};

function need(
  ctx: Ctx,
  year: number,
  source: 'performance' | 'complaints' | 'manual',
  who: { unitId: string | null; employeeId: string | null },
  topic: TrainingTopic,
  reason: string,
  key = '',
): NeedsTable {
  const now = ctx.clock.now().toISOString();
  return {
    id: uuidv7(),
    tenant_id: requireTenant(ctx).id,
    year,
    unit_id: who.unitId,
    employee_id: who.employeeId,
    source,
    topic,
    reason: reason.slice(0, 500),
    status: 'open',
    plan_item_id: null,
    dedupe_key: `${source}|${year}|${who.unitId ?? ''}|${who.employeeId ?? ''}|${topic}${key}`,
    created_at: now,
    updated_at: now,
  };
}

/**
 * Draws the year's training needs from the government's own evidence: final annual results below expectation
 * (behaviour: ethics and integrity; results: technical skills; through the performance module's door) and the
 * complaints a unit received (conduct and levies: ethics; the rest: public service; from the threshold in the
 * settings; through the complaints module's door). A suggestion already drawn is not added again. Audited.
 */
export async function drawNeeds(ctx: Ctx, body: unknown) {
  await ctx.access.assert(ctx.actor, TRAINING.manage);
  const { year } = needsRefreshSchema.parse(body);
  const settings = await settingsOf(ctx);
  const rows: NeedsTable[] = [];
  for (const r of await performanceService.resultsBelowExpectation(ctx, year))
    for (const topic of topicsForPerformance(r))
      rows.push(
        need(
          ctx,
          year,
          'performance',
          { unitId: r.unitId, employeeId: r.employeeId },
          topic,
          `Penilaian kinerja ${year}: ${topic === 'technical' ? 'hasil kerja' : 'perilaku kerja'} di bawah ekspektasi ` +
            `(predikat ${PREDIKAT_WORDS[r.predikat] ?? r.predikat})${r.coachingPlan ? '; ada rencana pembinaan' : ''}`,
        ),
      );
  const byUnitTopic = new Map<string, { unitId: string; topic: TrainingTopic; received: number }>();
  for (const c of await complaintsService.receivedByUnitAndCategory(ctx, year)) {
    const topic = topicForComplaintCategory(c.categoryCode);
    const key = `${c.unitId}|${topic}`;
    const entry = byUnitTopic.get(key) ?? { unitId: c.unitId, topic, received: 0 };
    entry.received += c.received;
    byUnitTopic.set(key, entry);
  }
  for (const e of byUnitTopic.values())
    if (e.received >= settings.complaintNeedThreshold)
      rows.push(
        need(
          ctx,
          year,
          'complaints',
          { unitId: e.unitId, employeeId: null },
          e.topic,
          `${e.received} pengaduan masyarakat ${year} tentang ${e.topic === 'ethics_integrity' ? 'perilaku petugas atau pungutan' : 'layanan'} unit ini`,
        ),
      );
  return transaction(ctx, async (tx) => {
    const added = await recordsRepo.insertNeeds(tx.db, rows);
    await recordAudit(tx, {
      action: 'training.needs_drawn',
      entityType: 'training_need',
      after: { year, added: added.length, suggested: rows.length },
    });
    return { added: added.length, suggested: rows.length };
  });
}

async function needViews(ctx: Ctx, rows: NeedRow[]) {
  const [units, people] = await Promise.all([
    unitPaths(ctx),
    peopleService.activeEmployees(ctx, {
      ids: [...new Set(rows.flatMap((r) => (r.employee_id ? [r.employee_id] : [])))],
    }),
  ]);
  const nameOf = new Map(people.map((p) => [p.id, p.displayName]));
  return rows.map((r) => ({
    id: r.id,
    year: r.year,
    unitId: r.unit_id,
    unitName: r.unit_id ? (units.get(r.unit_id)?.name ?? null) : null,
    employeeId: r.employee_id,
    employeeName: r.employee_id ? (nameOf.get(r.employee_id) ?? null) : null,
    source: r.source as 'performance' | 'complaints' | 'manual',
    topic: r.topic as TrainingTopic,
    reason: r.reason,
    status: r.status as 'open' | 'planned' | 'dismissed',
    planItemId: r.plan_item_id,
  }));
}

/** The year's needs for HR, filterable by status and unit. */
export async function listNeeds(ctx: Ctx, query: unknown) {
  await ctx.access.assert(ctx.actor, TRAINING.manage);
  const f = needsQuerySchema.parse(query);
  const year = yearOrCurrent(ctx, f.year);
  const rows = await recordsRepo.needs(ctx.db, requireTenant(ctx).id, {
    year,
    ...(f.status ? { status: f.status } : {}),
    ...(f.unitId ? { unitId: f.unitId } : {}),
  });
  return { year, items: await needViews(ctx, rows) };
}

/** A need HR adds by hand (consultation input, an OPD's request). Audited. */
export async function addNeed(ctx: Ctx, body: unknown) {
  await ctx.access.assert(ctx.actor, TRAINING.manage);
  const input = needInputSchema.parse(body);
  if (input.unitId && !(await peopleService.unit(ctx, input.unitId)))
    throw new Invalid('validation_failed', { field: 'unitId' });
  const person = input.employeeId ? await peopleService.employee(ctx, input.employeeId) : null;
  if (input.employeeId && !person) throw new Invalid('validation_failed', { field: 'employeeId' });
  const row = need(
    ctx,
    input.year,
    'manual',
    { unitId: input.unitId ?? person?.unitId ?? null, employeeId: input.employeeId },
    input.topic,
    input.reason,
  );
  row.dedupe_key += `|${row.id}`;
  await transaction(ctx, async (tx) => {
    await recordsRepo.insertNeeds(tx.db, [row]);
    await recordAudit(tx, {
      action: 'training.need_added',
      entityType: 'training_need',
      entityId: row.id,
      after: input,
    });
  });
  return (await needViews(ctx, [row]))[0]!;
}

/** Dismisses a need or opens it again; one already in the plan stays. Audited. */
export async function updateNeed(ctx: Ctx, id: string, body: unknown) {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, TRAINING.manage);
  const input = needUpdateSchema.parse(body);
  const row = await recordsRepo.need(ctx.db, tenant.id, id);
  if (!row) throw new NotFound();
  if (row.status === 'planned') throw new Conflict('conflict');
  const set = { status: input.status, updated_at: ctx.clock.now().toISOString() };
  await transaction(ctx, async (tx) => {
    await recordsRepo.updateNeeds(tx.db, tenant.id, [id], set);
    await recordAudit(tx, {
      action: 'training.need_updated',
      entityType: 'training_need',
      entityId: id,
      before: { status: row.status },
      after: input,
    });
  });
  return (await needViews(ctx, [{ ...row, ...set }]))[0]!;
}
