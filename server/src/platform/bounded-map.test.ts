import { expect, it } from 'vitest';
import { BoundedMap, RevisionCache } from './bounded-map';

it('keeps the most recently used entries up to its limit', () => {
  const map = new BoundedMap<string, number>(2);
  map.set('a', 1);
  map.set('b', 2);
  expect(map.get('a')).toBe(1);
  map.set('c', 3);
  expect(map.get('b')).toBeUndefined();
  expect(map.get('a')).toBe(1);
  expect(map.get('c')).toBe(3);
  expect(map.size).toBe(2);
});

it('answers from the revision cache only while the revision is unchanged', async () => {
  const cache = new RevisionCache<number>(10);
  let computed = 0;
  const compute = async () => ++computed;
  expect(await cache.get('k', 1, compute)).toBe(1);
  expect(await cache.get('k', 1, compute)).toBe(1);
  expect(await cache.get('k', 2, compute)).toBe(2);
  expect(await cache.get('other', 2, compute)).toBe(3);
});
