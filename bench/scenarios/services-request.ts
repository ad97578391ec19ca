import { benchService, requestBody, SERVICES_TENANT } from '../lib/services-setup';
import type { Scenario } from '../lib/types';

/**
 * Issue 13: a signed-in citizen files a service request without files (the form checked, the year's number taken,
 * the due date on the working-day calendar, the request, its first timeline step, the audit entry and the
 * acknowledgement e-mail in the outbox, in one transaction) at 50 connections.
 */
export const servicesRequest: Scenario = {
  name: 'services-request',
  description: `POST /api/t/${SERVICES_TENANT}/services/:id/requests (a citizen, multipart without files) at 50 connections.`,
  connections: 50,
  async setup(ctx) {
    const { serviceId, standardId } = await benchService(ctx);
    const account = await ctx.demoLogin(SERVICES_TENANT, 'citizen');
    const citizen = await ctx.login(account.login, account.password);
    const { body, contentType } = requestBody(standardId);
    return {
      headers: citizen.headers,
      requests: [
        {
          method: 'POST',
          path: `/api/t/${SERVICES_TENANT}/services/${serviceId}/requests`,
          headers: { 'content-type': contentType },
          body,
        },
      ],
      note: `service ${serviceId}`,
    };
  },
  targets: { minRatioToInsert: 0.4 },
};
