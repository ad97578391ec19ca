import type { MantineColor } from '@mantine/core';
import type { RegistrationStatus } from './api';

/** The colour of a registration's badge; its words carry the meaning. */
export const REGISTRATION_COLOR: Record<RegistrationStatus, MantineColor> = {
  pending: 'yellow',
  confirmed: 'green',
  waitlisted: 'orange',
  declined: 'red',
  cancelled: 'gray',
  completed: 'teal',
  not_completed: 'gray',
};

export const EXTERNAL_COLOR: Record<'submitted' | 'verified' | 'refused', MantineColor> = {
  submitted: 'yellow',
  verified: 'green',
  refused: 'red',
};

export const EVENT_COLOR: Record<'scheduled' | 'cancelled' | 'completed', MantineColor> = {
  scheduled: 'blue',
  cancelled: 'gray',
  completed: 'teal',
};

/** "12–14 Januari 2027" style date range from two ISO dates (one date when they are the same day). */
export function dateRange(startsOn: string, endsOn: string, format: (iso: string) => string): string {
  return startsOn === endsOn ? format(startsOn) : `${format(startsOn)} – ${format(endsOn)}`;
}
