import { estimateWaitMinutes } from '@lentera/common';
import type { Ctx } from '../../platform/context';
import { recentMinutes } from './recent';
import { type CounterRow, queueRepo, type ServiceRow, type TicketRow } from './repository';

/** Before whom a waiting ticket is called: priority groups, then bookings whose window began, then by arrival. */
export function rankOf(ticket: Pick<TicketRow, 'priority' | 'booking_window' | 'line_at'>, nowIso: string): number {
  if (ticket.priority) return 0;
  if (ticket.booking_window && ticket.line_at <= nowIso) return 1;
  return 2;
}

export function before(a: TicketRow, b: TicketRow, nowIso: string): boolean {
  const ra = rankOf(a, nowIso);
  const rb = rankOf(b, nowIso);
  if (ra !== rb) return ra < rb;
  return a.line_at < b.line_at || (a.line_at === b.line_at && a.id < b.id);
}

export const servesOf = (counter: Pick<CounterRow, 'service_ids'>) => JSON.parse(counter.service_ids) as string[];

/**
 * How many counters work a service's line: those open now (signed in, not paused), or, when none is, all that serve
 * it. A counter whose first service it is counts one; one that takes it after its own service, half.
 */
export function openCountersFor(serviceId: string, counters: readonly CounterRow[]): number {
  const serving = counters.filter((c) => c.active === 1 && servesOf(c).includes(serviceId));
  const open = serving.filter((c) => c.officer_account_id && !c.paused_at);
  const weight = (list: CounterRow[]) => list.reduce((sum, c) => sum + (servesOf(c)[0] === serviceId ? 1 : 0.5), 0);
  return Math.max(1, weight(open.length ? open : serving));
}

/** A location's live lines: who waits for what, and what a newcomer or a given ticket can expect. */
export interface Lines {
  active: TicketRow[];
  counters: CounterRow[];
  services: ServiceRow[];
  recent: Map<string, number[]>;
  nowIso: string;
  /** Waiting tickets of a service. */
  waiting(serviceId: string): TicketRow[];
  /** People called before this ticket (it must be waiting), and its estimated wait. */
  position(ticket: TicketRow): { ahead: number; estimatedMinutes: number };
  /** The wait of someone taking a ticket of the service now. */
  newcomer(serviceId: string): number;
}

export async function linesOf(ctx: Ctx, tenantId: string, locationId: string, day: string): Promise<Lines> {
  const [active, counters, services, recent] = await Promise.all([
    queueRepo.activeTickets(ctx.db, locationId, day),
    queueRepo.counters(ctx.db, tenantId, [locationId]),
    queueRepo.services(ctx.db, tenantId, [locationId]),
    recentMinutes(ctx, locationId, day),
  ]);
  const nowIso = ctx.clock.now().toISOString();
  const byService = new Map<string, TicketRow[]>();
  for (const t of active)
    if (t.status === 'waiting') {
      const list = byService.get(t.service_id) ?? [];
      list.push(t);
      byService.set(t.service_id, list);
    }
  const average = (serviceId: string) => services.find((s) => s.id === serviceId)?.average_minutes ?? 10;
  const estimate = (serviceId: string, ahead: number) =>
    estimateWaitMinutes(ahead, recent.get(serviceId) ?? [], average(serviceId), openCountersFor(serviceId, counters));
  return {
    active,
    counters,
    services,
    recent,
    nowIso,
    waiting: (serviceId) => byService.get(serviceId) ?? [],
    position(ticket) {
      const ahead = (byService.get(ticket.service_id) ?? []).filter(
        (t) => t.id !== ticket.id && before(t, ticket, nowIso),
      ).length;
      return { ahead, estimatedMinutes: estimate(ticket.service_id, ahead) };
    },
    newcomer(serviceId) {
      return estimate(serviceId, (byService.get(serviceId) ?? []).length);
    },
  };
}
