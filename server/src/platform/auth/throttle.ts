import type { Clock } from '../clock';
import type { DbOrTx } from '../db/database';
import { Locked, TooManyRequests } from '../errors';

/**
 * Failed logins slow down and then lock: per account, after 3 failures each new try waits
 * 2^(n-3) seconds (at most 60); after 10 the account is locked for 15 minutes. Per address the same
 * from 20 failures (offices share one address), locking at 100. Failures older than 15 minutes are forgotten.
 */
export const THROTTLE = {
  account: { freeFailures: 3, lockAfter: 10 },
  address: { freeFailures: 20, lockAfter: 100 },
  maxDelaySeconds: 60,
  lockMinutes: 15,
  forgetAfterMinutes: 15,
};

type Limits = { freeFailures: number; lockAfter: number };

async function read(db: DbOrTx, key: string) {
  return db.selectFrom('auth_throttle').selectAll().where('key', '=', key).executeTakeFirst();
}

/** Throws when this key may not try now. */
export async function assertMayTry(db: DbOrTx, clock: Clock, key: string, limits: Limits): Promise<void> {
  const row = await read(db, key);
  if (!row) return;
  const now = clock.now().getTime();
  if (row.locked_until && new Date(row.locked_until).getTime() > now) {
    const seconds = Math.ceil((new Date(row.locked_until).getTime() - now) / 1000);
    throw new Locked('account_locked', seconds, { minutes: Math.ceil(seconds / 60) });
  }
  const last = new Date(row.last_failure_at).getTime();
  if (now - last > THROTTLE.forgetAfterMinutes * 60_000) return;
  if (row.failures >= limits.freeFailures) {
    const delay = Math.min(2 ** (row.failures - limits.freeFailures), THROTTLE.maxDelaySeconds) * 1000;
    const wait = last + delay - now;
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw new TooManyRequests('login_throttled', seconds, { seconds });
    }
  }
}

export async function recordFailure(db: DbOrTx, clock: Clock, key: string, limits: Limits): Promise<void> {
  const now = clock.now();
  const row = await read(db, key);
  const stale = !row || now.getTime() - new Date(row.last_failure_at).getTime() > THROTTLE.forgetAfterMinutes * 60_000;
  const failures = stale ? 1 : row.failures + 1;
  const lockedUntil =
    failures >= limits.lockAfter ? new Date(now.getTime() + THROTTLE.lockMinutes * 60_000).toISOString() : null;
  if (!row) {
    await db
      .insertInto('auth_throttle')
      .values({ key, failures, last_failure_at: now.toISOString(), locked_until: lockedUntil })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({ failures, last_failure_at: now.toISOString(), locked_until: lockedUntil }),
      )
      .execute();
  } else {
    await db
      .updateTable('auth_throttle')
      .set({
        failures: failures >= limits.lockAfter ? 0 : failures,
        last_failure_at: now.toISOString(),
        locked_until: lockedUntil ?? row.locked_until,
      })
      .where('key', '=', key)
      .execute();
  }
}

export async function clearFailures(db: DbOrTx, key: string): Promise<void> {
  await db.deleteFrom('auth_throttle').where('key', '=', key).execute();
}
