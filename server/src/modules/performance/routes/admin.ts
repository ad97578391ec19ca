import {
  actingCreateSchema,
  actingSchema,
  performanceSettingsSchema,
  performanceYearSchema,
  unitPredikatSchema,
} from '@lentera/common';
import { z } from 'zod';
import { errorResponses, okSchema, slugIdParams, slugParams } from '../../../platform/http/types';
import {
  appointActing,
  closeYear,
  endActing,
  getSettings,
  listActing,
  listYears,
  openYear,
  setUnitPredikat,
  updateSettings,
} from '../use-cases/administer';
import { idOnly, P, type RouteKit, tags, yearParams, yearQuery } from './shared';

/** Settings, years, acting appraisers, organisational predikat (hr_admin). */
export function adminRoutes({ r, ctx }: RouteKit): void {
  r.get(
    `${P}/settings`,
    {
      schema: {
        tags,
        summary: 'Period kind and deadlines of the tenant',
        params: slugParams,
        response: { 200: performanceSettingsSchema, ...errorResponses },
      },
    },
    async (request) => getSettings(ctx(request)),
  );
  r.put(
    `${P}/settings`,
    {
      schema: {
        tags,
        summary: 'Change the period kind and deadlines (hr_admin)',
        params: slugParams,
        body: performanceSettingsSchema,
        response: { 200: performanceSettingsSchema, ...errorResponses },
      },
    },
    async (request) => updateSettings(ctx(request), request.body),
  );
  r.get(
    `${P}/years`,
    {
      schema: {
        tags,
        summary: 'Performance years with their periods and deadlines',
        params: slugParams,
        response: { 200: z.object({ items: z.array(performanceYearSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await listYears(ctx(request)) }),
  );
  r.post(
    `${P}/years`,
    {
      schema: {
        tags,
        summary: 'Open a performance year (hr_admin)',
        params: slugParams,
        body: yearQuery,
        response: { 201: performanceYearSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await openYear(ctx(request), request.body.year)),
  );
  r.post(
    `${P}/years/:year/close`,
    {
      schema: {
        tags,
        summary: 'Close a performance year (hr_admin)',
        params: yearParams,
        response: { 200: performanceYearSchema, ...errorResponses },
      },
    },
    async (request) => closeYear(ctx(request), request.params.year),
  );
  r.get(
    `${P}/acting`,
    {
      schema: {
        tags,
        summary: 'Acting appraisers',
        params: slugParams,
        response: { 200: z.object({ items: z.array(actingSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await listActing(ctx(request)) }),
  );
  r.post(
    `${P}/acting`,
    {
      schema: {
        tags,
        summary: 'Name an acting appraiser for a date range (hr_admin)',
        params: slugParams,
        body: actingCreateSchema,
        response: { 201: idOnly, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await appointActing(ctx(request), request.body)),
  );
  r.delete(
    `${P}/acting/:id`,
    {
      config: { recordFixture: 'performanceActing' },
      schema: {
        tags,
        summary: 'Remove an acting appointment (hr_admin)',
        params: slugIdParams,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => {
      await endActing(ctx(request), request.params.id);
      return { ok: true as const };
    },
  );
  r.put(
    `${P}/unit-predikat`,
    {
      schema: {
        tags,
        summary: "Set a unit's organisational predikat for a year (hr_admin)",
        params: slugParams,
        body: unitPredikatSchema,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => {
      await setUnitPredikat(ctx(request), request.body);
      return { ok: true as const };
    },
  );
}
