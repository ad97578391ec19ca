import { positionCreateSchema } from '@lentera/common';
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
