import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hmacSha256 } from './hmac';

describe('platform: HMAC with remembered keys', () => {
  it('equals an HMAC keyed with the secret itself, for each of several secrets used in turn', () => {
    const secrets = ['rahasia-sesi-1', 'another secret ✓', 'x'.repeat(100)];
    for (let round = 0; round < 3; round++)
      for (const secret of secrets)
        for (const text of ['anon:abc', 'ip:127.0.0.1', '']) {
          expect(hmacSha256(secret, text, 'hex')).toBe(createHmac('sha256', secret).update(text).digest('hex'));
          expect(hmacSha256(secret, text, 'base64url')).toBe(
            createHmac('sha256', secret).update(text).digest('base64url'),
          );
        }
  });
});
