import { addInfoSchema, followViewSchema, publicComplaintSchema, rateSchema, reopenSchema } from '@lentera/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Services } from '../../../platform/context';
import { errorResponses, slugIdParams, slugParams, zodApp } from '../../../platform/http/types';
import { myComplaints } from '../use-cases/queries';
import {
  addInformation,
  type Complainant,
  followView,
  ownAttachment,
  rateComplaint,
  reopenComplaint,
} from '../use-cases/respond-complaint';
import { C, ctxFor, sendFile, tags } from './shared';

const tokenParams = z.object({ slug: z.string().max(64), token: z.string().min(1).max(100) });

/** The complainant: by the guest's secret link or their own account. */
export function complainantRoutes(app: FastifyInstance, services: Services): void {
  const r = zodApp(app);
  const ctx = ctxFor(services);

  const routesFor = (
    path: string,
    who: (request: FastifyRequest) => Complainant,
    options: { public: boolean; fixtures?: { view: string; answered: string; postponed: string } },
  ) => {
    const params = path.includes(':token') ? tokenParams : slugIdParams;
    const configFor = (which: 'view' | 'answered' | 'postponed') => ({
      public: options.public,
      ...(options.fixtures ? { recordFixture: options.fixtures[which] } : {}),
    });
    const config = configFor('view');
    r.get(
      path,
      {
        config,
        schema: {
          tags,
          summary: 'The complainant’s view: status, answer and public timeline (no internal notes)',
          params,
          response: { 200: followViewSchema, ...errorResponses },
        },
      },
      async (request) => followView(ctx(request), who(request)),
    );
    r.post(
      `${path}/rate`,
      {
        config: configFor('answered'),
        schema: {
          tags,
          summary: 'Rate the answer 1–5',
          params,
          body: rateSchema,
          response: { 200: followViewSchema, ...errorResponses },
        },
      },
      async (request) => rateComplaint(ctx(request), who(request), request.body),
    );
    r.post(
      `${path}/reopen`,
      {
        config: configFor('answered'),
        schema: {
          tags,
          summary: 'Reopen within the window after the answer (10 working days by default)',
          params,
          body: reopenSchema,
          response: { 200: followViewSchema, ...errorResponses },
        },
      },
      async (request) => reopenComplaint(ctx(request), who(request), request.body),
    );
    r.post(
      `${path}/info`,
      {
        config: configFor('postponed'),
        schema: {
          tags,
          summary: 'Answer a postponement with more information (the verification clock resumes)',
          params,
          body: addInfoSchema,
          response: { 200: followViewSchema, ...errorResponses },
        },
      },
      async (request) => addInformation(ctx(request), who(request), request.body),
    );
    if (!path.includes(':token')) return;
    r.get(
      `${path}/attachments/:attachmentId`,
      {
        config,
        schema: {
          tags,
          summary: 'Download one of one’s own attachments',
          params: params.extend({ attachmentId: z.string().max(64) }),
        },
      },
      async (request, reply) => {
        const attachmentId = (request.params as { attachmentId: string }).attachmentId;
        return sendFile(reply, await ownAttachment(ctx(request), who(request), attachmentId));
      },
    );
  };
  routesFor(`${C}/follow/:token`, (request) => ({ token: (request.params as { token: string }).token }), {
    public: true,
  });
  routesFor(`${C}/mine/:id`, (request) => ({ complaintId: (request.params as { id: string }).id }), {
    public: false,
    fixtures: { view: 'myComplaint', answered: 'myAnsweredComplaint', postponed: 'myPostponedComplaint' },
  });
  r.get(
    `${C}/mine`,
    {
      schema: {
        tags,
        summary: 'My complaints (signed-in complainant)',
        params: slugParams,
        response: {
          200: z.object({ items: z.array(publicComplaintSchema.extend({ id: z.string() })) }),
          ...errorResponses,
        },
      },
    },
    async (request) => myComplaints(ctx(request)),
  );
}
