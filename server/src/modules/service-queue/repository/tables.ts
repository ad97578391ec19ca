import type { Selectable } from 'kysely';

// The queue's tables as Kysely sees them. Only the repository files touch Kysely; they hold no business rules.

export interface SettingsTable {
  tenant_id: string;
  /** JSON list of the enabled priority groups. */
  priority_groups: string;
  max_recalls: number;
  survey_days: number;
  updated_at: string;
}

export interface LocationsTable {
  id: string;
  tenant_id: string;
  name: string;
  address: string;
  unit_id: string | null;
  /** JSON: seven entries, Monday first, null or { open, close }. */
  hours: string;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface ServicesTable {
  id: string;
  tenant_id: string;
  location_id: string;
  name: string;
  letter: string;
  daily_capacity: number;
  average_minutes: number;
  online_allowed: number;
  booking_allowed: number;
  window_minutes: number;
  window_capacity: number;
  documents: string;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface CountersTable {
  id: string;
  tenant_id: string;
  location_id: string;
  number: number;
  name: string;
  /** JSON list of service ids, in priority order. */
  service_ids: string;
  active: number;
  officer_account_id: string | null;
  officer_name: string | null;
  signed_in_at: string | null;
  paused_at: string | null;
  pause_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface KiosksTable {
  id: string;
  tenant_id: string;
  location_id: string;
  name: string;
  secret_hash: string;
  created_at: string;
}

export interface NumbersTable {
  service_id: string;
  day: string;
  tenant_id: string;
  last: number;
}

export interface TicketsTable {
  id: string;
  tenant_id: string;
  location_id: string;
  service_id: string;
  day: string;
  number: number | null;
  code: string | null;
  token: string;
  channel: string;
  priority: string | null;
  status: string;
  line_at: string;
  issued_at: string;
  called_at: string | null;
  started_at: string | null;
  finished_at: string | null;
  counter_id: string | null;
  for_counter_id: string | null;
  officer_account_id: string | null;
  officer_name: string | null;
  recalls: number;
  transfers: number;
  outcome: string | null;
  account_id: string | null;
  booking_code: string | null;
  booking_window: string | null;
  survey_token: string | null;
  survey_expires_at: string | null;
  /** When the holder was told their turn is near (`queue.near`, once per ticket). */
  near_notified_at: string | null;
  updated_at: string;
}

export interface PausesTable {
  id: string;
  tenant_id: string;
  location_id: string;
  counter_id: string;
  officer_account_id: string | null;
  reason: string;
  started_at: string;
  ended_at: string | null;
}

declare module '../../../platform/db/schema' {
  interface Database {
    service_queue_settings: SettingsTable;
    service_queue_locations: LocationsTable;
    service_queue_services: ServicesTable;
    service_queue_counters: CountersTable;
    service_queue_kiosks: KiosksTable;
    service_queue_numbers: NumbersTable;
    service_queue_tickets: TicketsTable;
    service_queue_pauses: PausesTable;
  }
}

export type LocationRow = Selectable<LocationsTable>;
export type ServiceRow = Selectable<ServicesTable>;
export type CounterRow = Selectable<CountersTable>;
export type TicketRow = Selectable<TicketsTable>;
export type KioskRow = Selectable<KiosksTable>;
