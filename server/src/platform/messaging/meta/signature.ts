import { createHmac, timingSafeEqual } from 'node:crypto';

/** The `X-Hub-Signature-256` header Meta sends with a webhook body: `sha256=` and the hex HMAC-SHA256 of the body. */
export function metaSignature(appSecret: string, rawBody: Buffer | string): string {
  return `sha256=${createHmac('sha256', appSecret).update(rawBody).digest('hex')}`;
}

/**
 * Whether the header is the HMAC-SHA256 of the raw body (the bytes as received, before any JSON parsing) with the
 * app secret. Compared in constant time; a missing or malformed header is false.
 */
export function verifyMetaSignature(
  appSecret: string,
  rawBody: Buffer,
  header: string | string[] | undefined,
): boolean {
  if (typeof header !== 'string' || !appSecret) return false;
  const match = /^sha256=([0-9a-f]{64})$/i.exec(header.trim());
  if (!match?.[1]) return false;
  const given = Buffer.from(match[1].toLowerCase(), 'hex');
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  return given.length === expected.length && timingSafeEqual(given, expected);
}
