import { describe, expect, it } from 'vitest';
import { localDate, timeZoneOffsetMs } from './zones';

/** The zone's offset straight from Intl, with no cache in between: the reference the cached offsets must equal. */
const referenceFormatters = new Map<string, Intl.DateTimeFormat>();

function intlOffset(epochMs: number, timeZone: string): number {
  let formatter = referenceFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    referenceFormatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(new Date(epochMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  return wall - Math.floor(epochMs / 1000) * 1000;
}

describe('offsets cached per quarter hour', () => {
  const zones = [
    'Asia/Jakarta',
    'Asia/Makassar',
    'Asia/Jayapura',
    'Europe/Berlin',
    'America/Santiago',
    'Australia/Lord_Howe',
    'Asia/Kathmandu',
    'America/St_Johns',
  ];

  it('equal Intl at every instant, across daylight-saving changes and half-hour zones', () => {
    // A deterministic spread of instants from 1970 to 2040, plus the minutes around known changes.
    const instants: number[] = [];
    let seed = 42;
    for (let i = 0; i < 3000; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      instants.push(Math.floor((seed / 2 ** 31) * Date.UTC(2040, 0, 1)));
    }
    for (const change of [Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1), Date.UTC(2026, 3, 4, 15)])
      for (let m = -90; m <= 90; m += 1) instants.push(change + m * 60_000 + 17_000);
    // Compared in bulk: one assertion per zone keeps the test quick on a loaded machine.
    for (const zone of zones) {
      const mismatches: string[] = [];
      for (const at of instants) {
        const expected = intlOffset(at, zone);
        const reference = new Date(at + expected).toISOString().slice(0, 10);
        if (timeZoneOffsetMs(new Date(at), zone) !== expected || localDate(new Date(at), zone) !== reference)
          mismatches.push(new Date(at).toISOString());
      }
      expect(mismatches, zone).toEqual([]);
    }
  });
});
