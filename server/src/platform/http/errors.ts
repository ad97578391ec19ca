import { errorMessage, fieldMessage, type Lang } from '@lentera/common';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { DomainError, Locked, TooManyRequests } from '../errors';
import { languageOf } from './request-context';
import { uploadErrorOf } from './uploads';
import { issuePath, localizeDetails, reparseValidation } from './validation';

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

/** Fastify's own request errors (body parsing, content type), worded in both languages. */
const REQUEST_FORMAT_MESSAGES: Record<string, Record<Lang, string>> = {
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    id: 'Isi permintaan kosong, padahal jenisnya application/json.',
    en: 'The body is empty although its type is application/json.',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: { id: 'Isi permintaan bukan JSON yang sah.', en: 'The body is not valid JSON.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    id: 'Jenis isi permintaan ini tidak didukung.',
    en: 'This content type is not supported.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    id: 'Panjang isi permintaan tidak cocok dengan header Content-Length.',
    en: 'The body length does not match the Content-Length header.',
  },
};

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
      return sendError(
        reply,
        request,
        error.status,
        error.code,
        error.params,
        localizeDetails(error.details, langOf(request)),
      );
    }
    if (error.validation) {
      // Field messages in the request's language (zod's locale), worded for this request only.
      const details =
        reparseValidation(error.validation, langOf(request)) ??
        (error.validation as ZodishIssue[]).map((issue) => ({
          path: (issue.params?.issue?.path ?? issue.instancePath?.split('/').filter(Boolean) ?? []).join('.'),
          message: issue.params?.issue?.message ?? issue.message ?? 'invalid',
        }));
      return sendError(reply, request, 400, 'validation_failed', {}, details);
    }
    // A use case that parses its input itself (a job, the CLI and a route share it): bad input, not a crash.
    if (error instanceof ZodError) {
      const lang = langOf(request);
      const details = error.issues.map((issue) => ({
        path: issuePath(issue.path),
        message: fieldMessage(issue.message, lang),
      }));
      return sendError(reply, request, 400, 'validation_failed', {}, details);
    }
    // A multipart body the parser refused (a route reading parts itself): 400 or 413 naming its limit, never 500.
    const upload = uploadErrorOf(error, request);
    if (upload) return sendError(reply, request, upload.status, upload.code, upload.params);
    const status = error.statusCode ?? 500;
    if (status === 413) return sendError(reply, request, 413, 'payload_too_large', { limit: '1 MB' });
    if (status === 429) {
      const seconds = Number(reply.getHeader('retry-after') ?? 60);
      return sendError(reply, request, 429, 'rate_limited', { seconds });
    }
    if (status >= 400 && status < 500) {
      const lang = langOf(request);
      const known = REQUEST_FORMAT_MESSAGES[error.code];
      const message = known ? known[lang] : error.message;
      return sendError(reply, request, status, 'validation_failed', {}, [{ path: '', message }]);
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendError(reply, request, 500, 'internal');
  });
}
