import { PREDIKATS } from '@lentera/common';
import { describe, expect, it } from 'vitest';
import { legendInOrder } from './charts';

describe('legendInOrder', () => {
  it('lists the legend in the order of the stacking, not by name', () => {
    const { itemSorter } = legendInOrder(PREDIKATS);
    const byName = [...PREDIKATS].sort().map((dataKey) => ({ dataKey }));
    const sorted = [...byName].sort((a, b) => Number(itemSorter(a)) - Number(itemSorter(b))).map((i) => i.dataKey);
    expect(sorted).toEqual([...PREDIKATS]);
    expect(itemSorter({ dataKey: 'unknown' })).toBe(PREDIKATS.length);
  });
});
