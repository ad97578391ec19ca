import { localDate, OPEN_STATUSES } from '@lentera/common';
import { sql } from 'kysely';
import { makeCtx, type Services, transaction } from '../../../platform/context';
import { listTenants } from '../../../platform/tenancy/repository';
import { peopleService } from '../../people/index';
import { notifyStaff } from '../notify';

/** Local hour from which the day's digest goes out. */
const DIGEST_HOUR = 7;

/**
 * The daily digest for tenants that chose it: each complaint officer and coordinator gets one mail a day with
 * the open complaints in their scope (count, due today, overdue) instead of a mail per assignment and reminder.
 * One row per (tenant, account, local day) is inserted first: only the node that inserts it sends.
 */
export async function sendComplaintDigests(services: Services): Promise<number> {
  let sent = 0;
  const now = services.clock.now();
  for (const tenant of await listTenants(services.db)) {
    const settings = await services.db
      .selectFrom('complaints_settings')
      .select('daily_digest')
      .where('tenant_id', '=', tenant.id)
      .executeTakeFirst();
    if (settings?.daily_digest !== 1) continue;
    const hour = Number(
      new Intl.DateTimeFormat('en', { timeZone: tenant.timeZone, hour: 'numeric', hourCycle: 'h23' }).format(now),
    );
    if (hour < DIGEST_HOUR) continue;
    const day = localDate(now, tenant.timeZone);
    const ctx = makeCtx(services, { tenant });
    const grants = await services.db
      .selectFrom('role_grants')
      .innerJoin('accounts', 'accounts.id', 'role_grants.account_id')
      .select(['accounts.id as accountId', 'accounts.email', 'role_grants.role', 'role_grants.unit_id'])
      .where('role_grants.tenant_id', '=', tenant.id)
      .where('role_grants.role', 'in', ['complaint_officer', 'complaint_coordinator'])
      .execute();
    const units = await peopleService.units(ctx);
    const byAccount = new Map<string, { email: string | null; units: '*' | string[] }>();
    for (const g of grants) {
      const entry = byAccount.get(g.accountId) ?? { email: g.email, units: [] as string[] };
      if (g.role === 'complaint_coordinator' || g.unit_id === null) entry.units = '*';
      else if (entry.units !== '*')
        entry.units.push(...units.filter((u) => u.path.includes(`/${g.unit_id}/`)).map((u) => u.id));
      byAccount.set(g.accountId, entry);
    }
    const nowIso = now.toISOString();
    const due = sql<string | null>`case when status = 'received' then verification_due_at else answer_due_at end`;
    for (const [accountId, entry] of byAccount) {
      if (!entry.email) continue;
      let q = services.db
        .selectFrom('complaints_reports')
        .where('tenant_id', '=', tenant.id)
        .where('status', 'in', [...OPEN_STATUSES]);
      if (entry.units !== '*')
        q = entry.units.length ? q.where('unit_id', 'in', entry.units) : q.where(sql<boolean>`1 = 0`);
      const counts = await q
        .select([
          sql<number>`count(*)`.as('open'),
          sql<number>`sum(case when ${due} < ${nowIso} then 1 else 0 end)`.as('overdue'),
        ])
        .executeTakeFirstOrThrow();
      await transaction(ctx, async (tx) => {
        const claimed = await tx.db
          .insertInto('complaints_digests')
          .values({ tenant_id: tenant.id, account_id: accountId, day, sent_at: nowIso })
          .onConflict((oc) => oc.columns(['tenant_id', 'account_id', 'day']).doNothing())
          .executeTakeFirst();
        if (Number(claimed.numInsertedOrUpdatedRows ?? 0) !== 1) return;
        sent += 1;
        await notifyStaff(tx, entry.email, {
          subject: `Ringkasan pengaduan ${day} / Complaints digest`,
          text: `Pengaduan terbuka / open: ${Number(counts.open)}\nLewat batas waktu / overdue: ${Number(counts.overdue ?? 0)}\n\n${tx.config.publicUrl}/t/${tenant.slug}/staff/complaints`,
        });
      });
    }
  }
  return sent;
}
