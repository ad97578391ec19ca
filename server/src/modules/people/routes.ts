import type { FastifyInstance } from 'fastify';
import type { Services } from '../../platform/context';
import { ctxOf } from '../../platform/http/request-context';
import { zodApp } from '../../platform/http/types';
import { employeeRoutes } from './routes/employees';
import { importRoutes } from './routes/imports';
import { publicRoutes } from './routes/public';
import { selfServiceRoutes } from './routes/self-service';
import { structureRoutes } from './routes/structure';

export { IMPORT_MAX_BYTES } from './routes/shared';

/** The people module's HTTP routes, one file per area under routes/: thin, each calls one use case. */
export function peopleRoutes(app: FastifyInstance, services: Services): void {
  const r = zodApp(app);
  const ctx = (request: Parameters<typeof ctxOf>[1]) => ctxOf(services, request);
  structureRoutes(r, ctx);
  employeeRoutes(r, ctx);
  selfServiceRoutes(r, ctx);
  importRoutes(r, ctx);
  publicRoutes(r, ctx);
}
