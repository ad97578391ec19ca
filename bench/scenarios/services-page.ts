import { fetchJson } from '../lib/http';
import { SERVICES_TENANT } from '../lib/services-setup';
import type { Scenario } from '../lib/types';

/** Issue 13: one service's public page (the standard in force, the next version, the history), cached. */
export const servicesPage: Scenario = {
  name: 'services-page',
  description: `GET /api/t/${SERVICES_TENANT}/services/:id: a service's public page, no session.`,
  async setup(ctx) {
    const { services } = await fetchJson<{ services: Array<{ id: string; name: string }> }>(
      ctx,
      `/api/t/${SERVICES_TENANT}/services`,
    );
    if (services.length === 0) throw new Error(`no published services in ${SERVICES_TENANT}`);
    return {
      requests: services.map((s) => ({
        method: 'GET' as const,
        path: `/api/t/${SERVICES_TENANT}/services/${s.id}`,
        headers: { accept: 'application/json', 'accept-encoding': 'gzip, deflate, br' },
      })),
      note: `${services.length} services in turn`,
    };
  },
  targets: { minRatioToNoop: 0.6 },
};
