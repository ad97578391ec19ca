import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  buildCalendar,
  type Holiday,
  holidayOn,
  holidaysOn,
  isWorkingDay,
  localDate,
  nextWorkingDay,
  SHIPPED_HOLIDAY_YEARS,
  shippedHolidays,
  workingDaysBetween,
  zonedEndOfDay,
  zonedStartOfDay,
} from './index';

const jakarta = buildCalendar({ timeZone: 'Asia/Jakarta' });
const makassar = buildCalendar({ timeZone: 'Asia/Makassar' });
const jayapura = buildCalendar({ timeZone: 'Asia/Jayapura' });

const dumaiAnniversary: Holiday = { date: '2026-04-20', name: 'Hari Jadi Kota Dumai', kind: 'local' };
const dumai = buildCalendar({ timeZone: 'Asia/Jakarta', holidays: [dumaiAnniversary] });

const newYear2027: Holiday = { date: '2027-01-01', name: 'Tahun Baru 2027 Masehi', kind: 'national' };
const listed2027 = buildCalendar({ timeZone: 'Asia/Jakarta', holidays: [newYear2027], listedYears: [2027] });
const partial2027 = buildCalendar({ timeZone: 'Asia/Jakarta', holidays: [newYear2027] });

/** The instant of a WIB wall-clock time, e.g. wib('2026-03-17T09:00'). */
const wib = (local: string) => new Date(`${local}:00+07:00`);

describe('shipped national lists', () => {
  // The joint decree's dates exactly as in DOMAIN.md.
  const decree: Record<number, { national: string; joint_leave: string }> = {
    2025: {
      national: '01-01 01-27 01-29 03-29 03-31 04-01 04-18 04-20 05-01 05-12 05-29 06-01 06-06 06-27 08-17 09-05 12-25',
      joint_leave: '01-28 03-28 04-02 04-03 04-04 04-07 05-13 05-30 06-09 12-26',
    },
    2026: {
      national: '01-01 01-16 02-17 03-19 03-21 03-22 04-03 04-05 05-01 05-14 05-27 05-31 06-01 06-16 08-17 08-25 12-25',
      joint_leave: '02-16 03-18 03-20 03-23 03-24 05-15 05-28 12-24',
    },
  };

  it('ships 2025 and 2026', () => {
    expect(SHIPPED_HOLIDAY_YEARS).toEqual([2025, 2026]);
    expect(shippedHolidays(2027)).toEqual([]);
  });

  it.each([2025, 2026])('ships the %i decree exactly', (year) => {
    const list = shippedHolidays(year);
    const datesOf = (kind: string) =>
      list
        .filter((h) => h.kind === kind)
        .map((h) => h.date)
        .join(' ');
    const expected = decree[year];
    expect(datesOf('national')).toBe(expected?.national.replace(/(\d\d-\d\d)/g, `${year}-$1`));
    expect(datesOf('joint_leave')).toBe(expected?.joint_leave.replace(/(\d\d-\d\d)/g, `${year}-$1`));
  });

  it.each([
    ['2025-01-01', 'Tahun Baru 2025 Masehi'],
    ['2025-01-27', 'Isra Mikraj Nabi Muhammad SAW'],
    ['2025-01-29', 'Tahun Baru Imlek 2576 Kongzili'],
    ['2025-03-29', 'Hari Suci Nyepi Tahun Baru Saka 1947'],
    ['2025-03-31', 'Hari Raya Idul Fitri 1446 H'],
    ['2025-04-07', 'Cuti Bersama Idul Fitri 1446 H'],
    ['2025-04-18', 'Wafat Yesus Kristus'],
    ['2025-05-12', 'Hari Raya Waisak 2569 BE'],
    ['2025-05-29', 'Kenaikan Yesus Kristus'],
    ['2025-06-06', 'Hari Raya Idul Adha 1446 H'],
    ['2025-06-27', 'Tahun Baru Islam 1447 H'],
    ['2025-09-05', 'Maulid Nabi Muhammad SAW'],
    ['2026-01-01', 'Tahun Baru 2026 Masehi'],
    ['2026-01-16', 'Isra Mikraj Nabi Muhammad SAW'],
    ['2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'],
    ['2026-03-19', 'Hari Suci Nyepi Tahun Baru Saka 1948'],
    ['2026-03-21', 'Hari Raya Idul Fitri 1447 H'],
    ['2026-03-22', 'Hari Raya Idul Fitri 1447 H'],
    ['2026-03-23', 'Cuti Bersama Idul Fitri 1447 H'],
    ['2026-04-03', 'Wafat Yesus Kristus'],
    ['2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)'],
    ['2026-05-14', 'Kenaikan Yesus Kristus'],
    ['2026-05-27', 'Hari Raya Idul Adha 1447 H'],
    ['2026-05-31', 'Hari Raya Waisak 2570 BE'],
    ['2026-06-01', 'Hari Lahir Pancasila'],
    ['2026-06-16', 'Tahun Baru Islam 1448 H'],
    ['2026-08-17', 'Proklamasi Kemerdekaan'],
    ['2026-08-25', 'Maulid Nabi Muhammad SAW'],
    ['2026-12-25', 'Kelahiran Yesus Kristus'],
  ])('%s is %s', (date, name) => {
    expect(holidayOn(date, jakarta)?.name).toBe(name);
  });
});

describe('localDate and zoned day boundaries', () => {
  it.each([
    ['2026-06-04T16:30:00Z', 'Asia/Jakarta', '2026-06-04'],
    ['2026-06-04T16:30:00Z', 'Asia/Makassar', '2026-06-05'],
    ['2026-06-04T16:30:00Z', 'Asia/Jayapura', '2026-06-05'],
    ['2026-06-04T17:00:00Z', 'Asia/Jakarta', '2026-06-05'],
    ['2026-06-04T16:59:59.999Z', 'Asia/Jakarta', '2026-06-04'],
    ['2026-01-01T00:00:00Z', 'UTC', '2026-01-01'],
    ['2026-01-01T04:59:59Z', 'America/New_York', '2025-12-31'],
  ])('%s in %s is %s', (instant, zone, expected) => {
    expect(localDate(new Date(instant), zone)).toBe(expected);
  });

  it.each([
    ['2026-03-27', 'Asia/Jakarta', '2026-03-26T17:00:00.000Z', '2026-03-27T16:59:59.999Z'],
    ['2026-03-27', 'Asia/Makassar', '2026-03-26T16:00:00.000Z', '2026-03-27T15:59:59.999Z'],
    ['2026-03-27', 'Asia/Jayapura', '2026-03-26T15:00:00.000Z', '2026-03-27T14:59:59.999Z'],
    ['2026-01-01', 'UTC', '2026-01-01T00:00:00.000Z', '2026-01-01T23:59:59.999Z'],
    // Days with a daylight-saving change: 23 and 25 hours long.
    ['2026-03-08', 'America/New_York', '2026-03-08T05:00:00.000Z', '2026-03-09T03:59:59.999Z'],
    ['2026-10-25', 'Europe/London', '2026-10-24T23:00:00.000Z', '2026-10-25T23:59:59.999Z'],
  ])('%s in %s runs from %s to %s', (date, zone, start, end) => {
    expect(zonedStartOfDay(date, zone).toISOString()).toBe(start);
    expect(zonedEndOfDay(date, zone).toISOString()).toBe(end);
  });

  it('rejects an unknown zone and a malformed date', () => {
    expect(() => localDate(new Date(), 'Asia/Atlantis')).toThrow(RangeError);
    expect(() => buildCalendar({ timeZone: 'Asia/Atlantis' })).toThrow(RangeError);
    expect(() => zonedEndOfDay('2026-02-30', 'Asia/Jakarta')).toThrow(RangeError);
    expect(() => localDate(new Date(Number.NaN), 'Asia/Jakarta')).toThrow(RangeError);
  });
});

describe('isWorkingDay, holidayOn, nextWorkingDay', () => {
  it.each([
    ['2026-03-16', jakarta, true],
    ['2026-03-18', jakarta, false], // cuti bersama Nyepi
    ['2026-03-19', jakarta, false], // Nyepi
    ['2026-03-21', jakarta, false], // Saturday and Idul Fitri
    ['2026-03-25', jakarta, true],
    ['2026-03-28', jakarta, false], // Saturday
    ['2026-04-20', jakarta, true],
    ['2026-04-20', dumai, false], // local holiday
    ['2027-01-01', jakarta, true], // no list for 2027: weekdays alone
    ['2027-01-01', partial2027, false],
  ] as const)('%s → %s', (date, cal, expected) => {
    expect(isWorkingDay(date, cal)).toBe(expected);
  });

  it.each([
    // Friday 23:30 WIB is Saturday 00:30 WITA.
    [jakarta, true],
    [makassar, false],
  ])('reads a Date in the calendar zone (%#)', (cal, expected) => {
    expect(isWorkingDay(new Date('2026-06-05T16:30:00Z'), cal)).toBe(expected);
  });

  it.each([
    ['2026-03-23', jakarta, 'joint_leave', 'Cuti Bersama Idul Fitri 1447 H'],
    ['2026-04-20', dumai, 'local', 'Hari Jadi Kota Dumai'],
    ['2026-03-25', jakarta, undefined, undefined],
  ] as const)('holidayOn %s', (date, cal, kind, name) => {
    expect(holidayOn(date, cal)?.kind).toBe(kind);
    expect(holidayOn(date, cal)?.name).toBe(name);
  });

  it('puts the national day first when a local holiday falls on it', () => {
    const cal = buildCalendar({
      timeZone: 'Asia/Jakarta',
      holidays: [{ date: '2026-08-17', name: 'Hari Jadi Kabupaten', kind: 'local' }],
    });
    expect(holidayOn('2026-08-17', cal)?.name).toBe('Proklamasi Kemerdekaan');
    expect(holidaysOn('2026-08-17', cal).map((h) => h.kind)).toEqual(['national', 'local']);
  });

  it.each([
    ['2026-03-17', '2026-03-25'],
    ['2026-02-13', '2026-02-18'],
    ['2026-12-23', '2026-12-28'],
    ['2025-03-27', '2025-04-08'],
    ['2026-02-04', '2026-02-05'],
  ])('the next working day after %s is %s', (date, expected) => {
    expect(nextWorkingDay(date, jakarta)).toBe(expected);
  });
});

describe('addWorkingDays', () => {
  it.each([
    // plain week
    ['Mon + 1', jakarta, wib('2026-02-02T10:00'), 1, '2026-02-03', '2026-02-03T16:59:59.999Z', false],
    ['Mon + 3', jakarta, wib('2026-02-02T10:00'), 3, '2026-02-05', '2026-02-05T16:59:59.999Z', false],
    ['late Monday evening + 1', jakarta, wib('2026-02-02T23:59'), 1, '2026-02-03', '2026-02-03T16:59:59.999Z', false],
    // weekend
    ['Fri + 1', jakarta, wib('2026-02-06T15:00'), 1, '2026-02-09', '2026-02-09T16:59:59.999Z', false],
    ['Sat + 1', jakarta, wib('2026-02-07T08:00'), 1, '2026-02-09', '2026-02-09T16:59:59.999Z', false],
    ['Sun + 2', jakarta, wib('2026-02-08T08:00'), 2, '2026-02-10', '2026-02-10T16:59:59.999Z', false],
    ['Fri + 6 over Imlek', jakarta, wib('2026-02-06T15:00'), 6, '2026-02-18', '2026-02-18T16:59:59.999Z', false],
    // n = 0
    ['working Wed + 0', jakarta, wib('2026-02-04T08:00'), 0, '2026-02-04', '2026-02-04T16:59:59.999Z', false],
    ['Sat + 0', jakarta, wib('2026-02-07T08:00'), 0, '2026-02-09', '2026-02-09T16:59:59.999Z', false],
    ['joint leave + 0', jakarta, wib('2026-02-16T08:00'), 0, '2026-02-18', '2026-02-18T16:59:59.999Z', false],
    // Idul Fitri 1447 H: 03-18 cuti, 03-19 Nyepi, 03-20 cuti, 03-21/22 Idul Fitri, 03-23/24 cuti.
    ['Tue 2026-03-17 + 1', jakarta, wib('2026-03-17T09:00'), 1, '2026-03-25', '2026-03-25T16:59:59.999Z', false],
    ['Tue 2026-03-17 + 3', jakarta, wib('2026-03-17T09:00'), 3, '2026-03-27', '2026-03-27T16:59:59.999Z', false],
    // Idul Fitri 1446 H: 03-28 to 04-07 closed but for the weekend.
    ['Thu 2025-03-27 + 1', jakarta, wib('2025-03-27T09:00'), 1, '2025-04-08', '2025-04-08T16:59:59.999Z', false],
    // Christmas 2026 then the new year.
    ['Wed 2026-12-23 + 1', jakarta, wib('2026-12-23T09:00'), 1, '2026-12-28', '2026-12-28T16:59:59.999Z', false],
    ['Wed 2026-12-23 + 4', jakarta, wib('2026-12-23T09:00'), 4, '2026-12-31', '2026-12-31T16:59:59.999Z', false],
    // No list for 2027 or 2028: weekdays alone, flagged.
    ['Wed 2026-12-23 + 5', jakarta, wib('2026-12-23T09:00'), 5, '2027-01-01', '2027-01-01T16:59:59.999Z', true],
    ['Wed 2027-03-10 + 5', jakarta, wib('2027-03-10T09:00'), 5, '2027-03-17', '2027-03-17T16:59:59.999Z', true],
    ['Wed 2027-12-29 + 3', jakarta, wib('2027-12-29T09:00'), 3, '2028-01-03', '2028-01-03T16:59:59.999Z', true],
    // A year an administrator listed is not flagged; days entered without listing the year still are.
    ['listed 2027', listed2027, wib('2026-12-31T09:00'), 1, '2027-01-04', '2027-01-04T16:59:59.999Z', false],
    ['partly entered 2027', partial2027, wib('2026-12-31T09:00'), 1, '2027-01-04', '2027-01-04T16:59:59.999Z', true],
    // A local holiday is skipped.
    ['Fri 2026-04-17 + 1', jakarta, wib('2026-04-17T09:00'), 1, '2026-04-20', '2026-04-20T16:59:59.999Z', false],
    ['Fri 2026-04-17 + 1 in Dumai', dumai, wib('2026-04-17T09:00'), 1, '2026-04-21', '2026-04-21T16:59:59.999Z', false],
    // One instant, two local days: Thu 23:30 WIB = Fri 00:30 WITA; Fri 23:30 WIB = Sat 00:30 WITA.
    [
      'Thu night + 1 in WIB',
      jakarta,
      new Date('2026-06-04T16:30:00Z'),
      1,
      '2026-06-05',
      '2026-06-05T16:59:59.999Z',
      false,
    ],
    [
      'Thu night + 1 in WITA',
      makassar,
      new Date('2026-06-04T16:30:00Z'),
      1,
      '2026-06-08',
      '2026-06-08T15:59:59.999Z',
      false,
    ],
    [
      'Fri night + 0 in WIB',
      jakarta,
      new Date('2026-06-05T16:30:00Z'),
      0,
      '2026-06-05',
      '2026-06-05T16:59:59.999Z',
      false,
    ],
    [
      'Fri night + 0 in WITA',
      makassar,
      new Date('2026-06-05T16:30:00Z'),
      0,
      '2026-06-08',
      '2026-06-08T15:59:59.999Z',
      false,
    ],
    // WIT ends its day two hours before WIB.
    [
      'Tue 2026-03-17 + 3 in WIT',
      jayapura,
      new Date('2026-03-17T01:00:00Z'),
      3,
      '2026-03-27',
      '2026-03-27T14:59:59.999Z',
      false,
    ],
  ] as const)('%s', (_label, cal, start, n, date, at, weekdaysOnly) => {
    const deadline = addWorkingDays(start, n, cal);
    expect(deadline.date).toBe(date);
    expect(deadline.at.toISOString()).toBe(at);
    expect(deadline.weekdaysOnly).toBe(weekdaysOnly);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects n = %s', (n) => {
    expect(() => addWorkingDays(wib('2026-02-02T10:00'), n, jakarta)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['same local day', jakarta, wib('2026-02-02T08:00'), wib('2026-02-02T23:00'), 0],
    ['to before from', jakarta, wib('2026-02-06T08:00'), wib('2026-02-02T08:00'), 0],
    ['Mon to Fri', jakarta, wib('2026-02-02T08:00'), wib('2026-02-06T08:00'), 4],
    ['Fri to Mon', jakarta, wib('2026-02-06T08:00'), wib('2026-02-09T08:00'), 1],
    ['across Imlek', jakarta, wib('2026-02-13T08:00'), wib('2026-02-18T08:00'), 1],
    ['across Idul Fitri', jakarta, wib('2026-03-17T08:00'), wib('2026-03-27T08:00'), 3],
    ['across a local holiday', dumai, wib('2026-04-17T08:00'), wib('2026-04-21T08:00'), 1],
    ['WIB reads Thu to Fri', jakarta, new Date('2026-06-04T16:30:00Z'), new Date('2026-06-05T16:30:00Z'), 1],
    ['WITA reads Fri to Sat', makassar, new Date('2026-06-04T16:30:00Z'), new Date('2026-06-05T16:30:00Z'), 0],
  ] as const)('%s', (_label, cal, from, to, expected) => {
    expect(workingDaysBetween(from, to, cal)).toBe(expected);
  });

  it('agrees with addWorkingDays', () => {
    const start = wib('2026-03-10T09:00');
    for (const n of [0, 1, 5, 10, 20, 60]) {
      const deadline = addWorkingDays(start, n, jakarta);
      const expected = n === 0 && isWorkingDay(start, jakarta) ? 0 : Math.max(n, 1);
      expect(workingDaysBetween(start, deadline.at, jakarta)).toBe(expected);
    }
  });
});
