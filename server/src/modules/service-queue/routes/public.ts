import { boardSnapshotSchema, issuedTicketSchema, publicLocationSchema, publicTicketSchema } from '@lentera/common';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Services } from '../../../platform/context';
import { ctxOf } from '../../../platform/http/request-context';
import { openEventStream } from '../../../platform/http/sse';
import { errorResponses, slugIdParams, slugParams, zodApp } from '../../../platform/http/types';
import { boardHub } from '../board-hub';
import { settingsOf } from '../support';
import { book, bookingWindowsOf, checkInAtKiosk, issueAtKiosk, issueOnline } from '../use-cases/issue-ticket';
import { kioskBySecret } from '../use-cases/setup';
import { busyHours, busyHoursCsv } from '../use-cases/stats';
import { boardOf, myTickets, publicLocationOf, publicLocations, publicTicket } from '../use-cases/views';

export const Q = '/api/t/:slug/queue';
export const tags = ['service-queue'];

const tokenParams = z.object({ slug: z.string().max(64), token: z.string().max(100) });
const kioskHeaders = z.object({ 'x-kiosk-secret': z.string().max(200).optional() });

/** The public side: locations, boards and their stream, the phone page, kiosks, online tickets and bookings. */
export function publicRoutes(app: FastifyInstance, services: Services): void {
  const r = zodApp(app);
  const ctx = (request: Parameters<typeof ctxOf>[1]) => ctxOf(services, request);

  r.get(
    `${Q}/locations`,
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Locations with their open services, waiting counts and estimated waits',
        params: slugParams,
        response: { 200: z.object({ items: z.array(publicLocationSchema) }), ...errorResponses },
      },
    },
    async (request) => publicLocations(ctx(request)),
  );
  r.get(
    `${Q}/locations/:id`,
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'One location with its services and waiting lines',
        params: slugIdParams,
        response: { 200: publicLocationSchema, ...errorResponses },
      },
    },
    async (request) => publicLocationOf(ctx(request), request.params.id),
  );
  r.get(
    `${Q}/locations/:id/board`,
    {
      config: { public: true },
      schema: {
        tags,
        summary: "The display board's state: each counter's ticket, the last calls, the waiting lines",
        params: slugIdParams,
        response: { 200: boardSnapshotSchema, ...errorResponses },
      },
    },
    async (request) => boardOf(ctx(request), request.params.id),
  );
  r.get(
    `${Q}/locations/:id/stream`,
    {
      config: { public: true },
      schema: {
        tags,
        summary:
          'Server-Sent Events of the board: `snapshot` (on connect and after each change) and `call` (to announce)',
        params: slugIdParams,
        response: { 200: z.string().describe('text/event-stream'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const c = ctx(request);
      // Checked before the stream opens, so that an unknown location is a plain 404.
      const snapshot = await boardOf(c, request.params.id);
      const hub = boardHub(services);
      let remove = () => {};
      const stream = openEventStream(request, reply, () => remove());
      remove = hub.add(c.tenant as NonNullable<typeof c.tenant>, request.params.id, c.lang, stream);
      stream.send('snapshot', snapshot);
    },
  );
  r.get(
    `${Q}/locations/:id/busy-hours`,
    {
      config: { public: true },
      schema: {
        tags,
        summary:
          'Typical waits per service and the busy hours (average tickets per weekday and hour, last 60 days); ?format=csv gives the hours',
        params: slugIdParams,
        querystring: z.object({ format: z.enum(['json', 'csv']).default('json') }),
        response: {
          200: z
            .object({
              services: z.array(
                z.object({ serviceId: z.string(), name: z.string(), typicalWaitMinutes: z.number().nullable() }),
              ),
              heat: z.array(z.object({ weekday: z.number().int(), hour: z.number().int(), tickets: z.number() })),
            })
            .or(z.string()),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      const figures = await busyHours(ctx(request), request.params.id);
      if (request.query.format === 'csv')
        return reply
          .header('content-disposition', `attachment; filename="antrian-jam-ramai-${request.params.id}.csv"`)
          .type('text/csv; charset=utf-8')
          .send(busyHoursCsv(figures.heat));
      return figures;
    },
  );
  r.get(
    `${Q}/tickets/:token`,
    {
      config: { public: true },
      schema: {
        tags,
        summary: "A ticket's phone page: status, people ahead, estimated wait, counter, survey link",
        params: tokenParams,
        response: { 200: publicTicketSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return publicTicket(ctx(request), request.params.token);
    },
  );
  r.get(
    `${Q}/services/:id/windows`,
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Booking windows of a later working day with their free places',
        params: slugIdParams,
        querystring: z.object({ date: z.string().max(10) }),
        response: {
          200: z.object({
            date: z.string(),
            windows: z.array(z.object({ window: z.string(), free: z.number().int() })),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => bookingWindowsOf(ctx(request), request.params.id, request.query.date),
  );

  // The kiosk: a registered device, its secret in the page's URL and in this header.
  r.get(
    `${Q}/kiosks/:id`,
    {
      config: { public: true },
      schema: {
        tags,
        summary: "A kiosk's page: its location's open services and the priority groups",
        params: slugIdParams,
        headers: kioskHeaders,
        response: {
          200: z.object({
            kiosk: z.object({ id: z.string(), name: z.string() }),
            location: publicLocationSchema,
            priorityGroups: z.array(z.string()),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const c = ctx(request);
      const kiosk = await kioskBySecret(c, request.params.id, request.headers['x-kiosk-secret']);
      return {
        kiosk: { id: kiosk.id, name: kiosk.name },
        location: await publicLocationOf(c, kiosk.location_id),
        priorityGroups: (await settingsOf(c, kiosk.tenant_id)).priorityGroups,
      };
    },
  );
  r.post(
    `${Q}/kiosks/:id/tickets`,
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Takes a ticket at the kiosk',
        params: slugIdParams,
        headers: kioskHeaders,
        body: z.object({ serviceId: z.string().max(64), priority: z.string().max(20).nullable().optional() }),
        response: { 201: issuedTicketSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ticket = await issueAtKiosk(
        ctx(request),
        request.params.id,
        request.headers['x-kiosk-secret'],
        request.body,
      );
      return reply.code(201).send(ticket);
    },
  );
  r.post(
    `${Q}/kiosks/:id/check-in`,
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Checks a booking of today in at the kiosk',
        params: slugIdParams,
        headers: kioskHeaders,
        body: z.object({ code: z.string().max(20) }),
        response: { 200: issuedTicketSchema, ...errorResponses },
      },
    },
    async (request) => checkInAtKiosk(ctx(request), request.params.id, request.headers['x-kiosk-secret'], request.body),
  );

  // A signed-in citizen, of any government: a service is public, the session only names who takes the ticket (the
  // use cases answer 401 without one).
  r.post(
    `${Q}/services/:id/tickets`,
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'An online ticket for today (signed in; one per service a day)',
        params: slugIdParams,
        response: { 201: issuedTicketSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await issueOnline(ctx(request), request.params.id)),
  );
  r.post(
    `${Q}/services/:id/bookings`,
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Books a window on a later working day (signed in)',
        params: slugIdParams,
        body: z.object({ date: z.string().max(10), window: z.string().max(5) }),
        response: { 201: issuedTicketSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await book(ctx(request), request.params.id, request.body)),
  );
  r.get(
    `${Q}/mine`,
    {
      schema: {
        tags,
        summary: "The signed-in citizen's tickets and bookings from today on",
        params: slugParams,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                token: z.string(),
                code: z.string(),
                status: z.string(),
                serviceName: z.string(),
                locationName: z.string(),
                day: z.string(),
                bookingCode: z.string().nullable(),
                bookingWindow: z.string().nullable(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => myTickets(ctx(request)),
  );
}
