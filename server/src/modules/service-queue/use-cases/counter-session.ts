import { pauseInputSchema } from '@lentera/common';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { Conflict, NotFound } from '../../../platform/errors';
import { uuidv7 } from '../../../platform/ids';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { type CounterRow, type LocationRow, queueRepo } from '../repository';
import { locationFor, publishAfterCommit, QUEUE, QUEUE_EVENTS } from '../support';

// An officer's session at a counter: signing in and out, pausing and resuming. Each change is audited and announced
// (the board shows the counter open, paused or closed; the estimates count the open counters).

/** A counter of the tenant in a location the officer serves; another location's counter is answered as unknown. */
export async function counterFor(
  ctx: Ctx,
  tenant: TenantRecord,
  counterId: string,
): Promise<{ counter: CounterRow; location: LocationRow }> {
  const counter = await queueRepo.counter(ctx.db, tenant.id, counterId);
  if (!counter) throw new NotFound();
  const location = await locationFor(ctx, tenant, counter.location_id, QUEUE.serve);
  return { counter, location };
}

/** The officer's own counter: signed in by them, and not paused (unless `paused` is allowed). */
export async function myCounter(ctx: Ctx, tenant: TenantRecord, counterId: string, options: { paused?: boolean } = {}) {
  const found = await counterFor(ctx, tenant, counterId);
  if (found.counter.officer_account_id !== ctx.actor?.accountId) throw new Conflict('queue_counter_not_signed_in');
  if (found.counter.paused_at && !options.paused) throw new Conflict('queue_counter_paused');
  return found;
}

export async function signIn(ctx: Ctx, counterId: string): Promise<void> {
  const tenant = requireTenant(ctx);
  const { counter, location } = await counterFor(ctx, tenant, counterId);
  const actor = ctx.actor;
  if (!actor) return;
  if (counter.officer_account_id && counter.officer_account_id !== actor.accountId)
    throw new Conflict('queue_counter_taken', { name: counter.officer_name ?? '' });
  if (counter.officer_account_id === actor.accountId) return;
  await transaction(ctx, async (tx) => {
    const now = tx.clock.now().toISOString();
    await queueRepo.updateCounter(tx.db, tenant.id, counter.id, {
      officer_account_id: actor.accountId,
      officer_name: actor.name,
      signed_in_at: now,
      paused_at: null,
      pause_reason: null,
      updated_at: now,
    });
    await recordAudit(tx, {
      action: 'queue.counter_signed_in',
      entityType: 'queue_counter',
      entityId: counter.id,
      after: { counter: counter.number },
    });
    publishAfterCommit(tx, QUEUE_EVENTS.counter, { locationId: location.id, counterId: counter.id });
  });
}

export async function signOut(ctx: Ctx, counterId: string): Promise<void> {
  const tenant = requireTenant(ctx);
  const { counter, location } = await myCounter(ctx, tenant, counterId, { paused: true });
  await transaction(ctx, async (tx) => {
    const now = tx.clock.now().toISOString();
    await queueRepo.endPause(tx.db, counter.id, now);
    await queueRepo.updateCounter(tx.db, tenant.id, counter.id, {
      officer_account_id: null,
      officer_name: null,
      signed_in_at: null,
      paused_at: null,
      pause_reason: null,
      updated_at: now,
    });
    await recordAudit(tx, {
      action: 'queue.counter_signed_out',
      entityType: 'queue_counter',
      entityId: counter.id,
      after: { counter: counter.number },
    });
    publishAfterCommit(tx, QUEUE_EVENTS.counter, { locationId: location.id, counterId: counter.id });
  });
}

export async function pause(ctx: Ctx, counterId: string, input: unknown): Promise<void> {
  const tenant = requireTenant(ctx);
  const data = pauseInputSchema.parse(input);
  const { counter, location } = await myCounter(ctx, tenant, counterId);
  await transaction(ctx, async (tx) => {
    const now = tx.clock.now().toISOString();
    await queueRepo.updateCounter(tx.db, tenant.id, counter.id, {
      paused_at: now,
      pause_reason: data.reason,
      updated_at: now,
    });
    await queueRepo.startPause(tx.db, {
      id: uuidv7(),
      tenant_id: tenant.id,
      location_id: location.id,
      counter_id: counter.id,
      officer_account_id: ctx.actor?.accountId ?? null,
      reason: data.reason,
      started_at: now,
      ended_at: null,
    });
    await recordAudit(tx, {
      action: 'queue.counter_paused',
      entityType: 'queue_counter',
      entityId: counter.id,
      after: data,
    });
    publishAfterCommit(tx, QUEUE_EVENTS.counter, { locationId: location.id, counterId: counter.id });
  });
}

export async function resume(ctx: Ctx, counterId: string): Promise<void> {
  const tenant = requireTenant(ctx);
  const { counter, location } = await myCounter(ctx, tenant, counterId, { paused: true });
  if (!counter.paused_at) return;
  await transaction(ctx, async (tx) => {
    const now = tx.clock.now().toISOString();
    await queueRepo.endPause(tx.db, counter.id, now);
    await queueRepo.updateCounter(tx.db, tenant.id, counter.id, {
      paused_at: null,
      pause_reason: null,
      updated_at: now,
    });
    await recordAudit(tx, {
      action: 'queue.counter_resumed',
      entityType: 'queue_counter',
      entityId: counter.id,
      after: { counter: counter.number },
    });
    publishAfterCommit(tx, QUEUE_EVENTS.counter, { locationId: location.id, counterId: counter.id });
  });
}
