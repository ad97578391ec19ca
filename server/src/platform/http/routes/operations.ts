import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Migration } from 'kysely';
import type { Registry } from 'prom-client';
import { z } from 'zod';
import type { Services } from '../../context';
import { pingDatabase } from '../../db/database';
import { pendingMigrations } from '../../db/migrate';
import { NotFound } from '../../errors';
import { zodApp } from '../types';

/** Shows a quoted-printable message as the reader would see it (links unwrapped), for the dev outbox. */
export function decodeQuotedPrintable(eml: string): string {
  if (!/content-transfer-encoding:\s*quoted-printable/i.test(eml)) return eml;
  const [head, ...body] = eml.split(/\r?\n\r?\n/);
  const text = body
    .join('\n\n')
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return `${head}\n\n${Buffer.from(text, 'latin1').toString('utf8')}`;
}

export function operationsRoutes(
  app: FastifyInstance,
  services: Services,
  metrics: Registry,
  migrations: Record<string, Migration>,
): void {
  const r = zodApp(app);
  const hide = { hide: true };

  r.get('/healthz', { config: { public: true }, schema: { ...hide } }, async () => ({ status: 'ok' }));

  r.get('/readyz', { config: { public: true }, schema: { ...hide } }, async (_request, reply) => {
    try {
      await pingDatabase(services.db);
      const pending = await pendingMigrations(services.db, migrations);
      if (pending.length > 0) return reply.status(503).send({ status: 'migrations pending', pending });
      return { status: 'ready', database: services.dialect };
    } catch (error) {
      return reply.status(503).send({ status: 'database unreachable', detail: (error as Error).message });
    }
  });

  r.get('/metrics', { config: { public: true }, schema: { ...hide } }, async (_request, reply) => {
    reply.type(metrics.contentType);
    return metrics.metrics();
  });

  // The development outbox: e-mails written as .eml files when no SMTP server is configured.
  if (services.config.env !== 'production') {
    const dir = services.mailer.outboxFolder;
    r.get('/dev/outbox', { config: { public: true }, schema: { ...hide } }, async (_request, reply) => {
      const files = existsSync(dir)
        ? readdirSync(dir)
            .filter((f) => f.endsWith('.eml'))
            .sort()
            .reverse()
        : [];
      const items = files.map((f) => `<li><a href="/dev/outbox/${encodeURIComponent(f)}">${f}</a></li>`).join('');
      reply.type('text/html; charset=utf-8');
      return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lentera outbox</title></head><body><main><h1>Outbox (${files.length})</h1><p>E-mails written to ${dir} because SMTP_URL is not set.</p><ul>${items}</ul></main></body></html>`;
    });
    r.get(
      '/dev/outbox/:file',
      { config: { public: true }, schema: { ...hide, params: z.object({ file: z.string().regex(/^[\w.-]+\.eml$/) }) } },
      async (request, reply) => {
        const file = join(dir, request.params.file);
        if (!existsSync(file)) throw new NotFound();
        reply.type('text/plain; charset=utf-8');
        return decodeQuotedPrintable(readFileSync(file, 'utf8'));
      },
    );
  }
}
