import { fetchJson } from '../lib/http';
import type { Scenario } from '../lib/types';

const TENANT = 'kupang';
/** More attendees than a run at 50 connections checks in (a code used twice would measure the idempotent answer). */
const CODES = 60_000;

/**
 * Issue 16: attendees checked in at the door by their QR codes (the code's signature checked, the registration read,
 * the employee's name, the attendance written and audited), each request another attendee's code, at 50
 * connections, as the Kupang HR admin. The events of today and their confirmed seats come from the bench-only route.
 */
export const trainingCheckIn: Scenario = {
  name: 'training-check-in',
  description: `POST /api/t/${TENANT}/training/events/:id/check-in (HR admin, a fresh attendee's code each) at 50 connections.`,
  connections: 50,
  async setup(ctx) {
    const { codes } = await fetchJson<{ codes: Array<{ eventId: string; code: string }> }>(
      ctx,
      '/api/bench/training/check-in-codes',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ tenant: TENANT, count: CODES }),
        signal: AbortSignal.timeout(600_000),
      },
    );
    const account = await ctx.demoLogin(TENANT, 'hr_admin');
    const session = await ctx.login(account.login, account.password);
    const send = (n: number) => {
      const { eventId, code } = codes[n % codes.length] as { eventId: string; code: string };
      return { path: `/api/t/${TENANT}/training/events/${eventId}/check-in`, body: { code } };
    };
    return {
      headers: { ...session.headers, 'content-type': 'application/json' },
      requests: [{ method: 'POST', ...send(0), each: send }],
      note: `${codes.length} attendance codes`,
    };
  },
  targets: { minRatioToInsert: 0.4 },
};
