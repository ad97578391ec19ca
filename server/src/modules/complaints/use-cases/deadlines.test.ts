import { beforeAll, expect, it } from 'vitest';
import { makeCtx } from '../../../platform/context';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildAccount, buildTenant } from '../../../test/factories';
import { describeEachDialect, TEST_START } from '../../../test/harness';
import { buildEmployee, buildUnit } from '../../people/test/factories';
import { complaintsRepo } from '../repository';
import { buildCategory, buildComplaint, setComplaintSettings } from '../test/factories';
import { sendComplaintDigests } from './send-digests';
import { sweepComplaintDeadlines } from './sweep-deadlines';
import { verifyComplaint } from './verify-complaint';

type UnitsTable = Awaited<ReturnType<typeof buildUnit>>;

describeEachDialect('complaints: deadlines, reminders and escalation', (env) => {
  let tenant: TenantRecord;
  let unit: UnitsTable;
  let categoryId: string;
  let coordinatorEmail: string;
  let officerEmail: string;
  let headEmail: string;

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    categoryId = (await buildCategory(env.services, tenant, { tier: 'light' })).id;
    await setComplaintSettings(env.services, tenant, { guestPerHour: 0 });
    unit = await buildUnit(env.services, tenant, { name: 'Dinas Lingkungan Hidup' });
    const head = await buildEmployee(env.services, tenant, {
      unitId: unit.id,
      isHead: true,
      email: 'kadis.dlh@contoh.go.id',
    });
    headEmail = head.email!;
    coordinatorEmail = (await buildAccount(env.services, { roles: [{ tenant, role: 'complaint_coordinator' }] })).email;
    officerEmail = (
      await buildAccount(env.services, { roles: [{ tenant, role: 'complaint_officer', unitId: unit.id }] })
    ).email;
  });

  const mailsTo = async (to: string, code: string) =>
    (await env.services.db.selectFrom('mail_outbox').selectAll().where('to_address', '=', to).execute()).filter((m) =>
      m.subject.includes(code),
    );

  it('reminds one working day before and escalates once overdue, exactly once with two nodes and a restart', async () => {
    env.clock.set(TEST_START); // Monday 2026-11-23 09:00 WIB
    const c = await buildComplaint(env.services, tenant, categoryId);
    const coordinator = {
      accountId: 'x',
      name: 'K',
      isSystemAdmin: false,
      grants: [{ role: 'complaint_coordinator', unitId: null }],
    };
    // Light tier: answer due 2 working days after routing (Wednesday 25th, end of day); reminder end of Tuesday.
    await verifyComplaint(makeCtx(env.services, { tenant, actor: coordinator }), c.id, { unitId: unit.id });
    const row = (await complaintsRepo.report(env.services.db, tenant.id, c.id))!;
    expect(row.answer_due_at).toBe('2026-11-25T16:59:59.999Z');
    expect(row.answer_remind_at).toBe('2026-11-24T16:59:59.999Z');

    expect(await sweepComplaintDeadlines(env.services)).toBe(0);
    env.clock.set('2026-11-24T18:00:00Z'); // Wednesday 01:00 WIB: one working day left
    // Two nodes sweeping at the same moment: the claim lets exactly one send.
    await Promise.all([sweepComplaintDeadlines(env.services), sweepComplaintDeadlines(env.services)]);
    expect(
      (await mailsTo(officerEmail, c.code)).filter((m) => m.subject.includes('Due in one working day')),
    ).toHaveLength(1);
    expect(await mailsTo(headEmail, c.code)).toHaveLength(0);

    env.clock.set('2026-11-26T02:00:00Z'); // Thursday: overdue
    await Promise.all([sweepComplaintDeadlines(env.services), sweepComplaintDeadlines(env.services)]);
    // "Restart": a later sweep finds the claims stored and sends nothing again.
    await sweepComplaintDeadlines(env.services);
    expect(await mailsTo(headEmail, c.code)).toHaveLength(1);
    expect((await mailsTo(coordinatorEmail, c.code)).filter((m) => m.subject.includes('Overdue'))).toHaveLength(1);
    expect(
      (await mailsTo(officerEmail, c.code)).filter((m) => m.subject.includes('Due in one working day')),
    ).toHaveLength(1);
    const events = await complaintsRepo.events(env.services.db, tenant.id, c.id, { publicOnly: false });
    expect(events.filter((e) => e.kind === 'escalated')).toHaveLength(1);
    expect(events.find((e) => e.kind === 'escalated')).toMatchObject({ public: 0 });
    // Nothing of the reporter in staff notices.
    const staffMail = [...(await mailsTo(headEmail, c.code)), ...(await mailsTo(officerEmail, c.code))];
    for (const m of staffMail) {
      expect(m.text_body).not.toContain(row.reporter_email!);
      expect(m.text_body).not.toContain('Siti');
    }
  });

  it('escalates an unverified complaint to the coordinator after 3 working days, not while postponed', async () => {
    env.clock.set('2026-11-27T02:00:00Z'); // Friday
    const c = await buildComplaint(env.services, tenant, categoryId);
    const row = (await complaintsRepo.report(env.services.db, tenant.id, c.id))!;
    // Friday + 3 working days = Wednesday 2 December.
    expect(row.verification_due_at).toBe('2026-12-02T16:59:59.999Z');
    env.clock.set('2026-12-03T02:00:00Z');
    await sweepComplaintDeadlines(env.services);
    await sweepComplaintDeadlines(env.services);
    expect((await mailsTo(coordinatorEmail, c.code)).filter((m) => m.subject.includes('Overdue'))).toHaveLength(1);
  });

  it('sends the daily digest once a day per officer instead of single reminders, when the tenant chose it', async () => {
    const digestTenant = await buildTenant(env.services);
    await setComplaintSettings(env.services, digestTenant, { guestPerHour: 0, dailyDigest: true });
    const officer = await buildAccount(env.services, { roles: [{ tenant: digestTenant, role: 'complaint_officer' }] });
    const category = await buildCategory(env.services, digestTenant);
    env.clock.set('2026-12-01T02:00:00Z'); // Tuesday: verification due Friday 4 December
    await buildComplaint(env.services, digestTenant, category.id);
    env.clock.set('2026-12-07T23:00:00Z'); // 06:00 WIB: too early
    expect(await sendComplaintDigests(env.services)).toBe(0);
    env.clock.set('2026-12-08T01:00:00Z'); // 08:00 WIB
    await Promise.all([sendComplaintDigests(env.services), sendComplaintDigests(env.services)]);
    await sendComplaintDigests(env.services);
    const digests = await env.services.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('to_address', '=', officer.email)
      .execute();
    expect(digests).toHaveLength(1);
    expect(digests[0]?.text_body).toContain('Pengaduan terbuka / open: 1');
    expect(digests[0]?.text_body).toContain('overdue: 1');
    env.clock.set('2026-12-09T01:00:00Z');
    await sendComplaintDigests(env.services);
    expect(
      await env.services.db.selectFrom('mail_outbox').select('id').where('to_address', '=', officer.email).execute(),
    ).toHaveLength(2);
  });
});
