import { type IntakeResult, localDate } from '@lentera/common';
import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import { chainHead, verifyChain } from '../../../platform/audit/audit';
import type { Settled } from '../../../platform/coalesce';
import { type Ctx, makeCtx, transaction } from '../../../platform/context';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect, type TestEnv } from '../../../test/harness';
import { buildUnit } from '../../people/test/factories';
import { complaintsRepo } from '../repository';
import { hashToken } from '../support';
import { buildCategory, complaintBody, setComplaintSettings } from '../test/factories';
import { fileIntake, type PendingIntake, writeIntakes } from './intake-writer';
import { prepareIntake, submitComplaint } from './submit-complaint';

/** A fresh tenant without the guest rate limit, so that its codes, statistics and chain start from nothing. */
async function freshTenant(env: TestEnv): Promise<TenantRecord> {
  const tenant = await buildTenant(env.services);
  await setComplaintSettings(env.services, tenant, { guestPerHour: 0 });
  return tenant;
}

/**
 * A guest complaint as `submitComplaint` hands it to the writer (`prepareIntake`), with a given id, a title the
 * database refuses (null), or another tenant's id written in, for the failure cases.
 */
async function pendingIntake(
  ctx: Ctx,
  tenant: TenantRecord,
  categoryId: string,
  options: { email: string; id?: string; title?: null },
): Promise<PendingIntake> {
  const pending = await prepareIntake(
    ctx,
    complaintBody(categoryId, {
      title: `Lampu jalan mati ${options.email}`,
      guest: { name: 'Warga Uji', email: options.email },
    }),
  );
  Object.assign(pending.report, { tenant_id: tenant.id }, options.id ? { id: options.id } : {});
  if (options.title === null) Object.assign(pending.report, { title: null });
  return pending;
}

describeEachDialect('complaints: complaints filed at the same moment are written together', (env) => {
  let publicUrl: string;

  beforeAll(() => {
    publicUrl = env.config.publicUrl;
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const sequenceOf = async (tenant: TenantRecord) =>
    (
      await env.services.db
        .selectFrom('complaints_sequences')
        .select('last')
        .where('tenant_id', '=', tenant.id)
        .executeTakeFirst()
    )?.last ?? 0;
  const reportsOf = (tenant: TenantRecord) =>
    env.services.db
      .selectFrom('complaints_reports')
      .selectAll()
      .where('tenant_id', '=', tenant.id)
      .orderBy('code')
      .execute();
  const mailsTo = (address: string) =>
    env.services.db.selectFrom('mail_outbox').selectAll().where('to_address', '=', address).execute();
  const followersOf = (tenant: TenantRecord, email: string) =>
    env.services.db
      .selectFrom('complaints_followers')
      .selectAll()
      .where('tenant_id', '=', tenant.id)
      .where('email', '=', email)
      .execute();
  const auditEntriesSince = (tenant: TenantRecord, seq: number) =>
    env.services.db
      .selectFrom('audit_entries')
      .selectAll()
      .where('tenant_id', '=', tenant.id)
      .where('seq', '>', seq)
      .orderBy('seq')
      .execute();
  const statistics = async (tenant: TenantRecord) => ({
    daily: await env.services.db
      .selectFrom('complaints_daily')
      .selectAll()
      .where('tenant_id', '=', tenant.id)
      .orderBy('unit_id')
      .orderBy('category_id')
      .execute(),
    monthly: await env.services.db
      .selectFrom('complaints_monthly')
      .selectAll()
      .where('tenant_id', '=', tenant.id)
      .orderBy('unit_id')
      .orderBy('category_id')
      .execute(),
  });

  it('files 30 concurrent guest complaints each completely: number, follower, timeline, mail, statistics, audit', async () => {
    const tenant = await freshTenant(env);
    const roads = await buildUnit(env.services, tenant, { name: 'Dinas Pekerjaan Umum' });
    const parks = await buildUnit(env.services, tenant, { name: 'Dinas Lingkungan Hidup' });
    const plain = await buildCategory(env.services, tenant, { tier: 'light' });
    const routed = await buildCategory(env.services, tenant, { defaultUnitId: roads.id });
    const headBefore = await chainHead(env.services.db, tenant.id);

    // Mixed categories; some name a unit, which goes before the category's default unit.
    const specs = Array.from({ length: 30 }, (_, i) => {
      const category = i % 2 === 0 ? plain : routed;
      const unitId = i % 3 === 0 ? parks.id : null;
      const email = `pelapor${i}.serentak@contoh.id`;
      const expectedUnit = unitId ?? category.default_unit_id ?? '';
      return { category, unitId, email, expectedUnit };
    });
    const insertReports = vi.spyOn(complaintsRepo, 'insertReports');
    const results: IntakeResult[] = await Promise.all(
      specs.map((s) =>
        submitComplaint(
          makeCtx(env.services, { tenant }),
          complaintBody(s.category.id, {
            unitId: s.unitId,
            guest: { name: 'Pelapor Serentak', email: s.email },
          }),
        ),
      ),
    );

    // Written together: fewer multi-row statements than complaints, holding all 30 of them.
    const statementRows = insertReports.mock.calls.map(([, rows]) => rows.length);
    expect(statementRows.reduce((a, b) => a + b, 0)).toBe(30);
    expect(statementRows.length).toBeLessThan(30);
    expect(Math.max(...statementRows)).toBeGreaterThan(1);

    // Numbers 1 to 30, each once, and the sequence stands at 30.
    const year = localDate(env.clock.now(), tenant.timeZone).slice(0, 4);
    const codes = results.map((r) => r.code);
    expect(new Set(codes).size).toBe(30);
    expect(codes.map((c) => Number(c.slice(-6))).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 30 }, (_, i) => i + 1),
    );
    for (const code of codes) expect(code.startsWith(`${tenant.code}-ADU-${year}-`)).toBe(true);
    expect(Number(await sequenceOf(tenant))).toBe(30);

    const reports = new Map((await reportsOf(tenant)).map((r) => [r.id, r]));
    expect(reports.size).toBe(30);
    for (const [i, result] of results.entries()) {
      const spec = specs[i]!;
      const report = reports.get(result.id);
      expect(report).toMatchObject({
        code: result.code,
        category_id: spec.category.id,
        concerned_unit_id: spec.expectedUnit || null,
        reporter_email: spec.email,
        status: 'received',
        answer_days: spec.category.answer_days,
      });
      expect(report?.guest_token_hash).toBe(hashToken(result.followToken!));

      const followers = await complaintsRepo.followers(env.services.db, tenant.id, result.id);
      expect(followers).toMatchObject([
        { complaint_id: result.id, source_complaint_id: result.id, email: spec.email, account_id: null },
      ]);
      const events = await complaintsRepo.events(env.services.db, tenant.id, result.id, { publicOnly: false });
      expect(events).toMatchObject([{ kind: 'received', seq: 1, public: 1, actor_account_id: null }]);

      const mails = await mailsTo(spec.email);
      expect(mails).toHaveLength(1);
      const mail = mails[0]!;
      expect(mail.subject.startsWith(`[${result.code}] `)).toBe(true);
      expect(mail.tenant_id).toBe(tenant.id);
      expect(mail.text_body).toContain(result.code);
      expect(mail.text_body).toContain(`${publicUrl}${result.followPath}`);
      for (const [j, otherResult] of results.entries()) {
        if (j === i) continue;
        expect(mail.text_body).not.toContain(otherResult.followToken!);
        expect(mail.text_body).not.toContain(otherResult.code);
      }
    }

    // The day's and the month's statistics: 30 received, each under its category and concerned unit.
    const expected = new Map<string, number>();
    for (const s of specs) {
      const key = `${s.expectedUnit}|${s.category.id}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    const day = localDate(env.clock.now(), tenant.timeZone);
    const { daily, monthly } = await statistics(tenant);
    const counted = (rows: Array<{ unit_id: string; category_id: string; received: number }>) =>
      new Map(rows.map((r) => [`${r.unit_id}|${r.category_id}`, Number(r.received)]));
    expect(counted(daily)).toEqual(expected);
    expect(counted(monthly)).toEqual(expected);
    expect(daily.every((r) => r.day === day)).toBe(true);
    expect(monthly.every((r) => r.month === day.slice(0, 7))).toBe(true);
    for (const row of [...daily, ...monthly])
      expect([row.verified, row.answered, row.answered_on_time, row.reopened].map(Number)).toEqual([0, 0, 0, 0]);

    // The audit chain holds, with one entry per complaint naming no one.
    expect(await verifyChain(env.services.db, tenant.id)).toMatchObject({ ok: true, length: headBefore.length + 30 });
    const audit = await auditEntriesSince(tenant, headBefore.length);
    expect(audit).toHaveLength(30);
    expect(audit.every((e) => e.action === 'complaint.received' && e.entity_type === 'complaint')).toBe(true);
    expect(audit.every((e) => e.actor_id === null && e.actor_name === null)).toBe(true);
    expect(new Set(audit.map((e) => e.entity_id))).toEqual(new Set(results.map((r) => r.id)));
  });

  it('numbers complaints in the order they came, and holds the guest limit, when batches overlap', async () => {
    const tenant = await freshTenant(env);
    const category = await buildCategory(env.services, tenant);
    const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
    // Waves a turn apart: each wave is a batch of its own, and on PostgreSQL two of them run at once.
    const filed: Array<Promise<IntakeResult>> = [];
    for (let wave = 0; wave < 6; wave++) {
      for (let k = 0; k < 5; k++)
        filed.push(
          submitComplaint(
            makeCtx(env.services, { tenant }),
            complaintBody(category.id, { guest: { name: 'Warga Uji', email: `gelombang${wave}.${k}@contoh.id` } }),
          ),
        );
      await turn();
    }
    const numbers = (await Promise.all(filed)).map((r) => Number(r.code.slice(-6)));
    expect(numbers).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));

    // One guest, three complaints an hour, in two batches whose transactions overlap (as two batches of a tenant do
    // on PostgreSQL, also from two nodes): the second counts the first batch's complaints, once it has committed.
    await setComplaintSettings(env.services, tenant, { guestPerHour: 3 });
    const ctx = makeCtx(env.services, { tenant });
    const guest = (n: number) =>
      Promise.all(
        Array.from({ length: n }, () => pendingIntake(ctx, tenant, category.id, { email: 'satu.tamu@contoh.id' })),
      );
    const [firstItems, secondItems] = [await guest(3), await guest(3)];
    // The second batch starts once the first has written its rows, while the first has not yet committed.
    let second!: Promise<Array<Settled<string>>>;
    const first = transaction(ctx, async (tx) => {
      const outcomes = await writeIntakes(tx, firstItems);
      second = transaction(ctx, (other) => writeIntakes(other, secondItems));
      await new Promise((resolve) => setTimeout(resolve, 50));
      return outcomes;
    });
    expect((await first).map((o) => o.ok)).toEqual([true, true, true]);
    const refused = await second;
    expect(refused.map((o) => o.ok)).toEqual([false, false, false]);
    for (const o of refused) expect(o).toMatchObject({ error: { code: 'complaint_rate_limited' } });
    expect(Number(await sequenceOf(tenant))).toBe(33);
  });

  it('refuses a complaint of an unknown category in a batch by itself; the others are filed with no gap', async () => {
    const tenant = await freshTenant(env);
    const category = await buildCategory(env.services, tenant);
    const ctx = makeCtx(env.services, { tenant });
    const items = [
      await pendingIntake(ctx, tenant, category.id, { email: 'kat.satu@contoh.id' }),
      await pendingIntake(ctx, tenant, 'no-such-category', { email: 'kat.salah@contoh.id' }),
      await pendingIntake(ctx, tenant, category.id, { email: 'kat.dua@contoh.id' }),
    ];
    const outcomes = await transaction(ctx, (tx) => writeIntakes(tx, items));
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    expect(outcomes[1]).toMatchObject({ ok: false, error: { code: 'complaint_category_unknown' } });
    expect(outcomes.filter((o) => o.ok).map((o) => (o.ok ? o.value.slice(-6) : ''))).toEqual(['000001', '000002']);
    expect(await mailsTo('kat.salah@contoh.id')).toEqual([]);
    expect(await followersOf(tenant, 'kat.salah@contoh.id')).toEqual([]);
    expect((await reportsOf(tenant)).map((r) => r.reporter_email)).toEqual(['kat.satu@contoh.id', 'kat.dua@contoh.id']);
  });

  it('writes nothing of a batch in which one complaint breaks a constraint (writeIntakes in a transaction)', async () => {
    const tenant = await freshTenant(env);
    const category = await buildCategory(env.services, tenant);
    const ctx = makeCtx(env.services, { tenant });
    const headBefore = await chainHead(env.services.db, tenant.id);
    const emails = ['nn.satu@contoh.id', 'nn.rusak@contoh.id', 'nn.dua@contoh.id'];
    const items = [
      await pendingIntake(ctx, tenant, category.id, { email: emails[0]! }),
      // A title is required: the database refuses the row.
      await pendingIntake(ctx, tenant, category.id, { email: emails[1]!, title: null }),
      await pendingIntake(ctx, tenant, category.id, { email: emails[2]! }),
    ];
    await expect(transaction(ctx, (tx) => writeIntakes(tx, items))).rejects.toThrow(/null|NOT NULL/i);
    expect(await reportsOf(tenant)).toEqual([]);
    expect(Number(await sequenceOf(tenant))).toBe(0);
    for (const email of emails) {
      expect(await mailsTo(email)).toEqual([]);
      expect(await followersOf(tenant, email)).toEqual([]);
    }
    expect(
      await env.services.db.selectFrom('complaints_events').select('id').where('tenant_id', '=', tenant.id).execute(),
    ).toEqual([]);
    expect(await statistics(tenant)).toEqual({ daily: [], monthly: [] });
    expect(await chainHead(env.services.db, tenant.id)).toEqual(headBefore);
  });

  it('files the other complaints of a coalesced batch when one fails at write time, and rejects only that one', async () => {
    const tenant = await freshTenant(env);
    const category = await buildCategory(env.services, tenant);
    const existing = await submitComplaint(
      makeCtx(env.services, { tenant }),
      complaintBody(category.id, { title: 'Sudah ada sebelumnya', guest: { email: 'lama@contoh.id' } }),
    );
    expect(existing.code.slice(-6)).toBe('000001');
    const headBefore = await chainHead(env.services.db, tenant.id);
    const insertReports = vi.spyOn(complaintsRepo, 'insertReports');

    const ctx = makeCtx(env.services, { tenant });
    const emails = ['co.satu@contoh.id', 'co.dua@contoh.id', 'co.duplikat@contoh.id', 'co.tiga@contoh.id'];
    const items = await Promise.all(
      emails.map((email) =>
        // The third reuses the id of the complaint filed above: its row cannot be inserted.
        pendingIntake(ctx, tenant, category.id, { email, ...(email === emails[2] ? { id: existing.id } : {}) }),
      ),
    );
    const results = await Promise.allSettled(items.map((item) => fileIntake(ctx, item)));

    // Tried together first, then each alone.
    expect(insertReports.mock.calls.map(([, rows]) => rows.length)).toEqual([4, 1, 1, 1, 1]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(String((results[2] as PromiseRejectedResult).reason)).toMatch(/unique|duplicate/i);
    // The failed attempts took no number: the three filed ones follow the existing complaint without a gap.
    const codes = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    expect(codes.map((c) => c.slice(-6))).toEqual(['000002', '000003', '000004']);
    expect(Number(await sequenceOf(tenant))).toBe(4);

    for (const [i, email] of emails.entries()) {
      const filed = i !== 2;
      expect(await mailsTo(email)).toHaveLength(filed ? 1 : 0);
      expect(await followersOf(tenant, email)).toHaveLength(filed ? 1 : 0);
    }
    const reports = await reportsOf(tenant);
    expect(reports.map((r) => r.reporter_email)).toEqual([
      'lama@contoh.id',
      'co.satu@contoh.id',
      'co.dua@contoh.id',
      'co.tiga@contoh.id',
    ]);
    expect(reports.find((r) => r.id === existing.id)?.title).toBe('Sudah ada sebelumnya');
    expect(await verifyChain(env.services.db, tenant.id)).toMatchObject({ ok: true, length: headBefore.length + 3 });
    const { daily } = await statistics(tenant);
    expect(daily.map((r) => Number(r.received))).toEqual([4]);
  });

  it('rolls back a complaint filed inside a caller transaction with that transaction', async () => {
    const tenant = await freshTenant(env);
    const category = await buildCategory(env.services, tenant);
    const ctx = makeCtx(env.services, { tenant });
    const headBefore = await chainHead(env.services.db, tenant.id);
    const email = 'dalam.transaksi@contoh.id';
    let filedInside: IntakeResult | null = null;
    await expect(
      transaction(ctx, async (tx) => {
        filedInside = await submitComplaint(tx, complaintBody(category.id, { guest: { email } }));
        // Written in the caller's transaction, visible there.
        expect(await complaintsRepo.report(tx.db, tenant.id, filedInside.id)).toBeDefined();
        throw new Error('the surrounding change failed');
      }),
    ).rejects.toThrow('the surrounding change failed');
    expect(filedInside).not.toBeNull();
    expect(await reportsOf(tenant)).toEqual([]);
    expect(await mailsTo(email)).toEqual([]);
    expect(await followersOf(tenant, email)).toEqual([]);
    expect(Number(await sequenceOf(tenant))).toBe(0);
    expect(await statistics(tenant)).toEqual({ daily: [], monthly: [] });
    expect(await chainHead(env.services.db, tenant.id)).toEqual(headBefore);

    // Committed, the same complaint takes the first number: the rolled-back one used none.
    const committed = await transaction(ctx, (tx) =>
      submitComplaint(tx, complaintBody(category.id, { guest: { email } })),
    );
    expect(committed.code.slice(-6)).toBe('000001');
    expect(await mailsTo(email)).toHaveLength(1);
  });

  it('refuses to write outside a transaction, or a batch naming another tenant', async () => {
    const tenant = await freshTenant(env);
    const other = await freshTenant(env);
    const category = await buildCategory(env.services, tenant);
    const ctx = makeCtx(env.services, { tenant });
    const outside = await pendingIntake(ctx, tenant, category.id, { email: 'luar@contoh.id' });
    await expect(writeIntakes(ctx, [outside])).rejects.toThrow(/inside a transaction/);
    const mixed = [
      await pendingIntake(ctx, tenant, category.id, { email: 'milik@contoh.id' }),
      await pendingIntake(ctx, other, category.id, { email: 'asing@contoh.id' }),
    ];
    await expect(transaction(ctx, (tx) => writeIntakes(tx, mixed))).rejects.toThrow(/one tenant/);
    expect(await reportsOf(tenant)).toEqual([]);
    expect(await reportsOf(other)).toEqual([]);
  });
});
