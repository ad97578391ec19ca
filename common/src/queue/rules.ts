import type { Lang } from '../http/errors';

/** A ticket's life: booked (a later day's window) → waiting → called → serving → done; or no_show / cancelled. */
export const TICKET_STATUSES = ['booked', 'waiting', 'called', 'serving', 'done', 'no_show', 'cancelled'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** How the ticket was taken; recorded on the ticket and counted apart in the statistics. */
export const TICKET_CHANNELS = ['kiosk', 'online', 'booking', 'counter'] as const;
export type TicketChannel = (typeof TICKET_CHANNELS)[number];

/** What the officer records when a visit ends. */
export const TICKET_OUTCOMES = ['done', 'incomplete', 'referred'] as const;
export type TicketOutcome = (typeof TICKET_OUTCOMES)[number];

/** Visitors served first when the tenant enables their group (a tenant setting). */
export const PRIORITY_GROUPS = ['lansia', 'disabilitas', 'ibu_anak'] as const;
export type PriorityGroup = (typeof PRIORITY_GROUPS)[number];

export const TICKET_STATUS_LABELS: Record<TicketStatus, Record<Lang, string>> = {
  booked: { id: 'Dipesan', en: 'Booked' },
  waiting: { id: 'Menunggu', en: 'Waiting' },
  called: { id: 'Dipanggil', en: 'Called' },
  serving: { id: 'Sedang dilayani', en: 'Being served' },
  done: { id: 'Selesai', en: 'Finished' },
  no_show: { id: 'Tidak hadir', en: 'No-show' },
  cancelled: { id: 'Dibatalkan', en: 'Cancelled' },
};

export const TICKET_CHANNEL_LABELS: Record<TicketChannel, Record<Lang, string>> = {
  kiosk: { id: 'Anjungan', en: 'Kiosk' },
  online: { id: 'Daring hari ini', en: 'Online today' },
  booking: { id: 'Pemesanan', en: 'Booking' },
  counter: { id: 'Loket', en: 'Counter' },
};

export const TICKET_OUTCOME_LABELS: Record<TicketOutcome, Record<Lang, string>> = {
  done: { id: 'Selesai dilayani', en: 'Served' },
  incomplete: { id: 'Berkas belum lengkap', en: 'Documents incomplete' },
  referred: { id: 'Dirujuk', en: 'Referred' },
};

export const PRIORITY_GROUP_LABELS: Record<PriorityGroup, Record<Lang, string>> = {
  lansia: { id: 'Lansia', en: 'Elderly' },
  disabilitas: { id: 'Penyandang disabilitas', en: 'Person with a disability' },
  ibu_anak: { id: 'Ibu hamil atau membawa anak kecil', en: 'Pregnant or with a small child' },
};

/** `A-001`: the service's letter and the day's number, three digits at least. */
export function ticketCode(letter: string, number: number): string {
  return `${letter}-${String(number).padStart(3, '0')}`;
}

const DIGITS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];

/** A whole number 0–999 in Indonesian words (terbilang): 11 "sebelas", 21 "dua puluh satu", 100 "seratus". */
export function terbilang(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) throw new RangeError(`terbilang: ${n} is outside 0–999`);
  if (n < 10) return DIGITS[n] as string;
  if (n === 10) return 'sepuluh';
  if (n === 11) return 'sebelas';
  if (n < 20) return `${DIGITS[n - 10]} belas`;
  if (n < 100) {
    const rest = n % 10;
    return `${DIGITS[Math.floor(n / 10)]} puluh${rest ? ` ${DIGITS[rest]}` : ''}`;
  }
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  return `${hundreds === 1 ? 'seratus' : `${DIGITS[hundreds]} ratus`}${rest ? ` ${terbilang(rest)}` : ''}`;
}

/**
 * The call as the board speaks it: the ticket digit by digit, as counters in Indonesia announce them, and the
 * counter as a number: "Nomor antrian A nol nol lima, silakan menuju loket tiga".
 */
export function spokenCall(code: string, counterNumber: number, lang: Lang = 'id'): string {
  const [letter = '', digits = ''] = code.split('-');
  if (lang === 'en')
    return `Ticket number ${letter} ${digits.split('').join(' ')}, please go to counter ${counterNumber}`;
  const spokenDigits = digits
    .split('')
    .map((d) => DIGITS[Number(d)])
    .join(' ');
  return `Nomor antrian ${letter} ${spokenDigits}, silakan menuju loket ${terbilang(counterNumber)}`;
}

/** Opening hours of one weekday, local time `HH:MM`; null: closed that weekday. */
export type DayHours = { open: string; close: string } | null;
/** Monday first, as ISO weekdays 1–7. */
export type WeekHours = DayHours[];

/** The ISO weekday (1 = Monday … 7 = Sunday) of a local date `YYYY-MM-DD`. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export type ClosedReason = 'weekday' | 'holiday' | 'before_opening' | 'after_closing';

/**
 * Whether a location takes tickets at local `date` and `time` (`HH:MM`): open on that weekday, not a holiday,
 * and within the hours (tickets stop at closing time).
 */
export function openState(
  hours: WeekHours,
  date: string,
  time: string,
  holiday: boolean,
): { open: true } | { open: false; reason: ClosedReason } {
  if (holiday) return { open: false, reason: 'holiday' };
  const today = hours[isoWeekday(date) - 1];
  if (!today) return { open: false, reason: 'weekday' };
  if (time < today.open) return { open: false, reason: 'before_opening' };
  if (time >= today.close) return { open: false, reason: 'after_closing' };
  return { open: true };
}

export const CLOSED_REASON_LABELS: Record<ClosedReason, Record<Lang, string>> = {
  weekday: { id: 'tidak buka pada hari ini', en: 'not open on this weekday' },
  holiday: { id: 'hari libur', en: 'a holiday' },
  before_opening: { id: 'belum jam buka', en: 'before opening time' },
  after_closing: { id: 'sudah lewat jam tutup', en: 'after closing time' },
};

/** The median of some numbers; null for none. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The p-th percentile (0–100) by nearest rank; null for none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

/**
 * The estimated wait in whole minutes for a visitor with `ahead` people before them: the mean service time of the
 * service's recent visits (a wait is the sum of the visits before it, so the mean, long visits included, not the
 * median), or the configured average while there are fewer than five, times the people ahead, shared by the
 * counters open for the service (at least one; a counter that serves it after its own service counts half).
 */
export function estimateWaitMinutes(
  ahead: number,
  recentServiceMinutes: readonly number[],
  averageMinutes: number,
  openCounters: number,
): number {
  if (ahead <= 0) return 0;
  const typical =
    recentServiceMinutes.length >= 5
      ? recentServiceMinutes.reduce((sum, m) => sum + m, 0) / recentServiceMinutes.length
      : averageMinutes;
  return Math.ceil((ahead * typical) / Math.max(1, openCounters));
}

/** Booking windows of a day from the hours: `windowMinutes` long, the last one ending by closing time. */
export function bookingWindows(hours: DayHours, windowMinutes: number): string[] {
  if (!hours) return [];
  const toMinutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const out: string[] = [];
  for (let m = toMinutes(hours.open); m + windowMinutes <= toMinutes(hours.close); m += windowMinutes)
    out.push(`${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
  return out;
}
