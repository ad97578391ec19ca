import { benchQueue, QUEUE_TENANT } from '../lib/queue-setup';
import type { Scenario } from '../lib/types';

/**
 * Issue 12: the entrance kiosk issues a ticket (the service day's number under its row lock, the capacity check,
 * the ticket, the audit entry, the event) and answers with the people ahead and the estimated wait. Twenty
 * services of 2,000 tickets a day each, taken in turn, so that no day runs full during the run.
 */
export const queueKioskTicket: Scenario = {
  name: 'queue-kiosk-ticket',
  description: `POST /api/t/${QUEUE_TENANT}/queue/kiosks/:id/tickets (the kiosk's secret, a guest session) at 50 connections.`,
  connections: 50,
  async setup(ctx) {
    const queue = await benchQueue(ctx, { services: 20, counters: 2 });
    const guest = await ctx.anonymous();
    return {
      headers: { ...guest.headers, 'x-kiosk-secret': queue.kioskSecret },
      requests: queue.serviceIds.map((serviceId) => ({
        method: 'POST' as const,
        path: `/api/t/${QUEUE_TENANT}/queue/kiosks/${queue.kioskId}/tickets`,
        body: { serviceId, priority: null },
      })),
      note: `location ${queue.locationId}`,
    };
  },
  targets: { minRatioToInsert: 0.4 },
};
