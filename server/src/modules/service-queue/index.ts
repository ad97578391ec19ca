/**
 * The service queue's public door: other modules (the surveys to come) import only from here.
 */

import { zonedEndOfDay, zonedStartOfDay } from '@lentera/common';
import type { Ctx } from '../../platform/context';
import { requireTenant } from '../../platform/context';
import { peopleService } from '../people/index';
import { queueRepo } from './repository';
import { surveyVisitsRepo } from './repository/surveys';
import { locationSetup } from './setup-cache';
import { QUEUE_EVENTS } from './support';

export { serviceQueueModule } from './module';
export { QUEUE_EVENTS };

/** What other modules may ask of the queue. */
export const queueService = {
  /**
   * Where a citizen can book a visit for something to collect from `unitId`: the first active location (by name) of
   * that unit, or else of the nearest unit above it, having an active service that takes bookings; its public page
   * (`/t/:slug/antrian`, anchored at the location's card) or null when there is none.
   */
  async pickupBooking(
    ctx: Ctx,
    unitId: string,
  ): Promise<{ locationId: string; locationName: string; path: string } | null> {
    const tenant = requireTenant(ctx);
    const locations = await queueRepo.locations(ctx.db, tenant.id, true);
    if (locations.length === 0) return null;
    const services = await queueRepo.services(
      ctx.db,
      tenant.id,
      locations.map((l) => l.id),
    );
    const bookable = new Set(services.filter((s) => s.active && s.booking_allowed).map((s) => s.location_id));
    const seen = new Set<string>();
    for (let id: string | null = unitId; id && !seen.has(id); ) {
      seen.add(id);
      const unit: string = id;
      const found = locations.find((l) => l.unit_id === unit && bookable.has(l.id));
      if (found) {
        const path = `/t/${encodeURIComponent(tenant.slug)}/antrian#location-${found.id}`;
        return { locationId: found.id, locationName: found.name, path };
      }
      id = (await peopleService.unit(ctx, unit))?.parentId ?? null;
    }
    return null;
  },
  /**
   * Visits finished in [from, to) (ISO instants) with their service, location and unit and their one-time survey
   * token (valid until `surveyExpiresAt`); never a visitor (the queue keeps none). The caller checks its own access.
   * The event `queue.ticket.finished` ({ locationId, ticketId, serviceId }) announces each as it happens.
   */
  async finishedVisits(ctx: Ctx, from: string, to: string) {
    const tenant = requireTenant(ctx);
    const [rows, locations] = await Promise.all([
      queueRepo.finishedBetween(ctx.db, tenant.id, from, to),
      queueRepo.locations(ctx.db, tenant.id),
    ]);
    const services = await queueRepo.services(
      ctx.db,
      tenant.id,
      locations.map((l) => l.id),
    );
    return rows.map((r) => {
      const location = locations.find((l) => l.id === r.location_id);
      return {
        ticketId: r.id,
        day: r.day,
        finishedAt: r.finished_at as string,
        outcome: r.outcome,
        serviceId: r.service_id,
        serviceName: services.find((s) => s.id === r.service_id)?.name ?? '',
        locationId: r.location_id,
        locationName: location?.name ?? '',
        unitId: location?.unit_id ?? null,
        surveyToken: r.survey_token,
        surveyExpiresAt: r.survey_expires_at,
      };
    });
  },
  /**
   * The finished visit a one-time survey token belongs to: its service (`queue:<id>`), unit, local day and the
   * link's expiry; null when no finished ticket has it. Never the visitor (the queue keeps none).
   */
  async surveyVisit(ctx: Ctx, token: string) {
    const tenant = requireTenant(ctx);
    const ticket = await surveyVisitsRepo.ticketBySurveyToken(ctx.db, tenant.id, token);
    if (!ticket?.survey_expires_at) return null;
    // The location and its services as the kiosks read them (kept per node until the setup changes).
    const setup = await locationSetup(ctx, tenant.id, ticket.location_id);
    const location = setup?.location;
    const service = setup?.services.find((s) => s.id === ticket.service_id);
    if (!location?.unit_id || !service) return null;
    return {
      serviceKey: `queue:${service.id}`,
      serviceName: service.name,
      unitId: location.unit_id,
      day: ticket.day,
      expiresAt: ticket.survey_expires_at,
    };
  },
  /** The queue's services with their unit, keyed `queue:<id>` as the surveys module names them. */
  async surveyServices(ctx: Ctx) {
    const tenant = requireTenant(ctx);
    const locations = await queueRepo.locations(ctx.db, tenant.id);
    const services = await queueRepo.services(
      ctx.db,
      tenant.id,
      locations.map((l) => l.id),
    );
    return services.flatMap((s) => {
      const unitId = locations.find((l) => l.id === s.location_id)?.unit_id;
      return unitId ? [{ serviceKey: `queue:${s.id}`, serviceName: s.name, unitId, active: Boolean(s.active) }] : [];
    });
  },
  /** Finished visits per unit in the local days [fromDay, toDay] (the surveys module's sample-size check). */
  async finishedCountsByUnit(ctx: Ctx, fromDay: string, toDay: string): Promise<Map<string, number>> {
    const tenant = requireTenant(ctx);
    const [rows, locations] = await Promise.all([
      surveyVisitsRepo.finishedCounts(
        ctx.db,
        tenant.id,
        zonedStartOfDay(fromDay, tenant.timeZone).toISOString(),
        new Date(zonedEndOfDay(toDay, tenant.timeZone).getTime() + 1).toISOString(),
      ),
      queueRepo.locations(ctx.db, tenant.id),
    ]);
    const counts = new Map<string, number>();
    for (const row of rows) {
      const unitId = locations.find((l) => l.id === row.location_id)?.unit_id;
      if (unitId) counts.set(unitId, (counts.get(unitId) ?? 0) + Number(row.n));
    }
    return counts;
  },
};
