import { errorMessage, type Lang } from '@lentera/common';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, Locked, TooManyRequests } from '../errors';
import { languageOf } from './request-context';

function langOf(request: FastifyRequest): Lang {
  return request.lentera?.lang ?? languageOf(request, null);
}

export function sendError(
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  code: string,
  params: Record<string, unknown> = {},
  details?: unknown,
) {
  return reply
    .status(status)
    .type('application/json; charset=utf-8')
    .send({
      error: {
        code,
        message: errorMessage(code, langOf(request), params),
        ...(details === undefined ? {} : { details }),
      },
    });
}

interface ZodishIssue {
  instancePath?: string;
  message?: string;
  params?: { issue?: { path?: (string | number)[]; message?: string } };
}

/** One error shape for everything: domain errors, validation, body limits, rate limits and crashes. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DomainError) {
      if (error instanceof TooManyRequests || error instanceof Locked)
        reply.header('retry-after', String(error.retryAfterSeconds));
      return sendError(reply, request, error.status, error.code, error.params, error.details);
    }
    if (error.validation) {
      const details = (error.validation as ZodishIssue[]).map((issue) => ({
        path: (issue.params?.issue?.path ?? issue.instancePath?.split('/').filter(Boolean) ?? []).join('.'),
        message: issue.params?.issue?.message ?? issue.message ?? 'invalid',
      }));
      return sendError(reply, request, 400, 'validation_failed', {}, details);
    }
    const status = error.statusCode ?? 500;
    if (status === 413) return sendError(reply, request, 413, 'payload_too_large', { limit: '1 MB' });
    if (status === 429) {
      const seconds = Number(reply.getHeader('retry-after') ?? 60);
      return sendError(reply, request, 429, 'rate_limited', { seconds });
    }
    if (status >= 400 && status < 500)
      return sendError(reply, request, status, 'validation_failed', {}, [{ path: '', message: error.message }]);
    request.log.error({ err: error }, 'unhandled error');
    return sendError(reply, request, 500, 'internal');
  });
}
