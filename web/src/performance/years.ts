/**
 * The year the "open a new year" control proposes: the current year while it is not opened yet, else the year
 * after the newest one opened (never a year that already exists).
 */
export function nextYearToOpen(opened: readonly number[], thisYear: number): number {
  if (!opened.includes(thisYear)) return thisYear;
  let year = Math.max(thisYear, ...opened) + 1;
  while (opened.includes(year)) year += 1;
  return year;
}
