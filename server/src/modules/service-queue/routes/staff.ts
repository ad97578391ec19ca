import {
  counterInputSchema,
  issuedTicketSchema,
  locationInputSchema,
  queueSettingsSchema,
  serviceInputSchema,
} from '@lentera/common';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Services } from '../../../platform/context';
import { ctxOf } from '../../../platform/http/request-context';
import { errorResponses, okSchema, slugIdParams, slugParams, zodApp } from '../../../platform/http/types';
import { pause, resume, signIn, signOut } from '../use-cases/counter-session';
import { checkInAtCounter, issueAtCounter } from '../use-cases/issue-ticket';
import {
  adminView,
  createCounter,
  createKiosk,
  createLocation,
  createService,
  deleteKiosk,
  saveSettings,
  updateCounter,
  updateLocation,
  updateService,
} from '../use-cases/setup';
import { locationStats, locationTicketsCsv, statsLocations } from '../use-cases/stats';
import { consoleLocations, counterConsole } from '../use-cases/views';
import { callNext, finish, noShow, recall, start, transfer } from '../use-cases/work-counter';
import { Q, tags } from './public';

const anyObject = z.object({}).passthrough();
const idSchema = z.object({ id: z.string() });
const ok = { ok: true as const };

/** The officers' console and the admins' setup and statistics. */
export function staffRoutes(app: FastifyInstance, services: Services): void {
  const r = zodApp(app);
  const ctx = (request: Parameters<typeof ctxOf>[1]) => ctxOf(services, request);

  // Officer's console
  r.get(
    `${Q}/console`,
    {
      schema: {
        tags,
        summary: 'Locations and counters the officer may work',
        params: slugParams,
        response: { 200: anyObject, ...errorResponses },
      },
    },
    async (request) => consoleLocations(ctx(request)),
  );
  r.get(
    `${Q}/counters/:id`,
    {
      config: { recordFixture: 'queueCounter' },
      schema: {
        tags,
        summary: "A counter's console: its ticket, its lines, today's figures",
        params: slugIdParams,
        response: { 200: anyObject, ...errorResponses },
      },
    },
    async (request) => counterConsole(ctx(request), request.params.id),
  );
  const counterAction = (
    name: string,
    summary: string,
    run: (c: ReturnType<typeof ctx>, id: string, body: unknown) => Promise<void>,
    body?: z.ZodTypeAny,
  ) =>
    r.post(
      `${Q}/counters/:id/${name}`,
      {
        config: { recordFixture: 'queueCounter' },
        schema: {
          tags,
          summary,
          params: slugIdParams,
          ...(body ? { body } : {}),
          response: { 200: okSchema, ...errorResponses },
        },
      },
      async (request) => {
        await run(ctx(request), request.params.id, request.body);
        return ok;
      },
    );
  counterAction('sign-in', 'Signs the officer in to the counter', (c, id) => signIn(c, id));
  counterAction('sign-out', 'Signs the officer out of the counter', (c, id) => signOut(c, id));
  counterAction(
    'pause',
    'Pauses the counter with a reason',
    (c, id, body) => pause(c, id, body),
    z.object({ reason: z.string().max(200) }),
  );
  counterAction('resume', 'Resumes service at the counter', (c, id) => resume(c, id));
  r.post(
    `${Q}/counters/:id/call-next`,
    {
      config: { recordFixture: 'queueCounter' },
      schema: {
        tags,
        summary: 'Calls the next visitor (nobody waiting is a message, not an error)',
        params: slugIdParams,
        response: {
          200: z.object({ ticket: anyObject.nullable(), message: z.string().nullable() }),
          ...errorResponses,
        },
      },
    },
    async (request) => callNext(ctx(request), request.params.id),
  );
  r.post(
    `${Q}/counters/:id/tickets`,
    {
      config: { recordFixture: 'queueCounter' },
      schema: {
        tags,
        summary: 'Registers a walk-in at the counter',
        params: slugIdParams,
        body: z.object({ serviceId: z.string().max(64), priority: z.string().max(20).nullable().optional() }),
        response: { 201: issuedTicketSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await issueAtCounter(ctx(request), request.params.id, request.body)),
  );
  r.post(
    `${Q}/counters/:id/check-in`,
    {
      config: { recordFixture: 'queueCounter' },
      schema: {
        tags,
        summary: 'Checks a booking of today in at the counter',
        params: slugIdParams,
        body: z.object({ code: z.string().max(20) }),
        response: { 200: issuedTicketSchema, ...errorResponses },
      },
    },
    async (request) => checkInAtCounter(ctx(request), request.params.id, request.body),
  );
  const ticketAction = (
    name: string,
    summary: string,
    run: (c: ReturnType<typeof ctx>, id: string, body: unknown) => Promise<void>,
    body?: z.ZodTypeAny,
  ) =>
    r.post(
      `${Q}/tickets/:id/${name}`,
      {
        config: { recordFixture: 'queueTicket' },
        schema: {
          tags,
          summary,
          params: slugIdParams,
          ...(body ? { body } : {}),
          response: { 200: okSchema, ...errorResponses },
        },
      },
      async (request) => {
        await run(ctx(request), request.params.id, request.body);
        return ok;
      },
    );
  ticketAction('recall', 'Calls the ticket again (announced again)', (c, id) => recall(c, id));
  ticketAction('start', 'Starts serving the called visitor', (c, id) => start(c, id));
  ticketAction(
    'finish',
    'Finishes the visit with its outcome',
    (c, id, body) => finish(c, id, body),
    z.object({ outcome: z.string().max(20), note: z.string().max(500).optional() }),
  );
  ticketAction('no-show', 'Marks a called visitor who did not come (after the recalls)', (c, id) => noShow(c, id));
  ticketAction(
    'transfer',
    'Sends the visitor to another service or counter, keeping the place in line',
    (c, id, body) => transfer(c, id, body),
    z.object({ serviceId: z.string().max(64).optional(), counterId: z.string().max(64).optional() }),
  );

  // Setup
  r.get(
    `${Q}/admin`,
    {
      schema: {
        tags,
        summary: 'Settings and the locations the admin runs, with services, counters and kiosks',
        params: slugParams,
        response: { 200: anyObject, ...errorResponses },
      },
    },
    async (request) => adminView(ctx(request)),
  );
  r.put(
    `${Q}/settings`,
    {
      schema: {
        tags,
        summary: 'Priority groups, recalls before a no-show, survey link days',
        params: slugParams,
        body: queueSettingsSchema,
        response: { 200: queueSettingsSchema, ...errorResponses },
      },
    },
    async (request) => saveSettings(ctx(request), request.body),
  );
  r.post(
    `${Q}/locations`,
    {
      schema: {
        tags,
        summary: 'Adds a location',
        params: slugParams,
        body: locationInputSchema,
        response: { 201: idSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await createLocation(ctx(request), request.body)),
  );
  r.put(
    `${Q}/locations/:id`,
    {
      config: { recordFixture: 'queueLocation' },
      schema: {
        tags,
        summary: 'Changes a location',
        params: slugIdParams,
        body: locationInputSchema,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => {
      await updateLocation(ctx(request), request.params.id, request.body);
      return ok;
    },
  );
  r.post(
    `${Q}/locations/:id/services`,
    {
      config: { recordFixture: 'queueLocation' },
      schema: {
        tags,
        summary: 'Adds a service at a location',
        params: slugIdParams,
        body: serviceInputSchema,
        response: { 201: idSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await createService(ctx(request), request.params.id, request.body)),
  );
  r.put(
    `${Q}/services/:id`,
    {
      config: { recordFixture: 'queueService' },
      schema: {
        tags,
        summary: 'Changes a service',
        params: slugIdParams,
        body: serviceInputSchema,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => {
      await updateService(ctx(request), request.params.id, request.body);
      return ok;
    },
  );
  r.post(
    `${Q}/locations/:id/counters`,
    {
      config: { recordFixture: 'queueLocation' },
      schema: {
        tags,
        summary: 'Adds a counter at a location',
        params: slugIdParams,
        body: counterInputSchema,
        response: { 201: idSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await createCounter(ctx(request), request.params.id, request.body)),
  );
  r.put(
    `${Q}/counters/:id`,
    {
      config: { recordFixture: 'queueCounter' },
      schema: {
        tags,
        summary: 'Changes a counter',
        params: slugIdParams,
        body: counterInputSchema,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => {
      await updateCounter(ctx(request), request.params.id, request.body);
      return ok;
    },
  );
  r.post(
    `${Q}/locations/:id/kiosks`,
    {
      config: { recordFixture: 'queueLocation' },
      schema: {
        tags,
        summary: 'Registers a kiosk device (its secret is shown once)',
        params: slugIdParams,
        body: z.object({ name: z.string().max(60) }),
        response: { 201: z.object({ id: z.string(), secret: z.string(), path: z.string() }), ...errorResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await createKiosk(ctx(request), request.params.id, request.body)),
  );
  r.delete(
    `${Q}/kiosks/:id`,
    {
      config: { recordFixture: 'queueKiosk' },
      schema: {
        tags,
        summary: 'Removes a kiosk device',
        params: slugIdParams,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => {
      await deleteKiosk(ctx(request), request.params.id);
      return ok;
    },
  );

  // Statistics
  r.get(
    `${Q}/stats/locations`,
    {
      schema: {
        tags,
        summary: 'The locations whose statistics the person may read',
        params: slugParams,
        response: {
          200: z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) }),
          ...errorResponses,
        },
      },
    },
    async (request) => ({ items: await statsLocations(ctx(request)) }),
  );
  r.get(
    `${Q}/locations/:id/stats`,
    {
      config: { recordFixture: 'queueLocation' },
      schema: {
        tags,
        summary:
          "A location's figures over a period per service, counter and officer, with busy hours; ?format=csv for its tickets",
        params: slugIdParams,
        querystring: z.object({
          from: z
            .string()
            .regex(/^\d{4}-\d{2}-\d{2}$/)
            .optional(),
          to: z
            .string()
            .regex(/^\d{4}-\d{2}-\d{2}$/)
            .optional(),
          format: z.enum(['json', 'csv']).default('json'),
        }),
        response: { 200: anyObject.or(z.string()), ...errorResponses },
      },
    },
    async (request, reply) => {
      const c = ctx(request);
      if (request.query.format === 'csv') {
        const csv = await locationTicketsCsv(c, request.params.id, request.query);
        return reply
          .header(
            'content-disposition',
            `attachment; filename="antrian-${request.params.slug}-${request.query.from ?? ''}-${request.query.to ?? ''}.csv"`,
          )
          .type('text/csv; charset=utf-8')
          .send(csv);
      }
      return locationStats(c, request.params.id, request.query);
    },
  );
}
