import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';

// Key objects of the secrets in use (in practice one: the session secret), made once each: importing the key is
// a good part of an HMAC's cost, and every request computes one or two.
const keys = new Map<string, KeyObject>();

/** HMAC-SHA-256 of `text` under `secret`. */
export function hmacSha256(secret: string, text: string, encoding: 'hex' | 'base64url'): string {
  let key = keys.get(secret);
  if (!key) {
    if (keys.size >= 16) keys.clear();
    key = createSecretKey(Buffer.from(secret));
    keys.set(secret, key);
  }
  return createHmac('sha256', key).update(text).digest(encoding);
}
