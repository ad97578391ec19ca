import { fetchJson } from '../lib/http';
import type { Scenario } from '../lib/types';

const TENANT = 'dumai';
const EMPLOYEES = 10_000;
const TEAM = 50;

/**
 * The review inbox of a supervisor who appraises at least 50 people (plans, reports and annual results waiting):
 * the demo supervisor of the 10,000-employee city; when their own team is smaller, hr_admin names them acting
 * appraiser for a large unit (the module's own way to widen whom one reviews), so the inbox spans 50+ people.
 */
export const performanceReviewInbox: Scenario = {
  name: 'performance-review-inbox',
  description: `GET /api/t/${TENANT}/performance/inbox as a supervisor appraising ${TEAM}+ employees (${EMPLOYEES.toLocaleString('en')} in the tenant).`,
  async setup(ctx) {
    await ctx.seed(EMPLOYEES, { tenant: TENANT });
    const supervisor = await ctx.demoLogin(TENANT, 'supervisor');
    let session = await ctx.login(supervisor.login, supervisor.password);
    const team = async () =>
      (await fetchJson<{ members: unknown[] }>(ctx, `/api/t/${TENANT}/performance/team`, { headers: session.headers }))
        .members.length;
    let size = await team();
    if (size < TEAM) {
      const hrLogin = await ctx.demoLogin(TENANT, 'hr_admin');
      const hr = await ctx.login(hrLogin.login, hrLogin.password);
      const me = await fetchJson<{ id: string; unitId: string | null }>(ctx, `/api/t/${TENANT}/people/me`, {
        headers: session.headers,
      });
      const units = await fetchJson<{ items: Array<{ id: string; headcount: number }> }>(
        ctx,
        `/api/t/${TENANT}/people/units`,
        { headers: hr.headers },
      );
      const big = units.items.filter((u) => u.id !== me.unitId).sort((a, b) => b.headcount - a.headcount)[0];
      if (!big) throw new Error('no unit to appraise');
      const today = new Date().toISOString().slice(0, 10);
      await fetchJson(ctx, `/api/t/${TENANT}/performance/acting`, {
        method: 'POST',
        headers: { ...hr.headers, 'content-type': 'application/json' },
        body: JSON.stringify({
          unitId: big.id,
          actingId: me.id,
          from: today,
          to: `${Number(today.slice(0, 4)) + 1}-12-31`,
          reason: 'Uji beban',
        }),
      });
      session = await ctx.login(supervisor.login, supervisor.password);
      size = await team();
    }
    if (size < TEAM) throw new Error(`the supervisor appraises ${size} people, fewer than ${TEAM}`);
    const inbox = await fetchJson<{ items: unknown[] }>(ctx, `/api/t/${TENANT}/performance/inbox`, {
      headers: session.headers,
    });
    return {
      headers: { cookie: session.cookie },
      note: `appraises ${size} people; ${inbox.items.length} items waiting`,
    };
  },
  requests: [{ method: 'GET', path: `/api/t/${TENANT}/performance/inbox` }],
  targets: { p99Ms: 50 },
};
