import type { Lang } from '@lentera/common';
import { makeCtx, type Services } from '../../platform/context';
import { type DomainEvent, EVENTS_RESUMED } from '../../platform/events/bus';
import type { EventStream } from '../../platform/http/sse';
import type { TenantRecord } from '../../platform/tenancy/repository';
import { QUEUE_EVENTS } from './support';
import { boardOf } from './use-cases/views';

interface Board {
  tenant: TenantRecord;
  lang: Lang;
  streams: Set<EventStream>;
  timer: NodeJS.Timeout | null;
}

/** Changes of one moment make one snapshot: the board is read once for all of a location's clients. */
const SNAPSHOT_DELAY_MS = 50;

/**
 * The display boards' and phone pages' streams of one server node, by location. One subscription to the event bus
 * serves them all: a call is sent to each client of its location at once (the board speaks it), and every change
 * makes one fresh snapshot per location, read once and sent to all its clients. Events of other nodes arrive
 * through the bus's relay; when the relay reconnects (events may have been missed) every board gets a snapshot.
 */
export class BoardHub {
  private readonly boards = new Map<string, Board>();

  constructor(private readonly services: Services) {
    services.events.subscribe('*', (event) => this.onEvent(event));
  }

  /** Adds a client; returns what removes it. */
  add(tenant: TenantRecord, locationId: string, lang: Lang, stream: EventStream): () => void {
    let board = this.boards.get(locationId);
    if (!board) {
      board = { tenant, lang, streams: new Set(), timer: null };
      this.boards.set(locationId, board);
    }
    board.streams.add(stream);
    return () => {
      const current = this.boards.get(locationId);
      if (!current) return;
      current.streams.delete(stream);
      if (!current.streams.size) {
        if (current.timer) clearTimeout(current.timer);
        this.boards.delete(locationId);
      }
    };
  }

  clients(): number {
    let n = 0;
    for (const board of this.boards.values()) n += board.streams.size;
    return n;
  }

  private onEvent(event: DomainEvent): void {
    if (event.name === EVENTS_RESUMED) {
      for (const locationId of this.boards.keys()) this.scheduleSnapshot(locationId);
      return;
    }
    if (!event.name.startsWith('queue.')) return;
    const locationId = event.payload.locationId;
    if (typeof locationId !== 'string') return;
    const board = this.boards.get(locationId);
    if (!board || board.tenant.id !== event.tenantId) return;
    if (event.name === QUEUE_EVENTS.called) {
      const { locationId: _l, counterId: _c, ...call } = event.payload;
      for (const stream of board.streams) stream.send('call', call);
    } else if (typeof event.payload.ticketId === 'string') {
      for (const stream of board.streams) stream.send('change', { ticketId: event.payload.ticketId });
    }
    this.scheduleSnapshot(locationId);
  }

  private scheduleSnapshot(locationId: string): void {
    const board = this.boards.get(locationId);
    if (!board || board.timer) return;
    board.timer = setTimeout(() => {
      board.timer = null;
      void this.sendSnapshot(locationId, board);
    }, SNAPSHOT_DELAY_MS);
  }

  private async sendSnapshot(locationId: string, board: Board): Promise<void> {
    try {
      const snapshot = await boardOf(makeCtx(this.services, { tenant: board.tenant, lang: board.lang }), locationId);
      for (const stream of board.streams) stream.send('snapshot', snapshot);
    } catch (error) {
      this.services.log.warn({ err: error, locationId }, 'queue board snapshot failed');
    }
  }
}

const hubs = new WeakMap<Services, BoardHub>();

export function boardHub(services: Services): BoardHub {
  let hub = hubs.get(services);
  if (!hub) {
    hub = new BoardHub(services);
    hubs.set(services, hub);
  }
  return hub;
}
