import { describe, expect, it } from 'vitest';
import { nextYearToOpen } from './years';

describe('nextYearToOpen', () => {
  it.each([
    { opened: [], thisYear: 2026, proposed: 2026 },
    { opened: [2025], thisYear: 2026, proposed: 2026 },
    { opened: [2025, 2026], thisYear: 2026, proposed: 2027 },
    { opened: [2026, 2027], thisYear: 2026, proposed: 2028 },
    { opened: [2024], thisYear: 2024, proposed: 2025 },
  ])('proposes $proposed when $opened are open in $thisYear', ({ opened, thisYear, proposed }) => {
    expect(nextYearToOpen(opened, thisYear)).toBe(proposed);
    expect(opened).not.toContain(nextYearToOpen(opened, thisYear));
  });
});
