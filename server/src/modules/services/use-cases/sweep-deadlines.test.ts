import { beforeAll, expect, it } from 'vitest';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect, TEST_START } from '../../../test/harness';
import { buildEmployee, buildUnit } from '../../people/test/factories';
import { buildPublishedService, buildServiceAccount } from '../test/factories';
import { ctxAs, fileRequest, type RequestSetup } from '../test/request-helpers';
import { completeDocuments } from './complete-documents';
import { sweepServiceDeadlines } from './sweep-deadlines';
import { markIncomplete } from './work-request';

describeEachDialect('services: deadline reminders and escalation', (env) => {
  let tenant: TenantRecord;
  let setup: RequestSetup;
  const headEmail = 'kadis.dukcapil@contoh.go.id';

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    const unit = await buildUnit(env.services, tenant, { name: 'Dinas Kependudukan dan Pencatatan Sipil' });
    await buildEmployee(env.services, tenant, { unitId: unit.id, isHead: true, email: headEmail });
    const published = await buildPublishedService(env.services, tenant, {
      unitId: unit.id,
      standard: { durationDays: 2 },
    });
    setup = {
      ...published,
      officer: await buildServiceAccount(env.services, tenant, 'service_officer', unit.id),
      citizen: await buildServiceAccount(env.services, tenant, 'citizen'),
    };
  });

  const mailsTo = async (to: string, code: string) =>
    (await env.services.db.selectFrom('mail_outbox').selectAll().where('to_address', '=', to).execute()).filter((m) =>
      m.subject.includes(code),
    );

  it('reminds the unit one working day before and escalates to the head once, with two nodes and after a restart', async () => {
    env.clock.set(TEST_START); // Monday 2026-11-23 09:00 WIB
    const filed = await fileRequest(env.services, tenant, setup);
    const code = filed.code ?? '';
    expect(filed.dueDate).toBe('2026-11-25');
    const row = await env.services.db
      .selectFrom('services_requests')
      .select(['remind_at', 'due_at'])
      .where('id', '=', filed.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ remind_at: '2026-11-24T16:59:59.999Z', due_at: '2026-11-25T16:59:59.999Z' });

    expect(await sweepServiceDeadlines(env.services)).toBe(0);
    env.clock.set('2026-11-24T18:00:00Z'); // Wednesday 01:00 WIB: one working day left
    await Promise.all([sweepServiceDeadlines(env.services), sweepServiceDeadlines(env.services)]);
    const reminders = (await mailsTo(setup.officer.email, code)).filter((m) => m.subject.includes('Due in one'));
    expect(reminders).toHaveLength(1);
    expect(await mailsTo(headEmail, code)).toHaveLength(0);

    env.clock.set('2026-11-26T02:00:00Z'); // Thursday: overdue
    const swept = await Promise.all([sweepServiceDeadlines(env.services), sweepServiceDeadlines(env.services)]);
    expect(swept[0] + swept[1]).toBe(1);
    // "Restart": a later sweep finds the claims stored and sends nothing again.
    expect(await sweepServiceDeadlines(env.services)).toBe(0);
    expect(await mailsTo(headEmail, code)).toHaveLength(1);
    expect((await mailsTo(setup.officer.email, code)).filter((m) => m.subject.includes('Due in one'))).toHaveLength(1);
    const events = await env.services.db
      .selectFrom('services_request_events')
      .select(['kind', 'public'])
      .where('request_id', '=', filed.id)
      .execute();
    expect(events.filter((e) => e.kind === 'escalated')).toEqual([{ kind: 'escalated', public: 0 }]);
    expect(events.filter((e) => e.kind === 'reminder')).toEqual([{ kind: 'reminder', public: 0 }]);
    // Staff notices carry the code, never the applicant's answers or address.
    for (const m of await mailsTo(headEmail, code)) {
      expect(m.text_body).not.toContain('Siti');
      expect(m.text_body).not.toContain(setup.citizen.email);
    }
  });

  it('does not remind while the documents are incomplete, and reminds again for the new due time', async () => {
    env.clock.set('2026-11-30T02:00:00Z'); // Monday
    const filed = await fileRequest(env.services, tenant, setup);
    const code = filed.code ?? '';
    const officer = ctxAs(env.services, tenant, setup.officer.actor);
    await markIncomplete(officer, filed.id, { missing: [], note: 'Foto KTP buram' });
    env.clock.set('2026-12-03T02:00:00Z'); // past the first due time, but the clock stands still
    expect(await sweepServiceDeadlines(env.services)).toBe(0);
    // Completed on Thursday: 2 working days left from Thursday 3 December, due Monday 7 December.
    const resumed = await completeDocuments(
      ctxAs(env.services, tenant, setup.citizen.actor),
      { requestId: filed.id },
      [],
    );
    expect(resumed.dueDate).toBe('2026-12-07');
    env.clock.set('2026-12-06T02:00:00Z'); // Sunday: Monday is the last working day
    expect(await sweepServiceDeadlines(env.services)).toBe(1);
    expect((await mailsTo(setup.officer.email, code)).filter((m) => m.subject.includes('Due in one'))).toHaveLength(1);
  });
});
