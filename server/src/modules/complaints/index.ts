/**
 * The complaints module's public door: other modules (Open311 and Telegram channels, performance, integrity)
 * import only from here.
 */

export { complaintsModule } from './module';
export { onPublicStep, type PublicStepNotice } from './notify';
export { COMPLAINTS } from './policy';
export { listCategories } from './use-cases/manage-categories';
export { followPath, type SubmitOptions, submitComplaint } from './use-cases/submit-complaint';

import { type Ctx, requireTenant } from '../../platform/context';
import { statsRepo } from './repository/stats';
import { aboutEmployee } from './use-cases/queries';

/** What other modules may ask of complaints (performance reviews, the integrity module to come). */
export const complaintsService = {
  /**
   * Complaints naming the employee (linked by the OPD) received in [from, to) (ISO instants): code, title,
   * status, category, dates and rating; never the reporter. The caller checks its own access.
   */
  aboutEmployee(ctx: Ctx, employeeId: string, from: string, to: string) {
    return aboutEmployee(ctx, employeeId, from, to);
  },
  /**
   * Complaints received in a year per unit and category code (counts only, from the published statistics): the
   * training module reads conduct and service complaints of a unit as a training need.
   */
  async receivedByUnitAndCategory(ctx: Ctx, year: number) {
    const rows = await statsRepo.receivedByUnitCategory(ctx.db, requireTenant(ctx).id, year);
    return rows
      .filter((r) => r.unit_id)
      .map((r) => ({ unitId: r.unit_id, categoryCode: r.code, received: Number(r.received) }));
  },
};
