import { fetchJson } from '../lib/http';
import type { Scenario } from '../lib/types';
import { generateInChunks } from './complaints-data';

const TENANT = 'kupang';
const COMPLAINTS = 200_000;

/**
 * The verification desk's list with 200,000 complaints in the tenant: open complaints, soonest due first, a page
 * of 25 with the total, in turn filtered by category or searched by a word.
 */
export const complaintsOfficerList: Scenario = {
  name: 'complaints-officer-list-200k',
  description: `GET /api/t/${TENANT}/complaints as the desk officer with ${COMPLAINTS.toLocaleString('en')} complaints.`,
  connections: 10,
  async setup(ctx) {
    await generateInChunks(ctx, TENANT, COMPLAINTS, 2025);
    const account = await ctx.demoLogin(TENANT, 'complaint_officer');
    const session = await ctx.login(account.login, account.password);
    const headers = { cookie: session.cookie, accept: 'application/json' };
    const { items } = await fetchJson<{ items: Array<{ id: string }> }>(ctx, `/api/t/${TENANT}/complaints/categories`);
    const list = await fetchJson<{ total: number }>(ctx, `/api/t/${TENANT}/complaints?state=open`, { headers });
    return {
      headers,
      requests: [
        { path: `/api/t/${TENANT}/complaints?state=open&sort=due` },
        { path: `/api/t/${TENANT}/complaints?state=open&categoryId=${items[0]?.id}` },
        { path: `/api/t/${TENANT}/complaints?state=all&q=lampu&sort=-received` },
      ],
      note: `${list.total} open complaints`,
    };
  },
  targets: { p99Ms: 100 },
};
