import { randomBytes, randomFillSync } from 'node:crypto';

let lastMs = 0;
let counter = 0;

// Random bytes for ids and tokens drawn from a pool refilled 4 KB at a time: one call into the CSPRNG per 256 ids
// instead of one per id (as Node's own randomUUID does).
const pool = Buffer.alloc(4096);
let poolOffset = pool.length;

/** Fresh random bytes from the pool (never handed out twice); larger requests go to the CSPRNG directly. */
function pooledRandomBytes(n: number): Buffer {
  if (n > 256) return randomBytes(n);
  if (poolOffset + n > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const bytes = Buffer.from(pool.subarray(poolOffset, poolOffset + n));
  poolOffset += n;
  return bytes;
}

/** A UUIDv7: 48 bits of Unix milliseconds, then random bits; time-ordered, so indexes stay compact. */
export function uuidv7(now: number = Date.now()): string {
  const bytes = pooledRandomBytes(16);
  // A per-process counter in the random part keeps ids generated in the same millisecond ordered.
  if (now === lastMs) counter = (counter + 1) & 0xfff;
  else {
    lastMs = now;
    counter = bytes.readUInt16BE(6) & 0x7ff;
  }
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A random URL-safe secret (session ids, one-time tokens, tracking secrets). */
export function randomToken(bytes = 32): string {
  return pooledRandomBytes(bytes).toString('base64url');
}
