import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildAccount, buildTenant, TEST_PASSWORD } from '../../../test/factories';
import { NodeClient, type ServerNode, setupCluster, until } from '../../../test/nodes';
import { buildQueueSetup, type QueueSetup } from '../test/factories';

const pgUrl = inject('pgUrl');

/** Reads a Server-Sent Events response in the background, keeping each event's name and data. */
function collect(response: Response): {
  events: Array<{ event: string; data: Record<string, unknown> }>;
  stop(): void;
} {
  const events: Array<{ event: string; data: Record<string, unknown> }> = [];
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let stopped = false;
  void (async () => {
    while (!stopped) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event && data) events.push({ event, data: JSON.parse(data) });
        end = buffer.indexOf('\n\n');
      }
    }
  })();
  return {
    events,
    stop() {
      stopped = true;
      void reader.cancel().catch(() => {});
    },
  };
}

describe.runIf(pgUrl)('service queue on two server nodes and one PostgreSQL database', () => {
  const cluster = setupCluster({ dialect: 'postgres', pgUrl: pgUrl ?? undefined }, { nodes: 2 });
  let tenant: TenantRecord;
  let setup: QueueSetup;
  let a: ServerNode;
  let b: ServerNode;

  beforeAll(async () => {
    [a, b] = cluster.nodes as [ServerNode, ServerNode];
    tenant = await buildTenant(cluster.services);
    setup = await buildQueueSetup(cluster.services, tenant, { service: { dailyCapacity: 500 } });
  });

  it('numbers tickets issued on both nodes at the same instant without a gap or a repeat, calls each exactly once, and shows calls made on one node on a board connected to the other', async () => {
    const q = `/api/t/${tenant.slug}/queue`;
    const board = collect(await b.fetch(`${q}/locations/${setup.locationId}/stream`));
    await until(() => board.events.some((e) => e.event === 'snapshot'), 'the first snapshot on node B');

    const kiosks = [new NodeClient(a), new NodeClient(b)];
    await Promise.all(kiosks.map((k) => k.refresh()));
    const take = async (i: number) => {
      const response = await (kiosks[i % 2] as NodeClient).post(
        `${q}/kiosks/${setup.kioskId}/tickets`,
        { serviceId: setup.serviceA, priority: null },
        { 'x-kiosk-secret': setup.kioskSecret },
      );
      expect(response.status, await response.clone().text()).toBe(201);
      return ((await response.json()) as { code: string }).code;
    };
    const codes = await Promise.all(Array.from({ length: 40 }, (_, i) => take(i)));
    expect([...codes].sort()).toEqual(Array.from({ length: 40 }, (_, i) => `A-${String(i + 1).padStart(3, '0')}`));

    // Two officers, one on each node, press "call next" as fast as they can until nobody waits.
    const officers = await Promise.all(
      [a, b].map(async (node) => {
        const account = await buildAccount(cluster.services, { roles: [{ tenant, role: 'service_officer' }] });
        const client = new NodeClient(node);
        await client.login(account.email, TEST_PASSWORD);
        return client;
      }),
    );
    const counters = [setup.counter1, setup.counter2];
    await Promise.all(officers.map((o, i) => o.post(`${q}/counters/${counters[i]}/sign-in`)));
    const calledBy: string[][] = [[], []];
    await Promise.all(
      officers.map(async (officer, i) => {
        for (;;) {
          const response = await officer.post(`${q}/counters/${counters[i]}/call-next`);
          expect(response.status, await response.clone().text()).toBe(200);
          const { ticket } = (await response.json()) as { ticket: { id: string; code: string } | null };
          if (!ticket) return;
          (calledBy[i] as string[]).push(ticket.code);
          const done = await officer.post(`${q}/tickets/${ticket.id}/finish`, { outcome: 'done' });
          expect(done.status, await done.clone().text()).toBe(200);
        }
      }),
    );
    const all = [...(calledBy[0] as string[]), ...(calledBy[1] as string[])];
    expect(all).toHaveLength(40);
    expect(new Set(all).size).toBe(40);
    expect((calledBy[0] as string[]).length).toBeGreaterThan(0);

    // Node B's board heard the calls made at counter 1 through node A.
    const onBoard = await until(() => {
      const calls = board.events.filter((e) => e.event === 'call').map((e) => e.data.code as string);
      return calls.length >= 40 ? calls : null;
    }, 'every call on the board of node B');
    expect(new Set(onBoard)).toEqual(new Set(all));
    const fromA = board.events.find((e) => e.event === 'call' && e.data.counterNumber === 1);
    expect(fromA?.data.spoken).toMatch(/^Nomor antrian A .+, silakan menuju loket satu$/);
    board.stop();
  });

  it('a kiosk removed through one node is refused on the other, which had it in memory', async () => {
    const q = `/api/t/${tenant.slug}/queue`;
    const kioskOnB = new NodeClient(b);
    await kioskOnB.refresh();
    const take = () =>
      kioskOnB.post(
        `${q}/kiosks/${setup.kioskId}/tickets`,
        { serviceId: setup.serviceB, priority: null },
        { 'x-kiosk-secret': setup.kioskSecret },
      );
    expect((await take()).status).toBe(201);
    const account = await buildAccount(cluster.services, { roles: [{ tenant, role: 'tenant_admin' }] });
    const admin = new NodeClient(a);
    await admin.login(account.email, TEST_PASSWORD);
    expect((await admin.request('DELETE', `${q}/kiosks/${setup.kioskId}`)).status).toBe(200);
    // The change reaches node B through the event relay, a moment after the commit.
    await until(async () => ((await take()).status === 403 ? true : null), 'node B refusing the removed kiosk');
  });
});
