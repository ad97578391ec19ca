import {
  extraQuestionAdminViewSchema,
  extraQuestionInputSchema,
  extraQuestionsAdminViewSchema,
  extraQuestionsViewSchema,
  extraQuestionUpdateSchema,
} from '@lentera/common';
import type { FastifyRequest } from 'fastify';
import type { Ctx } from '../../../platform/context';
import { errorResponses, slugIdParams, slugParams, type zodApp } from '../../../platform/http/types';
import { extraQuestions } from '../support';
import { addQuestion, changeQuestion, listQuestions } from '../use-cases/questions';

const S = '/api/t/:slug/surveys';
const tags = ['surveys'];

/** The tenant's own questions: read by every form (public), kept by the tenant admin. */
export function surveysQuestionsRoutes(r: ReturnType<typeof zodApp>, ctx: (request: FastifyRequest) => Ctx): void {
  const pub = { public: true };
  r.get(
    `${S}/questions`,
    {
      config: pub,
      schema: {
        tags,
        summary: "The tenant's own survey questions",
        params: slugParams,
        response: { 200: extraQuestionsViewSchema, ...errorResponses },
      },
    },
    async (request) => extraQuestions(ctx(request)),
  );
  r.get(
    `${S}/staff/questions`,
    {
      schema: {
        tags,
        summary:
          "The tenant's own questions, deactivated ones included (tenant admin; survey staff read them for the comments)",
        params: slugParams,
        response: { 200: extraQuestionsAdminViewSchema, ...errorResponses },
      },
    },
    async (request) => listQuestions(ctx(request)),
  );
  r.post(
    `${S}/staff/questions`,
    {
      schema: {
        tags,
        summary: "Add a question of the tenant's own at the end of the forms (at most 10 active; never in the IKM)",
        params: slugParams,
        body: extraQuestionInputSchema,
        response: { 201: extraQuestionAdminViewSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await addQuestion(ctx(request), request.body)),
  );
  r.patch(
    `${S}/staff/questions/:id`,
    {
      config: { recordFixture: 'surveysQuestion' },
      schema: {
        tags,
        summary: "Change a question's wording, or deactivate it (its answers are kept) and activate it again",
        params: slugIdParams,
        body: extraQuestionUpdateSchema,
        response: { 200: extraQuestionAdminViewSchema, ...errorResponses },
      },
    },
    async (request) => changeQuestion(ctx(request), request.params.id, request.body),
  );
}
