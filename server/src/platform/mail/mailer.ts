import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import type { Clock } from '../clock';
import type { Ctx } from '../context';
import type { Db } from '../db/database';
import { insertRows } from '../db/insert-rows';
import { uuidv7 } from '../ids';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

const MAX_ATTEMPTS = 8;
/** How long a run holds the messages it claimed: past it, a message still being sent is taken to be lost and is due. */
const CLAIM_LEASE_MS = 10 * 60_000;
/** Back-off after a failed attempt: 1 min, 2, 4, ... capped at 2 hours. */
const backoffMs = (attempts: number) => Math.min(2 ** (attempts - 1) * 60_000, 2 * 3600_000);

/**
 * E-mail goes out from the outbox table, never inline in a request: `enqueue` writes in the caller's
 * transaction; `deliverDue` sends through nodemailer (SMTP when SMTP_URL is set, otherwise `.eml`
 * files in DATA_DIR/outbox) with retries and back-off. Rows are claimed with one conditional update for a
 * lease, so that two nodes never send the same message at once, and a message whose node died while sending it
 * goes out again once the lease is over.
 */
export class Mailer {
  private readonly transport: Transporter;
  private readonly outboxDir: string;
  private outboxDirMade = false;
  private wake: (() => void) | null = null;

  constructor(
    private readonly options: {
      smtpUrl: string | null;
      from: string;
      dataDir: string;
      log: Logger;
      clock: Clock;
      /** PostgreSQL claims with `for update skip locked`; SQLite has one writer at a time and needs nothing more. */
      dialect?: 'sqlite' | 'postgres';
    },
  ) {
    this.outboxDir = join(options.dataDir, 'outbox');
    this.transport = options.smtpUrl
      ? nodemailer.createTransport(options.smtpUrl)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  get usesFiles(): boolean {
    return this.options.smtpUrl === null;
  }

  get outboxFolder(): string {
    return this.outboxDir;
  }

  /** Called by the job runner so that a freshly queued message goes out at once. */
  onEnqueue(wake: () => void): void {
    this.wake = wake;
  }

  async enqueue(ctx: Ctx, message: MailMessage): Promise<string> {
    const [id] = await this.enqueueMany(ctx, [message]);
    return id as string;
  }

  /**
   * Queues several messages with multi-row inserts (in the caller's transaction, like `enqueue`; through `ctx.writes`
   * when the caller collects its writes).
   */
  async enqueueMany(ctx: Ctx, messages: readonly MailMessage[]): Promise<string[]> {
    for (const message of messages)
      if (!message.to.trim()) throw new Error(`e-mail "${message.subject}" has no recipient`);
    if (!messages.length) return [];
    const now = ctx.clock.now().toISOString();
    const rows = messages.map((message) => ({
      id: uuidv7(),
      tenant_id: ctx.tenant?.id ?? null,
      to_address: message.to,
      subject: message.subject,
      text_body: message.text,
      html_body: message.html ?? null,
      status: 'pending',
      attempts: 0,
      next_attempt_at: now,
      last_error: null,
      created_at: now,
      sent_at: null,
    }));
    await insertRows(ctx.writes ?? ctx.db, 'mail_outbox', rows);
    ctx.afterCommit(() => this.wake?.());
    return rows.map((r) => r.id);
  }

  /**
   * Sends the messages that are due, up to `limit`. They are claimed all at once with one statement (on PostgreSQL
   * skipping rows another node holds) for a lease of ten minutes; those sent are marked so together once the batch
   * is through, a failed one is put back at once with its back-off. A node that dies mid-batch leaves its claims to
   * lapse: their lease over, another run sends them again (at least once, never lost).
   */
  async deliverDue(db: Db, limit = 50): Promise<number> {
    const claimed = await this.claimDue(db, limit);
    const sent: string[] = [];
    try {
      for (const row of claimed) {
        try {
          await this.send(row.id, {
            to: row.to_address,
            subject: row.subject,
            text: row.text_body,
            html: row.html_body ?? undefined,
          });
          sent.push(row.id);
        } catch (error) {
          const attempts = row.attempts;
          const message = error instanceof Error ? error.message : String(error);
          this.options.log.warn({ mailId: row.id, attempts, err: message }, 'mail delivery failed');
          await db
            .updateTable('mail_outbox')
            .set({
              status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
              last_error: message.slice(0, 2000),
              next_attempt_at: new Date(this.options.clock.now().getTime() + backoffMs(attempts)).toISOString(),
            })
            .where('id', '=', row.id)
            .execute();
        }
      }
    } finally {
      if (sent.length)
        await db
          .updateTable('mail_outbox')
          .set({ status: 'sent', sent_at: this.options.clock.now().toISOString(), last_error: null })
          .where('id', 'in', sent)
          .execute();
    }
    return sent.length;
  }

  /**
   * Marks up to `limit` due messages as being sent (one more attempt each, and a lease) and returns them, oldest due
   * first. Due: pending and past its time, or claimed by a run whose lease is over. One statement: the outer
   * condition makes a message another node claimed meanwhile drop out.
   */
  private async claimDue(db: Db, limit: number) {
    const now = this.options.clock.now();
    const due = (qb: typeof db) => {
      let query = qb
        .selectFrom('mail_outbox')
        .select('id')
        .where('status', 'in', ['pending', 'sending'])
        .where('next_attempt_at', '<=', now.toISOString())
        .orderBy('next_attempt_at')
        .limit(limit);
      if (this.options.dialect === 'postgres') query = query.forUpdate().skipLocked();
      return query;
    };
    const rows = await db
      .updateTable('mail_outbox')
      .set((eb) => ({
        status: 'sending',
        attempts: eb('attempts', '+', 1),
        next_attempt_at: new Date(now.getTime() + CLAIM_LEASE_MS).toISOString(),
      }))
      .where('id', 'in', due(db))
      .where('status', 'in', ['pending', 'sending'])
      .where('next_attempt_at', '<=', now.toISOString())
      .returningAll()
      .execute();
    return rows.sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id));
  }

  private async send(id: string, message: MailMessage): Promise<void> {
    const info = await this.transport.sendMail({ from: this.options.from, ...message });
    if (this.usesFiles) {
      if (!this.outboxDirMade) {
        await mkdir(this.outboxDir, { recursive: true });
        this.outboxDirMade = true;
      }
      const stamp = this.options.clock.now().toISOString().replace(/[:.]/g, '-');
      await writeFile(join(this.outboxDir, `${stamp}-${id}.eml`), (info as unknown as { message: Buffer }).message);
    }
  }
}
