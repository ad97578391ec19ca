import { describe, expect, it } from 'vitest';
import { BATCH_SIZE, forgetScans, keepScan, pendingScans, type ScanStore, scansKey, syncScans } from './offline-scans';

function memoryStore(): ScanStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const at = new Date('2026-12-08T01:00:00Z');
const key = scansKey('medan', 'event-1');

describe('scans kept offline', () => {
  it('keeps a code once, trimmed, with the time it was scanned', () => {
    const store = memoryStore();
    expect(keepScan(store, key, '  TR1.a.b \n', at)).toBe(true);
    expect(keepScan(store, key, 'TR1.a.b', at)).toBe(false);
    expect(keepScan(store, key, '   ', at)).toBe(false);
    expect(keepScan(store, key, 'x'.repeat(201), at)).toBe(false);
    expect(pendingScans(store, key)).toEqual([{ code: 'TR1.a.b', scannedAt: '2026-12-08T01:00:00.000Z' }]);
  });

  it('keeps each event apart and reads a damaged store as empty', () => {
    const store = memoryStore();
    keepScan(store, key, 'TR1.a.b', at);
    expect(pendingScans(store, scansKey('medan', 'event-2'))).toEqual([]);
    store.setItem(key, '{not json');
    expect(pendingScans(store, key)).toEqual([]);
    store.setItem(key, JSON.stringify([{ code: 1 }, { code: 'ok', scannedAt: 'x' }]));
    expect(pendingScans(store, key)).toEqual([{ code: 'ok', scannedAt: 'x' }]);
  });

  it('forgets what the server answered and removes the key when nothing is left', () => {
    const store = memoryStore();
    keepScan(store, key, 'A', at);
    keepScan(store, key, 'B', at);
    forgetScans(store, key, ['A']);
    expect(pendingScans(store, key).map((s) => s.code)).toEqual(['B']);
    forgetScans(store, key, ['B']);
    expect(store.data.has(key)).toBe(false);
  });

  it('syncs in batches the server accepts, and keeps the rest when the network fails', async () => {
    const store = memoryStore();
    for (let i = 0; i < BATCH_SIZE + 3; i++) keepScan(store, key, `C${i}`, at);
    const sizes: number[] = [];
    const results = await syncScans(store, key, async (scans) => {
      sizes.push(scans.length);
      return { results: scans.map((s) => ({ code: s.code, outcome: 'checked_in' })) };
    });
    expect(sizes).toEqual([BATCH_SIZE, 3]);
    expect(results).toHaveLength(BATCH_SIZE + 3);
    expect(pendingScans(store, key)).toEqual([]);

    keepScan(store, key, 'LATER', at);
    await expect(
      syncScans(store, key, async () => {
        throw new Error('offline');
      }),
    ).rejects.toThrow('offline');
    expect(pendingScans(store, key).map((s) => s.code)).toEqual(['LATER']);
  });
});
