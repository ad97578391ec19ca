import { afterEach, beforeAll, expect, it } from 'vitest';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect, TEST_START } from '../../../test/harness';
import type { HttpClient } from '../../../test/http-client';
import { errorOf } from '../../../test/requests';
import { json, signIn, signInAs } from '../../../test/sign-in';
import { buildEmployee } from '../../people/test/factories';
import {
  buildEvent,
  buildProgramme,
  buildTeam,
  evidenceMultipart,
  hrCtx,
  MINIMAL_PDF,
  type TeamFixture,
} from '../test/factories';
import { completeEvent, recordAttendance } from '../use-cases/attendance';
import { eventDetail } from '../use-cases/events';
import { assignEmployees } from '../use-cases/register';

/**
 * The README's worked example: a unit of four in 2026, minimums 20 JP (PNS) and 24 JP (PPPK).
 *   Ani (PNS):   12 JP from an event + 8 JP external, verified = 20 ≥ 20: met
 *   Budi (PPPK): 12 JP from an event + 8 JP external, verified = 20 < 24: below, 4 short
 *   Citra (PNS): 12 JP external, refused                       =  0 < 20: below, 20 short
 *   the head (PNS): nothing                                    =  0 < 20: below, 20 short
 * Unit: 4 employees, 1 met, 3 below, 25% met, mean (20 + 20 + 0 + 0) / 4 = 10 JP.
 */
describeEachDialect('training: external training, JP compliance (routes)', (env) => {
  let tenant: TenantRecord;
  let team: TeamFixture;
  let budi: Awaited<ReturnType<typeof buildEmployee>>;
  let hr: HttpClient;
  let api: string;
  const report = (client: HttpClient, data: unknown, file: { name: string; content: Buffer } | null) => {
    const { body, headers } = evidenceMultipart(data, file);
    return client.request('POST', `${api}/my/external`, body, headers);
  };
  const course = {
    title: 'Kursus Daring Keterbukaan Informasi',
    provider: 'LAN RI',
    jp: 8,
    startedOn: '2026-10-01',
    endedOn: '2026-10-02',
  };

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    api = `/api/t/${tenant.slug}/training`;
    team = await buildTeam(env.services, tenant, 1);
    budi = await buildEmployee(env.services, tenant, {
      unitId: team.unitId,
      status: 'PPPK',
      login: true,
      name: 'Budi',
    });
    team.staff.push(budi, await buildEmployee(env.services, tenant, { unitId: team.unitId, login: true }));
    hr = await signInAs(env, tenant, ['hr_admin']);
    const programme = await buildProgramme(env.services, tenant, { jp: 12 });
    const event = await buildEvent(env.services, tenant, programme.id, { inDays: 1 });
    await assignEmployees(hrCtx(env.services, tenant), event.id, { employeeIds: [team.staff[0]!.id, budi.id] });
    env.clock.set('2026-11-25T03:00:00.000Z');
    const ids = (await eventDetail(hrCtx(env.services, tenant), event.id)).registrations.map((r) => r.id);
    await recordAttendance(hrCtx(env.services, tenant), event.id, {
      entries: ids.map((registrationId) => ({ registrationId, attended: true })),
    });
    await completeEvent(hrCtx(env.services, tenant), event.id);
    env.clock.set(TEST_START);
  });
  afterEach(() => env.clock.set(TEST_START));

  it('takes external training with a PDF or image as evidence, refuses anything else, and counts it once verified', async () => {
    const [ani, , citra] = team.staff as [typeof budi, typeof budi, typeof budi];
    const asAni = await signIn(env, ani.account!);
    const asBudi = await signIn(env, budi.account!);
    const asCitra = await signIn(env, citra.account!);
    // Evidence is judged by content: a program named .pdf, text, no file at all.
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]);
    expect(errorOf(await report(asAni, course, { name: 'sertifikat.pdf', content: exe })).code).toBe(
      'training_evidence_type',
    );
    expect(errorOf(await report(asAni, course, { name: 'a.txt', content: Buffer.from('halo') })).code).toBe(
      'training_evidence_type',
    );
    expect(errorOf(await report(asAni, course, null)).code).toBe('training_evidence_missing');
    expect((await report(asAni, { ...course, jp: 0 }, { name: 's.pdf', content: MINIMAL_PDF })).statusCode).toBe(400);
    expect(
      (await report(asAni, { ...course, endedOn: '2027-01-01' }, { name: 's.pdf', content: MINIMAL_PDF })).statusCode,
    ).toBe(400);
    const a = json(await report(asAni, course, { name: 'sertifikat.pdf', content: MINIMAL_PDF }), 201);
    const b = json(await report(asBudi, course, { name: 'sertifikat.pdf', content: MINIMAL_PDF }), 201);
    const c = json(await report(asCitra, { ...course, jp: 12 }, { name: 'sertifikat.pdf', content: MINIMAL_PDF }), 201);
    expect(a).toMatchObject({ status: 'submitted', evidenceName: 'sertifikat.pdf' });

    // Only HR decides; the employee and HR may read the evidence, a colleague may not.
    expect((await asAni.post(`${api}/external/${a.id}/decision`, { decision: 'verified' })).statusCode).toBe(403);
    expect((await asBudi.get(`${api}/external/${a.id}/evidence`)).statusCode).toBe(404);
    expect((await asAni.get(`${api}/external/${a.id}/evidence`)).body.startsWith('%PDF')).toBe(true);
    expect(json(await hr.get(`${api}/external?status=submitted`)).total).toBe(3);
    expect((await hr.post(`${api}/external/${a.id}/decision`, { decision: 'maybe' })).statusCode).toBe(400);
    json(await hr.post(`${api}/external/${a.id}/decision`, { decision: 'verified' }));
    json(await hr.post(`${api}/external/${b.id}/decision`, { decision: 'verified' }));
    json(await hr.post(`${api}/external/${c.id}/decision`, { decision: 'refused', note: 'Sertifikat tidak terbaca' }));
    expect(errorOf(await hr.post(`${api}/external/${c.id}/decision`, { decision: 'verified' })).code).toBe(
      'training_external_decided',
    );

    const mine = json(await asAni.get(`${api}/my/record?year=2026`));
    expect(mine.compliance).toMatchObject({ jp: 20, minimum: 20, met: true, shortfall: 0 });
    expect(mine.completed.map((x: { kind: string; jp: number }) => [x.kind, x.jp])).toEqual([
      ['external', 8],
      ['event', 12],
    ]);

    // The worked example, on the public page (no names) and on HR's list.
    const pub = json(await env.client().get(`/api/t/${tenant.slug}/training/compliance?year=2026`));
    expect(pub.units).toEqual([
      expect.objectContaining({ unitId: team.unitId, employees: 4, met: 1, below: 3, percentMet: 25, averageJp: 10 }),
    ]);
    expect(JSON.stringify(pub)).not.toContain('Budi');
    const csv = await env.client().get(`/api/t/${tenant.slug}/training/compliance?year=2026&format=csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    const list = json(await hr.get(`${api}/compliance/employees?year=2026&unitId=${team.unitId}&below=true`));
    expect(list.summary).toMatchObject({ employees: 4, met: 1, below: 3 });
    expect(list.items.find((r: { employeeId: string }) => r.employeeId === budi.id)).toMatchObject({
      status: 'PPPK',
      jp: 20,
      minimum: 24,
      met: false,
      shortfall: 4,
    });
    const team2 = json(await (await signIn(env, team.head.account!)).get(`${api}/compliance/team?year=2026`));
    expect(team2.items.map((r: { jp: number }) => r.jp).sort()).toEqual([0, 20, 20]);
  });

  it('guards the compliance lists: session, role, unit scope, another tenant, bad input', async () => {
    expect((await env.client().get(`${api}/compliance/employees`)).statusCode).toBe(401);
    const employee = await signIn(env, team.staff[0]!.account!);
    expect((await employee.get(`${api}/compliance/employees`)).statusCode).toBe(403);
    expect((await employee.get(`${api}/compliance/team`)).statusCode).toBe(403);
    const elsewhere = await buildTenant(env.services);
    const otherUnitAdmin = await signInAs(env, elsewhere, ['unit_admin']);
    expect((await otherUnitAdmin.get(`${api}/compliance/employees?unitId=${team.unitId}`)).statusCode).toBe(403);
    const otherUnit = await buildTeam(env.services, tenant, 0);
    const unitAdmin = await signInAs(env, tenant, [{ role: 'unit_admin', unitId: otherUnit.unitId }]);
    expect((await unitAdmin.get(`${api}/compliance/employees?unitId=${team.unitId}`)).statusCode).toBe(404);
    expect((await unitAdmin.get(`${api}/compliance/employees`)).statusCode).toBe(403);
    expect(json(await unitAdmin.get(`${api}/compliance/employees?unitId=${otherUnit.unitId}`)).total).toBe(1);
    expect((await hr.get(`${api}/compliance/employees?year=abc`)).statusCode).toBe(400);
    expect((await hr.get(`${api}/compliance/employees?pageSize=10000`)).statusCode).toBe(400);
  });
});
