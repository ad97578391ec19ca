import type { StandardStatus } from '@lentera/common';
import { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { Conflict, Invalid, NotFound } from '../../../platform/errors';
import { SERVICES } from '../policy';
import { catalogRepo } from '../repository/catalog';
import type { StandardRow } from '../repository/tables';
import { missingElements } from '../support';
import { elementWords, laterDate, standardFor, statusWord, todayOf } from './manage-services';

export const returnStandardSchema = z.object({ note: z.string().trim().min(3).max(2000) });

/** Refuses a version that leaves a published element empty, naming what is missing in the reader's language. */
function assertComplete(ctx: Ctx, standard: StandardRow): void {
  const missing = missingElements(standard);
  if (missing.length > 0)
    throw new Invalid(
      'services_standard_incomplete',
      { missing: elementWords(ctx, missing) },
      missing.map((element) => ({ path: element, message: 'missing' })),
    );
}

/** Moves a version from one of `from` to a new state inside the transaction, or 409 when it is no longer there. */
async function move(
  tx: Ctx,
  standard: StandardRow,
  from: readonly StandardStatus[],
  set: Parameters<typeof catalogRepo.changeState>[4],
): Promise<void> {
  const tenant = requireTenant(tx);
  const changed = await catalogRepo.changeState(tx.db, tenant.id, standard.id, from, set);
  if (changed) return;
  const now = await catalogRepo.standard(tx.db, tenant.id, standard.id);
  throw new Conflict('services_standard_state', { status: statusWord(tx, now?.status ?? standard.status) });
}

/** The unit submits a draft (or a returned version) for approval; every published element must be filled in. */
export async function submitStandard(ctx: Ctx, standardId: string): Promise<void> {
  const { standard } = await standardFor(ctx, standardId);
  if (standard.status !== 'draft' && standard.status !== 'returned')
    throw new Conflict('services_standard_state', { status: statusWord(ctx, standard.status) });
  assertComplete(ctx, standard);
  await transaction(ctx, async (tx) => {
    const now = tx.clock.now().toISOString();
    await move(tx, standard, ['draft', 'returned'], {
      status: 'submitted',
      submitted_at: now,
      return_note: null,
      decided_at: null,
      decided_by: null,
      updated_at: now,
    });
    await recordAudit(tx, {
      action: 'services.standard_submitted',
      entityType: 'services_standard',
      entityId: standard.id,
      before: { status: standard.status },
      after: { status: 'submitted' },
    });
  });
}

/** A version awaiting a decision, for an approver (HR admin, tenant admin), or 404. */
async function submittedFor(ctx: Ctx, standardId: string): Promise<StandardRow> {
  const tenant = requireTenant(ctx);
  await ctx.access.assert(ctx.actor, SERVICES.approve);
  const standard = await catalogRepo.standard(ctx.db, tenant.id, standardId);
  if (!standard) throw new NotFound();
  if (standard.status !== 'submitted')
    throw new Conflict('services_standard_state', { status: statusWord(ctx, standard.status) });
  return standard;
}

/**
 * Approves a submitted version: it is published and takes effect on its date (today when that date has passed,
 * so that no version is published as if it had been in force before).
 */
export async function approveStandard(ctx: Ctx, standardId: string): Promise<void> {
  const standard = await submittedFor(ctx, standardId);
  assertComplete(ctx, standard);
  await transaction(ctx, async (tx) => {
    const now = tx.clock.now().toISOString();
    const today = todayOf(tx);
    const effectiveFrom = laterDate(standard.effective_from, today);
    await move(tx, standard, ['submitted'], {
      status: 'published',
      effective_from: effectiveFrom,
      decided_at: now,
      decided_by: tx.actor?.accountId ?? null,
      updated_at: now,
    });
    await recordAudit(tx, {
      action: 'services.standard_published',
      entityType: 'services_standard',
      entityId: standard.id,
      before: { status: 'submitted', effectiveFrom: standard.effective_from },
      after: { status: 'published', effectiveFrom },
    });
  });
}

/** Sends a submitted version back to its unit with a note saying what to change. */
export async function returnStandard(ctx: Ctx, standardId: string, input: unknown): Promise<void> {
  const standard = await submittedFor(ctx, standardId);
  const { note } = returnStandardSchema.parse(input);
  await transaction(ctx, async (tx) => {
    const now = tx.clock.now().toISOString();
    await move(tx, standard, ['submitted'], {
      status: 'returned',
      return_note: note,
      decided_at: now,
      decided_by: tx.actor?.accountId ?? null,
      updated_at: now,
    });
    await recordAudit(tx, {
      action: 'services.standard_returned',
      entityType: 'services_standard',
      entityId: standard.id,
      before: { status: 'submitted' },
      after: { status: 'returned', note },
    });
  });
}
