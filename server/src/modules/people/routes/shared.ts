import { z } from 'zod';
import type { ctxOf } from '../../../platform/http/request-context';

export const tags = ['people'];
export const P = '/api/t/:slug/people';
export const idOnly = z.object({ id: z.string() });
const rowErrorSchema = z.object({ line: z.number(), column: z.string(), value: z.string(), reason: z.string() });
export const importReportSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  rows: z.number(),
  errors: z.array(rowErrorSchema),
  summary: z.object({ create: z.number(), update: z.number(), unchanged: z.number(), newPositions: z.number() }),
  status: z.string(),
});
export const IMPORT_MAX_BYTES = 25 * 1024 * 1024;

/** The use-case context of a request. */
export type RequestCtx = (request: Parameters<typeof ctxOf>[1]) => ReturnType<typeof ctxOf>;
