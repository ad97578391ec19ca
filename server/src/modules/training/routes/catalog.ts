import {
  eventDetailSchema,
  eventInputSchema,
  eventListQuerySchema,
  eventListSchema,
  eventUpdateSchema,
  eventViewSchema,
  programmeInputSchema,
  programmeListQuerySchema,
  programmeListSchema,
  programmeUpdateSchema,
  programmeViewSchema,
  trainingSettingsSchema,
} from '@lentera/common';
import { z } from 'zod';
import { errorResponses, slugIdParams, slugParams } from '../../../platform/http/types';
import { createEvent, eventDetail, listEvents, updateEvent } from '../use-cases/events';
import { createProgramme, listProgrammes, updateProgramme } from '../use-cases/manage-catalog';
import { changeTrainingSettings, listTrainers, trainingSettings } from '../use-cases/settings';
import { type RouteKit, T, tags } from './shared';

const trainersView = z.object({ items: z.array(z.object({ accountId: z.string(), name: z.string() })) });

/** Settings, the catalog of programmes and their events. */
export function catalogRoutes({ r, ctx }: RouteKit): void {
  r.get(
    `${T}/settings`,
    {
      schema: {
        tags,
        summary: 'JP minimums (PNS, PPPK), approval deadline, needs threshold (HR admin)',
        params: slugParams,
        response: { 200: trainingSettingsSchema, ...errorResponses },
      },
    },
    async (request) => trainingSettings(ctx(request)),
  );
  r.put(
    `${T}/settings`,
    {
      schema: {
        tags,
        summary: 'Change the training settings (HR admin)',
        params: slugParams,
        body: trainingSettingsSchema,
        response: { 200: trainingSettingsSchema, ...errorResponses },
      },
    },
    async (request) => changeTrainingSettings(ctx(request), request.body),
  );
  r.get(
    `${T}/trainers`,
    {
      schema: {
        tags,
        summary: 'Accounts with the trainer role (HR admin, to name them on programmes and events)',
        params: slugParams,
        response: { 200: trainersView, ...errorResponses },
      },
    },
    async (request) => listTrainers(ctx(request)),
  );
  r.get(
    `${T}/programmes`,
    {
      schema: {
        tags,
        summary: 'The catalog, paged (HR admin: all; a trainer: their programmes)',
        params: slugParams,
        querystring: programmeListQuerySchema,
        response: { 200: programmeListSchema, ...errorResponses },
      },
    },
    async (request) => listProgrammes(ctx(request), request.query),
  );
  r.post(
    `${T}/programmes`,
    {
      schema: {
        tags,
        summary: 'Add a programme to the catalog (HR admin)',
        params: slugParams,
        body: programmeInputSchema,
        response: { 201: programmeViewSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await createProgramme(ctx(request), request.body)),
  );
  r.patch(
    `${T}/programmes/:id`,
    {
      config: { recordFixture: 'trainingProgramme' },
      schema: {
        tags,
        summary: 'Change a programme, its trainers, or retire it (HR admin)',
        params: slugIdParams,
        body: programmeUpdateSchema,
        response: { 200: programmeViewSchema, ...errorResponses },
      },
    },
    async (request) => updateProgramme(ctx(request), request.params.id, request.body),
  );
  r.get(
    `${T}/events`,
    {
      schema: {
        tags,
        summary: 'Events, paged: state=open for employees choosing one; otherwise HR (all) and trainers (theirs)',
        params: slugParams,
        querystring: eventListQuerySchema,
        response: { 200: eventListSchema, ...errorResponses },
      },
    },
    async (request) => listEvents(ctx(request), request.query),
  );
  r.post(
    `${T}/events`,
    {
      schema: {
        tags,
        summary: 'Schedule an event of a programme (HR admin, or a trainer of the programme)',
        params: slugParams,
        body: eventInputSchema,
        response: { 201: eventViewSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await createEvent(ctx(request), request.body)),
  );
  r.get(
    `${T}/events/:id`,
    {
      config: { recordFixture: 'trainingEvent' },
      schema: {
        tags,
        summary: 'An event with its registrations, attendance, feedback averages and test gain (HR, its trainers)',
        params: slugIdParams,
        response: { 200: eventDetailSchema, ...errorResponses },
      },
    },
    async (request) => eventDetail(ctx(request), request.params.id),
  );
  r.patch(
    `${T}/events/:id`,
    {
      config: { recordFixture: 'trainingEvent' },
      schema: {
        tags,
        summary: 'Change or cancel a scheduled event; more seats move the waiting list up (HR, its trainers)',
        params: slugIdParams,
        body: eventUpdateSchema,
        response: { 200: eventViewSchema, ...errorResponses },
      },
    },
    async (request) => updateEvent(ctx(request), request.params.id, request.body),
  );
}
