import {
  addDays,
  holidayOn,
  isoWeekday,
  type LocationInput,
  PRIORITY_GROUPS,
  type ServiceInput,
  seededRandom,
  ticketCode,
} from '@lentera/common';
import { type Actor, makeCtx, type Services } from '../../platform/context';
import { insertRows } from '../../platform/db/insert-rows';
import { Conflict } from '../../platform/errors';
import { uuidv7 } from '../../platform/ids';
import { ensureDemoAccount } from '../../platform/seed/demo-accounts';
import { findTenantBySlug, type TenantRecord } from '../../platform/tenancy/repository';
import { peopleService } from '../people/index';
import { queueRepo, type TicketRow } from './repository';
import { instantOf, localMoment } from './support';
import { signIn } from './use-cases/counter-session';
import { issueAtKiosk } from './use-cases/issue-ticket';
import { createCounter, createKiosk, createLocation, createService } from './use-cases/setup';
import { callNext } from './use-cases/work-counter';

export function queueDemoLogins(slug: string) {
  return [
    {
      tenant: slug,
      role: 'service_officer',
      login: `loket.${slug}@demo.lentera.id`,
      password: `lentera-${slug}-loket`,
    },
  ];
}

const WEEKDAYS: LocationInput['hours'] = [
  { open: '08:00', close: '15:00' },
  { open: '08:00', close: '15:00' },
  { open: '08:00', close: '15:00' },
  { open: '08:00', close: '15:00' },
  { open: '08:00', close: '14:00' },
  null,
  null,
];

interface DemoService extends ServiceInput {
  /** Visitors on an ordinary day. */
  perDay: number;
}

const MEDAN_SERVICES: DemoService[] = [
  {
    name: 'KTP-el',
    letter: 'A',
    dailyCapacity: 220,
    averageMinutes: 7,
    onlineAllowed: true,
    bookingAllowed: true,
    windowMinutes: 60,
    windowCapacity: 12,
    documents: 'Kartu Keluarga asli; surat pengantar RT/RW bagi perekaman baru; KTP-el lama bila rusak.',
    perDay: 120,
  },
  {
    name: 'Kartu Keluarga',
    letter: 'B',
    dailyCapacity: 150,
    averageMinutes: 10,
    onlineAllowed: true,
    bookingAllowed: true,
    windowMinutes: 60,
    windowCapacity: 8,
    documents: 'Kartu Keluarga lama; buku nikah atau akta perkawinan; surat keterangan pindah bila ada.',
    perDay: 70,
  },
  {
    name: 'Akta Kelahiran',
    letter: 'C',
    dailyCapacity: 100,
    averageMinutes: 12,
    onlineAllowed: false,
    bookingAllowed: true,
    windowMinutes: 60,
    windowCapacity: 6,
    documents:
      'Surat keterangan lahir dari bidan atau rumah sakit; Kartu Keluarga; KTP-el kedua orang tua; buku nikah.',
    perDay: 40,
  },
  {
    name: 'Pindah Datang',
    letter: 'D',
    dailyCapacity: 60,
    averageMinutes: 15,
    onlineAllowed: false,
    bookingAllowed: true,
    windowMinutes: 60,
    windowCapacity: 4,
    documents: 'Surat keterangan pindah dari daerah asal; Kartu Keluarga; KTP-el.',
    perDay: 20,
  },
];

/** Six counters: each serves two services, its own first. */
const MEDAN_COUNTERS: Array<{ number: number; serves: string[] }> = [
  { number: 1, serves: ['A', 'B'] },
  { number: 2, serves: ['A', 'B'] },
  { number: 3, serves: ['A', 'B'] },
  { number: 4, serves: ['B', 'A'] },
  { number: 5, serves: ['C', 'D'] },
  { number: 6, serves: ['D', 'C'] },
];

const SMALL_SERVICES: DemoService[] = [
  { ...(MEDAN_SERVICES[0] as DemoService), dailyCapacity: 120, perDay: 45 },
  { ...(MEDAN_SERVICES[1] as DemoService), dailyCapacity: 80, perDay: 25 },
];
const SMALL_COUNTERS = [
  { number: 1, serves: ['A', 'B'] },
  { number: 2, serves: ['B', 'A'] },
];

/** Arrivals by local hour of an office day: the morning rush, a lull at noon, a smaller wave after lunch. */
const HOURLY_SHARE: Record<number, number> = { 8: 0.24, 9: 0.22, 10: 0.17, 11: 0.12, 12: 0.06, 13: 0.11, 14: 0.08 };
/** Mondays are busiest, Fridays quietest. */
const WEEKDAY_FACTOR: Record<number, number> = { 1: 1.25, 2: 1.05, 3: 1, 4: 0.95, 5: 0.7 };

const HISTORY_WORKING_DAYS = 60;

/**
 * Each city's service location, through the real setup use cases: Disdukcapil Kota Medan (KTP-el, Kartu Keluarga,
 * Akta Kelahiran, Pindah Datang; six counters), one smaller office elsewhere. Sixty working days of history follow
 * a simulated day (arrivals with the morning peak, first come first served at the counters of each service); they
 * are written straight to the tickets table, as the history of a queue that ran before Lentera would be imported.
 * Today's line is made through the real kiosk and counter use cases when the office is open.
 */
export async function seedQueue(services: Services, options: { tenantSlug: string }): Promise<void> {
  const tenant = await findTenantBySlug(services.db, options.tenantSlug);
  if (!tenant) return;
  const base = makeCtx(services, { tenant });
  const units = await peopleService.units(base);
  const disdukcapil = units.find((u) => u.code === 'DISDUKCAPIL') ?? null;
  const [officerLogin] = queueDemoLogins(tenant.slug);
  const officerId = await ensureDemoAccount(
    services,
    tenant.id,
    officerLogin!,
    `Petugas Loket ${tenant.name.replace(/^Pemerintah /, '')}`,
    disdukcapil?.id ?? null,
  );
  if ((await queueRepo.locations(services.db, tenant.id)).length) return;

  const admin: Actor = {
    accountId: officerId,
    name: 'Penyiapan data demo',
    isSystemAdmin: false,
    grants: [{ role: 'tenant_admin', unitId: null }],
  };
  const ctx = makeCtx(services, { tenant, actor: admin });
  const medan = tenant.slug === 'medan';
  const city = tenant.name.replace(/^Pemerintah /, '');
  const { id: locationId } = await createLocation(ctx, {
    name: medan ? 'Disdukcapil Kota Medan' : `Pelayanan Adminduk ${city}`,
    address: medan ? 'Kantor Dinas Kependudukan dan Pencatatan Sipil, Medan' : `Mal Pelayanan Publik ${city}`,
    unitId: disdukcapil?.id ?? null,
    hours: WEEKDAYS,
  });
  const demoServices = medan ? MEDAN_SERVICES : SMALL_SERVICES;
  const serviceIds = new Map<string, string>();
  for (const { perDay: _perDay, ...service } of demoServices)
    serviceIds.set(service.letter, (await createService(ctx, locationId, service)).id);
  const counterIds: Array<{ id: string; serves: string[] }> = [];
  for (const counter of medan ? MEDAN_COUNTERS : SMALL_COUNTERS) {
    const ids = counter.serves.map((letter) => serviceIds.get(letter) as string);
    counterIds.push({
      id: (await createCounter(ctx, locationId, { number: counter.number, serviceIds: ids })).id,
      serves: ids,
    });
  }
  const kiosk = await createKiosk(ctx, locationId, { name: 'Anjungan pintu masuk' });
  await writeHistory(services, tenant, locationId, demoServices, serviceIds, counterIds, `Petugas Loket ${city}`);
  await todaysLine(services, tenant, {
    officerId,
    kioskId: kiosk.id,
    secret: kiosk.secret,
    counterId: counterIds[0]?.id,
    serviceIds: [...serviceIds.values()],
  });
}

/**
 * When the demo starts while the office is open, a morning's line through the real use cases: visitors take
 * tickets at the kiosk, the demo officer opens counter 1 and calls the first one. Outside office hours the
 * kiosk refuses, as it would, and the line stays empty.
 */
async function todaysLine(
  services: Services,
  tenant: TenantRecord,
  demo: { officerId: string; kioskId: string; secret: string; counterId: string | undefined; serviceIds: string[] },
): Promise<void> {
  const guest = makeCtx(services, { tenant });
  try {
    for (let i = 0; i < 9; i += 1)
      await issueAtKiosk(guest, demo.kioskId, demo.secret, {
        serviceId: demo.serviceIds[i % 2],
        priority: i === 4 ? 'lansia' : null,
      });
  } catch (error) {
    if (error instanceof Conflict) return;
    throw error;
  }
  if (!demo.counterId) return;
  const officer: Actor = {
    accountId: demo.officerId,
    name: `Petugas Loket ${tenant.name.replace(/^Pemerintah /, '')}`,
    isSystemAdmin: false,
    grants: [{ role: 'service_officer', unitId: null }],
  };
  const ctx = makeCtx(services, { tenant, actor: officer });
  await signIn(ctx, demo.counterId);
  await callNext(ctx, demo.counterId);
}

async function writeHistory(
  services: Services,
  tenant: TenantRecord,
  locationId: string,
  demoServices: readonly DemoService[],
  serviceIds: Map<string, string>,
  counters: ReadonlyArray<{ id: string; serves: string[] }>,
  officerName: string,
): Promise<void> {
  const rng = seededRandom(`queue-${tenant.slug}`);
  const cal = await services.calendars.forTenant(tenant.id, tenant.timeZone);
  const today = localMoment(tenant, services.clock.now()).day;
  const days: string[] = [];
  for (let day = addDays(today, -1); days.length < HISTORY_WORKING_DAYS; day = addDays(day, -1))
    if (isoWeekday(day) <= 5 && !holidayOn(day, cal)) days.unshift(day);
  const channels = (r: number) => (r < 0.68 ? 'kiosk' : r < 0.85 ? 'online' : r < 0.95 ? 'booking' : 'counter');
  const rows: TicketRow[] = [];
  const numbers: NumbersRow[] = [];
  for (const day of days) {
    const factor = WEEKDAY_FACTOR[isoWeekday(day)] ?? 1;
    const close = isoWeekday(day) === 5 ? 14 * 60 : 15 * 60;
    // The day's arrivals of every service, in minutes after midnight, with their numbers.
    const arrivals: Array<{ service: DemoService; serviceId: string; at: number; number: number }> = [];
    for (const service of demoServices) {
      const serviceId = serviceIds.get(service.letter) as string;
      const times: number[] = [];
      const count = Math.min(service.dailyCapacity, Math.round(service.perDay * factor * (0.85 + rng() * 0.3)));
      for (let i = 0; i < count; i += 1) {
        let r = rng();
        let hour = 8;
        for (const [h, share] of Object.entries(HOURLY_SHARE)) {
          if (r < share) {
            hour = Number(h);
            break;
          }
          r -= share;
        }
        times.push(Math.min(close - 1, hour * 60 + rng() * 60));
      }
      times.sort((a, b) => a - b);
      times.forEach((at, i) => {
        arrivals.push({ service, serviceId, at, number: i + 1 });
      });
      if (times.length) numbers.push({ service_id: serviceId, day, tenant_id: tenant.id, last: times.length });
    }
    arrivals.sort((a, b) => a.at - b.at);
    // The counters work as the console's "call next" does: the longest-waiting visitor of the counter's first
    // service, otherwise of its next one; a counter with nobody to call waits for the next arrival.
    const free = counters.map(() => 8 * 60);
    const waiting = new Set(arrivals);
    while (waiting.size) {
      const k = free.indexOf(Math.min(...free));
      const counter = counters[k] as { id: string; serves: string[] };
      const now = free[k] as number;
      let next: (typeof arrivals)[number] | undefined;
      for (const serviceId of counter.serves) {
        for (const a of waiting)
          if (a.serviceId === serviceId && a.at <= now) {
            next = a;
            break;
          }
        if (next) break;
      }
      if (!next) {
        const upcoming = [...waiting].find((a) => counter.serves.includes(a.serviceId));
        free[k] = upcoming ? Math.max(now + 0.5, upcoming.at) : Number.POSITIVE_INFINITY;
        if (!upcoming && free.every((f) => f === Number.POSITIVE_INFINITY)) break;
        continue;
      }
      waiting.delete(next);
      const { service, serviceId, at: arrival, number } = next;
      const calledAt = now + rng() * 1.5;
      const noShow = rng() < 0.03;
      // Service minutes: mostly near the average, some long ones (a missing document explained, a correction).
      const minutes = service.averageMinutes * (0.55 + rng() * 0.7 + (rng() < 0.1 ? rng() * 1.5 : 0));
      const startedAt = calledAt + 0.5 + rng();
      const finishedAt = noShow ? calledAt + 3 : startedAt + minutes;
      free[k] = finishedAt;
      const at = (m: number) => instantOf(tenant, day, '00:00').getTime() + m * 60_000;
      const iso = (m: number) => new Date(at(m)).toISOString();
      const channel = channels(rng());
      rows.push({
        id: uuidv7(at(arrival)),
        tenant_id: tenant.id,
        location_id: locationId,
        service_id: serviceId,
        day,
        number,
        code: ticketCode(service.letter, number),
        token: `${uuidv7(at(arrival))}${Math.floor(rng() * 1e9).toString(36)}`,
        channel,
        priority: rng() < 0.06 ? (PRIORITY_GROUPS[Math.floor(rng() * PRIORITY_GROUPS.length)] as string) : null,
        status: noShow ? 'no_show' : 'done',
        line_at: iso(arrival),
        issued_at: iso(arrival),
        called_at: iso(calledAt),
        started_at: noShow ? null : iso(startedAt),
        finished_at: iso(finishedAt),
        counter_id: counter.id,
        for_counter_id: null,
        officer_account_id: null,
        officer_name: `${officerName} ${k + 1}`,
        recalls: noShow ? 2 : 0,
        transfers: rng() < 0.02 ? 1 : 0,
        outcome: noShow ? null : rng() < 0.08 ? 'incomplete' : rng() < 0.02 ? 'referred' : 'done',
        account_id: null,
        booking_code: null,
        booking_window: channel === 'booking' ? `${String(Math.floor(arrival / 60)).padStart(2, '0')}:00` : null,
        survey_token: null,
        survey_expires_at: null,
        near_notified_at: null,
        updated_at: iso(finishedAt),
      });
    }
    if (rows.length >= 2000) await flush(services, rows, numbers);
  }
  await flush(services, rows, numbers);
}

type NumbersRow = { service_id: string; day: string; tenant_id: string; last: number };

/** Writes the gathered history: tickets with the day's last numbers of their services, in one transaction. */
async function flush(services: Services, rows: TicketRow[], numbers: NumbersRow[]): Promise<void> {
  if (!rows.length) return;
  await services.db.transaction().execute(async (tx) => {
    await insertRows(tx, 'service_queue_tickets', rows.splice(0));
    await insertRows(tx, 'service_queue_numbers', numbers.splice(0));
  });
}
