import { type StandardInput, type StandardStatus, standardInputSchema } from '@lentera/common';
import { recordAudit } from '../../../platform/audit/audit';
import { type Ctx, requireTenant, transaction } from '../../../platform/context';
import { Conflict } from '../../../platform/errors';
import { catalogRepo } from '../repository/catalog';
import { standardColumns, standardFor, statusWord, valuesOf } from './manage-services';

/** The states in which the unit may still change a version: drafted, or sent back by the approver. */
const EDITABLE: readonly StandardStatus[] = ['draft', 'returned'];

/**
 * Saves a draft (or returned) version of a service's standard: the six published elements, the eight internal
 * ones, the request form and the letter template. Empty elements are allowed while drafting; submitting refuses
 * them. A submitted or published version is not changed: a new version is drafted instead.
 */
export async function editStandard(ctx: Ctx, standardId: string, input: StandardInput): Promise<void> {
  const tenant = requireTenant(ctx);
  const { standard } = await standardFor(ctx, standardId);
  const data = standardInputSchema.parse(input);
  await transaction(ctx, async (tx) => {
    const current = await catalogRepo.standard(tx.db, tenant.id, standard.id);
    if (!current || !EDITABLE.includes(current.status as StandardStatus))
      throw new Conflict('services_standard_state', { status: statusWord(tx, current?.status ?? standard.status) });
    const changed = await catalogRepo.changeState(tx.db, tenant.id, standard.id, EDITABLE, {
      ...standardColumns(data),
      updated_at: tx.clock.now().toISOString(),
    });
    if (!changed) throw new Conflict('services_standard_state', { status: statusWord(tx, current.status) });
    await recordAudit(tx, {
      action: 'services.standard_drafted',
      entityType: 'services_standard',
      entityId: standard.id,
      before: valuesOf(current),
      after: data,
    });
  });
}
