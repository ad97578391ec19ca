import { readFileSync } from 'node:fs';
import { PASSWORD_MIN_LENGTH } from '@lentera/common';
import { hash, verify } from '@node-rs/argon2';
import { Invalid } from '../errors';

const COMMON = new Set(
  readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((l) => l.trim().toLowerCase())
    .filter((l) => l && !l.startsWith('#')),
);

/** Refuses short passwords, listed common ones, and one character repeated. */
export function assertAcceptablePassword(password: string): void {
  if ([...password].length < PASSWORD_MIN_LENGTH)
    throw new Invalid('password_too_short', { min: PASSWORD_MIN_LENGTH }, [
      { path: 'password', code: 'password_too_short' },
    ]);
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || /^(.)\1+$/.test(lower))
    throw new Invalid('password_too_common', {}, [{ path: 'password', code: 'password_too_common' }]);
}

export function hashPassword(password: string): Promise<string> {
  // 2 is Algorithm.Argon2id (a const enum, which isolated modules cannot import).
  return hash(password, { algorithm: 2 });
}

export async function verifyPassword(hashed: string | null, password: string): Promise<boolean> {
  if (!hashed) return false;
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

/** Verifying against this when the login is unknown keeps the response time the same. */
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('not-a-real-password-0');
  return dummyHash;
}
