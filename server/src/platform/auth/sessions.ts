import { createHash, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { DbOrTx } from '../db/database';
import { hmacSha256 } from '../hmac';
import { randomToken } from '../ids';

export const SESSION_COOKIE = 'lentera_sid';
export const ANON_COOKIE = 'lentera_anon';

/** Session ids are stored hashed: a leaked table cannot be replayed as cookies. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface SessionInfo {
  sessionId: string;
  accountId: string;
}

export async function createSession(
  db: DbOrTx,
  config: Config,
  clock: Clock,
  accountId: string,
  meta: { userAgent: string | null; ip: string | null },
): Promise<string> {
  const token = randomToken(32);
  const now = clock.now();
  await db
    .insertInto('sessions')
    .values({
      id: hashToken(token),
      account_id: accountId,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: new Date(now.getTime() + config.sessionMaxHours * 3600_000).toISOString(),
      user_agent: meta.userAgent?.slice(0, 300) ?? null,
      ip: meta.ip,
    })
    .execute();
  return token;
}

/** A session is valid until its absolute expiry and while it has been used within the idle window. */
export async function findSession(
  db: DbOrTx,
  config: Config,
  clock: Clock,
  token: string,
): Promise<SessionInfo | null> {
  const id = hashToken(token);
  const row = await db
    .selectFrom('sessions')
    .select(['account_id', 'last_seen_at', 'expires_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const now = clock.now();
  const idleLimit = new Date(row.last_seen_at).getTime() + config.sessionIdleMinutes * 60_000;
  if (now.toISOString() >= row.expires_at || now.getTime() > idleLimit) {
    await db.deleteFrom('sessions').where('id', '=', id).execute();
    return null;
  }
  // Touch at most once a minute: a read-heavy page should not write on every request.
  if (now.getTime() - new Date(row.last_seen_at).getTime() > 60_000) {
    await db.updateTable('sessions').set({ last_seen_at: now.toISOString() }).where('id', '=', id).execute();
  }
  return { sessionId: id, accountId: row.account_id };
}

export async function deleteSession(db: DbOrTx, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', hashToken(token)).execute();
}

export async function deleteAllSessions(db: DbOrTx, accountId: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('account_id', '=', accountId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * The CSRF token is an HMAC of the session (or, before login, of an anonymous nonce cookie), so it
 * needs no storage, changes at login, and cannot be forged by a page on another site.
 */
export function csrfTokenFor(secret: string, cookies: { session?: string; anon?: string }): string | null {
  const basis = cookies.session ? `sess:${cookies.session}` : cookies.anon ? `anon:${cookies.anon}` : null;
  return basis ? hmacSha256(secret, basis, 'base64url') : null;
}

export function csrfMatches(expected: string | null, given: string | undefined): boolean {
  if (!expected || !given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
