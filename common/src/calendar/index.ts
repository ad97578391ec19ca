export { addDays, isIsoDate } from './dates';
export { type Holiday, type HolidayKind, SHIPPED_HOLIDAY_YEARS, shippedHolidays } from './holidays';
export {
  addWorkingDays,
  type BuildCalendarOptions,
  buildCalendar,
  holidayOn,
  holidaysOn,
  isListedYear,
  isWorkingDay,
  nextWorkingDay,
  type WorkingCalendar,
  type WorkingDeadline,
  workingDaysBetween,
} from './working-days';
export { localDate, timeZoneOffsetMs, zonedEndOfDay, zonedStartOfDay } from './zones';
