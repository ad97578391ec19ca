import { recordAudit } from '../../../platform/audit/audit';
import { makeCtx, type Services, transaction } from '../../../platform/context';
import { findTenantById, type TenantRecord } from '../../../platform/tenancy/repository';
import { catalogRepo } from '../repository/catalog';
import { registrationsRepo } from '../repository/registrations';
import { fillSeats } from './waiting-list';

/**
 * Registrations whose superior let the working-day deadline pass lapse (cancelled, noted `approval_overdue`), and
 * the seat they held goes to the waiting list. Each lapses exactly once, whichever node runs the sweep (a
 * conditional update). Audited without an actor.
 */
export async function lapseOverdueApprovals(services: Services): Promise<number> {
  const now = services.clock.now().toISOString();
  const due = await registrationsRepo.overdue(services.db, now, 200);
  const tenants = new Map<string, TenantRecord | undefined>();
  let lapsed = 0;
  for (const row of due) {
    if (!tenants.has(row.tenant_id)) tenants.set(row.tenant_id, await findTenantById(services.db, row.tenant_id));
    const tenant = tenants.get(row.tenant_id);
    if (!tenant) continue;
    await transaction(makeCtx(services, { tenant }), async (tx) => {
      const event = await catalogRepo.lockEvent(tx.db, tx.dialect, tenant.id, row.event_id);
      if (!(await registrationsRepo.lapse(tx.db, tenant.id, row.id, now))) return;
      lapsed += 1;
      await recordAudit(tx, {
        action: 'training.approval_expired',
        entityType: 'training_registration',
        entityId: row.id,
        before: { status: row.status, due: row.approval_due_at },
      });
      if (event && row.status === 'pending') await fillSeats(tx, event);
    });
  }
  return lapsed;
}
