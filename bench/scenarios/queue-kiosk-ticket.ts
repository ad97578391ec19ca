import { benchQueue, QUEUE_TENANT } from '../lib/queue-setup';
import type { Scenario } from '../lib/types';

/**
 * Issue 12: the entrance kiosk issues a ticket (the service day's number under its row lock, the capacity check,
 * the ticket, the audit entry, the event) and answers with the people ahead and the estimated wait. Two offices,
 * each with its kiosk and twenty services of 2,000 tickets a day (the most a service takes), taken in turn, so that
 * no day runs full during the run.
 */
export const queueKioskTicket: Scenario = {
  name: 'queue-kiosk-ticket',
  description: `POST /api/t/${QUEUE_TENANT}/queue/kiosks/:id/tickets (the kiosk's secret, a guest session) at 50 connections.`,
  connections: 50,
  async setup(ctx) {
    const offices = [
      await benchQueue(ctx, { services: 20, counters: 2 }),
      await benchQueue(ctx, { services: 20, counters: 2 }),
    ];
    const guest = await ctx.anonymous();
    return {
      headers: guest.headers,
      requests: offices.flatMap((queue) =>
        queue.serviceIds.map((serviceId) => ({
          method: 'POST' as const,
          path: `/api/t/${QUEUE_TENANT}/queue/kiosks/${queue.kioskId}/tickets`,
          headers: { 'x-kiosk-secret': queue.kioskSecret },
          body: { serviceId, priority: null },
        })),
      ),
      note: `locations ${offices.map((o) => o.locationId).join(', ')}`,
    };
  },
  targets: { minRatioToInsert: 0.4 },
};
