/**
 * Arithmetic on calendar dates written as 'YYYY-MM-DD'. A date here is a day in a local calendar, not an
 * instant: it is turned into a day number (days since 1970-01-01) so that weekdays and day steps never
 * depend on the machine's time zone.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when the parts name a real day of the Gregorian calendar (year 1 to 9999). */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Splits a 'YYYY-MM-DD' date; throws RangeError when it is malformed or not a real day. */
export function parseIsoDate(value: string): DateParts {
  const match = ISO_DATE.exec(value);
  if (match) {
    const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
    if (isRealDate(parts.year, parts.month, parts.day)) return parts;
  }
  throw new RangeError(`Not a date in the form YYYY-MM-DD: ${JSON.stringify(value)}`);
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

export function formatIsoDate({ year, month, day }: DateParts): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function utcMidnight({ year, month, day }: DateParts): number {
  const at = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 onto 1900-1999.
  at.setUTCFullYear(year, month - 1, day);
  return at.getTime();
}

export function dayNumber(date: string): number {
  return Math.round(utcMidnight(parseIsoDate(date)) / MS_PER_DAY);
}

export function dateOfDayNumber(dayNumberValue: number): string {
  const at = new Date(dayNumberValue * MS_PER_DAY);
  return formatIsoDate({ year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() });
}

export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** 0 = Sunday ... 6 = Saturday, as Date#getDay. */
export function dayOfWeek(date: string): number {
  // Day 0 (1970-01-01) was a Thursday.
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: string): boolean {
  const weekday = dayOfWeek(date);
  return weekday === 0 || weekday === 6;
}

export function yearOf(date: string): number {
  return parseIsoDate(date).year;
}
