/**
 * The services module's public door: other modules (the surveys, the transparency report to come) import only
 * from here.
 */

import { type Ctx, requireTenant } from '../../platform/context';
import { peopleService } from '../people/index';
import { catalogRepo } from './repository/catalog';
import { requestsRepo } from './repository/requests';

export { servicesModule } from './module';
export { SERVICES } from './policy';
export { SERVICES_EVENTS } from './support';

/** What other modules may ask of the services module. */
export const servicesService = {
  /**
   * Requests finished (done) in [from, to) (ISO instants) with their service and unit and their one-time survey
   * token (valid until `surveyExpiresAt`); never the applicant. The caller checks its own access. The event
   * `services.request.completed` ({ requestId, serviceId, unitId }) announces each as it happens.
   */
  async finishedRequests(ctx: Ctx, from: string, to: string) {
    const tenant = requireTenant(ctx);
    const [rows, services, units] = await Promise.all([
      requestsRepo.finishedBetween(ctx.db, tenant.id, from, to),
      catalogRepo.services(ctx.db, tenant.id),
      peopleService.units(ctx),
    ]);
    return rows.map((r) => ({
      requestId: r.id,
      code: r.code,
      completedAt: r.completed_at as string,
      workingDays: r.working_days,
      serviceId: r.service_id,
      serviceName: services.find((s) => s.id === r.service_id)?.name ?? '',
      unitId: r.unit_id,
      unitName: units.find((u) => u.id === r.unit_id)?.name ?? '',
      surveyToken: r.survey_token,
      surveyExpiresAt: r.survey_expires_at,
    }));
  },
};
