/** Where the portal's "follow a complaint" box leads for what was typed into it. */
export type FollowTarget = { kind: 'token'; token: string } | { kind: 'code'; code: string };

/** A tracking code as the server numbers complaints: `DUM-ADU-2026-000123`. */
const TRACKING_CODE = /^[A-Z]{2,6}-ADU-\d{4}-\d{1,10}$/;
/** The secret follow link's last part, from `/t/:slug/pengaduan/ikuti/:token` or `/t/:slug/complaints/follow/:token`. */
const FOLLOW_PATH = /\/(?:pengaduan\/ikuti|complaints\/follow)\/([^/?#\s]+)/;
/** A bare secret token: long, URL-safe, no spaces (the server's tokens are 10 to 200 characters). */
const TOKEN = /^[A-Za-z0-9_-]{16,200}$/;

/**
 * Reads the follow box: a pasted follow link or its token opens the follow page; a tracking code opens the
 * published complaint's page (the code alone is no key to a complaint's private progress); anything else is `null`.
 */
export function followTarget(input: string): FollowTarget | null {
  const value = input.trim();
  if (!value) return null;
  const code = value.toUpperCase();
  if (TRACKING_CODE.test(code)) return { kind: 'code', code };
  const fromLink = FOLLOW_PATH.exec(value)?.[1];
  if (fromLink) {
    let token: string;
    try {
      token = decodeURIComponent(fromLink);
    } catch {
      return null;
    }
    return TOKEN.test(token) ? { kind: 'token', token } : null;
  }
  return TOKEN.test(value) ? { kind: 'token', token: value } : null;
}
