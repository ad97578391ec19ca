import type { Scenario } from '../lib/types';

/**
 * The public portal's first request: the web app's index.html for /t/dumai, fetched on every visit. The
 * assets it names are the portal-home-assets scenario, its data the portal-home-api scenario.
 */
export const portalHomeHtml: Scenario = {
  name: 'portal-home-html',
  description: 'GET /t/dumai as a browser asks for it: index.html of the built web app (web/dist).',
  async setup(ctx) {
    const response = await ctx.fetch('/t/dumai', { headers: { accept: 'text/html' } });
    const type = response.headers.get('content-type') ?? '';
    await response.arrayBuffer();
    if (!response.ok || !type.startsWith('text/html'))
      throw new Error(`GET /t/dumai answered ${response.status} ${type}: is the web app built (web/dist)?`);
    return undefined;
  },
  requests: [
    {
      method: 'GET',
      path: '/t/dumai',
      headers: { accept: 'text/html,application/xhtml+xml', 'accept-encoding': 'gzip, deflate, br' },
    },
  ],
  targets: { p99Ms: 50, minRatioToNoop: 0.3 },
};
