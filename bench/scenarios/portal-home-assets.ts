import type { Scenario } from '../lib/types';

/**
 * A first visit to the portal home with an empty browser cache: every script, style and icon that
 * index.html names, fetched in turn as a browser asks for them (compression accepted). The route's own
 * lazily loaded chunk is not included. Later visits take these from the browser's cache.
 */
export const portalHomeAssets: Scenario = {
  name: 'portal-home-assets',
  description:
    'GET each /assets/* file (and the icon) that index.html names, with accept-encoding: a cold first visit.',
  async setup(ctx) {
    const response = await ctx.fetch('/t/dumai', { headers: { accept: 'text/html' } });
    const html = await response.text();
    if (!response.ok) throw new Error(`GET /t/dumai answered ${response.status}: is the web app built (web/dist)?`);
    const paths = [...html.matchAll(/\b(?:src|href)="(\/[^"/][^"]*)"/g)].map((m) => m[1] ?? '').filter(Boolean);
    if (!paths.length) throw new Error('index.html names no asset');
    return {
      requests: [...new Set(paths)].map((path) => ({
        method: 'GET' as const,
        path,
        headers: { accept: '*/*', 'accept-encoding': 'gzip, deflate, br' },
      })),
      note: `${new Set(paths).size} files`,
    };
  },
};
