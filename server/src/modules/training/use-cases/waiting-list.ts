import { recordAuditMany } from '../../../platform/audit/audit';
import { type Ctx, requireTenant } from '../../../platform/context';
import { catalogRepo } from '../repository/catalog';
import { registrationsRepo } from '../repository/registrations';
import type { EventRow } from '../repository/tables';

/**
 * Moves the waiting list up while the event has free seats, first come first served (inside the caller's transaction,
 * with the event locked). Someone the superior already approved (or HR assigned) gets the seat; someone still waiting
 * for approval holds it as pending. Audited per move.
 */
export async function fillSeats(tx: Ctx, event: Pick<EventRow, 'id' | 'capacity' | 'status'>): Promise<string[]> {
  if (event.status !== 'scheduled') return [];
  const tenantId = requireTenant(tx).id;
  let seated = (await catalogRepo.occupancy(tx.db, tenantId, [event.id])).get(event.id)?.seated ?? 0;
  const moved: string[] = [];
  const now = tx.clock.now().toISOString();
  while (seated < event.capacity) {
    const next = await registrationsRepo.firstWaiting(tx.db, tenantId, event.id);
    if (!next) break;
    const status = next.decided_at !== null || next.source === 'assigned' ? 'confirmed' : 'pending';
    await registrationsRepo.update(tx.db, tenantId, next.id, { status, queued_at: null, updated_at: now });
    moved.push(next.id);
    seated += 1;
  }
  if (moved.length)
    await recordAuditMany(
      tx,
      moved.map((id) => ({
        action: 'training.waitlist_moved_up',
        entityType: 'training_registration',
        entityId: id,
        actor: null,
      })),
    );
  return moved;
}
