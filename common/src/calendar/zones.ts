import { formatIsoDate, parseIsoDate } from './dates';

/**
 * Instants and local days in IANA time zones, through Intl only. Indonesia has kept fixed offsets since
 * 1988, but offsets are still read from the zone database so that historical dates and other zones work.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws RangeError for an unknown zone.
    formatter = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
      era: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Throws RangeError when the runtime does not know the zone. */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function assertValidInstant(instant: Date): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError('Invalid Date');
  }
}

/**
 * Offsets per zone and quarter hour since 1970: every zone change since then falls on a quarter hour, so an
 * offset read once holds for its whole quarter. `formatToParts` costs some 10 µs a call, and a deadline
 * computation asks for many offsets.
 */
const QUARTER_HOUR = 900_000;
const offsetCache = new Map<string, number>();

function wallClock(epochMs: number, timeZone: string): WallClock {
  if (epochMs >= 0 && epochMs < 8.64e15) {
    const shifted = new Date(epochMs + cachedOffset(epochMs, timeZone));
    return {
      year: shifted.getUTCFullYear(),
      month: shifted.getUTCMonth() + 1,
      day: shifted.getUTCDate(),
      hour: shifted.getUTCHours(),
      minute: shifted.getUTCMinutes(),
      second: shifted.getUTCSeconds(),
    };
  }
  return wallClockFromIntl(epochMs, timeZone);
}

function cachedOffset(epochMs: number, timeZone: string): number {
  const quarter = Math.floor(epochMs / QUARTER_HOUR) * QUARTER_HOUR;
  const key = `${timeZone}|${quarter}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    offset = wallClockAsUtc(wallClockFromIntl(quarter, timeZone)) - quarter;
    if (offsetCache.size >= 50_000) offsetCache.clear();
    offsetCache.set(key, offset);
  }
  return offset;
}

function wallClockFromIntl(epochMs: number, timeZone: string): WallClock {
  const wall: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  let beforeChrist = false;
  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) {
    switch (part.type) {
      case 'year':
      case 'month':
      case 'day':
      case 'minute':
      case 'second':
        wall[part.type] = Number(part.value);
        break;
      case 'hour':
        // Some ICU versions still print midnight as 24 despite h23.
        wall.hour = Number(part.value) % 24;
        break;
      case 'era':
        beforeChrist = part.value === 'BC' || part.value === 'B';
        break;
    }
  }
  if (beforeChrist) wall.year = 1 - wall.year;
  return wall;
}

function wallClockAsUtc(wall: WallClock, millisecond = 0): number {
  const at = new Date(0);
  at.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  at.setUTCHours(wall.hour, wall.minute, wall.second, millisecond);
  return at.getTime();
}

/** The zone's offset from UTC at that instant, in milliseconds (WIB: +7 h). */
export function timeZoneOffsetMs(instant: Date, timeZone: string): number {
  assertValidInstant(instant);
  return offsetAt(instant.getTime(), timeZone);
}

function offsetAt(epochMs: number, timeZone: string): number {
  const wholeSeconds = Math.floor(epochMs / 1000) * 1000;
  return wallClockAsUtc(wallClock(wholeSeconds, timeZone)) - wholeSeconds;
}

/** The local calendar day ('YYYY-MM-DD') of an instant in an IANA zone. */
export function localDate(instant: Date, timeZone: string): string {
  assertValidInstant(instant);
  const { year, month, day } = wallClock(instant.getTime(), timeZone);
  return formatIsoDate({ year, month, day });
}

/** The instant at which the local wall clock of the zone shows that date and time. */
function zonedInstant(date: string, hour: number, minute: number, second: number, ms: number, timeZone: string): Date {
  const { year, month, day } = parseIsoDate(date);
  const wallAsUtc = wallClockAsUtc({ year, month, day, hour, minute, second }, ms);
  let guess = wallAsUtc - offsetAt(wallAsUtc, timeZone);
  // A second pass corrects the guess when an offset change lies between the wall time read as UTC and the
  // real instant (daylight saving elsewhere; historical changes in Indonesia).
  const corrected = wallAsUtc - offsetAt(guess, timeZone);
  if (corrected !== guess) guess = corrected;
  return new Date(guess);
}

/** The instant of 00:00:00.000 local time on that date. */
export function zonedStartOfDay(date: string, timeZone: string): Date {
  return zonedInstant(date, 0, 0, 0, 0, timeZone);
}

/** The instant of 23:59:59.999 local time on that date. */
export function zonedEndOfDay(date: string, timeZone: string): Date {
  return zonedInstant(date, 23, 59, 59, 999, timeZone);
}
