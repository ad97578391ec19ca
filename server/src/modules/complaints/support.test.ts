import { buildCalendar } from '@lentera/common';
import { describe, expect, it } from 'vitest';
import { deadline } from './support';

describe('complaints: working-day deadlines', () => {
  it('are the same whether remembered or computed afresh, at every hour of many days', () => {
    const remembered = buildCalendar({ timeZone: 'Asia/Jakarta' });
    for (let hour = 0; hour < 24 * 40; hour += 5) {
      const start = new Date(Date.UTC(2026, 11, 20, hour, 17));
      for (const days of [0, 1, 3, 5, 14]) {
        // A calendar of the same content built anew has nothing remembered.
        const fresh = buildCalendar({ timeZone: 'Asia/Jakarta' });
        expect(deadline(start, days, remembered), `${start.toISOString()} +${days}`).toEqual(
          deadline(start, days, fresh),
        );
      }
    }
  });

  it('follow a changed calendar: a new holiday on the due day moves the deadline', () => {
    const start = new Date('2026-11-23T03:00:00Z'); // Monday 10:00 in Jakarta
    const before = deadline(start, 3, buildCalendar({ timeZone: 'Asia/Jakarta' }));
    expect(before.due).toBe('2026-11-26T16:59:59.999Z'); // end of Thursday, local time
    const withHoliday = buildCalendar({
      timeZone: 'Asia/Jakarta',
      holidays: [{ date: '2026-11-26', name: 'Cuti bersama', kind: 'joint_leave' }],
    });
    expect(deadline(start, 3, withHoliday).due).toBe('2026-11-27T16:59:59.999Z');
    // The first calendar still gives its own answer.
    expect(deadline(start, 3, buildCalendar({ timeZone: 'Asia/Jakarta' })).due).toBe(before.due);
  });
});
