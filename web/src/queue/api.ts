import type {
  BoardSnapshot,
  ConsoleTicket,
  CounterInput,
  IssuedTicket,
  LocationInput,
  PriorityGroup,
  PublicLocation,
  PublicTicket,
  QueueSettings,
  ServiceInput,
  TicketChannel,
  TicketOutcome,
  TicketStatus,
  WeekHours,
} from '@lentera/common';
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../ui/api';

/** Every queue address in one place: `/api/t/:slug/queue/...`. */
export function queuePath(slug: string, rest = ''): string {
  return `/api/t/${encodeURIComponent(slug)}/queue${rest}`;
}

const key = (slug: string, ...rest: unknown[]) => ['tenant', slug, 'queue', ...rest] as const;
const enc = encodeURIComponent;

/** A 404 stays a 404: no retries for an unknown ticket, kiosk or location. */
const retryUnlessMissing = (count: number, error: unknown) =>
  !(error instanceof ApiError && (error.status === 404 || error.status === 403 || error.status === 401)) && count < 2;

// --- Public ----------------------------------------------------------------------------------------------------

export function useLocations(slug: string) {
  return useQuery({
    queryKey: key(slug, 'locations'),
    queryFn: ({ signal }) => api<{ items: PublicLocation[] }>(queuePath(slug, '/locations'), { signal }),
    select: (data) => data.items,
    refetchInterval: 60_000,
  });
}

/** The locations whose statistics the signed-in person may read. */
export function useStatsLocations(slug: string) {
  return useQuery({
    queryKey: key(slug, 'stats-locations'),
    queryFn: ({ signal }) =>
      api<{ items: Array<{ id: string; name: string }> }>(queuePath(slug, '/stats/locations'), { signal }),
    select: (data) => data.items,
  });
}

export interface BusyHours {
  services: Array<{ serviceId: string; name: string; typicalWaitMinutes: number }>;
  heat: Array<{ weekday: number; hour: number; tickets: number }>;
}
export function useBusyHours(slug: string, locationId: string | null) {
  return useQuery({
    queryKey: key(slug, 'busy-hours', locationId),
    queryFn: ({ signal }) =>
      api<BusyHours>(queuePath(slug, `/locations/${enc(locationId ?? '')}/busy-hours`), { signal }),
    enabled: Boolean(locationId),
    staleTime: 10 * 60_000,
  });
}

export function boardQuery(slug: string, locationId: string) {
  return queryOptions({
    queryKey: key(slug, 'board', locationId),
    queryFn: ({ signal }) => api<BoardSnapshot>(queuePath(slug, `/locations/${enc(locationId)}/board`), { signal }),
    retry: retryUnlessMissing,
  });
}

export function ticketQuery(slug: string, token: string) {
  return queryOptions({
    queryKey: key(slug, 'ticket', token),
    queryFn: ({ signal }) => api<PublicTicket>(queuePath(slug, `/tickets/${enc(token)}`), { signal }),
    retry: retryUnlessMissing,
  });
}

export interface BookingWindows {
  date: string;
  windows: Array<{ window: string; free: number }>;
}
export function useWindows(slug: string, serviceId: string, date: string | null) {
  return useQuery({
    queryKey: key(slug, 'windows', serviceId, date),
    queryFn: ({ signal }) =>
      api<BookingWindows>(queuePath(slug, `/services/${enc(serviceId)}/windows`), { signal, query: { date } }),
    enabled: Boolean(date),
    placeholderData: keepPreviousData,
  });
}

// --- Kiosk (its secret in a header) ----------------------------------------------------------------------------

export interface KioskView {
  kiosk: { id: string; name: string };
  location: PublicLocation;
  priorityGroups: PriorityGroup[];
}
const kioskHeaders = (secret: string) => ({ 'x-kiosk-secret': secret });

export function useKiosk(slug: string, kioskId: string, secret: string) {
  return useQuery({
    queryKey: key(slug, 'kiosk', kioskId, secret),
    queryFn: ({ signal }) =>
      api<KioskView>(queuePath(slug, `/kiosks/${enc(kioskId)}`), { signal, headers: kioskHeaders(secret) }),
    retry: retryUnlessMissing,
    // The waiting counts on the buttons stay fresh on a kiosk left on all day.
    refetchInterval: 30_000,
  });
}

export function useKioskTicket(slug: string, kioskId: string, secret: string) {
  return useMutation({
    mutationFn: (input: { serviceId: string; priority: PriorityGroup | null }) =>
      api<IssuedTicket>(queuePath(slug, `/kiosks/${enc(kioskId)}/tickets`), {
        method: 'POST',
        body: input,
        headers: kioskHeaders(secret),
      }),
  });
}

export function useKioskCheckIn(slug: string, kioskId: string, secret: string) {
  return useMutation({
    mutationFn: (code: string) =>
      api<IssuedTicket>(queuePath(slug, `/kiosks/${enc(kioskId)}/check-in`), {
        method: 'POST',
        body: { code },
        headers: kioskHeaders(secret),
      }),
  });
}

// --- Citizen ---------------------------------------------------------------------------------------------------

export interface MineItem {
  token: string;
  code: string;
  status: TicketStatus;
  serviceName: string;
  locationName: string;
  day: string;
  bookingWindow: string | null;
}
export function useMine(slug: string, enabled: boolean) {
  return useQuery({
    queryKey: key(slug, 'mine'),
    queryFn: ({ signal }) => api<{ items: MineItem[] }>(queuePath(slug, '/mine'), { signal }),
    select: (data) => data.items,
    enabled,
  });
}

export function useTakeTicket(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { serviceId: string; booking?: { date: string; window: string } }) =>
      input.booking
        ? api<IssuedTicket>(queuePath(slug, `/services/${enc(input.serviceId)}/bookings`), {
            method: 'POST',
            body: input.booking,
          })
        : api<IssuedTicket>(queuePath(slug, `/services/${enc(input.serviceId)}/tickets`), { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: key(slug) }),
  });
}

// --- Officer ---------------------------------------------------------------------------------------------------

export interface ConsoleChoice {
  locations: Array<{
    id: string;
    name: string;
    counters: Array<{ id: string; number: number; name: string; officerName: string | null; mine: boolean }>;
  }>;
}
export function useConsoleChoice(slug: string) {
  return useQuery({
    queryKey: key(slug, 'console'),
    queryFn: ({ signal }) => api<ConsoleChoice>(queuePath(slug, '/console'), { signal }),
  });
}

export interface CounterConsole {
  counter: {
    id: string;
    number: number;
    name: string;
    locationId: string;
    locationName: string;
    state: 'open' | 'paused' | 'closed';
    officerName: string | null;
    pauseReason: string | null;
    mine: boolean;
  };
  current: ConsoleTicket | null;
  lines: Array<{ serviceId: string; name: string; letter: string; waiting: number; tickets: ConsoleTicket[] }>;
  today: {
    served: number;
    noShows: number;
    transfers: number;
    serviceMedianMinutes: number | null;
    waitMedianMinutes: number | null;
  };
  services: Array<{ id: string; name: string }>;
  counters: Array<{ id: string; number: number; name: string }>;
  maxRecalls: number;
}
export function counterQuery(slug: string, counterId: string) {
  return queryOptions({
    queryKey: key(slug, 'counter', counterId),
    queryFn: ({ signal }) => api<CounterConsole>(queuePath(slug, `/counters/${enc(counterId)}`), { signal }),
    retry: retryUnlessMissing,
  });
}

/** One of the console's actions: a POST under `/counters/:id/...` or `/tickets/:id/...`. */
export type ConsoleAction =
  | { kind: 'sign-in' | 'sign-out' | 'resume' | 'call-next' }
  | { kind: 'pause'; reason: string }
  | { kind: 'walk-in'; serviceId: string; priority: PriorityGroup | null }
  | { kind: 'check-in'; code: string }
  | { kind: 'recall' | 'start' | 'no-show'; ticketId: string }
  | { kind: 'finish'; ticketId: string; outcome: TicketOutcome; note?: string }
  | { kind: 'transfer'; ticketId: string; serviceId?: string; counterId?: string };

export type ConsoleAnswer = { ok: true } | { ticket: ConsoleTicket | null; message: string | null } | IssuedTicket;

function consoleRequest(slug: string, counterId: string, action: ConsoleAction): Promise<ConsoleAnswer> {
  const counter = (rest: string, body?: unknown) =>
    api<ConsoleAnswer>(queuePath(slug, `/counters/${enc(counterId)}${rest}`), { method: 'POST', body });
  const ticket = (id: string, rest: string, body?: unknown) =>
    api<ConsoleAnswer>(queuePath(slug, `/tickets/${enc(id)}${rest}`), { method: 'POST', body });
  switch (action.kind) {
    case 'sign-in':
    case 'sign-out':
    case 'resume':
    case 'call-next':
      return counter(`/${action.kind}`);
    case 'pause':
      return counter('/pause', { reason: action.reason });
    case 'walk-in':
      return counter('/tickets', { serviceId: action.serviceId, priority: action.priority });
    case 'check-in':
      return counter('/check-in', { code: action.code });
    case 'recall':
    case 'start':
    case 'no-show':
      return ticket(action.ticketId, `/${action.kind}`);
    case 'finish':
      return ticket(action.ticketId, '/finish', { outcome: action.outcome, note: action.note || undefined });
    case 'transfer':
      return ticket(action.ticketId, '/transfer', { serviceId: action.serviceId, counterId: action.counterId });
  }
}

export function useConsoleAction(slug: string, counterId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: ConsoleAction) => consoleRequest(slug, counterId, action),
    onSettled: () => client.invalidateQueries({ queryKey: key(slug, 'counter', counterId) }),
  });
}

// --- Admin -----------------------------------------------------------------------------------------------------

export type AdminService = ServiceInput & { id: string };
export type AdminCounter = CounterInput & { id: string };
export interface AdminLocation {
  id: string;
  name: string;
  address: string;
  unitId: string | null;
  hours: WeekHours;
  active: boolean;
  services: AdminService[];
  counters: AdminCounter[];
  kiosks: Array<{ id: string; name: string; createdAt: string }>;
}
export interface AdminView {
  settings: QueueSettings;
  locations: AdminLocation[];
}
export function useAdmin(slug: string) {
  return useQuery({
    queryKey: key(slug, 'admin'),
    queryFn: ({ signal }) => api<AdminView>(queuePath(slug, '/admin'), { signal }),
  });
}

export type AdminChange =
  | { kind: 'settings'; settings: QueueSettings }
  | { kind: 'location'; id?: string; input: LocationInput }
  | { kind: 'service'; locationId: string; id?: string; input: ServiceInput }
  | { kind: 'counter'; locationId: string; id?: string; input: CounterInput }
  | { kind: 'kiosk'; locationId: string; name: string }
  | { kind: 'delete-kiosk'; id: string };

export interface NewKiosk {
  id: string;
  secret: string;
  path: string;
}

function adminRequest(slug: string, change: AdminChange): Promise<unknown> {
  const send = (method: 'POST' | 'PUT' | 'DELETE', rest: string, body?: unknown) =>
    api<unknown>(queuePath(slug, rest), { method, body });
  switch (change.kind) {
    case 'settings':
      return send('PUT', '/settings', change.settings);
    case 'location':
      return change.id
        ? send('PUT', `/locations/${enc(change.id)}`, change.input)
        : send('POST', '/locations', change.input);
    case 'service':
      return change.id
        ? send('PUT', `/services/${enc(change.id)}`, change.input)
        : send('POST', `/locations/${enc(change.locationId)}/services`, change.input);
    case 'counter':
      return change.id
        ? send('PUT', `/counters/${enc(change.id)}`, change.input)
        : send('POST', `/locations/${enc(change.locationId)}/counters`, change.input);
    case 'kiosk':
      return send('POST', `/locations/${enc(change.locationId)}/kiosks`, { name: change.name });
    case 'delete-kiosk':
      return send('DELETE', `/kiosks/${enc(change.id)}`);
  }
}

export function useAdminChange(slug: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: AdminChange) => adminRequest(slug, change),
    onSuccess: () => client.invalidateQueries({ queryKey: key(slug) }),
  });
}

// --- Statistics ------------------------------------------------------------------------------------------------

/** The figures of a set of tickets (the period's, a service's, a counter's, an officer's, a day's). */
export interface StatsFigures {
  tickets: number;
  served: number;
  noShows: number;
  transfers: number;
  byChannel: Record<TicketChannel, number>;
  waitMedian: number | null;
  waitP90: number | null;
  serviceMedian: number | null;
  serviceP90: number | null;
}
export interface QueueStats {
  location: { id: string; name: string };
  from: string;
  to: string;
  totals: StatsFigures;
  services: Array<StatsFigures & { id: string; name: string; letter: string }>;
  counters: Array<StatsFigures & { id: string; number: number; name: string; pausedMinutes: number }>;
  officers: Array<StatsFigures & { name: string }>;
  heat: Array<{ weekday: number; hour: number; tickets: number }>;
  days: Array<StatsFigures & { day: string }>;
}
export function statsPath(slug: string, locationId: string, from: string, to: string, csv = false): string {
  const query = new URLSearchParams({ from, to, ...(csv ? { format: 'csv' } : {}) });
  return queuePath(slug, `/locations/${enc(locationId)}/stats?${query}`);
}
export function useStats(slug: string, locationId: string | null, from: string, to: string) {
  return useQuery({
    queryKey: key(slug, 'stats', locationId, from, to),
    queryFn: ({ signal }) => api<QueueStats>(statsPath(slug, locationId ?? '', from, to), { signal }),
    enabled: Boolean(locationId),
    placeholderData: keepPreviousData,
  });
}
