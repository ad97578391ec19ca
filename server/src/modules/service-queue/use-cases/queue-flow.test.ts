import { localDate } from '@lentera/common';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { verifyChain } from '../../../platform/audit/audit';
import { makeCtx } from '../../../platform/context';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildLocalHoliday, buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import { errorOf } from '../../../test/requests';
import { buildUnit } from '../../people/test/factories';
import { json, signInAs } from '../../people/test/http';
import { buildQueueSetup, type QueueSetup, serviceBody, buildQueueSetup as setupFor } from '../test/factories';

describeEachDialect('service queue: tickets, the console and the phone page', (env) => {
  let tenant: TenantRecord;
  let setup: QueueSetup;
  let q: string;
  const kiosk = () => ({ 'x-kiosk-secret': setup.kioskSecret });

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    q = `/api/t/${tenant.slug}/queue`;
  });
  beforeEach(async () => {
    setup = await buildQueueSetup(env.services, tenant);
  });

  const takeAtKiosk = async (serviceId: string, priority: string | null = null) =>
    json(await env.client().post(`${q}/kiosks/${setup.kioskId}/tickets`, { serviceId, priority }, kiosk()), 201);

  const officerAt = async (counterId: string) => {
    const officer = await signInAs(env, tenant, ['service_officer']);
    json(await officer.post(`${q}/counters/${counterId}/sign-in`));
    return officer;
  };

  it('numbers kiosk tickets per service and day, and tells who is ahead and the wait', async () => {
    const a1 = await takeAtKiosk(setup.serviceA);
    const a2 = await takeAtKiosk(setup.serviceA);
    const b1 = await takeAtKiosk(setup.serviceB);
    expect([a1.code, a2.code, b1.code]).toEqual(['A-001', 'A-002', 'B-001']);
    // One ahead, 10 minutes on average, counter 1 (KTP-el first) and half of counter 2 (KTP-el second): 10 / 1.5.
    expect(a2).toMatchObject({ ahead: 1, estimatedMinutes: 7, serviceName: 'KTP-el' });
    expect(a2.token.length).toBeGreaterThanOrEqual(24);
    const page = json(await env.client().get(`${q}/tickets/${a2.token}`));
    expect(page).toMatchObject({
      code: 'A-002',
      status: 'waiting',
      ahead: 1,
      channel: 'kiosk',
      counter: null,
      surveyUrl: null,
    });
    // A priority visitor goes before both walk-ins; the next walk-in has all three ahead.
    expect(await takeAtKiosk(setup.serviceA, 'lansia')).toMatchObject({ code: 'A-003', ahead: 0 });
    expect(await takeAtKiosk(setup.serviceA)).toMatchObject({ code: 'A-004', ahead: 3 });
  });

  it('numbers a burst of kiosk taps gap-free up to the capacity, refuses the rest alone, and keeps the audit chain whole', async () => {
    const small = await buildQueueSetup(env.services, tenant, { service: { dailyCapacity: 25 } });
    const answers = await Promise.all(
      Array.from({ length: 30 }, () =>
        env
          .client()
          .post(
            `${q}/kiosks/${small.kioskId}/tickets`,
            { serviceId: small.serviceA },
            { 'x-kiosk-secret': small.kioskSecret },
          ),
      ),
    );
    const codes = answers.filter((a) => a.statusCode === 201).map((a) => a.json().code as string);
    expect(codes.sort()).toEqual(Array.from({ length: 25 }, (_, i) => `A-${String(i + 1).padStart(3, '0')}`));
    // Each ticket of the burst was told who is ahead as if issued one by one: A-001 nobody, A-025 twenty-four.
    const ahead = answers.filter((a) => a.statusCode === 201).map((a) => [a.json().code, a.json().ahead]);
    for (const [code, n] of ahead) expect(n).toBe(Number(String(code).slice(2)) - 1);
    const refused = answers.filter((a) => a.statusCode !== 201);
    expect(refused).toHaveLength(5);
    for (const r of refused) expect(errorOf(r).code).toBe('queue_full');
    expect(await verifyChain(env.services.db, tenant.id)).toMatchObject({ ok: true });
  });

  it('numbers a burst across two services in each line, and tells each who is ahead in its own line', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => takeAtKiosk(i % 2 ? setup.serviceB : setup.serviceA)),
    );
    for (const letter of ['A', 'B']) {
      const line = answers.filter((a) => a.code.startsWith(letter)).sort((x, y) => x.code.localeCompare(y.code));
      expect(line.map((a) => a.code)).toEqual(
        Array.from({ length: 10 }, (_, n) => `${letter}-${String(n + 1).padStart(3, '0')}`),
      );
      expect(line.map((a) => a.ahead)).toEqual(Array.from({ length: 10 }, (_, i) => i));
    }
  });

  it('refuses a wrong kiosk secret, an unknown service, a closed day and a full day', async () => {
    const wrong = await env
      .client()
      .post(`${q}/kiosks/${setup.kioskId}/tickets`, { serviceId: setup.serviceA }, { 'x-kiosk-secret': 'nope' });
    expect(wrong.statusCode).toBe(403);
    expect(errorOf(wrong).code).toBe('queue_kiosk_secret');
    const other = await buildQueueSetup(env.services, tenant);
    const notHere = await env
      .client()
      .post(`${q}/kiosks/${setup.kioskId}/tickets`, { serviceId: other.serviceA }, kiosk());
    expect(errorOf(notHere).code).toBe('queue_service_not_here');
    const small = await buildQueueSetup(env.services, tenant, { service: { dailyCapacity: 1 } });
    const take = () =>
      env
        .client()
        .post(
          `${q}/kiosks/${small.kioskId}/tickets`,
          { serviceId: small.serviceA },
          { 'x-kiosk-secret': small.kioskSecret },
        );
    json(await take(), 201);
    const full = await take();
    expect(full.statusCode).toBe(409);
    expect(errorOf(full).code).toBe('queue_full');
    const closed = await buildQueueSetup(env.services, tenant, { hours: Array.from({ length: 7 }, () => null) });
    const shut = await env
      .client()
      .post(
        `${q}/kiosks/${closed.kioskId}/tickets`,
        { serviceId: closed.serviceA },
        { 'x-kiosk-secret': closed.kioskSecret },
      );
    expect(shut.statusCode).toBe(409);
    expect(errorOf(shut)).toMatchObject({ code: 'queue_closed' });
    expect(errorOf(shut).message).toContain('tidak buka pada hari ini');
  });

  it('calls priority groups first, then first come first served; nobody waiting is a message', async () => {
    const officer = await officerAt(setup.counter1);
    const a1 = await takeAtKiosk(setup.serviceA);
    const b1 = await takeAtKiosk(setup.serviceB);
    env.clock.advance(60_000);
    const a2 = await takeAtKiosk(setup.serviceA, 'lansia');
    const calls: string[] = [];
    for (const ticket of [a2, a1, b1]) {
      const next = json(await officer.post(`${q}/counters/${setup.counter1}/call-next`));
      expect(next.ticket.code).toBe(ticket.code);
      calls.push(next.ticket.code);
      json(await officer.post(`${q}/tickets/${next.ticket.id}/finish`, { outcome: 'done' }));
    }
    expect(calls).toEqual(['A-002', 'A-001', 'B-001']);
    const empty = json(await officer.post(`${q}/counters/${setup.counter1}/call-next`));
    expect(empty).toEqual({ ticket: null, message: 'Tidak ada antrian yang menunggu untuk loket ini.' });
  });

  it('takes a visit from call to finish; the phone page shows the counter, then the survey link', async () => {
    const officer = await officerAt(setup.counter2);
    const ticket = await takeAtKiosk(setup.serviceA);
    const called = json(await officer.post(`${q}/counters/${setup.counter2}/call-next`));
    expect(json(await env.client().get(`${q}/tickets/${ticket.token}`))).toMatchObject({
      status: 'called',
      counter: { number: 2 },
      ahead: null,
    });
    const again = await officer.post(`${q}/counters/${setup.counter2}/call-next`);
    expect(errorOf(again).code).toBe('queue_ticket_state');
    json(await officer.post(`${q}/tickets/${called.ticket.id}/start`));
    env.clock.advance(6 * 60_000);
    json(await officer.post(`${q}/tickets/${called.ticket.id}/finish`, { outcome: 'done' }));
    const done = json(await env.client().get(`${q}/tickets/${ticket.token}`));
    expect(done).toMatchObject({ status: 'done', outcome: 'done' });
    expect(done.surveyUrl).toMatch(new RegExp(`^/t/${tenant.slug}/survei/`));
    const visits = await (await import('../index')).queueService.finishedVisits(
      makeCtx(env.services, { tenant }),
      new Date(env.clock.now().getTime() - 3600_000).toISOString(),
      new Date(env.clock.now().getTime() + 1000).toISOString(),
    );
    expect(visits.find((v) => v.ticketId === called.ticket.id)).toMatchObject({
      serviceName: 'KTP-el',
      outcome: 'done',
    });
    const console = json(await officer.get(`${q}/counters/${setup.counter2}`));
    expect(console.today).toMatchObject({ served: 1, noShows: 0 });
  });

  it('marks a no-show only after the recalls, and a transfer keeps the place in line', async () => {
    const officer = await officerAt(setup.counter1);
    const first = await takeAtKiosk(setup.serviceA);
    env.clock.advance(60_000);
    const later = await takeAtKiosk(setup.serviceB);
    const called = json(await officer.post(`${q}/counters/${setup.counter1}/call-next`));
    expect(called.ticket.code).toBe(first.code);
    const early = await officer.post(`${q}/tickets/${called.ticket.id}/no-show`);
    expect(errorOf(early).code).toBe('queue_recall_first');
    // Transferred to service B, it comes before B-001, which arrived after it.
    json(await officer.post(`${q}/tickets/${called.ticket.id}/transfer`, { serviceId: setup.serviceB }));
    const officer2 = await officerAt(setup.counter2);
    const next = json(await officer2.post(`${q}/counters/${setup.counter2}/call-next`));
    expect(next.ticket).toMatchObject({ code: first.code, transfers: 1, serviceId: setup.serviceB });
    json(await officer2.post(`${q}/tickets/${next.ticket.id}/recall`));
    json(await officer2.post(`${q}/tickets/${next.ticket.id}/recall`));
    json(await officer2.post(`${q}/tickets/${next.ticket.id}/no-show`));
    expect(json(await env.client().get(`${q}/tickets/${first.token}`)).status).toBe('no_show');
    expect(json(await officer2.post(`${q}/counters/${setup.counter2}/call-next`)).ticket.code).toBe(later.code);
    const elsewhere = await buildQueueSetup(env.services, tenant);
    const bad = await officer2.post(`${q}/tickets/${next.ticket.id}/transfer`, { serviceId: elsewhere.serviceA });
    expect(bad.statusCode).toBe(409);
  });

  it('keeps an officer to the counters of their own unit, and a counter to its officer', async () => {
    const unit = await buildUnit(env.services, tenant);
    const other = await buildUnit(env.services, tenant);
    const own = await buildQueueSetup(env.services, tenant, { unitId: unit.id });
    const officer = await signInAs(env, tenant, [{ role: 'service_officer', unitId: other.id }]);
    expect((await officer.post(`${q}/counters/${own.counter1}/sign-in`)).statusCode).toBe(404);
    expect((await officer.get(`${q}/counters/${own.counter1}`)).statusCode).toBe(404);
    const rightful = await signInAs(env, tenant, [{ role: 'service_officer', unitId: unit.id }]);
    json(await rightful.post(`${q}/counters/${own.counter1}/sign-in`));
    const colleague = await signInAs(env, tenant, [{ role: 'service_officer', unitId: unit.id }]);
    const taken = await colleague.post(`${q}/counters/${own.counter1}/sign-in`);
    expect(errorOf(taken).code).toBe('queue_counter_taken');
    expect(errorOf(await colleague.post(`${q}/counters/${own.counter1}/call-next`)).code).toBe(
      'queue_counter_not_signed_in',
    );
    json(await rightful.post(`${q}/counters/${own.counter1}/pause`, { reason: 'Istirahat siang' }));
    expect(errorOf(await rightful.post(`${q}/counters/${own.counter1}/call-next`)).code).toBe('queue_counter_paused');
    json(await rightful.post(`${q}/counters/${own.counter1}/resume`));
    const citizen = await signInAs(env, tenant, ['citizen']);
    expect((await citizen.get(`${q}/counters/${own.counter1}`)).statusCode).toBe(404);
    expect((await citizen.get(`${q}/console`)).statusCode).toBe(403);
    // The statistics page offers a unit's staff their own unit's locations only.
    const mine = json(await rightful.get(`${q}/stats/locations`)).items.map((l: { id: string }) => l.id);
    expect(mine).toContain(own.locationId);
    expect(mine).not.toContain(setup.locationId);
    expect(json(await officer.get(`${q}/stats/locations`)).items).toEqual([]);
    expect((await citizen.get(`${q}/stats/locations`)).statusCode).toBe(403);
  });

  it('gives a citizen one online ticket a service a day, and books a later window with its capacity', async () => {
    const citizen = await signInAs(env, tenant, ['citizen']);
    const online = json(await citizen.post(`${q}/services/${setup.serviceA}/tickets`), 201);
    expect(online.code).toBe('A-001');
    const twice = await citizen.post(`${q}/services/${setup.serviceA}/tickets`);
    expect(errorOf(twice)).toMatchObject({ code: 'queue_one_per_day' });
    expect((await env.client().post(`${q}/services/${setup.serviceA}/tickets`)).statusCode).toBe(401);
    const past = await citizen.post(`${q}/services/${setup.serviceA}/bookings`, {
      date: '2026-11-20',
      window: '08:00',
    });
    expect(errorOf(past).code).toBe('queue_booking_past');
    const windows = json(await env.client().get(`${q}/services/${setup.serviceA}/windows?date=2026-11-24`));
    expect(windows.windows[0]).toEqual({ window: '00:00', free: 5 });
    const booked = json(
      await citizen.post(`${q}/services/${setup.serviceA}/bookings`, { date: '2026-11-24', window: '09:00' }),
      201,
    );
    expect(booked.bookingCode).toMatch(/^[A-Z2-9]{6}$/);
    for (let i = 0; i < 4; i += 1) {
      const other = await signInAs(env, tenant, ['citizen']);
      json(await other.post(`${q}/services/${setup.serviceA}/bookings`, { date: '2026-11-24', window: '09:00' }), 201);
    }
    const late = await signInAs(env, tenant, ['citizen']);
    const full = await late.post(`${q}/services/${setup.serviceA}/bookings`, { date: '2026-11-24', window: '09:00' });
    expect(errorOf(full).code).toBe('queue_booking_full');
    const mine = json(await citizen.get(`${q}/mine`));
    expect(mine.items.map((t: { status: string }) => t.status).sort()).toEqual(['booked', 'waiting']);
    // On the day, the kiosk checks the booking in: it gets the day's next number and its window's place.
    env.clock.advance(24 * 3600_000);
    const arrived = json(
      await env
        .client()
        .post(`${q}/kiosks/${setup.kioskId}/check-in`, { code: booked.bookingCode.toLowerCase() }, kiosk()),
    );
    expect(arrived.code).toBe('A-001');
    const unknown = await env
      .client()
      .post(`${q}/kiosks/${setup.kioskId}/check-in`, { code: booked.bookingCode }, kiosk());
    expect(errorOf(unknown).code).toBe('queue_booking_unknown');
  });

  it("closes on the tenant's holidays", async () => {
    const other = await buildTenant(env.services);
    await buildLocalHoliday(env.services, other, { date: localDate(env.clock.now(), other.timeZone) });
    const place = await setupFor(env.services, other);
    const shut = await env
      .client()
      .post(
        `/api/t/${other.slug}/queue/kiosks/${place.kioskId}/tickets`,
        { serviceId: place.serviceA },
        { 'x-kiosk-secret': place.kioskSecret },
      );
    expect(errorOf(shut).message).toContain('hari libur');
  });

  it("gives a location's statistics to its admin, with the CSV of its tickets, and to no one else", async () => {
    const officer = await officerAt(setup.counter1);
    await takeAtKiosk(setup.serviceA);
    const called = json(await officer.post(`${q}/counters/${setup.counter1}/call-next`));
    env.clock.advance(4 * 60_000);
    json(await officer.post(`${q}/tickets/${called.ticket.id}/finish`, { outcome: 'incomplete' }));
    const admin = await signInAs(env, tenant, ['tenant_admin']);
    const stats = json(await admin.get(`${q}/locations/${setup.locationId}/stats`));
    expect(stats.totals).toMatchObject({ tickets: 1, served: 1, byChannel: { kiosk: 1, online: 0 }, serviceMedian: 4 });
    expect(stats.counters.find((c: { number: number }) => c.number === 1)).toMatchObject({
      served: 1,
      pausedMinutes: 0,
      idleMinutes: 0,
    });
    expect(stats.heat).toHaveLength(1);
    const csv = await admin.get(`${q}/locations/${setup.locationId}/stats?format=csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\n')[0]).toContain('day,code,service,channel');
    expect(csv.body).toContain('A-001');
    const citizen = await signInAs(env, tenant, ['citizen']);
    expect((await citizen.get(`${q}/locations/${setup.locationId}/stats`)).statusCode).toBe(404);
    expect((await admin.get(`${q}/locations/${setup.locationId}/stats?from=2026-12-01&to=2026-01-01`)).statusCode).toBe(
      400,
    );
  });

  it('lists locations and the board publicly, with waiting counts and each counter', async () => {
    const officer = await officerAt(setup.counter1);
    await takeAtKiosk(setup.serviceA);
    await takeAtKiosk(setup.serviceA);
    json(await officer.post(`${q}/counters/${setup.counter1}/call-next`));
    const board = json(await env.client().get(`${q}/locations/${setup.locationId}/board`));
    expect(board.counters.find((c: { number: number }) => c.number === 1)).toMatchObject({
      state: 'open',
      ticket: { code: 'A-001', status: 'called' },
    });
    expect(board.waiting.find((w: { letter: string }) => w.letter === 'A')).toMatchObject({ waiting: 1 });
    expect(board.lastCalls[0]).toMatchObject({ code: 'A-001', counterNumber: 1 });
    const busy = await env.client().get(`${q}/locations/${setup.locationId}/busy-hours?format=csv`);
    expect(busy.headers['content-type']).toContain('text/csv');
    expect(busy.body.split('\n')[0]).toBe('weekday,hour,average_tickets');
    expect(json(await env.client().get(`${q}/locations/${setup.locationId}/busy-hours`))).toMatchObject({ heat: [] });
    const list = json(await env.client().get(`${q}/locations`));
    expect(list.items.find((l: { id: string }) => l.id === setup.locationId)).toMatchObject({ open: true });
  });

  it('a kiosk follows its setup at once: a stopped service, a counter that opens, a removed kiosk', async () => {
    const admin = await signInAs(env, tenant, ['tenant_admin']);
    await takeAtKiosk(setup.serviceA);
    // Nobody at a counter: counter 1 (A first) and half of counter 2 count, 10 / 1.5 minutes for one ahead.
    expect(await takeAtKiosk(setup.serviceA)).toMatchObject({ ahead: 1, estimatedMinutes: 7 });
    // An officer opens counter 1 alone: one counter works line A, 10 minutes for each of the two ahead.
    await officerAt(setup.counter1);
    expect(await takeAtKiosk(setup.serviceA)).toMatchObject({ ahead: 2, estimatedMinutes: 20 });
    json(
      await admin.put(
        `${q}/services/${setup.serviceB}`,
        serviceBody({ name: 'Kartu Keluarga', letter: 'B', active: false }),
      ),
    );
    const stopped = await env
      .client()
      .post(`${q}/kiosks/${setup.kioskId}/tickets`, { serviceId: setup.serviceB }, kiosk());
    expect(errorOf(stopped).code).toBe('queue_closed');
    json(await admin.delete(`${q}/kiosks/${setup.kioskId}`));
    const removed = await env
      .client()
      .post(`${q}/kiosks/${setup.kioskId}/tickets`, { serviceId: setup.serviceA }, kiosk());
    expect(removed.statusCode).toBe(403);
  });
});
