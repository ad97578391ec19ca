import {
  CLOSED_REASON_LABELS,
  type ClosedReason,
  PRIORITY_GROUP_LABELS,
  type PriorityGroup,
  TICKET_CHANNEL_LABELS,
  TICKET_OUTCOME_LABELS,
  TICKET_STATUS_LABELS,
  type TicketChannel,
  type TicketOutcome,
  type TicketStatus,
} from '@lentera/common';
import type { MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../ui/i18n';
import { waitParts } from './shape';

export const STATUS_COLORS: Record<TicketStatus, MantineColor> = {
  booked: 'grape',
  waiting: 'blue',
  called: 'orange',
  serving: 'teal',
  done: 'green',
  no_show: 'red',
  cancelled: 'gray',
};

/** The queue's words from the shared tables (statuses, channels, outcomes, groups), in the page's language. */
export function useQueueLabels() {
  const { t } = useTranslation();
  const lang = currentLang();
  return {
    lang,
    status: (s: TicketStatus) => TICKET_STATUS_LABELS[s][lang],
    channel: (c: TicketChannel) => TICKET_CHANNEL_LABELS[c]?.[lang] ?? c,
    outcome: (o: TicketOutcome) => TICKET_OUTCOME_LABELS[o][lang],
    priority: (p: PriorityGroup) => PRIORITY_GROUP_LABELS[p][lang],
    /** The server's reason a location is closed: one of the known reasons, or words it wrote itself. */
    closed: (reason: string | null) =>
      reason && reason in CLOSED_REASON_LABELS ? CLOSED_REASON_LABELS[reason as ClosedReason][lang] : (reason ?? ''),
    /** "± 25 menit", "± 1 jam 5 menit", "langsung dilayani". */
    wait: (minutes: number | null) => {
      if (minutes === null) return '—';
      if (minutes <= 0) return t('queue.common.noWait');
      const parts = waitParts(minutes);
      if (parts.hours === 0) return t('queue.common.aboutMinutes', { count: parts.minutes });
      if (parts.minutes === 0) return t('queue.common.aboutHours', { count: parts.hours });
      return t('queue.common.aboutHoursMinutes', { hours: parts.hours, minutes: parts.minutes });
    },
    weekday: (isoWeekday: number, style: 'long' | 'short' = 'long') =>
      new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { weekday: style, timeZone: 'UTC' }).format(
        // 2024-01-01 was a Monday.
        new Date(Date.UTC(2024, 0, isoWeekday)),
      ),
  };
}

/** "14.05" (English "14:05") in the tenant's zone. */
export function formatTime(value: string | Date, timeZone: string, lang: 'id' | 'en', seconds = false): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    second: seconds ? '2-digit' : undefined,
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const sep = lang === 'id' ? '.' : ':';
  return [get('hour'), get('minute'), ...(seconds ? [get('second')] : [])].join(sep);
}

/** "08.00" for a stored "08:00" in Indonesian. */
export function formatClock(hhmm: string, lang: 'id' | 'en'): string {
  return lang === 'id' ? hhmm.replace(':', '.') : hhmm;
}

/** "Loket 3", or "Loket 3 · Rekam KTP" when the counter has a name of its own (not just "Loket 3" again). */
export function counterLabel(heading: string, name: string | null | undefined): string {
  const own = name?.trim();
  return own && own.toLowerCase() !== heading.toLowerCase() ? `${heading} · ${own}` : heading;
}
