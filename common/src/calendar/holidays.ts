/**
 * National holidays and joint leave days (cuti bersama) from the yearly joint decree of the ministers of
 * religion, manpower and PANRB. Shipped as data; an administrator enters later years' lists, which reach the
 * calendar through `buildCalendar({ holidays, listedYears })`.
 */

export type HolidayKind = 'national' | 'joint_leave' | 'local';

export interface Holiday {
  /** Local calendar day, 'YYYY-MM-DD'. */
  date: string;
  /** Official Indonesian name. */
  name: string;
  kind: HolidayKind;
}

const national = (date: string, name: string): Holiday => ({ date, name, kind: 'national' });
const jointLeave = (date: string, name: string): Holiday => ({ date, name, kind: 'joint_leave' });

const HOLIDAYS_2025: readonly Holiday[] = [
  national('2025-01-01', 'Tahun Baru 2025 Masehi'),
  national('2025-01-27', 'Isra Mikraj Nabi Muhammad SAW'),
  jointLeave('2025-01-28', 'Cuti Bersama Tahun Baru Imlek 2576 Kongzili'),
  national('2025-01-29', 'Tahun Baru Imlek 2576 Kongzili'),
  jointLeave('2025-03-28', 'Cuti Bersama Hari Suci Nyepi Tahun Baru Saka 1947'),
  national('2025-03-29', 'Hari Suci Nyepi Tahun Baru Saka 1947'),
  national('2025-03-31', 'Hari Raya Idul Fitri 1446 H'),
  national('2025-04-01', 'Hari Raya Idul Fitri 1446 H'),
  jointLeave('2025-04-02', 'Cuti Bersama Idul Fitri 1446 H'),
  jointLeave('2025-04-03', 'Cuti Bersama Idul Fitri 1446 H'),
  jointLeave('2025-04-04', 'Cuti Bersama Idul Fitri 1446 H'),
  jointLeave('2025-04-07', 'Cuti Bersama Idul Fitri 1446 H'),
  national('2025-04-18', 'Wafat Yesus Kristus'),
  national('2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)'),
  national('2025-05-01', 'Hari Buruh Internasional'),
  national('2025-05-12', 'Hari Raya Waisak 2569 BE'),
  jointLeave('2025-05-13', 'Cuti Bersama Hari Raya Waisak 2569 BE'),
  national('2025-05-29', 'Kenaikan Yesus Kristus'),
  jointLeave('2025-05-30', 'Cuti Bersama Kenaikan Yesus Kristus'),
  national('2025-06-01', 'Hari Lahir Pancasila'),
  national('2025-06-06', 'Hari Raya Idul Adha 1446 H'),
  jointLeave('2025-06-09', 'Cuti Bersama Idul Adha 1446 H'),
  national('2025-06-27', 'Tahun Baru Islam 1447 H'),
  national('2025-08-17', 'Proklamasi Kemerdekaan'),
  national('2025-09-05', 'Maulid Nabi Muhammad SAW'),
  national('2025-12-25', 'Kelahiran Yesus Kristus'),
  jointLeave('2025-12-26', 'Cuti Bersama Kelahiran Yesus Kristus'),
];

const HOLIDAYS_2026: readonly Holiday[] = [
  national('2026-01-01', 'Tahun Baru 2026 Masehi'),
  national('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW'),
  jointLeave('2026-02-16', 'Cuti Bersama Tahun Baru Imlek 2577 Kongzili'),
  national('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'),
  jointLeave('2026-03-18', 'Cuti Bersama Hari Suci Nyepi Tahun Baru Saka 1948'),
  national('2026-03-19', 'Hari Suci Nyepi Tahun Baru Saka 1948'),
  jointLeave('2026-03-20', 'Cuti Bersama Idul Fitri 1447 H'),
  national('2026-03-21', 'Hari Raya Idul Fitri 1447 H'),
  national('2026-03-22', 'Hari Raya Idul Fitri 1447 H'),
  jointLeave('2026-03-23', 'Cuti Bersama Idul Fitri 1447 H'),
  jointLeave('2026-03-24', 'Cuti Bersama Idul Fitri 1447 H'),
  national('2026-04-03', 'Wafat Yesus Kristus'),
  national('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)'),
  national('2026-05-01', 'Hari Buruh Internasional'),
  national('2026-05-14', 'Kenaikan Yesus Kristus'),
  jointLeave('2026-05-15', 'Cuti Bersama Kenaikan Yesus Kristus'),
  national('2026-05-27', 'Hari Raya Idul Adha 1447 H'),
  jointLeave('2026-05-28', 'Cuti Bersama Idul Adha 1447 H'),
  national('2026-05-31', 'Hari Raya Waisak 2570 BE'),
  national('2026-06-01', 'Hari Lahir Pancasila'),
  national('2026-06-16', 'Tahun Baru Islam 1448 H'),
  national('2026-08-17', 'Proklamasi Kemerdekaan'),
  national('2026-08-25', 'Maulid Nabi Muhammad SAW'),
  jointLeave('2026-12-24', 'Cuti Bersama Kelahiran Yesus Kristus'),
  national('2026-12-25', 'Kelahiran Yesus Kristus'),
];

const SHIPPED: ReadonlyMap<number, readonly Holiday[]> = new Map([
  [2025, HOLIDAYS_2025],
  [2026, HOLIDAYS_2026],
]);

/** Years whose national list ships with Lentera; later years are entered by an administrator. */
export const SHIPPED_HOLIDAY_YEARS: readonly number[] = Object.freeze([...SHIPPED.keys()]);

/** The shipped national holidays and joint leave days of a year, by date; empty when none is shipped. */
export function shippedHolidays(year: number): Holiday[] {
  return (SHIPPED.get(year) ?? []).map((holiday) => ({ ...holiday }));
}
