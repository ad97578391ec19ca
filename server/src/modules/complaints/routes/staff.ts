import {
  assignableOfficerSchema,
  complaintDetailSchema,
  intakeResultSchema,
  officerEntrySchema,
  officerListItemSchema,
  officerListQuerySchema,
  pageOf,
  similarComplaintSchema,
  slaBoardSchema,
} from '@lentera/common';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Services } from '../../../platform/context';
import { errorResponses, slugIdParams, slugParams, zodApp } from '../../../platform/http/types';
import { assignableOfficers } from '../use-cases/assignable-officers';
import {
  complaintDetail,
  complaintsAboutMyTeam,
  listForOfficer,
  slaBoard,
  staffAttachment,
} from '../use-cases/queries';
import { recordOfficerEntry } from '../use-cases/record-officer-entry';
import { getSettings, saveSettings, settingsBodySchema } from '../use-cases/settings';
import { similarComplaints } from '../use-cases/verify-complaint';
import { C, ctxFor, sendFile, tags } from './shared';

/** Staff reading: the officer's list, SLA board, my team, settings, one complaint, similar ones, attachments. */
export function staffRoutes(app: FastifyInstance, services: Services): void {
  const r = zodApp(app);
  const ctx = ctxFor(services);

  r.get(
    C,
    {
      schema: {
        tags,
        summary: 'The officer’s list (the desk sees all; unit officers their units), filtered and paged',
        params: slugParams,
        querystring: officerListQuerySchema,
        response: { 200: pageOf(officerListItemSchema), ...errorResponses },
      },
    },
    async (request) => listForOfficer(ctx(request), request.query),
  );
  r.post(
    `${C}/officer-entry`,
    {
      schema: {
        tags,
        summary: 'Record a walk-in, phone, letter or SP4N-LAPOR! complaint on behalf of the complainant',
        params: slugParams,
        body: officerEntrySchema,
        response: { 201: intakeResultSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await recordOfficerEntry(ctx(request), request.body)),
  );
  r.get(
    `${C}/board`,
    {
      schema: {
        tags,
        summary: 'SLA board: due today, overdue, by unit',
        params: slugParams,
        response: { 200: slaBoardSchema, ...errorResponses },
      },
    },
    async (request) => slaBoard(ctx(request)),
  );
  r.get(
    `${C}/my-team`,
    {
      schema: {
        tags,
        summary: 'Complaints naming one of my direct subordinates (supervisors; never the reporter)',
        params: slugParams,
        response: {
          200: z.object({
            items: z.array(
              officerListItemSchema.extend({
                employee: z.object({ id: z.string(), name: z.string() }),
                answer: z.string().nullable(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => complaintsAboutMyTeam(ctx(request)),
  );
  r.get(
    `${C}/units/:id/officers`,
    {
      config: { recordFixture: 'unit' },
      schema: {
        tags,
        summary:
          'Officers who may handle the unit’s complaints (its officers and its ancestors’, the desk, the ' +
          'coordinators), to choose an assignee; names only',
        params: slugIdParams,
        response: { 200: z.object({ items: z.array(assignableOfficerSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await assignableOfficers(ctx(request), request.params.id) }),
  );
  r.get(
    `${C}/settings`,
    {
      schema: {
        tags,
        summary: 'Complaint settings',
        params: slugParams,
        response: { 200: settingsBodySchema, ...errorResponses },
      },
    },
    async (request) => getSettings(ctx(request)),
  );
  r.put(
    `${C}/settings`,
    {
      schema: {
        tags,
        summary: 'Change complaint settings (coordinator, tenant admin)',
        params: slugParams,
        body: settingsBodySchema,
        response: { 200: settingsBodySchema, ...errorResponses },
      },
    },
    async (request) => saveSettings(ctx(request), request.body),
  );
  r.get(
    `${C}/:id`,
    {
      config: { recordFixture: 'complaint' },
      schema: {
        tags,
        summary: 'One complaint for staff (reporter only for the complaint coordinator)',
        params: slugIdParams,
        response: { 200: complaintDetailSchema, ...errorResponses },
      },
    },
    async (request) => complaintDetail(ctx(request), request.params.id),
  );
  r.get(
    `${C}/:id/similar`,
    {
      config: { recordFixture: 'complaint' },
      schema: {
        tags,
        summary: 'Similar open complaints (same category or unit, word overlap) for the verification desk',
        params: slugIdParams,
        response: { 200: z.object({ items: z.array(similarComplaintSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await similarComplaints(ctx(request), request.params.id) }),
  );
  r.get(
    `${C}/attachments/:id`,
    {
      config: { recordFixture: 'complaintAttachment' },
      schema: { tags, summary: 'Download an attachment (staff who may see its complaint)', params: slugIdParams },
    },
    async (request, reply) => sendFile(reply, await staffAttachment(ctx(request), request.params.id)),
  );
  r.get(
    `${C}/attachments/:id/thumbnail`,
    {
      config: { recordFixture: 'complaintAttachment' },
      schema: {
        tags,
        summary: 'A small WebP of an image attachment, for lists (staff who may see its complaint; 404 for a document)',
        params: slugIdParams,
      },
    },
    async (request, reply) => sendFile(reply, await staffAttachment(ctx(request), request.params.id, 'thumbnail')),
  );
}
