/**
 * The services module's public door: other modules (the surveys, the transparency report to come) import only
 * from here.
 */

import { localDate, zonedEndOfDay, zonedStartOfDay } from '@lentera/common';
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
  /**
   * The finished request a one-time survey token belongs to: its service (`services:<id>`), unit, local day of
   * completion and the link's expiry; null when no finished request has it. Never the applicant.
   */
  async surveyVisit(ctx: Ctx, token: string) {
    const tenant = requireTenant(ctx);
    const request = await requestsRepo.requestBySurveyToken(ctx.db, tenant.id, token);
    if (!request?.survey_expires_at || !request.completed_at) return null;
    const service = await catalogRepo.service(ctx.db, tenant.id, request.service_id);
    if (!service) return null;
    return {
      serviceKey: `services:${service.id}`,
      serviceName: service.name,
      unitId: request.unit_id,
      day: localDate(new Date(request.completed_at), tenant.timeZone),
      expiresAt: request.survey_expires_at,
    };
  },
  /** The unit's online services, keyed `services:<id>` as the surveys module names them. */
  async surveyServices(ctx: Ctx) {
    const services = await catalogRepo.services(ctx.db, requireTenant(ctx).id);
    return services.map((s) => ({
      serviceKey: `services:${s.id}`,
      serviceName: s.name,
      unitId: s.unit_id,
      active: Boolean(s.active),
    }));
  },
  /** Requests finished per unit in the local days [fromDay, toDay] (the surveys module's sample-size check). */
  async finishedCountsByUnit(ctx: Ctx, fromDay: string, toDay: string): Promise<Map<string, number>> {
    const tenant = requireTenant(ctx);
    const rows = await requestsRepo.finishedCounts(
      ctx.db,
      tenant.id,
      zonedStartOfDay(fromDay, tenant.timeZone).toISOString(),
      new Date(zonedEndOfDay(toDay, tenant.timeZone).getTime() + 1).toISOString(),
    );
    return new Map(rows.map((r) => [r.unit_id, Number(r.n)]));
  },
};
