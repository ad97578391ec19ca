import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertValidNips, importPopulation, toCsv } from '../../../../bench/lib/population';
import { buildCategory, setComplaintSettings } from '../../modules/complaints/test/factories';
import { IMPORT_COLUMNS } from '../../modules/people/import-format';
import { buildUnit } from '../../modules/people/test/factories';
import type { TenantRecord } from '../../platform/tenancy/repository';
import { runCli } from '../cli';
import { buildAccount, buildTenant, TEST_PASSWORD } from '../factories';
import { dialects } from '../harness';
import { NodeClient, type ServerNode, setupCluster, until } from '../nodes';
import { intakeBody } from './fixtures';

const IMPORT_ROWS = 3000;

for (const target of dialects())
  describe(`a server killed with SIGKILL and restarted [${target.dialect}]`, () => {
    const cluster = setupCluster(target, { nodes: 1 });
    let node: ServerNode;
    let tenant: TenantRecord;
    let categoryId: string;
    let hr: NodeClient;

    beforeAll(async () => {
      node = cluster.nodes[0]!;
      tenant = await buildTenant(cluster.services);
      categoryId = (await buildCategory(cluster.services, tenant)).id;
      await setComplaintSettings(cluster.services, tenant, { guestPerHour: 0 });
      await buildUnit(cluster.services, tenant, { code: 'DISDIK', name: 'Dinas Pendidikan' });
      const account = await buildAccount(cluster.services, { roles: [{ tenant, role: 'hr_admin' }] });
      hr = new NodeClient(node);
      await hr.login(account.email, TEST_PASSWORD);
    });

    const count = async (query: ReturnType<typeof sql<{ n: number }>>) =>
      Number((await query.execute(cluster.services.db)).rows[0]?.n ?? 0);

    it('keeps every acknowledged complaint, whole, and no half of an unacknowledged one', async () => {
      const acknowledged: Array<{ id: string; code: string }> = [];
      let failed = 0;
      let stop = false;
      const clients = await Promise.all(
        Array.from({ length: 16 }, async () => {
          const client = new NodeClient(node);
          await client.refresh();
          return client;
        }),
      );
      const streams = clients.map(async (client, c) => {
        for (let n = 0; !stop; n += 1) {
          try {
            const response = await client.post(`/api/t/${tenant.slug}/complaints`, intakeBody(categoryId, `${c}-${n}`));
            if (response.status === 201) acknowledged.push((await response.json()) as { id: string; code: string });
            else failed += 1;
          } catch {
            failed += 1; // the connection died with the server: not acknowledged
            return;
          }
        }
      });
      await until(() => acknowledged.length >= 200, '200 acknowledged intakes', 120_000);
      await node.kill(); // in the middle of the stream: 16 requests in flight
      stop = true;
      await Promise.all(streams);
      expect(failed).toBeGreaterThan(0);
      await node.restart();

      const ids = acknowledged.map((a) => a.id);
      const stored = await cluster.services.db
        .selectFrom('complaints_reports')
        .select(['id', 'code'])
        .where('tenant_id', '=', tenant.id)
        .execute();
      const byId = new Map(stored.map((r) => [r.id, r.code]));
      for (const a of acknowledged) expect(byId.get(a.id), `acknowledged ${a.code}`).toBe(a.code);
      expect(stored.length).toBeGreaterThanOrEqual(ids.length);
      // Each stored complaint is whole: its first timeline step, its follower, its audit entry, its confirmation
      // mail and its count in the daily statistics were written with it, or none of them were.
      const tenantId = tenant.id;
      const n = stored.length;
      expect(
        await count(sql`select count(*) as n from complaints_events e join complaints_reports r on r.id = e.complaint_id
          where r.tenant_id = ${tenantId} and e.kind = 'received'`),
      ).toBe(n);
      expect(
        await count(sql`select count(*) as n from complaints_followers f join complaints_reports r on r.id = f.complaint_id
          where r.tenant_id = ${tenantId}`),
      ).toBe(n);
      expect(
        await count(
          sql`select count(*) as n from audit_entries where tenant_id = ${tenantId} and action = 'complaint.received'`,
        ),
      ).toBe(n);
      expect(
        await count(sql`select coalesce(sum(received), 0) as n from complaints_daily where tenant_id = ${tenantId}`),
      ).toBe(n);
      expect(await count(sql`select count(*) as n from mail_outbox where to_address like 'warga%@contoh.id'`)).toBe(n);
      // The tracking numbers taken by transactions that died were given back: 1..n without a gap.
      const numbers = stored.map((r) => Number(r.code.split('-').at(-1))).sort((x, y) => x - y);
      expect(numbers).toEqual(Array.from({ length: n }, (_, i) => i + 1));

      const verify = await runCli(['audit', 'verify'], cluster.env, 120_000);
      expect(verify.code, verify.stdout + verify.stderr).toBe(0);
      const after = await new NodeClient(node).post(
        `/api/t/${tenant.slug}/complaints`,
        intakeBody(categoryId, 'after'),
      );
      expect(after.status).toBe(201);
      expect(Number(((await after.json()) as { code: string }).code.split('-').at(-1))).toBe(n + 1);
    });

    it('applies an employee import whole or not at all when killed while applying', async () => {
      const rows = importPopulation({
        slug: tenant.slug,
        count: IMPORT_ROWS,
        unitCodes: ['DISDIK'],
        asOf: '2026-11-01',
      });
      assertValidNips(rows, '2026-11-01');
      const csv = toCsv(
        IMPORT_COLUMNS.map((c) => c.key),
        rows,
      );
      const form = new FormData();
      form.append('file', new Blob([csv], { type: 'text/csv' }), 'pegawai.csv');
      hr.node = node;
      await hr.refresh();
      const api = `/api/t/${tenant.slug}/people`;
      const dryRun = await hr.request('POST', `${api}/imports`, form);
      expect(dryRun.status, await dryRun.clone().text()).toBe(201);
      const report = (await dryRun.json()) as { id: string; status: string; summary: { create: number } };
      expect(report).toMatchObject({ status: 'checked', summary: { create: IMPORT_ROWS } });
      const employees = () => count(sql`select count(*) as n from people_employees where tenant_id = ${tenant.id}`);
      const before = await employees();

      const applying = await hr.post(`${api}/imports/${report.id}/apply`);
      expect(applying.status).toBe(202);
      const statusAtKill = await until(async () => {
        const s = (await (await hr.get(`${api}/imports/${report.id}`)).json()) as {
          status: string;
          progress: { done: number };
        };
        return s.progress.done > 0 || s.status !== 'applying' ? s.status : null;
      }, 'the import to be under way');
      await node.kill();
      await node.restart();

      const added = (await employees()) - before;
      const history = await count(sql`select count(*) as n from people_history where tenant_id = ${tenant.id}`);
      const positions = await count(sql`select count(*) as n from people_positions where tenant_id = ${tenant.id}`);
      expect([0, IMPORT_ROWS]).toContain(added);
      // The positions the file creates and the employees' career history come with the employees, or not at all.
      expect(positions > 0).toBe(added > 0);
      expect(history >= added && history > 0 === added > 0).toBe(true);
      const verify = await runCli(['audit', 'verify', '--tenant', tenant.slug], cluster.env, 120_000);
      expect(verify.code, verify.stdout + verify.stderr).toBe(0);
      hr.node = node;
      const statusAfter = ((await (await hr.get(`${api}/imports/${report.id}`)).json()) as { status: string }).status;
      process.stdout.write(
        `[${target.dialect}] import killed while ${statusAtKill}: ${added === 0 ? 'absent' : 'whole'} after restart, status ${statusAfter}\n`,
      );
    });
  });
