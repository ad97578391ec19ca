import type { Lang } from '@lentera/common';
import type { Logger } from 'pino';
import type { AccessRegistry } from './access/registry';
import type { CalendarService } from './calendar/service';
import type { Clock } from './clock';
import type { Config } from './config';
import type { DatabaseHandle, Db, DbOrTx, Dialect, Tx } from './db/database';
import { WriteBatcher } from './db/write-batch';
import type { EventBus } from './events/bus';
import type { FileService } from './files/index';
import type { JobRunner } from './jobs/runner';
import type { Mailer } from './mail/mailer';
import type { TenantRecord } from './tenancy/repository';

/** What one installation holds: built once at start-up, shared by requests, jobs and the CLI. */
export interface Services {
  config: Config;
  handle: DatabaseHandle;
  db: Db;
  dialect: Dialect;
  clock: Clock;
  log: Logger;
  events: EventBus;
  mailer: Mailer;
  access: AccessRegistry;
  calendars: CalendarService;
  jobs: JobRunner;
  /** Uploaded files: a folder under DATA_DIR, or the S3-compatible bucket every node shares. */
  files: FileService;
}

export interface RoleAssignment {
  role: string;
  unitId: string | null;
}

/** Who is acting: a signed-in account with its grants in the current tenant, or a job. */
export interface Actor {
  accountId: string;
  name: string;
  isSystemAdmin: boolean;
  grants: RoleAssignment[];
}

/** The context a use case receives: services, the database or the open transaction, who acts, where, when. */
export interface Ctx extends Services {
  db: DbOrTx;
  actor: Actor | null;
  tenant: TenantRecord | null;
  lang: Lang;
  /** Runs after the surrounding transaction commits (events, waking the mail sender); at once outside one. */
  afterCommit(fn: () => void): void;
  inTransaction: boolean;
  /**
   * Where a use case that collects its writes (a statement group, `db/statement-group.ts`) wants writes whose answer
   * nobody reads to go, such as the mail outbox's rows; unset, they go to `db`.
   */
  writes?: DbOrTx;
}

export function makeCtx(
  services: Services,
  options: { actor?: Actor | null; tenant?: TenantRecord | null; lang?: Lang } = {},
): Ctx {
  return {
    ...services,
    actor: options.actor ?? null,
    tenant: options.tenant ?? null,
    lang: options.lang ?? 'id',
    afterCommit: (fn) => fn(),
    inTransaction: false,
  };
}

const batchers = new WeakMap<Db, WriteBatcher>();
function batcherFor(db: Db): WriteBatcher {
  let batcher = batchers.get(db);
  if (!batcher) {
    batcher = new WriteBatcher(db);
    batchers.set(db, batcher);
  }
  return batcher;
}

/** Every use case that writes runs here: one transaction, after-commit work only once it committed. */
export async function transaction<T>(ctx: Ctx, work: (tx: Ctx) => Promise<T>): Promise<T> {
  if (ctx.inTransaction) return work(ctx);
  const pending: Array<() => void> = [];
  const inside = (trx: Tx) => work({ ...ctx, db: trx, inTransaction: true, afterCommit: (fn) => pending.push(fn) });
  // On SQLite, write transactions of the same moment share one commit (group commit, db/write-batch.ts).
  const result =
    ctx.dialect === 'sqlite' && !ctx.db.isTransaction
      ? await batcherFor(ctx.db as Db).run(inside)
      : await ctx.db.transaction().execute(inside);
  for (const fn of pending) {
    try {
      fn();
    } catch (error) {
      ctx.log.error({ err: error }, 'after-commit callback failed');
    }
  }
  return result;
}

export function requireTenant(ctx: Ctx): TenantRecord {
  if (!ctx.tenant) throw new Error('this use case needs a tenant');
  return ctx.tenant;
}
