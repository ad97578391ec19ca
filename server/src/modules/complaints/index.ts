/**
 * The complaints module's public door: other modules (Open311 and Telegram channels, performance, integrity)
 * import only from here.
 */

export { complaintsModule } from './module';
export { onPublicStep, type PublicStepNotice } from './notify';
export { COMPLAINTS } from './policy';
export { listCategories } from './use-cases/manage-categories';
export { followPath, type SubmitOptions, submitComplaint } from './use-cases/submit-complaint';

import type { Ctx } from '../../platform/context';
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
};
