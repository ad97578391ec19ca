import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Services } from '../../../platform/context';
import { Invalid } from '../../../platform/errors';
import { ctxOf } from '../../../platform/http/request-context';

export const tags = ['complaints'];
export const C = '/api/t/:slug/complaints';
export const okSchema = z.object({ ok: z.literal(true) });

/** The request's context for a use case. */
export const ctxFor = (services: Services) => (request: FastifyRequest) => ctxOf(services, request);

/** Zod errors of a use case's own parse become the one 400 shape with paths. */
export function asInvalid(error: unknown): never {
  if (error instanceof z.ZodError)
    throw new Invalid(
      'validation_failed',
      {},
      error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  throw error;
}

export function sendFile(reply: FastifyReply, file: { fileName: string; mime: string; data: Buffer }) {
  return reply
    .header('content-disposition', `attachment; filename="${file.fileName.replace(/"/g, '')}"`)
    .header('x-content-type-options', 'nosniff')
    .type(file.mime)
    .send(file.data);
}
