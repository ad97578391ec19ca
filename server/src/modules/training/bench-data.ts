import { localDate } from '@lentera/common';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { makeCtx, type Services } from '../../platform/context';
import { NotFound } from '../../platform/errors';
import { uuidv7 } from '../../platform/ids';
import { findTenantBySlug } from '../../platform/tenancy/repository';
import { peopleService } from '../people/index';
import { catalogRepo } from './repository/catalog';
import { registrationsRepo } from './repository/registrations';
import type { EventsTable, RegistrationsTable } from './repository/tables';
import { attendanceCodeFor } from './use-cases/attendance';

/**
 * Benchmark data only (LENTERA_BENCH=1). `POST /api/bench/training/check-in-codes` with `{ tenant, count }` schedules
 * events of the tenant's first active programme starting today, each with a confirmed seat for every active employee
 * (as many events as `count` needs), and answers `{ codes: [{ eventId, code }] }`: the attendance codes a load of
 * check-ins uses, one per request. `POST /api/bench/training/credits` with `{ tenant, count, year }` writes `count`
 * completed registrations with their JP over past events of the year, spread over the active employees, for the
 * compliance board. Not use cases: no audit, no notice; they exist for `npm run bench`.
 */
export function trainingBenchRoutes(app: FastifyInstance, services: Services): void {
  if (!services.config.benchMode) return;
  const options = { config: { public: true, csrf: false }, schema: { hide: true } };
  app.post('/api/bench/training/check-in-codes', options, async (request) => {
    const body = z.object({ tenant: z.string(), count: z.number().int().min(1).max(200_000) }).parse(request.body);
    return checkInCodes(services, body.tenant, body.count);
  });
  app.post('/api/bench/training/credits', options, async (request) => {
    const body = z
      .object({ tenant: z.string(), count: z.number().int().min(1).max(1_000_000), year: z.number().int() })
      .parse(request.body);
    return credits(services, body.tenant, body.count, body.year);
  });
}

async function setting(services: Services, slug: string) {
  const tenant = await findTenantBySlug(services.db, slug);
  if (!tenant) throw new NotFound('tenant_not_found', { slug });
  const ctx = makeCtx(services, { tenant });
  const [programme] = await catalogRepo.programmes(services.db, tenant.id, { activeOnly: true });
  if (!programme) throw new NotFound('route_not_found', { path: 'training programme' });
  const people = await peopleService.activeEmployees(ctx);
  if (people.length === 0) throw new NotFound('route_not_found', { path: 'employees' });
  return { tenant, ctx, programme, people };
}

function eventRow(tenantId: string, programmeId: string, day: string, status: string, capacity: number): EventsTable {
  const at = new Date().toISOString();
  return {
    id: uuidv7(),
    tenant_id: tenantId,
    programme_id: programmeId,
    starts_on: day,
    ends_on: day,
    place: 'Aula BKPSDM',
    link: '',
    capacity,
    trainer_account_ids: '[]',
    eligibility: '{"unitIds":[],"statuses":[]}',
    pre_test: 0,
    status,
    completed_at: status === 'completed' ? at : null,
    created_at: at,
    updated_at: at,
  };
}

function registrationRow(tenantId: string, eventId: string, employeeId: string, jp: number | null, day: string) {
  const at = new Date().toISOString();
  const row: RegistrationsTable = {
    id: uuidv7(),
    tenant_id: tenantId,
    event_id: eventId,
    employee_id: employeeId,
    status: jp === null ? 'confirmed' : 'completed',
    source: 'assigned',
    approver_id: null,
    approval_due_at: null,
    decided_at: at,
    decided_by: null,
    decision_note: '',
    queued_at: null,
    attended_at: jp === null ? null : `${day}T01:15:00.000Z`,
    attendance_method: jp === null ? null : 'list',
    pre_score: null,
    post_score: null,
    completed_on: jp === null ? null : day,
    jp_credited: jp ?? 0,
    created_at: at,
    updated_at: at,
  };
  return row;
}

async function write(services: Services, events: EventsTable[], registrations: RegistrationsTable[]) {
  await services.db.transaction().execute(async (tx) => {
    for (let i = 0; i < events.length; i += 200) await catalogRepo.insertEvents(tx, events.slice(i, i + 200));
    for (let i = 0; i < registrations.length; i += 500)
      await registrationsRepo.insert(tx, registrations.slice(i, i + 500));
  });
}

async function checkInCodes(services: Services, slug: string, count: number) {
  const { tenant, ctx, programme, people } = await setting(services, slug);
  const day = localDate(services.clock.now(), tenant.timeZone);
  const perEvent = Math.min(people.length, 5000);
  const events: EventsTable[] = [];
  const registrations: RegistrationsTable[] = [];
  const codes: Array<{ eventId: string; code: string }> = [];
  while (codes.length < count) {
    const event = eventRow(tenant.id, programme.id, day, 'scheduled', perEvent);
    events.push(event);
    for (const person of people.slice(0, Math.min(perEvent, count - codes.length))) {
      const row = registrationRow(tenant.id, event.id, person.id, null, day);
      registrations.push(row);
      codes.push({ eventId: event.id, code: attendanceCodeFor(ctx, event.id, row.id) });
    }
  }
  await write(services, events, registrations);
  return { codes };
}

async function credits(services: Services, slug: string, count: number, year: number) {
  const { tenant, programme, people } = await setting(services, slug);
  const events: EventsTable[] = [];
  const registrations: RegistrationsTable[] = [];
  // One past event per day of the year in turn, each seating the next employees: every employee gets about the same.
  for (let done = 0, e = 0; done < count; e++) {
    const day = new Date(Date.UTC(year, 0, 2 + (e % 360))).toISOString().slice(0, 10);
    const event = eventRow(tenant.id, programme.id, day, 'completed', Math.min(people.length, 5000));
    events.push(event);
    for (let i = 0; i < Math.min(people.length, 5000) && done < count; i++, done++) {
      const person = people[(e * 5000 + i) % people.length] as (typeof people)[number];
      registrations.push(registrationRow(tenant.id, event.id, person.id, 1 + (done % 4), day));
    }
  }
  await write(services, events, registrations);
  return { events: events.length, registrations: registrations.length, employees: people.length };
}
