import { expect, it } from 'vitest';
import { uuidv7 } from './ids';

it('makes UUIDv7s that are unique, well formed and ordered by time, also within a millisecond', () => {
  const ids = Array.from({ length: 5000 }, (_, i) => uuidv7(1_700_000_000_000 + Math.floor(i / 1000)));
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect([...ids].sort()).toEqual(ids);
  // The random part differs from one id to the next (the pool hands out each byte once).
  const tails = new Set(ids.map((id) => id.slice(19)));
  expect(tails.size).toBe(ids.length);
});
