import type { Scenario } from '../lib/types';

/** The portal home's data call: the tenant's public identity and contacts, no session. */
export const portalHomeApi: Scenario = {
  name: 'portal-home-api',
  description: 'GET /api/t/dumai: the public tenant record the portal home renders.',
  requests: [
    {
      method: 'GET',
      path: '/api/t/dumai',
      headers: { accept: 'application/json', 'accept-encoding': 'gzip, deflate, br' },
    },
  ],
  targets: { p99Ms: 50, minRatioToNoop: 0.5 },
};
