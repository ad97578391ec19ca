import { positionCreateSchema, positionUpdateSchema } from '@lentera/common';
import type { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, transaction } from '../../../platform/context';
import { Conflict, Invalid, NotFound } from '../../../platform/errors';
import { uuidv7 } from '../../../platform/ids';
import { tenantToday } from '../context';
import { resolveReportingLines } from '../derive';
import { PEOPLE } from '../policy';
import { type PositionsTable, peopleRepo } from '../repository';

export async function createPosition(ctx: Ctx, input: z.input<typeof positionCreateSchema>): Promise<PositionsTable> {
  const { tenant } = tenantToday(ctx);
  const data = positionCreateSchema.parse(input);
  return transaction(ctx, async (tx) => {
    const unit = await peopleRepo.unit(tx.db, tenant.id, data.unitId);
    if (!unit) throw new NotFound();
    await tx.access.assertVisible(tx.actor, PEOPLE.manageUnits, {
      tenantId: tenant.id,
      unitId: unit.id,
      unitPath: unit.path,
    });
    if (unit.closed_on) throw new Invalid('unit_closed', { name: unit.name });
    const existing = await peopleRepo.positions(tx.db, tenant.id, unit.id);
    if (existing.some((p) => p.name.toLowerCase() === data.name.toLowerCase()))
      throw new Conflict('position_exists', { name: data.name });
    if (data.isHead && existing.some((p) => p.is_head === 1))
      throw new Conflict('unit_has_head_position', { name: unit.name });
    const row: PositionsTable = {
      id: uuidv7(),
      tenant_id: tenant.id,
      unit_id: unit.id,
      name: data.name,
      kind: data.kind,
      fungsional_level: data.fungsionalLevel ?? null,
      class: data.class,
      quota: data.quota,
      is_head: data.isHead ? 1 : 0,
      created_at: tx.clock.now().toISOString(),
    };
    await peopleRepo.insertPosition(tx.db, row);
    await recordAudit(tx, { action: 'people.position_created', entityType: 'position', entityId: row.id, after: data });
    if (row.is_head) await resolveReportingLines(tx.db, tenant.id);
    return row;
  });
}

/** Edits a position's name, kind, class, quota (formasi) or whether it heads its unit. */
export async function updatePosition(
  ctx: Ctx,
  positionId: string,
  input: z.input<typeof positionUpdateSchema>,
): Promise<PositionsTable> {
  const { tenant } = tenantToday(ctx);
  const data = positionUpdateSchema.parse(input);
  return transaction(ctx, async (tx) => {
    const position = await peopleRepo.position(tx.db, tenant.id, positionId);
    const unit = position ? await peopleRepo.unit(tx.db, tenant.id, position.unit_id) : undefined;
    if (!position || !unit) throw new NotFound();
    await tx.access.assertVisible(tx.actor, PEOPLE.manageUnits, {
      tenantId: tenant.id,
      unitId: unit.id,
      unitPath: unit.path,
    });
    const others = (await peopleRepo.positions(tx.db, tenant.id, unit.id)).filter((p) => p.id !== position.id);
    if (data.name && others.some((p) => p.name.toLowerCase() === data.name!.toLowerCase()))
      throw new Conflict('position_exists', { name: data.name });
    if (data.isHead && others.some((p) => p.is_head === 1))
      throw new Conflict('unit_has_head_position', { name: unit.name });
    const changes: Partial<PositionsTable> = {
      ...(data.name !== undefined ? { name: data.name } : {}),
      ...(data.kind !== undefined ? { kind: data.kind } : {}),
      ...(data.fungsionalLevel !== undefined ? { fungsional_level: data.fungsionalLevel ?? null } : {}),
      ...(data.class !== undefined ? { class: data.class } : {}),
      ...(data.quota !== undefined ? { quota: data.quota } : {}),
      ...(data.isHead !== undefined ? { is_head: data.isHead ? 1 : 0 } : {}),
    };
    await peopleRepo.updatePosition(tx.db, tenant.id, position.id, changes);
    // Employees in the position carry its kind for searching.
    if (data.kind !== undefined && data.kind !== position.kind)
      await peopleRepo.setPositionKind(tx.db, tenant.id, position.id, data.kind);
    await recordAudit(tx, {
      action: 'people.position_updated',
      entityType: 'position',
      entityId: position.id,
      before: {
        name: position.name,
        kind: position.kind,
        class: position.class,
        quota: position.quota,
        isHead: position.is_head === 1,
      },
      after: data,
    });
    if (changes.is_head !== undefined && changes.is_head !== position.is_head)
      await resolveReportingLines(tx.db, tenant.id);
    return { ...position, ...changes };
  });
}

export async function listPositions(ctx: Ctx, unitId?: string) {
  const { tenant } = tenantToday(ctx);
  await ctx.access.assert(ctx.actor, PEOPLE.viewStructure);
  const [positions, filled] = await Promise.all([
    peopleRepo.positions(ctx.db, tenant.id, unitId),
    peopleRepo.filledByPosition(ctx.db, tenant.id),
  ]);
  const filledBy = new Map(filled.map((f) => [f.position_id, Number(f.n)]));
  return positions.map((p) => ({
    id: p.id,
    unitId: p.unit_id,
    name: p.name,
    kind: p.kind,
    fungsionalLevel: p.fungsional_level,
    class: p.class,
    quota: p.quota,
    isHead: p.is_head === 1,
    filled: filledBy.get(p.id) ?? 0,
  }));
}
