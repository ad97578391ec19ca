import { describe, expect, it } from 'vitest';
import {
  bookingWindows,
  estimateWaitMinutes,
  isoWeekday,
  median,
  openState,
  percentile,
  spokenCall,
  terbilang,
  ticketCode,
  type WeekHours,
} from './rules';

describe('queue rules', () => {
  it.each([
    ['A', 1, 'A-001'],
    ['B', 42, 'B-042'],
    ['C', 999, 'C-999'],
    ['D', 1000, 'D-1000'],
  ])('ticket code %s %i is %s', (letter, n, code) => {
    expect(ticketCode(letter, n)).toBe(code);
  });

  it.each([
    [0, 'nol'],
    [3, 'tiga'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [15, 'lima belas'],
    [20, 'dua puluh'],
    [21, 'dua puluh satu'],
    [99, 'sembilan puluh sembilan'],
    [100, 'seratus'],
    [111, 'seratus sebelas'],
    [250, 'dua ratus lima puluh'],
  ])('terbilang(%i) is "%s"', (n, words) => {
    expect(terbilang(n)).toBe(words);
  });

  it('refuses numbers outside 0–999', () => {
    expect(() => terbilang(1000)).toThrow(RangeError);
    expect(() => terbilang(-1)).toThrow(RangeError);
  });

  it('speaks a call digit by digit and the counter as a number, in Indonesian and English', () => {
    expect(spokenCall('A-005', 3)).toBe('Nomor antrian A nol nol lima, silakan menuju loket tiga');
    expect(spokenCall('B-120', 12)).toBe('Nomor antrian B satu dua nol, silakan menuju loket dua belas');
    expect(spokenCall('A-005', 3, 'en')).toBe('Ticket number A 0 0 5, please go to counter 3');
  });

  const weekdays: WeekHours = [
    { open: '08:00', close: '15:00' },
    { open: '08:00', close: '15:00' },
    { open: '08:00', close: '15:00' },
    { open: '08:00', close: '15:00' },
    { open: '08:00', close: '11:30' },
    null,
    null,
  ];

  it.each([
    // 2026-12-07 is a Monday, 2026-12-11 a Friday, 2026-12-12 a Saturday.
    ['2026-12-07', '07:59', false, { open: false, reason: 'before_opening' }],
    ['2026-12-07', '08:00', false, { open: true }],
    ['2026-12-07', '14:59', false, { open: true }],
    ['2026-12-07', '15:00', false, { open: false, reason: 'after_closing' }],
    ['2026-12-11', '11:30', false, { open: false, reason: 'after_closing' }],
    ['2026-12-12', '09:00', false, { open: false, reason: 'weekday' }],
    ['2026-12-07', '09:00', true, { open: false, reason: 'holiday' }],
  ])('on %s at %s (holiday %s) the state is %j', (date, time, holiday, state) => {
    expect(openState(weekdays, date, time, holiday)).toEqual(state);
  });

  it('numbers ISO weekdays from Monday', () => {
    expect(isoWeekday('2026-12-07')).toBe(1);
    expect(isoWeekday('2026-12-13')).toBe(7);
  });

  it('takes medians and nearest-rank percentiles', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([7], 90)).toBe(7);
  });

  it.each([
    [0, [], 10, 1, 0],
    [3, [], 10, 1, 30],
    [3, [], 10, 2, 15],
    [3, [4, 4, 6, 6, 8], 10, 1, 17],
    [2, [4, 4, 6, 6, 8], 10, 1.5, 8],
    [3, [4, 6], 10, 1, 30],
    [5, [2, 2, 3, 3, 3], 10, 0, 13],
  ])('%i ahead with recent %j (average %i, %i counters) wait %i minutes', (ahead, recent, average, counters, wait) => {
    expect(estimateWaitMinutes(ahead, recent, average, counters)).toBe(wait);
  });

  it('cuts booking windows inside the hours', () => {
    expect(bookingWindows({ open: '08:00', close: '10:30' }, 60)).toEqual(['08:00', '09:00']);
    expect(bookingWindows({ open: '08:00', close: '09:30' }, 30)).toEqual(['08:00', '08:30', '09:00']);
    expect(bookingWindows(null, 60)).toEqual([]);
  });
});
