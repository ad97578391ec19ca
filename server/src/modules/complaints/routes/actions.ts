import {
  answerSchema,
  archiveSchema,
  assignSchema,
  integritySchema,
  linkEmployeeSchema,
  mergeSchema,
  noteSchema,
  postponeSchema,
  referSchema,
  verifySchema,
} from '@lentera/common';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { Services } from '../../../platform/context';
import { errorResponses, slugIdParams, zodApp } from '../../../platform/http/types';
import { addNote, answerComplaint, assignComplaint, linkEmployee, referToIntegrity } from '../use-cases/follow-up';
import {
  archiveComplaint,
  mergeComplaint,
  postponeComplaint,
  referComplaint,
  verifyComplaint,
} from '../use-cases/verify-complaint';
import { C, ctxFor, okSchema, tags } from './shared';

/** The workflow's steps on one complaint (desk and the responsible unit). */
export function actionRoutes(app: FastifyInstance, services: Services): void {
  const r = zodApp(app);
  const ctx = ctxFor(services);

  const action = <S extends z.ZodTypeAny>(
    name: string,
    summary: string,
    body: S,
    run: (c: ReturnType<typeof ctx>, id: string, input: z.infer<S>) => Promise<void>,
  ) =>
    r.post(
      `${C}/:id/${name}`,
      {
        config: { recordFixture: ['assign', 'employees', 'answer'].includes(name) ? 'routedComplaint' : 'complaint' },
        schema: { tags, summary, params: slugIdParams, body, response: { 200: okSchema, ...errorResponses } },
      },
      async (request) => {
        await run(ctx(request), request.params.id, request.body as z.infer<S>);
        return { ok: true as const };
      },
    );
  action('verify', 'Verify and route to the responsible OPD (desk)', verifySchema, verifyComplaint);
  action('postpone', 'Postpone and ask the complainant for more (the clock stops)', postponeSchema, postponeComplaint);
  action('refer', 'Not our authority: close with the referral', referSchema, referComplaint);
  action('archive', 'Not a complaint: archive with the reason', archiveSchema, archiveComplaint);
  action('merge', 'Merge this duplicate into the original (followers move)', mergeSchema, mergeComplaint);
  action('assign', 'Assign an officer of the responsible unit', assignSchema, assignComplaint);
  action('notes', 'Add an internal note (never shown to the complainant)', noteSchema, addNote);
  action('employees', 'Link an employee concerned', linkEmployeeSchema, linkEmployee);
  action('answer', 'Answer the complaint', answerSchema, answerComplaint);
  action('integrity', 'Refer to integrity (coordinator)', integritySchema, referToIntegrity);
}
