import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildCategory, setComplaintSettings } from '../../modules/complaints/test/factories';
import { buildEmployee } from '../../modules/people/test/factories';
import { verifyChain } from '../../platform/audit/audit';
import type { TenantRecord } from '../../platform/tenancy/repository';
import { buildAccount, buildTenant, TEST_PASSWORD, type TestAccount } from '../factories';
import { NodeClient, type ServerNode, setupCluster, until } from '../nodes';
import { intakeBody } from './fixtures';

const pgUrl = inject('pgUrl');

interface NodeEvents {
  relay: { nodeId: string; listening: boolean; listenerPid: number | null } | null;
  received: Array<{ name: string; tenantId: string | null; payload: Record<string, unknown> }>;
}

/** GET as JSON, failing with the answer unless it is 200. */
async function read<T>(node: ServerNode, path: string): Promise<T> {
  const response = await node.fetch(path);
  if (response.status !== 200)
    throw new Error(`GET ${path} on node ${node.index}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const eventsOn = (node: ServerNode) => read<NodeEvents>(node, '/api/bench/events');

describe.runIf(pgUrl)('two server nodes on one PostgreSQL database', () => {
  const cluster = setupCluster({ dialect: 'postgres', pgUrl: pgUrl ?? undefined }, { nodes: 2 });
  let tenant: TenantRecord;
  let categoryId: string;
  let coordinator: TestAccount;
  let a: ServerNode;
  let b: ServerNode;

  beforeAll(async () => {
    [a, b] = cluster.nodes as [ServerNode, ServerNode];
    tenant = await buildTenant(cluster.services);
    categoryId = (await buildCategory(cluster.services, tenant, { tier: 'light' })).id;
    await setComplaintSettings(cluster.services, tenant, { guestPerHour: 0 });
    coordinator = await buildAccount(cluster.services, { roles: [{ tenant, role: 'complaint_coordinator' }] });
  });

  const file = async (node: ServerNode, n: number | string) => {
    const response = await new NodeClient(node).post(`/api/t/${tenant.slug}/complaints`, intakeBody(categoryId, n));
    expect(response.status, await response.clone().text()).toBe(201);
    return (await response.json()) as { id: string; code: string; followToken: string };
  };

  it('reads on one node what was written on the other', async () => {
    const filed = await file(a, 'a1');
    const followed = await new NodeClient(b).get(`/api/t/${tenant.slug}/complaints/follow/${filed.followToken}`);
    expect(followed.status).toBe(200);
    expect(await followed.json()).toMatchObject({ code: filed.code, title: 'Lampu jalan padam nomor a1' });
  });

  it('serves a session made on one node on the other, and a logout on either ends it on both', async () => {
    const onA = new NodeClient(a);
    await onA.login(coordinator.email, TEST_PASSWORD);
    const onB = onA.on(b);
    const session = await onB.refresh();
    expect(session.account).toMatchObject({ email: coordinator.email });
    // An unsafe request on B with the session and CSRF token A issued.
    const settings = await onB.get(`/api/t/${tenant.slug}/complaints/settings`);
    expect(settings.status).toBe(200);
    const saved = await onB.put(`/api/t/${tenant.slug}/complaints/settings`, await settings.json());
    expect(saved.status, await saved.clone().text()).toBe(200);
    expect((await onB.post('/api/auth/logout')).status).toBeLessThan(300);
    const after = await onA.refresh();
    expect(after.account).toBeNull();
  });

  it('keeps cached statistics exact on both nodes after a write on either', async () => {
    const statsPath = `/api/t/${tenant.slug}/complaints/stats?by=category`;
    const received = async (node: ServerNode) =>
      (await read<{ totals: { received: number } }>(node, statsPath)).totals.received;
    const categoryName = async (node: ServerNode) =>
      ((await (await node.fetch(statsPath)).json()) as { rows: Array<{ categoryName: string }> }).rows[0]?.categoryName;
    const start = await received(a);
    expect(await received(b)).toBe(start); // both caches are now filled
    await file(a, 'c1');
    expect(await received(b)).toBe(start + 1);
    expect(await received(a)).toBe(start + 1);
    await file(b, 'c2');
    expect(await received(a)).toBe(start + 2);
    expect(await received(b)).toBe(start + 2);
    // A category renamed through node A shows on node B (the categories' revision trigger).
    const admin = new NodeClient(a);
    await admin.login(coordinator.email, TEST_PASSWORD);
    const renamed = await admin.put(`/api/t/${tenant.slug}/complaints/categories/${categoryId}`, {
      code: 'lampu-jalan',
      name: 'Penerangan Jalan Umum',
      nameEn: 'Street lighting',
      tier: 'light',
    });
    expect(renamed.status, await renamed.clone().text()).toBe(200);
    expect(await categoryName(b)).toBe('Penerangan Jalan Umum');

    // The workforce statistics, written by a third process (this test's own), on both nodes.
    const workforce = async (node: ServerNode) =>
      JSON.stringify(await read(node, `/api/t/${tenant.slug}/workforce/stats`));
    const before = [await workforce(a), await workforce(b)];
    expect(before[0]).toBe(before[1]);
    await buildEmployee(cluster.services, tenant, {});
    const after = [await workforce(a), await workforce(b)];
    expect(after[0]).not.toBe(before[0]);
    expect(after[1]).toBe(after[0]);
  });

  it('relays events between the nodes, also after the listening connection was cut', async () => {
    const filed = await file(a, 'e1');
    await until(
      async () =>
        (await eventsOn(b)).received.some((e) => e.name === 'complaint.received' && e.payload.id === filed.id),
      'complaint.received of node A on node B',
    );
    const before = (await eventsOn(b)).relay!;
    expect(before.listening).toBe(true);
    await sql`select pg_terminate_backend(${before.listenerPid}::int)`.execute(cluster.services.db);
    const after = await until(async () => {
      const relay = (await eventsOn(b)).relay;
      return relay?.listening && relay.listenerPid !== before.listenerPid ? relay : null;
    }, 'node B to listen again');
    expect(after.nodeId).toBe(before.nodeId); // the same process, a new connection
    const sent = await a.fetch('/api/bench/events', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'queue.called', tenantId: tenant.id, payload: { ticket: 'A-001' } }),
    });
    expect(sent.status).toBe(200);
    await until(
      async () => (await eventsOn(b)).received.some((e) => e.name === 'queue.called' && e.payload.ticket === 'A-001'),
      'the event published after the reconnect',
    );
    const onB = (await eventsOn(b)).received;
    expect(onB.filter((e) => e.name === 'events.resumed')).toHaveLength(1);
    expect(onB.filter((e) => e.name === 'queue.called')).toHaveLength(1);
  });

  it('runs the deadline sweep, auto-close and mail delivery exactly once with both nodes sweeping at once', async () => {
    const filed = [];
    for (let n = 0; n < 30; n += 1) filed.push(await file(n % 2 ? a : b, `j${n}`));
    const ids = filed.map((f) => f.id);
    const past = new Date(Date.now() - 3600_000).toISOString();
    // Every verification is overdue (reminder and escalation due); a third of them are answered and past their
    // reopen window.
    await cluster.services.db
      .updateTable('complaints_reports')
      .set({ verification_remind_at: past, verification_due_at: past })
      .where('id', 'in', ids)
      .execute();
    const closing = ids.slice(0, 10);
    await cluster.services.db
      .updateTable('complaints_reports')
      .set({ status: 'answered', auto_close_at: past })
      .where('id', 'in', closing)
      .execute();
    const run = (node: ServerNode, job: string) =>
      node.fetch(`/api/bench/jobs/${job}/run`, { method: 'POST' }).then(async (r) => {
        expect(r.status, await r.clone().text()).toBe(200);
        return ((await r.json()) as { result: unknown }).result;
      });
    for (let round = 0; round < 3; round += 1)
      await Promise.all([
        run(a, 'complaints.deadlines'),
        run(b, 'complaints.deadlines'),
        run(a, 'complaints.auto-close'),
        run(b, 'complaints.auto-close'),
      ]);
    const events = await cluster.services.db
      .selectFrom('complaints_events')
      .select(['complaint_id', 'kind'])
      .where('complaint_id', 'in', ids)
      .where('kind', 'in', ['reminder', 'escalated', 'closed'])
      .execute();
    const count = (kind: string, id: string) => events.filter((e) => e.kind === kind && e.complaint_id === id).length;
    for (const id of ids.slice(10)) {
      expect(count('reminder', id), id).toBe(1);
      expect(count('escalated', id), id).toBe(1);
    }
    for (const id of closing) expect(count('closed', id), id).toBe(1);

    const audit = await cluster.services.db
      .selectFrom('audit_entries')
      .select(['action', 'entity_id'])
      .where('entity_id', 'in', ids)
      .where('action', 'in', ['complaint.reminded', 'complaint.escalated', 'complaint.closed'])
      .execute();
    expect(audit.filter((e) => e.action === 'complaint.escalated')).toHaveLength(20);
    expect(audit.filter((e) => e.action === 'complaint.closed')).toHaveLength(10);
    expect(new Set(audit.map((e) => `${e.action}/${e.entity_id}`)).size).toBe(audit.length);

    // Every queued message is sent once, by whichever node claimed it.
    for (let round = 0; round < 3; round += 1)
      await Promise.all([run(a, 'mail.deliver'), run(b, 'mail.deliver'), run(a, 'mail.deliver')]);
    await until(
      async () =>
        Number(
          (
            await cluster.services.db
              .selectFrom('mail_outbox')
              .select((eb) => eb.fn.countAll().as('n'))
              .where('status', '!=', 'sent')
              .executeTakeFirstOrThrow()
          ).n,
        ) === 0,
      'every message sent',
    );
    const sentRows = await cluster.services.db.selectFrom('mail_outbox').select(['id', 'attempts']).execute();
    const files = readdirSync(join(cluster.dataDir, 'outbox')).filter((f) => f.endsWith('.eml'));
    expect(sentRows.length).toBeGreaterThan(30);
    expect(files).toHaveLength(sentRows.length);
    expect(new Set(files.map((f) => f.slice(-40, -4))).size).toBe(sentRows.length);
    expect(sentRows.every((r) => r.attempts === 1)).toBe(true);

    const chain = await verifyChain(cluster.services.db, tenant.id);
    expect(chain.ok).toBe(true);
  });

  // About 15 s on an idle two-core machine; the timeout leaves room for a machine shared with other work.
  it('gives 10,000 concurrent intakes spread over both nodes unique, gap-free tracking codes', {
    timeout: 600_000,
  }, async () => {
    const city = await buildTenant(cluster.services);
    const category = (await buildCategory(cluster.services, city)).id;
    await setComplaintSettings(cluster.services, city, { guestPerHour: 0 });
    const total = 10_000;
    const connections = 64;
    const clients = await Promise.all(
      Array.from({ length: connections }, async (_, i) => {
        const client = new NodeClient(i % 2 ? a : b);
        await client.refresh();
        return client;
      }),
    );
    const codes: string[] = [];
    const failures: string[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      clients.map(async (client) => {
        for (let n = next++; n < total; n = next++) {
          const response = await client.post(`/api/t/${city.slug}/complaints`, {
            ...intakeBody(category, n),
            guest: { email: 'banyak@contoh.id' },
          });
          if (response.status === 201) codes.push(((await response.json()) as { code: string }).code);
          else if (failures.push(`${response.status} ${await response.text()}`) > 20)
            throw new Error(failures.join('\n'));
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    expect(failures).toEqual([]);
    expect(codes).toHaveLength(total);
    expect(new Set(codes).size).toBe(total);
    const numbers = codes.map((c) => Number(c.split('-').at(-1))).sort((x, y) => x - y);
    expect(numbers[0]).toBe(1);
    expect(numbers.at(-1)).toBe(total); // unique and 1..10,000: gap-free
    const stored = await cluster.services.db
      .selectFrom('complaints_reports')
      .select((eb) => [eb.fn.countAll().as('n'), eb.fn.count('code').distinct().as('codes')])
      .where('tenant_id', '=', city.id)
      .executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(total);
    expect(Number(stored.codes)).toBe(total);
    const chain = await verifyChain(cluster.services.db, city.id);
    expect(chain).toMatchObject({ ok: true });
    process.stdout.write(`10,000 intakes over two nodes: ${seconds.toFixed(1)} s (${Math.round(total / seconds)}/s)\n`);
  });
});
