import {
  CORRECTABLE_FIELDS,
  correctionDecisionSchema,
  correctionRequestSchema,
  employeeUpdateSchema,
} from '@lentera/common';
import type { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, transaction } from '../../../platform/context';
import { Conflict, Forbidden, NotFound } from '../../../platform/errors';
import { uuidv7 } from '../../../platform/ids';
import { actorLabel, tenantToday } from '../context';
import { PEOPLE } from '../policy';
import { peopleRepo } from '../repository';
import { columnsFor } from './update-employee';

/**
 * The body of a correction request. Each corrected value passes the checks of the edit form (approving
 * must not store bad data), and any subset of the correctable fields may be named: common's
 * `correctionRequestSchema` types `changes` as a z.record over an enum, which zod 4 makes exhaustive
 * (every field required), so it is narrowed here.
 */
export const correctionRequestBody = correctionRequestSchema.extend({
  changes: employeeUpdateSchema
    .pick(
      Object.fromEntries(CORRECTABLE_FIELDS.map((field) => [field, true])) as Record<
        (typeof CORRECTABLE_FIELDS)[number],
        true
      >,
    )
    .partial()
    .strict()
    .refine((c) => Object.keys(c).length > 0, 'name at least one field to correct'),
});

/** An employee asks for a correction of their own record; nothing changes until hr_admin approves. */
export async function requestCorrection(ctx: Ctx, input: z.input<typeof correctionRequestBody>) {
  const { tenant } = tenantToday(ctx);
  const data = correctionRequestBody.parse(input);
  if (!ctx.actor) throw new Forbidden();
  const changes = data.changes;
  return transaction(ctx, async (tx) => {
    const me = await peopleRepo.employeeByAccount(tx.db, tenant.id, tx.actor!.accountId);
    if (!me) throw new NotFound('employee_record_missing');
    const id = uuidv7();
    await peopleRepo.insertCorrection(tx.db, {
      id,
      tenant_id: tenant.id,
      employee_id: me.id,
      changes: JSON.stringify(changes),
      reason: data.reason,
      status: 'pending',
      requested_by: tx.actor!.accountId,
      requested_at: tx.clock.now().toISOString(),
      decided_by: null,
      decided_at: null,
      decision_note: null,
    });
    await recordAudit(tx, {
      action: 'people.correction_requested',
      entityType: 'correction',
      entityId: id,
      after: data,
    });
    return { id, status: 'pending' as const };
  });
}

function present(row: Awaited<ReturnType<typeof peopleRepo.corrections>>[number]) {
  return {
    id: row.id,
    employeeId: row.employee_id,
    employeeName: row.employee_name,
    employeeNip: row.employee_nip,
    changes: JSON.parse(row.changes) as Record<string, string | null>,
    reason: row.reason,
    status: row.status,
    requestedAt: row.requested_at,
    decidedAt: row.decided_at,
    decisionNote: row.decision_note,
  };
}

export async function myCorrections(ctx: Ctx) {
  const { tenant } = tenantToday(ctx);
  if (!ctx.actor) throw new Forbidden();
  const me = await peopleRepo.employeeByAccount(ctx.db, tenant.id, ctx.actor.accountId);
  if (!me) throw new NotFound('employee_record_missing');
  return (await peopleRepo.corrections(ctx.db, tenant.id, { employeeId: me.id })).map(present);
}

export async function listCorrections(ctx: Ctx, status?: string) {
  const { tenant } = tenantToday(ctx);
  await ctx.access.assert(ctx.actor, PEOPLE.decideCorrections);
  return (await peopleRepo.corrections(ctx.db, tenant.id, { status })).map(present);
}

/** hr_admin approves (the record changes now, audited) or rejects (nothing changes). */
export async function decideCorrection(
  ctx: Ctx,
  correctionId: string,
  input: z.infer<typeof correctionDecisionSchema>,
) {
  const { tenant } = tenantToday(ctx);
  const data = correctionDecisionSchema.parse(input);
  await ctx.access.assert(ctx.actor, PEOPLE.decideCorrections);
  return transaction(ctx, async (tx) => {
    const correction = await peopleRepo.correction(tx.db, tenant.id, correctionId);
    if (!correction) throw new NotFound();
    if (correction.status !== 'pending') throw new Conflict('correction_already_decided');
    const now = tx.clock.now().toISOString();
    const decided = await peopleRepo.decideCorrection(tx.db, tenant.id, correctionId, {
      status: data.decision,
      decided_by: tx.actor!.accountId,
      decided_at: now,
      decision_note: data.note ?? null,
    });
    if (!decided) throw new Conflict('correction_already_decided');
    if (data.decision === 'approved') {
      const employee = await peopleRepo.employee(tx.db, tenant.id, correction.employee_id);
      if (!employee) throw new NotFound();
      const changes = columnsFor(JSON.parse(correction.changes));
      await peopleRepo.updateEmployee(tx.db, tenant.id, employee.id, {
        ...changes,
        version: employee.version + 1,
        updated_at: now,
        updated_by: actorLabel(tx),
      });
      await recordAudit(tx, {
        action: 'people.employee_updated',
        entityType: 'employee',
        entityId: employee.id,
        before: employee,
        after: changes,
      });
    }
    await recordAudit(tx, {
      action: `people.correction_${data.decision}`,
      entityType: 'correction',
      entityId: correctionId,
      after: data,
    });
    return { id: correctionId, status: data.decision };
  });
}
