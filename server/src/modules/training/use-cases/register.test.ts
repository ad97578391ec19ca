import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect, TEST_START } from '../../../test/harness';
import { buildEmployee } from '../../people/test/factories';
import { buildEvent, buildProgramme, buildTeam, employeeCtx, hrCtx, type TeamFixture } from '../test/factories';
import { eventDetail } from './events';
import { assignEmployees, cancelMyRegistration, decideRegistration, listApprovals, registerForEvent } from './register';
import { lapseOverdueApprovals } from './sweep-approvals';

describeEachDialect('training: registration, approval, waiting list, assignment', (env) => {
  let tenant: TenantRecord;
  let team: TeamFixture;
  let programmeId: string;
  const me = (i: number) => employeeCtx(env.services, tenant, team.staff[i]!);
  const boss = () => employeeCtx(env.services, tenant, team.head, ['employee', 'supervisor']);
  const statuses = async (eventId: string) =>
    (await eventDetail(hrCtx(env.services, tenant), eventId)).registrations.map((r) => [r.employeeId, r.status]);

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    team = await buildTeam(env.services, tenant, 4);
    programmeId = (await buildProgramme(env.services, tenant)).id;
  });
  afterEach(() => env.clock.set(TEST_START));

  it('holds a seat while the superior decides, within the working-day deadline; approval confirms it', async () => {
    const event = await buildEvent(env.services, tenant, programmeId);
    const registered = await registerForEvent(me(0), { eventId: event.id });
    // 2026-11-23 is a Monday: three working days later is Thursday the 26th, end of day in Jakarta.
    expect(registered).toMatchObject({ status: 'pending', approvalDueAt: '2026-11-26T16:59:59.999Z' });
    const inbox = await listApprovals(boss());
    expect(inbox.items).toEqual([expect.objectContaining({ registrationId: registered.id, overdue: false })]);
    expect(await decideRegistration(boss(), registered.id, { decision: 'approve' })).toEqual({
      id: registered.id,
      status: 'confirmed',
    });
    await expect(decideRegistration(boss(), registered.id, { decision: 'decline' })).rejects.toMatchObject({
      code: 'training_registration_state',
    });
    await expect(registerForEvent(me(0), { eventId: event.id })).rejects.toMatchObject({
      code: 'training_already_registered',
    });
  });

  it('keeps a waiting list no longer than the capacity that moves up when someone cancels or is declined', async () => {
    const event = await buildEvent(env.services, tenant, programmeId, { capacity: 1 });
    const first = await registerForEvent(me(0), { eventId: event.id });
    const second = await registerForEvent(me(1), { eventId: event.id });
    expect(second.status).toBe('waitlisted');
    await expect(registerForEvent(me(2), { eventId: event.id })).rejects.toMatchObject({
      status: 409,
      code: 'training_event_full',
    });
    // The waiting one is approved ahead of time: moved up, they get the seat at once.
    await decideRegistration(boss(), second.id, { decision: 'approve' });
    await cancelMyRegistration(me(0), first.id);
    expect(await statuses(event.id)).toEqual([
      [team.staff[0]!.id, 'cancelled'],
      [team.staff[1]!.id, 'confirmed'],
    ]);
    // Registering again after a cancellation starts afresh (on the list, the seat being taken).
    expect((await registerForEvent(me(0), { eventId: event.id })).status).toBe('waitlisted');
    // Not another's registration: answered as not found.
    await expect(cancelMyRegistration(me(2), second.id)).rejects.toMatchObject({ status: 404 });
  });

  it('refuses an event already started, one the employee may not join, and an employee without a superior', async () => {
    const started = await buildEvent(env.services, tenant, programmeId, { inDays: 0 });
    await expect(registerForEvent(me(0), { eventId: started.id })).rejects.toMatchObject({
      code: 'training_event_closed',
    });
    const pppkOnly = await buildEvent(env.services, tenant, programmeId, { eligibility: { statuses: ['PPPK'] } });
    await expect(registerForEvent(me(0), { eventId: pppkOnly.id })).rejects.toMatchObject({
      status: 403,
      code: 'training_not_eligible',
    });
    const open = await buildEvent(env.services, tenant, programmeId);
    await expect(
      registerForEvent(employeeCtx(env.services, tenant, team.head), { eventId: open.id }),
    ).rejects.toMatchObject({ code: 'training_no_superior' });
    await expect(registerForEvent(me(0), { eventId: 'nope' })).rejects.toMatchObject({ status: 404 });
  });

  it('lets the deadline pass without a decision: the superior can no longer decide, the sweep lapses it once', async () => {
    const event = await buildEvent(env.services, tenant, programmeId, { inDays: 20, capacity: 1 });
    const registered = await registerForEvent(me(3), { eventId: event.id });
    env.clock.set('2026-11-25T02:00:00.000Z');
    const later = await registerForEvent(me(2), { eventId: event.id });
    expect(later.status).toBe('waitlisted');
    env.clock.set('2026-11-27T02:00:00.000Z');
    expect((await listApprovals(boss())).items.find((i) => i.registrationId === registered.id)?.overdue).toBe(true);
    await expect(decideRegistration(boss(), registered.id, { decision: 'approve' })).rejects.toMatchObject({
      code: 'training_approval_overdue',
    });
    expect(await lapseOverdueApprovals(env.services)).toBeGreaterThanOrEqual(1);
    expect(await lapseOverdueApprovals(env.services)).toBe(0);
    // The lapsed seat went to the one waiting, who still needs the superior's approval.
    expect(await statuses(event.id)).toEqual([
      [team.staff[3]!.id, 'cancelled'],
      [team.staff[2]!.id, 'pending'],
    ]);
  });

  describe('HR assignment', () => {
    it('confirms seats without approval and skips the registered, the unknown and those beyond capacity', async () => {
      const event = await buildEvent(env.services, tenant, programmeId, { capacity: 2 });
      await registerForEvent(me(0), { eventId: event.id });
      const other = await buildTenant(env.services);
      const foreign = await buildEmployee(env.services, other);
      const result = await assignEmployees(hrCtx(env.services, tenant), event.id, {
        employeeIds: [team.staff[0]!.id, team.staff[1]!.id, foreign.id, team.staff[2]!.id],
      });
      expect(result).toEqual({
        assigned: [team.staff[1]!.id],
        skipped: [
          { employeeId: team.staff[0]!.id, code: 'training_already_registered' },
          { employeeId: foreign.id, code: 'not_found' },
          { employeeId: team.staff[2]!.id, code: 'training_event_full' },
        ],
      });
      await expect(assignEmployees(me(0), event.id, { employeeIds: [team.staff[3]!.id] })).rejects.toMatchObject({
        status: 403,
      });
    });
  });
});
