import { addDays } from '@lentera/common';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { makeCtx } from '../../../platform/context';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect, TEST_START } from '../../../test/harness';
import {
  buildEvent,
  buildProgramme,
  buildTeam,
  buildTrainer,
  employeeCtx,
  hrCtx,
  type TeamFixture,
} from '../test/factories';
import { checkIn, checkInBatch, completeEvent, recordAttendance, recordScores } from './attendance';
import { certificateFile, revokeCertificate, verifyCertificate } from './certificates';
import { eventDetail } from './events';
import { giveFeedback, myAttendanceCode, myRegistrations } from './learn';
import { assignEmployees } from './register';

describeEachDialect('training: attendance by QR and list, completion, certificates, feedback', (env) => {
  let tenant: TenantRecord;
  let team: TeamFixture;
  let trainer: ReturnType<typeof makeCtx>;
  let stranger: ReturnType<typeof makeCtx>;
  const me = (i: number) => employeeCtx(env.services, tenant, team.staff[i]!);
  const registrationOf = async (i: number, eventId: string) =>
    (await myRegistrations(me(i))).find((r) => r.eventId === eventId)!;

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    team = await buildTeam(env.services, tenant, 4);
    const account = await buildTrainer(env.services, tenant);
    const other = await buildTrainer(env.services, tenant);
    const actor = (id: string) => ({
      accountId: id,
      name: 'Pelatih',
      isSystemAdmin: false,
      grants: [{ role: 'trainer', unitId: null }],
    });
    trainer = makeCtx(env.services, { tenant, actor: actor(account.id) });
    stranger = makeCtx(env.services, { tenant, actor: actor(other.id) });
    await buildProgramme(env.services, tenant, { trainerAccountIds: [account.id] });
  });
  afterEach(() => env.clock.set(TEST_START));

  it('takes a course from the door to the certificate: QR, list, scores, completion, JP, verification, revocation', async () => {
    const programme = await buildProgramme(env.services, tenant, {
      title: 'Etika dan Integritas ASN',
      jp: 12,
      passMark: 70,
      trainerAccountIds: [trainer.actor!.accountId],
    });
    const event = await buildEvent(env.services, tenant, programme.id, { inDays: 3, preTest: true });
    const other = await buildEvent(env.services, tenant, programme.id, { inDays: 3 });
    const ids = team.staff.map((s) => s.id);
    await assignEmployees(hrCtx(env.services, tenant), event.id, { employeeIds: ids.slice(0, 3) });
    await assignEmployees(hrCtx(env.services, tenant), other.id, { employeeIds: [ids[3]!] });
    const code = (await myAttendanceCode(me(0), (await registrationOf(0, event.id)).id)).code;
    const code1 = (await myAttendanceCode(me(1), (await registrationOf(1, event.id)).id)).code;
    const foreign = (await myAttendanceCode(me(3), (await registrationOf(3, other.id)).id)).code;

    await expect(checkIn(trainer, event.id, { code })).rejects.toMatchObject({ code: 'training_event_not_started' });
    env.clock.set(`${addDays('2026-11-23', 3)}T01:00:00.000Z`);
    // A trainer of no programme of this event does not see it.
    await expect(checkIn(stranger, event.id, { code })).rejects.toMatchObject({ status: 404 });
    expect(await checkIn(trainer, event.id, { code })).toMatchObject({ newlyCheckedIn: true });
    expect(await checkIn(trainer, event.id, { code })).toMatchObject({ newlyCheckedIn: false });
    await expect(checkIn(trainer, event.id, { code: foreign })).rejects.toMatchObject({
      code: 'training_code_other_event',
    });
    await expect(checkIn(trainer, event.id, { code: `${code.slice(0, -2)}xx` })).rejects.toMatchObject({
      code: 'training_code_invalid',
    });
    // Offline scans synced later, with a repeat inside the batch and the batch sent twice.
    const batch = {
      scans: [{ code: code1, scannedAt: '2026-11-26T00:30:00.000Z' }, { code: code1 }, { code: 'TR1.x.y' }],
    };
    expect((await checkInBatch(trainer, event.id, batch)).results.map((r) => r.outcome)).toEqual([
      'checked_in',
      'already',
      'invalid',
    ]);
    expect((await checkInBatch(trainer, event.id, batch)).results[0]?.outcome).toBe('already');

    const [r0, r1, r2] = (await eventDetail(trainer, event.id)).registrations;
    await recordAttendance(trainer, event.id, { entries: [{ registrationId: r2!.id, attended: true }] });
    await recordScores(trainer, event.id, {
      entries: [
        { registrationId: r0!.id, preScore: 50, postScore: 80 },
        { registrationId: r1!.id, preScore: 60, postScore: 60 },
        { registrationId: r2!.id, preScore: 40, postScore: 90 },
      ],
    });
    await expect(completeEvent(trainer, event.id)).rejects.toMatchObject({ code: 'training_event_not_started' });
    env.clock.set(`${addDays('2026-11-23', 4)}T09:00:00.000Z`);
    // r1 attended but missed the pass mark (60 < 70).
    expect(await completeEvent(trainer, event.id)).toEqual({ completed: 2, notCompleted: 1 });
    await expect(completeEvent(trainer, event.id)).rejects.toMatchObject({ code: 'training_event_completed' });
    const detail = await eventDetail(hrCtx(env.services, tenant), event.id);
    expect(detail.registrations.map((r) => [r.status, r.jpCredited, r.attendanceMethod])).toEqual([
      ['completed', 12, 'qr'],
      ['not_completed', 0, 'qr'],
      ['completed', 12, 'list'],
    ]);
    expect(detail.gain).toEqual({ participants: 3, preAverage: 50, postAverage: 76.7, gain: 26.7 });

    const certificate = detail.registrations[0]!;
    const pub = makeCtx(env.services, { tenant });
    expect(await verifyCertificate(pub, certificate.certificateCode!.toLowerCase().replace(/-/g, ' '))).toEqual({
      code: certificate.certificateCode,
      name: expect.stringContaining('Pegawai Uji'),
      programme: 'Etika dan Integritas ASN',
      jp: 12,
      completedOn: addDays('2026-11-23', 4),
    });
    const pdf = await certificateFile(me(0), certificate.certificateId!);
    expect(pdf.data.subarray(0, 5).toString()).toBe('%PDF-');
    await expect(certificateFile(me(1), certificate.certificateId!)).rejects.toMatchObject({ status: 404 });
    await expect(verifyCertificate(pub, 'ABCD-EFGH-JKMN')).rejects.toMatchObject({
      code: 'training_certificate_unknown',
    });
    await expect(revokeCertificate(trainer, certificate.certificateId!, { reason: 'x' })).rejects.toMatchObject({
      status: 403,
    });
    await revokeCertificate(hrCtx(env.services, tenant), certificate.certificateId!, {
      reason: 'Data kehadiran keliru',
    });
    await expect(verifyCertificate(pub, certificate.certificateCode!)).rejects.toMatchObject({
      status: 404,
      code: 'training_certificate_unknown',
    });
    expect((await registrationOf(0, event.id)).jpCredited).toBe(0);

    // Feedback: attendees only, once.
    await giveFeedback(me(2), r2!.id, { eventRating: 5, trainerRating: 4, comment: '<b>Bagus</b>' });
    await expect(giveFeedback(me(2), r2!.id, { eventRating: 5, trainerRating: 4 })).rejects.toMatchObject({
      code: 'training_feedback_given',
    });
    await expect(
      giveFeedback(me(3), (await registrationOf(3, other.id)).id, { eventRating: 1, trainerRating: 1 }),
    ).rejects.toMatchObject({
      status: 403,
      code: 'training_not_attendee',
    });
    await expect(giveFeedback(me(3), r2!.id, { eventRating: 1, trainerRating: 1 })).rejects.toMatchObject({
      status: 404,
    });
    expect((await eventDetail(trainer, event.id)).feedback).toEqual({ responses: 1, eventRating: 5, trainerRating: 4 });
  });
});
