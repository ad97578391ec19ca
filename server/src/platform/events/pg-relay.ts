import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import type { Logger } from 'pino';
import type { Db } from '../db/database';
import type { DomainEvent, EventRelay } from './bus';

/** The NOTIFY channel every node listens on. */
export const EVENTS_CHANNEL = 'lentera_events';

/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more. */
export const MAX_NOTIFY_BYTES = 7999;

const RECONNECT_MIN_MS = 100;
const RECONNECT_MAX_MS = 5000;

/**
 * Packs serialised events, in order, into as few NOTIFY payloads as fit: `{"o":"<node>","e":[event,...]}`.
 * Each event is at most MAX_EVENT_BYTES, so every one fits in a payload of its own.
 */
export function packPayloads(nodeId: string, eventsJson: readonly string[]): string[] {
  const head = `{"o":${JSON.stringify(nodeId)},"e":[`;
  const tail = ']}';
  const payloads: string[] = [];
  let current: string[] = [];
  let bytes = Buffer.byteLength(head) + tail.length;
  for (const json of eventsJson) {
    const size = Buffer.byteLength(json) + (current.length ? 1 : 0);
    if (current.length && bytes + size > MAX_NOTIFY_BYTES) {
      payloads.push(head + current.join(',') + tail);
      current = [];
      bytes = Buffer.byteLength(head) + tail.length;
    }
    bytes += Buffer.byteLength(json) + (current.length ? 1 : 0);
    current.push(json);
  }
  if (current.length) payloads.push(head + current.join(',') + tail);
  return payloads;
}

/**
 * Relays domain events between the nodes of one PostgreSQL database with LISTEN/NOTIFY. Each node holds one
 * dedicated connection that listens (outside the pool, which may hand a connection to anyone); events go out through
 * the pool with `pg_notify`, those of the same moment packed into one payload, in publishing order. When the
 * listening connection is lost (the database restarted, the connection was terminated), it reconnects with back-off
 * from 100 ms to 5 s and listens again; the bus then tells local subscribers (`EVENTS_RESUMED`).
 */
export class PgEventRelay implements EventRelay {
  readonly nodeId = randomUUID();
  private client: pg.Client | null = null;
  private listening = false;
  private listenerPid: number | null = null;
  private stopped = true;
  private attempts = 0;
  private everListened = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private outgoing: string[] = [];
  private sending: Promise<void> | null = null;
  private deliver: (events: DomainEvent[]) => void = () => {};
  private resumed: () => void = () => {};

  constructor(
    private readonly options: {
      connectionString: string;
      db: Db;
      log: Pick<Logger, 'warn' | 'info'>;
      channel?: string;
    },
  ) {}

  private get channel(): string {
    return this.options.channel ?? EVENTS_CHANNEL;
  }

  /** Resolves once listening, or after the first failed attempt (it keeps retrying in the background). */
  async start(deliver: (events: DomainEvent[]) => void, resumed: () => void): Promise<void> {
    this.deliver = deliver;
    this.resumed = resumed;
    this.stopped = false;
    await this.connect();
  }

  send(eventJson: string): void {
    this.outgoing.push(eventJson);
    this.sending ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.flush());
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    while (this.sending) await this.sending;
    const client = this.client;
    this.client = null;
    this.listening = false;
    this.listenerPid = null;
    await client?.end().catch(() => {});
  }

  status() {
    return { nodeId: this.nodeId, listening: this.listening, listenerPid: this.listenerPid };
  }

  private async flush(): Promise<void> {
    while (this.outgoing.length) {
      const batch = this.outgoing.splice(0);
      for (const payload of packPayloads(this.nodeId, batch)) {
        try {
          await sql`select pg_notify(${this.channel}, ${payload})`.execute(this.options.db);
        } catch (error) {
          this.options.log.warn({ err: error }, 'event relay: NOTIFY failed; these events stay on this node');
        }
      }
    }
    this.sending = null;
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({
      connectionString: this.options.connectionString,
      application_name: 'lentera-events',
      keepAlive: true,
    });
    this.client = client;
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    client.on('notification', (message) => {
      if (message.channel !== this.channel || !message.payload) return;
      this.receive(message.payload);
    });
    try {
      await client.connect();
      await client.query(`listen ${pg.escapeIdentifier(this.channel)}`);
      const pid = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
      if (this.client !== client) return; // lost or stopped meanwhile
      this.listenerPid = pid.rows[0]?.pid ?? null;
      this.listening = true;
      this.attempts = 0;
      if (this.everListened) {
        this.options.log.info({ pid: this.listenerPid }, 'event relay: listening again');
        this.resumed();
      }
      this.everListened = true;
    } catch (error) {
      this.lost(client, error);
    }
  }

  private lost(client: pg.Client, error?: unknown): void {
    if (this.client !== client) return;
    this.client = null;
    this.listening = false;
    this.listenerPid = null;
    client.end().catch(() => {});
    if (this.stopped) return;
    const delay = Math.min(RECONNECT_MAX_MS, RECONNECT_MIN_MS * 2 ** this.attempts);
    this.attempts += 1;
    this.options.log.warn({ err: error, retryInMs: delay }, 'event relay: listening connection lost');
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.connect();
    }, delay);
  }

  private receive(payload: string): void {
    let envelope: { o?: unknown; e?: unknown };
    try {
      envelope = JSON.parse(payload);
    } catch {
      this.options.log.warn('event relay: a payload that is not JSON was ignored');
      return;
    }
    if (envelope.o === this.nodeId || !Array.isArray(envelope.e)) return;
    const events = (envelope.e as DomainEvent[]).filter(
      (e) => e && typeof e.name === 'string' && typeof e.payload === 'object' && e.payload !== null,
    );
    if (!events.length) return;
    try {
      this.deliver(events.map((e) => ({ name: e.name, tenantId: e.tenantId ?? null, payload: e.payload })));
    } catch (error) {
      this.options.log.warn({ err: error }, 'event relay: a subscriber failed on a relayed event');
    }
  }
}
