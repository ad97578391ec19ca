import type { Migration } from 'kysely';
import pino, { type Logger } from 'pino';
import { definePlatformPolicies } from './access/policy';
import { AccessRegistry } from './access/registry';
import { CalendarService } from './calendar/service';
import { type Clock, systemClock } from './clock';
import type { Config } from './config';
import type { Services } from './context';
import { type DatabaseHandle, openDatabase } from './db/database';
import { migrateToLatest, platformMigrations } from './db/migrate';
import { EventBus } from './events/bus';
import { PgEventRelay } from './events/pg-relay';
import { createFileStore, FileService } from './files/index';
import { JobRunner } from './jobs/runner';
import { Mailer } from './mail/mailer';
import { deliverOutbox, MESSAGING_OUTBOX_JOB } from './messaging/index';
import { installMeta } from './messaging/meta/index';
import { defineMessagingPolicies } from './messaging/meta/policy';
import type { ModuleManifest } from './module';

export function allMigrations(modules: ModuleManifest[]): Record<string, Migration> {
  const all: Record<string, Migration> = { ...platformMigrations };
  for (const m of modules) {
    for (const [name, migration] of Object.entries(m.migrations ?? {})) {
      if (all[name]) throw new Error(`migration ${name} is defined twice`);
      all[name] = migration;
    }
  }
  return all;
}

/** Builds everything an installation shares, for the server, the CLI and tests alike. */
export function createServices(
  config: Config,
  modules: ModuleManifest[],
  options: { clock?: Clock; log?: Logger; handle?: DatabaseHandle } = {},
): Services {
  const log = options.log ?? pino({ level: config.logLevel });
  const clock = options.clock ?? systemClock;
  const handle =
    options.handle ??
    openDatabase(config.database, { slowQueryMs: config.slowQueryMs, backgroundCheckpoints: true, log });
  const access = new AccessRegistry();
  definePlatformPolicies(access);
  defineMessagingPolicies(access);
  const jobs = new JobRunner(log);
  const mailer = new Mailer({
    smtpUrl: config.smtpUrl,
    from: config.mailFrom,
    dataDir: config.dataDir,
    log,
    clock,
    dialect: handle.dialect,
  });
  const services: Services = {
    config,
    handle,
    db: handle.db,
    dialect: handle.dialect,
    clock,
    log,
    // On PostgreSQL, `serve` starts relaying events to the other nodes (LISTEN/NOTIFY); the CLI and tests do not.
    events: new EventBus(
      config.database.dialect === 'postgres'
        ? new PgEventRelay({ connectionString: config.database.url, db: handle.db, log })
        : null,
    ),
    mailer,
    access,
    calendars: new CalendarService(handle.db),
    jobs,
    files: new FileService(createFileStore(config), log),
  };
  jobs.register({ name: 'mail.deliver', everyMs: 5000, run: () => mailer.deliverDue(handle.db) });
  mailer.onEnqueue(() => jobs.nudge('mail.deliver'));
  installMeta();
  jobs.register({ name: MESSAGING_OUTBOX_JOB, everyMs: 10_000, run: () => deliverOutbox(services) });
  for (const m of modules) {
    m.policies?.(access);
    m.install?.(services);
    for (const job of m.jobs?.(services) ?? []) jobs.register(job);
  }
  return services;
}

export async function migrate(services: Services, modules: ModuleManifest[]): Promise<string[]> {
  return migrateToLatest(services.db, allMigrations(modules));
}
