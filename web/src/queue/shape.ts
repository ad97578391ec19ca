import type { PublicTicket } from '@lentera/common';

/** Thermal paper widths a kiosk printer may have; `?kertas=58` on the kiosk's address, 80 mm otherwise. */
export type PaperWidth = 58 | 80;

export function paperWidth(value: unknown): PaperWidth {
  return String(value ?? '').trim() === '58' ? 58 : 80;
}

/**
 * The print page of a ticket on a roll: as wide as the paper, as long as the ticket, no margins (the printer has
 * its own), and type sized to the paper.
 */
export function ticketPrintCss(width: PaperWidth): string {
  const content = width === 58 ? 48 : 72;
  const number = width === 58 ? 16 : 22;
  return [
    `@page { size: ${width}mm auto; margin: 0; }`,
    `.queue-print-ticket { width: ${content}mm; font-size: ${width === 58 ? 9 : 11}pt; }`,
    `.queue-print-ticket .queue-print-number { font-size: ${number}mm; }`,
    `.queue-print-ticket svg { width: ${width === 58 ? 26 : 34}mm; height: auto; }`,
  ].join('\n');
}

export interface HeatPoint {
  weekday: number;
  hour: number;
  tickets: number;
}

export interface HeatGrid {
  hours: number[];
  rows: Array<{ weekday: number; cells: Array<{ hour: number; tickets: number; level: 0 | 1 | 2 | 3 | 4 }> }>;
  max: number;
}

/**
 * A weekday × hour table from the server's points: the hours from the first to the last with tickets (08–15 when
 * there are none), Monday to Friday always and the weekend only when it had visitors; each cell's level 0–4 for
 * its shade (0: none, 4: the busiest hour).
 */
export function heatGrid(points: readonly HeatPoint[]): HeatGrid {
  const busy = points.filter((p) => p.tickets > 0);
  const max = busy.reduce((m, p) => Math.max(m, p.tickets), 0);
  const first = busy.length ? Math.min(...busy.map((p) => p.hour)) : 8;
  const last = busy.length ? Math.max(...busy.map((p) => p.hour)) : 15;
  const hours = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const weekdays = [1, 2, 3, 4, 5, 6, 7].filter((d) => d <= 5 || busy.some((p) => p.weekday === d));
  const at = new Map(points.map((p) => [`${p.weekday}:${p.hour}`, p.tickets]));
  const level = (tickets: number): 0 | 1 | 2 | 3 | 4 =>
    tickets <= 0 || max === 0 ? 0 : (Math.max(1, Math.ceil((tickets / max) * 4)) as 1 | 2 | 3 | 4);
  return {
    hours,
    max,
    rows: weekdays.map((weekday) => ({
      weekday,
      cells: hours.map((hour) => {
        const tickets = at.get(`${weekday}:${hour}`) ?? 0;
        return { hour, tickets, level: level(tickets) };
      }),
    })),
  };
}

export type TurnAlert = 'next' | 'called';

type TurnState = Pick<PublicTicket, 'status' | 'ahead'>;

/**
 * What the phone page should announce on a ticket's change: `called` when it has just been called to a counter,
 * `next` when nobody is ahead any more (the visitor should come near). Nothing on the first load (`before` null):
 * the page shows it, without a sound the person did not wait for.
 */
export function turnAlert(before: TurnState | null, after: TurnState): TurnAlert | null {
  if (!before) return null;
  if (after.status === 'called' && before.status !== 'called') return 'called';
  if (after.status === 'waiting' && after.ahead === 0 && before.ahead !== 0) return 'next';
  return null;
}

/** Minutes as hours and minutes for a wait ("1 jam 5 menit"): the parts, for the i18n keys. */
export function waitParts(minutes: number): { hours: number; minutes: number } {
  const whole = Math.max(0, Math.round(minutes));
  return { hours: Math.floor(whole / 60), minutes: whole % 60 };
}

/**
 * A counter's own name, worth showing beside its heading ("Counter 3"): none when it is empty, the heading itself, or
 * the name a counter gets when none is given (`Loket 3`, which an English board would otherwise show twice over).
 */
export function counterOwnName(name: string, number: number, heading: string): string | null {
  const own = name.trim();
  const lower = own.toLowerCase();
  if (!own || lower === `loket ${number}` || lower === heading.trim().toLowerCase()) return null;
  return own;
}
