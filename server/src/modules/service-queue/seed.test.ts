import { localDate } from '@lentera/common';
import { expect, it } from 'vitest';
import { makeCtx } from '../../platform/context';
import { buildTenant } from '../../test/factories';
import { describeEachDialect } from '../../test/harness';
import { estimateAccuracy } from './estimate-accuracy';
import { openCountersFor } from './lines';
import { queueRepo } from './repository';
import { seedQueue } from './seed';
import { publicLocations } from './use-cases/views';

describeEachDialect('service queue: the demo data', (env) => {
  it("makes Medan's Disdukcapil with four services, six counters and sixty working days of history, once", async () => {
    const tenant = await buildTenant(env.services, { slug: 'medan', name: 'Pemerintah Kota Medan' });
    await seedQueue(env.services, { tenantSlug: 'medan' });
    await seedQueue(env.services, { tenantSlug: 'medan' });
    const [location, ...others] = await queueRepo.locations(env.services.db, tenant.id);
    expect(others).toHaveLength(0);
    expect(location?.name).toBe('Disdukcapil Kota Medan');
    const services = await queueRepo.services(env.services.db, tenant.id, [location?.id as string]);
    expect(services.map((s) => s.name)).toEqual(['KTP-el', 'Kartu Keluarga', 'Akta Kelahiran', 'Pindah Datang']);
    const counters = await queueRepo.counters(env.services.db, tenant.id, [location?.id as string]);
    expect(counters).toHaveLength(6);
    const tickets = await queueRepo.ticketsBetween(env.services.db, location?.id as string, '2000-01-01', '2999-12-31');
    const today = localDate(env.clock.now(), tenant.timeZone);
    const days = new Set(tickets.filter((t) => t.day !== today).map((t) => t.day));
    expect(days.size).toBe(60);
    // The test's clock is a Monday morning: today's line was made through the kiosk, and counter 1 called one.
    const todays = tickets.filter((t) => t.day === today);
    expect(todays).toHaveLength(9);
    expect(todays.filter((t) => t.status === 'called')).toHaveLength(1);
    expect(todays.find((t) => t.status === 'called')?.priority).toBe('lansia');
    expect(tickets.length).toBeGreaterThan(10_000);
    // Mornings are busier than afternoons.
    const hourOf = (iso: string) => new Date(Date.parse(iso) + 7 * 3600_000).getUTCHours();
    const morning = tickets.filter((t) => hourOf(t.line_at) < 10).length;
    const afternoon = tickets.filter((t) => hourOf(t.line_at) >= 13).length;
    expect(morning).toBeGreaterThan(afternoon * 1.5);
    const board = await publicLocations(makeCtx(env.services, { tenant }));
    expect(board.items[0]?.services).toHaveLength(4);

    // The wait estimate against the waits that followed, replayed over the history (module README, "Wait estimate").
    const accuracy = estimateAccuracy(
      tickets
        .filter((t) => t.called_at && t.day !== today)
        .map((t) => ({
          serviceId: t.service_id,
          day: t.day,
          lineAt: Date.parse(t.line_at),
          calledAt: Date.parse(t.called_at as string),
          finishedAt: t.finished_at && t.status === 'done' ? Date.parse(t.finished_at) : null,
        })),
      new Map(services.map((s) => [s.id, s.average_minutes])),
      // Every counter at work, as in the simulated days (today one is open, which the estimate would read).
      new Map(
        services.map((s) => [
          s.id,
          openCountersFor(
            s.id,
            counters.map((c) => ({ ...c, officer_account_id: null })),
          ),
        ]),
      ),
    );
    process.stdout.write(`wait estimate on Medan's demo history [${env.dialect}]: ${JSON.stringify(accuracy)}\n`);
    expect(accuracy.visits).toBe(tickets.filter((t) => t.called_at && t.day !== today).length);
    expect(accuracy.absoluteErrorMedian).toBeLessThan(12);
  });
});
