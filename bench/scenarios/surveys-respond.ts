import { fetchJson } from '../lib/http';
import type { Scenario } from '../lib/types';

const TENANT = 'medan';
/** More one-time links than a run at 50 connections can use (a reused link would answer 409: the row is INVALID). */
const LINKS = 60_000;

const ANSWER = {
  answers: { U1: 4, U2: 3, U3: 2, U4: 4, U5: 3, U6: 4, U7: 3, U8: 3, U9: 4 },
  respondent: { ageBand: '30_39', sex: 'female', education: 'sma', occupation: 'private' },
  comment: 'Petugas ramah, antrean agak lama.',
};

/**
 * Issue 15: a citizen answers the SKM survey through the one-time link of a finished queue ticket (the link looked up
 * through the queue's door, the unit, the period still open, the link marked used by its hash and the anonymous
 * response written, in one transaction), each request with a link of its own, at 50 connections. The links come
 * from the bench-only generator (finished tickets of today).
 */
export const surveysRespond: Scenario = {
  name: 'surveys-respond',
  description: `POST /api/t/${TENANT}/surveys/form/:token (a citizen, a fresh visit link each) at 50 connections.`,
  connections: 50,
  async setup(ctx) {
    const { tokens } = await fetchJson<{ tokens: string[] }>(ctx, '/api/bench/queue/survey-links', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenant: TENANT, count: LINKS }),
      signal: AbortSignal.timeout(600_000),
    });
    const anonymous = await ctx.anonymous();
    const path = (n: number) => `/api/t/${TENANT}/surveys/form/${tokens[n % tokens.length]}`;
    return {
      headers: { ...anonymous.headers, 'content-type': 'application/json' },
      requests: [{ method: 'POST', path: path(0), each: (n) => ({ path: path(n), body: ANSWER }) }],
      note: `${tokens.length} visit links`,
    };
  },
  targets: { minRatioToInsert: 0.4 },
};
