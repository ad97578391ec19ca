import type { Scenario } from '../lib/types';

/**
 * A citizen logs in: CSRF check, throttle look-ups, an argon2id verification, a new session row and the
 * account view. argon2id is slow on purpose (about 19 MiB and tens of milliseconds per verification), so
 * this is far below the baselines by design; few connections, since the hashes run on libuv's 4 threads.
 */
export const login: Scenario = {
  name: 'login',
  description: 'POST /api/auth/login with a valid demo citizen account (argon2id verification, new session).',
  connections: 4,
  async setup(ctx) {
    const account = await ctx.demoLogin('dumai', 'citizen');
    const anonymous = await ctx.anonymous();
    return {
      headers: anonymous.headers,
      requests: [
        {
          method: 'POST',
          path: '/api/auth/login',
          body: { login: account.login, password: account.password },
        },
      ],
      note: `as ${account.login}`,
    };
  },
  targets: { p99Ms: 1000 },
};
