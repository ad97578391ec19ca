import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { dialects, setupTestEnv } from '../../test/harness';
import { type DomainEvent, EVENTS_RESUMED, EventBus, EventTooLargeError, MAX_EVENT_BYTES } from './bus';
import { MAX_NOTIFY_BYTES, PgEventRelay, packPayloads } from './pg-relay';

const silent = pino({ level: 'silent' });

async function until<T>(probe: () => T | Promise<T>, what: string, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function record(bus: EventBus, name = '*'): DomainEvent[] {
  const seen: DomainEvent[] = [];
  bus.subscribe(name, (event) => seen.push(event));
  return seen;
}

describe('event relay payloads', () => {
  it('packs events in order into payloads PostgreSQL accepts, each event whole', () => {
    const events = Array.from({ length: 40 }, (_, i) =>
      JSON.stringify({ name: 'x', tenantId: null, payload: { i, text: 'ü'.repeat(300 + i * 37) } }),
    );
    events.push(JSON.stringify({ name: 'big', tenantId: null, payload: { text: 'a'.repeat(MAX_EVENT_BYTES - 60) } }));
    const payloads = packPayloads('node-1', events);
    expect(payloads.length).toBeGreaterThan(2);
    for (const p of payloads) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(MAX_NOTIFY_BYTES);
    const unpacked = payloads.flatMap((p) => (JSON.parse(p) as { o: string; e: unknown[] }).e);
    expect(unpacked).toEqual(events.map((e) => JSON.parse(e)));
    expect(packPayloads('node-1', [])).toEqual([]);
  });
});

for (const target of dialects())
  describe(`event bus [${target.dialect}]`, () => {
    const env = setupTestEnv(target);
    const onPostgres = target.dialect === 'postgres';
    const started: EventBus[] = [];
    afterAll(async () => {
      for (const bus of started) await bus.stop();
    });

    /** A second node's bus on the same database, as `createServices` builds it. */
    async function node(): Promise<EventBus> {
      const database = env.config.database;
      const bus = new EventBus(
        database.dialect === 'postgres'
          ? new PgEventRelay({ connectionString: database.url, db: env.services.db, log: silent })
          : null,
      );
      await bus.start();
      started.push(bus);
      return bus;
    }

    it('gives subscribers the events they subscribed to, by name and all of them, until they unsubscribe', () => {
      const bus = new EventBus();
      const answered = record(bus, 'complaint.answered');
      const all = record(bus);
      const seen: string[] = [];
      const stop = bus.subscribe('complaint.received', (e) => seen.push(String(e.payload.code)));
      bus.publish({ name: 'complaint.received', tenantId: 't', payload: { code: 'A-1' } });
      stop();
      bus.publish({ name: 'complaint.received', tenantId: 't', payload: { code: 'A-2' } });
      bus.publish({ name: 'complaint.answered', tenantId: 't', payload: { code: 'A-1' } });
      expect(seen).toEqual(['A-1']);
      expect(answered.map((e) => e.payload.code)).toEqual(['A-1']);
      expect(all.map((e) => e.name)).toEqual(['complaint.received', 'complaint.received', 'complaint.answered']);
    });

    it('refuses an event too large for a NOTIFY on every dialect, and delivers nothing of it', async () => {
      const bus = await node();
      const all = record(bus);
      const text = 'é'.repeat(MAX_EVENT_BYTES / 2); // under the limit in characters, over it in bytes
      expect(() => bus.publish({ name: 'too.big', tenantId: null, payload: { text } })).toThrow(EventTooLargeError);
      expect(all).toEqual([]);
    });

    it.runIf(!onPostgres)('SQLite: events stay in the process (one node, no relay)', async () => {
      const a = await node();
      const b = await node();
      const onB = record(b);
      a.publish({ name: 'queue.called', tenantId: 't', payload: { n: 1 } });
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(onB).toEqual([]);
      expect(a.status().relay).toBeNull();
    });

    it.runIf(onPostgres)(
      'PostgreSQL: relays every event to the other nodes once, in order, and never back to its sender',
      async () => {
        const a = await node();
        const b = await node();
        const c = await node();
        const onA = record(a);
        const onB = record(b);
        const onC = record(c, 'queue.called');
        // 300 events of ~1 KB in one turn: several NOTIFY payloads, still in publishing order.
        for (let n = 0; n < 300; n += 1)
          a.publish({ name: 'queue.called', tenantId: 't1', payload: { n, filler: 'x'.repeat(1000) } });
        b.publish({ name: 'queue.finished', tenantId: 't1', payload: { from: 'b' } });
        await until(() => onB.filter((e) => e.name === 'queue.called').length === 300, 'events on node B');
        await until(() => onC.length === 300, 'events on node C');
        await until(() => onA.some((e) => e.name === 'queue.finished'), "node B's event on node A");
        await new Promise((resolve) => setTimeout(resolve, 200)); // anything duplicated would have arrived by now
        expect(onB.filter((e) => e.name === 'queue.called').map((e) => e.payload.n)).toEqual(
          Array.from({ length: 300 }, (_, n) => n),
        );
        expect(onC.map((e) => e.tenantId)).toEqual(Array(300).fill('t1'));
        expect(onA.filter((e) => e.name === 'queue.called')).toHaveLength(300); // its own, delivered locally once
        expect(onA.filter((e) => e.name === 'queue.finished')).toEqual([
          { name: 'queue.finished', tenantId: 't1', payload: { from: 'b' } },
        ]);
        expect(onB.filter((e) => e.name === 'queue.finished')).toHaveLength(1);
      },
    );

    it.runIf(onPostgres)(
      'PostgreSQL: listens again after its connection is terminated, says so, and the next event arrives',
      async () => {
        const a = await node();
        const b = await node();
        const onB = record(b);
        const before = b.status().relay!;
        expect(before.listening).toBe(true);
        const listeners = await sql<{ n: number }>`
      select count(*)::int as n from pg_stat_activity where pid = ${before.listenerPid} and application_name = 'lentera-events'
    `.execute(env.services.db);
        expect(listeners.rows[0]!.n).toBe(1);
        await sql`select pg_terminate_backend(${before.listenerPid}::int)`.execute(env.services.db);
        await until(() => onB.some((e) => e.name === EVENTS_RESUMED), 'the relay to listen again');
        const after = b.status().relay!;
        expect(after.listening).toBe(true);
        expect(after.listenerPid).not.toBe(before.listenerPid);
        a.publish({ name: 'queue.called', tenantId: 't', payload: { after: 'restart' } });
        await until(() => onB.some((e) => e.payload.after === 'restart'), 'the event after the reconnect');
      },
    );

    it.runIf(onPostgres)('PostgreSQL: a stopped bus sends what it had queued, then stops listening', async () => {
      const a = await node();
      const b = await node();
      const onB = record(b);
      a.publish({ name: 'last.words', tenantId: null, payload: {} });
      await a.stop();
      expect(a.status().relay).toBeNull();
      await until(() => onB.some((e) => e.name === 'last.words'), 'the event queued before stop');
    });
  });
