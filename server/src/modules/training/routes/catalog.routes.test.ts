import { addDays } from '@lentera/common';
import { afterEach, beforeAll, expect, it } from 'vitest';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect, TEST_START } from '../../../test/harness';
import type { HttpClient } from '../../../test/http-client';
import { errorOf } from '../../../test/requests';
import { json, signIn, signInAs } from '../../../test/sign-in';
import { buildTeam, buildTrainer, type TeamFixture } from '../test/factories';

describeEachDialect('training: catalog, registration and check-in over HTTP', (env) => {
  let tenant: TenantRecord;
  let api: string;
  let hr: HttpClient;
  let trainer: HttpClient;
  let otherTrainer: HttpClient;
  let team: TeamFixture;
  let trainerId: string;
  let trainerAccount: Awaited<ReturnType<typeof buildTrainer>>;

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    api = `/api/t/${tenant.slug}/training`;
    hr = await signInAs(env, tenant, ['hr_admin']);
    trainerAccount = await buildTrainer(env.services, tenant);
    trainerId = trainerAccount.id;
    trainer = await signIn(env, trainerAccount);
    otherTrainer = await signIn(env, await buildTrainer(env.services, tenant));
    team = await buildTeam(env.services, tenant, 2);
  });
  afterEach(() => env.clock.set(TEST_START));

  const programme = {
    code: 'etika-01',
    title: 'Etika <script>alert(1)</script> ASN',
    topic: 'ethics_integrity',
    competencyType: 'socio_cultural',
    mode: 'classroom',
    jp: 12,
    provider: 'BKPSDM',
  };

  it('lets HR build the catalog and trainers schedule their own events; refuses bad input and other roles', async () => {
    expect((await env.client().post(`${api}/programmes`, programme)).statusCode).toBe(401);
    const employee = await signIn(env, team.staff[0]!.account!);
    expect((await employee.post(`${api}/programmes`, programme)).statusCode).toBe(403);
    expect((await hr.post(`${api}/programmes`, { ...programme, jp: 0 })).statusCode).toBe(400);
    expect(
      errorOf(await hr.post(`${api}/programmes`, { ...programme, trainerAccountIds: [team.head.account!.id] })).code,
    ).toBe('training_trainer_unknown');
    const created = json(await hr.post(`${api}/programmes`, { ...programme, trainerAccountIds: [trainerId] }), 201);
    expect(created).toMatchObject({ code: 'ETIKA-01', title: 'Etika <script>alert(1)</script> ASN', active: true });
    expect(errorOf(await hr.post(`${api}/programmes`, programme)).code).toBe('training_programme_code_taken');
    expect(json(await trainer.get(`${api}/programmes`)).total).toBe(1);
    expect(json(await otherTrainer.get(`${api}/programmes`)).total).toBe(0);

    const event = {
      programmeId: created.id,
      startsOn: '2026-11-30',
      endsOn: '2026-11-30',
      capacity: 20,
      place: 'Aula',
    };
    expect((await otherTrainer.post(`${api}/events`, event)).statusCode).toBe(404);
    expect(errorOf(await trainer.post(`${api}/events`, { ...event, endsOn: '2026-11-29' })).code).toBe(
      'training_event_dates',
    );
    const scheduled = json(await trainer.post(`${api}/events`, event), 201);
    expect(json(await employee.get(`${api}/events?state=open`)).items.map((e: { id: string }) => e.id)).toEqual([
      scheduled.id,
    ]);
    expect((await employee.get(`${api}/events`)).statusCode).toBe(403);
    expect((await otherTrainer.get(`${api}/events/${scheduled.id}`)).statusCode).toBe(404);
    json(await trainer.patch(`${api}/events/${scheduled.id}`, { capacity: 25 }));
    expect((await trainer.patch(`${api}/events/${scheduled.id}`, { capacity: 0 })).statusCode).toBe(400);
  });

  it('takes an employee from registration through approval to the door, and answers a wrong certificate code publicly', async () => {
    const created = json(
      await hr.post(`${api}/programmes`, { ...programme, code: 'etika-02', trainerAccountIds: [trainerId] }),
      201,
    );
    const startsOn = addDays('2026-11-23', 2);
    const event = json(
      await hr.post(`${api}/events`, { programmeId: created.id, startsOn, endsOn: startsOn, capacity: 5 }),
      201,
    );
    const employee = await signIn(env, team.staff[1]!.account!);
    const boss = await signIn(env, team.head.account!);
    const colleague = await signIn(env, team.staff[0]!.account!);
    expect((await employee.post(`${api}/my/registrations`, { eventId: 5 })).statusCode).toBe(400);
    const registered = json(await employee.post(`${api}/my/registrations`, { eventId: event.id }), 201);
    expect(errorOf(await employee.post(`${api}/my/registrations`, { eventId: event.id })).code).toBe(
      'training_already_registered',
    );
    expect((await colleague.post(`${api}/approvals/${registered.id}`, { decision: 'approve' })).statusCode).toBe(403);
    expect(json(await boss.get(`${api}/approvals`)).items).toHaveLength(1);
    json(await boss.post(`${api}/approvals/${registered.id}`, { decision: 'approve', note: 'Silakan' }));
    expect((await colleague.get(`${api}/my/registrations/${registered.id}/code`)).statusCode).toBe(404);
    const { code } = json(await employee.get(`${api}/my/registrations/${registered.id}/code`));
    env.clock.set(`${startsOn}T02:00:00.000Z`);
    // Sessions of two days ago have lapsed: sign in again on the event's day.
    const atTheDoor = await signIn(env, trainerAccount);
    expect(json(await atTheDoor.post(`${api}/events/${event.id}/check-in`, { code }))).toMatchObject({
      newlyCheckedIn: true,
    });
    expect((await atTheDoor.post(`${api}/events/${event.id}/check-in`, { code: '' })).statusCode).toBe(400);
    expect(json(await atTheDoor.post(`${api}/events/${event.id}/complete`))).toEqual({ completed: 1, notCompleted: 0 });
    const again = await signIn(env, team.staff[1]!.account!);
    const mine = json(await again.get(`${api}/my/registrations`)).items[0];
    const verified = json(await env.client().get(`${api}/certificates/${mine.certificateCode}`));
    expect(Object.keys(verified).sort()).toEqual(['code', 'completedOn', 'jp', 'name', 'programme']);
    const pdf = await again.get(`${api}/certificates/${mine.certificateId}/pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');

    const unknown = await env.client().get(`${api}/certificates/ABCD-EFGH-JKMN`, { 'accept-language': 'en' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual({
      error: { code: 'training_certificate_unknown', message: expect.stringContaining('certificate') },
    });
    expect((await env.client().get(`${api}/certificates/${'x'.repeat(41)}`)).statusCode).toBe(400);
  });
});
