import { addDays, dayNumber, isIsoDate, isWeekend, parseIsoDate, yearOf } from './dates';
import { type Holiday, type HolidayKind, SHIPPED_HOLIDAY_YEARS, shippedHolidays } from './holidays';
import { assertTimeZone, localDate, zonedEndOfDay } from './zones';

/**
 * Working days: Monday to Friday minus national holidays, joint leave days and the tenant's local holidays,
 * counted in the tenant's time zone. A year without a national list is counted on weekdays (and whatever
 * holidays are known for it), and every deadline that crosses such a year says so.
 */

export interface WorkingCalendar {
  readonly timeZone: string;
  /** Years with a national list, shipped or entered by an administrator, ascending. */
  readonly listedYears: readonly number[];
  /** Every holiday known to the calendar, sorted by date. */
  readonly holidays: readonly Holiday[];
  /** The same holidays by date, national first, then joint leave, then local. */
  readonly holidaysByDate: ReadonlyMap<string, readonly Holiday[]>;
}

export interface BuildCalendarOptions {
  /** IANA zone of the tenant, e.g. 'Asia/Jakarta'. */
  timeZone: string;
  /** Extra days: the tenant's local holidays and national days an administrator entered for later years. */
  holidays?: readonly Holiday[];
  /** Years for which an administrator entered the national list. */
  listedYears?: readonly number[];
}

export interface WorkingDeadline {
  /** The end of that working day, local time. */
  at: Date;
  /** The local date of the deadline, 'YYYY-MM-DD'. */
  date: string;
  /** True when a year crossed has no national list: the deadline was computed on weekdays alone. */
  weekdaysOnly: boolean;
}

const KIND_ORDER: Record<HolidayKind, number> = { national: 0, joint_leave: 1, local: 2 };
const HOLIDAY_KINDS = new Set<string>(Object.keys(KIND_ORDER));

export function buildCalendar(options: BuildCalendarOptions): WorkingCalendar {
  assertTimeZone(options.timeZone);
  const extra = options.holidays ?? [];
  for (const holiday of extra) {
    if (!isIsoDate(holiday.date)) {
      throw new RangeError(`Holiday ${JSON.stringify(holiday.name)} has no valid date: ${holiday.date}`);
    }
    if (!HOLIDAY_KINDS.has(holiday.kind)) {
      throw new RangeError(`Holiday ${JSON.stringify(holiday.name)} has an unknown kind: ${holiday.kind}`);
    }
  }
  for (const year of options.listedYears ?? []) {
    if (!Number.isInteger(year)) throw new RangeError(`Not a year: ${year}`);
  }

  const listedYears = [...new Set([...SHIPPED_HOLIDAY_YEARS, ...(options.listedYears ?? [])])].sort((a, b) => a - b);
  const holidays = [
    ...SHIPPED_HOLIDAY_YEARS.flatMap((year) => shippedHolidays(year)),
    ...extra.map((h) => ({ ...h })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : KIND_ORDER[a.kind] - KIND_ORDER[b.kind]));

  const holidaysByDate = new Map<string, Holiday[]>();
  for (const holiday of holidays) {
    const sameDay = holidaysByDate.get(holiday.date);
    if (sameDay) sameDay.push(holiday);
    else holidaysByDate.set(holiday.date, [holiday]);
  }

  return Object.freeze({
    timeZone: options.timeZone,
    listedYears: Object.freeze(listedYears),
    holidays: Object.freeze(holidays),
    holidaysByDate,
  });
}

function toLocalDate(date: string | Date, cal: WorkingCalendar): string {
  if (typeof date === 'string') {
    parseIsoDate(date);
    return date;
  }
  return localDate(date, cal.timeZone);
}

/** Whether the national list of that year is known (shipped or entered by an administrator). */
export function isListedYear(year: number, cal: WorkingCalendar): boolean {
  return cal.listedYears.includes(year);
}

/** Every holiday on that day (a local holiday may fall on a national one), national first. */
export function holidaysOn(date: string | Date, cal: WorkingCalendar): Holiday[] {
  return [...(cal.holidaysByDate.get(toLocalDate(date, cal)) ?? [])];
}

/** The holiday on that day, national before joint leave before local; undefined on an ordinary day. */
export function holidayOn(date: string | Date, cal: WorkingCalendar): Holiday | undefined {
  return cal.holidaysByDate.get(toLocalDate(date, cal))?.[0];
}

/** Monday to Friday and no holiday of any kind. A Date is read as a day in the calendar's zone. */
export function isWorkingDay(date: string | Date, cal: WorkingCalendar): boolean {
  const day = toLocalDate(date, cal);
  return !isWeekend(day) && !cal.holidaysByDate.has(day);
}

/** The first working day after that date. */
export function nextWorkingDay(date: string, cal: WorkingCalendar): string {
  let day = toLocalDate(date, cal);
  do {
    day = addDays(day, 1);
  } while (!isWorkingDay(day, cal));
  return day;
}

function crossesUnlistedYear(firstDay: string, lastDay: string, cal: WorkingCalendar): boolean {
  for (let year = yearOf(firstDay); year <= yearOf(lastDay); year++) {
    if (!isListedYear(year, cal)) return true;
  }
  return false;
}

/**
 * The deadline n working days after `start`. The start day itself never counts: n = 1 is the first working
 * day after the local date of `start`; n = 0 is the end of the start day when it is a working day, otherwise
 * the end of the next working day.
 */
export function addWorkingDays(start: Date, n: number, cal: WorkingCalendar): WorkingDeadline {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`The number of working days must be a non-negative integer, got ${n}`);
  }
  const startDay = localDate(start, cal.timeZone);
  let day = startDay;
  let firstCountedDay = startDay;
  if (n === 0) {
    if (!isWorkingDay(day, cal)) day = nextWorkingDay(day, cal);
  } else {
    firstCountedDay = addDays(startDay, 1);
    for (let remaining = n; remaining > 0; remaining--) day = nextWorkingDay(day, cal);
  }
  return {
    at: zonedEndOfDay(day, cal.timeZone),
    date: day,
    weekdaysOnly: crossesUnlistedYear(firstCountedDay, day, cal),
  };
}

/**
 * The working days after the local date of `from` up to and including the local date of `to`: 0 on the same
 * local day, and 0 when `to` comes first.
 */
export function workingDaysBetween(from: Date, to: Date, cal: WorkingCalendar): number {
  const firstDay = localDate(from, cal.timeZone);
  const lastDay = localDate(to, cal.timeZone);
  const span = dayNumber(lastDay) - dayNumber(firstDay);
  let count = 0;
  let day = firstDay;
  for (let step = 0; step < span; step++) {
    day = addDays(day, 1);
    if (isWorkingDay(day, cal)) count++;
  }
  return count;
}
