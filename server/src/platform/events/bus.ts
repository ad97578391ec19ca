import { EventEmitter } from 'node:events';

export interface DomainEvent {
  name: string;
  tenantId: string | null;
  payload: Record<string, unknown>;
}

/**
 * Domain events (`complaint.answered`, `queue.called`, ...) for in-process subscribers. Publish after
 * commit (`ctx.afterCommit`). On PostgreSQL a later issue relays them with NOTIFY to the other nodes.
 */
export class EventBus {
  private readonly emitter = new EventEmitter({ captureRejections: false });
  constructor() {
    this.emitter.setMaxListeners(1000);
  }

  publish(event: DomainEvent): void {
    this.emitter.emit(event.name, event);
    this.emitter.emit('*', event);
  }

  subscribe(name: string, listener: (event: DomainEvent) => void): () => void {
    this.emitter.on(name, listener);
    return () => this.emitter.off(name, listener);
  }
}
