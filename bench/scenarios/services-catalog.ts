import { SERVICES_TENANT } from '../lib/services-setup';
import type { Scenario } from '../lib/types';

/** Issue 13: the public catalog of a city's services with their standards in force, cached (exact after edits). */
export const servicesCatalog: Scenario = {
  name: 'services-catalog',
  description: `GET /api/t/${SERVICES_TENANT}/services: the public catalog, no session.`,
  requests: [
    {
      method: 'GET',
      path: `/api/t/${SERVICES_TENANT}/services`,
      headers: { accept: 'application/json', 'accept-encoding': 'gzip, deflate, br' },
    },
  ],
  targets: { minRatioToNoop: 0.6 },
};
