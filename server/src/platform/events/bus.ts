import { EventEmitter } from 'node:events';

export interface DomainEvent {
  name: string;
  tenantId: string | null;
  payload: Record<string, unknown>;
}

/**
 * The largest event, serialised as JSON, in bytes (UTF-8). PostgreSQL refuses a NOTIFY payload of 8000 bytes or
 * more, and the relay packs events into an envelope; an event carries ids and codes, never whole records. The
 * limit holds on SQLite too, so that an event too large for several nodes fails in every test, not in production.
 */
export const MAX_EVENT_BYTES = 7800;

/**
 * Emitted locally (never relayed) when the relay's connection came back after it was lost: events of other
 * nodes published meanwhile were missed, so a subscriber that mirrors state (a display board's stream) reloads.
 */
export const EVENTS_RESUMED = 'events.resumed';

export class EventTooLargeError extends Error {
  constructor(name: string, bytes: number) {
    super(`event ${name} is ${bytes} bytes as JSON; at most ${MAX_EVENT_BYTES}: send ids, not records`);
  }
}

/** Carries events to the other nodes and back (pg-relay.ts on PostgreSQL). */
export interface EventRelay {
  /** Starts listening; `deliver` receives the other nodes' events, `resumed` is called after a reconnect. */
  start(deliver: (events: DomainEvent[]) => void, resumed: () => void): Promise<void>;
  /** Queues one event (already serialised) for the other nodes. */
  send(eventJson: string): void;
  stop(): Promise<void>;
  status(): { nodeId: string; listening: boolean; listenerPid: number | null };
}

/**
 * Domain events (`complaint.answered`, `queue.called`, ...). Publish after commit (`ctx.afterCommit`).
 * Subscribers in this process get every event at once; once `start()`ed (by `serve`), a bus with a relay
 * (PostgreSQL) also sends each event to the other nodes, whose subscribers get it shortly after. On SQLite there is
 * one node and no relay. Delivery to other nodes is at most once: an event published while a node's listener was
 * disconnected does not reach that node (it gets `EVENTS_RESUMED` instead).
 */
export class EventBus {
  private readonly emitter = new EventEmitter({ captureRejections: false });
  private relaying = false;

  constructor(private readonly relay: EventRelay | null = null) {
    this.emitter.setMaxListeners(1000);
  }

  publish(event: DomainEvent): void {
    const json = JSON.stringify({ name: event.name, tenantId: event.tenantId, payload: event.payload });
    const bytes = Buffer.byteLength(json);
    if (bytes > MAX_EVENT_BYTES) throw new EventTooLargeError(event.name, bytes);
    this.emit(event);
    if (this.relaying && this.relay) this.relay.send(json);
  }

  subscribe(name: string, listener: (event: DomainEvent) => void): () => void {
    this.emitter.on(name, listener);
    return () => this.emitter.off(name, listener);
  }

  /** Starts relaying to and from the other nodes (a no-op without a relay). */
  async start(): Promise<void> {
    if (!this.relay || this.relaying) return;
    this.relaying = true;
    await this.relay.start(
      (events) => {
        for (const event of events) this.emit(event);
      },
      () => this.emit({ name: EVENTS_RESUMED, tenantId: null, payload: {} }),
    );
  }

  /** Sends what is still queued and stops relaying. */
  async stop(): Promise<void> {
    if (!this.relay || !this.relaying) return;
    this.relaying = false;
    await this.relay.stop();
  }

  status(): { relay: ReturnType<EventRelay['status']> | null } {
    return { relay: this.relay && this.relaying ? this.relay.status() : null };
  }

  private emit(event: DomainEvent): void {
    this.emitter.emit(event.name, event);
    this.emitter.emit('*', event);
  }
}
