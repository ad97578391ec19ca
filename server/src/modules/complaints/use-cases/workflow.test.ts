import { complaintDetailSchema, followViewSchema, statsSchema } from '@lentera/common';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { makeCtx } from '../../../platform/context';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect, TEST_START } from '../../../test/harness';
import type { HttpClient } from '../../../test/http-client';
import { buildEmployee, buildUnit } from '../../people/test/factories';
import { json, signIn, signInAs } from '../../people/test/http';
import { buildCategory, complaintBody, setComplaintSettings } from '../test/factories';
import { complaintsApi } from '../test/http';
import { aboutEmployee } from '../use-cases/queries';
import { closeExpiredAnswers } from '../use-cases/respond-complaint';
import { sweepComplaintDeadlines } from '../use-cases/sweep-deadlines';

type UnitsTable = Awaited<ReturnType<typeof buildUnit>>;

describeEachDialect(
  'complaints: workflow',
  (env) => {
    let tenant: TenantRecord;
    let api: string;
    let categoryId: string;
    let dinas: UnitsTable;
    let otherUnit: UnitsTable;
    let coordinator: HttpClient;
    let desk: HttpClient;
    let officer: HttpClient & { account: { id: string } };
    let otherOfficer: HttpClient;

    beforeAll(async () => {
      tenant = await buildTenant(env.services);
      api = complaintsApi(tenant);
      categoryId = (await buildCategory(env.services, tenant, { tier: 'normative' })).id;
      await setComplaintSettings(env.services, tenant, { guestPerHour: 0 });
      dinas = await buildUnit(env.services, tenant, { name: 'Dinas Pekerjaan Umum' });
      otherUnit = await buildUnit(env.services, tenant, { name: 'Dinas Kesehatan' });
      coordinator = await signInAs(env, tenant, ['complaint_coordinator'], { name: 'Koordinator' });
      desk = await signInAs(env, tenant, ['complaint_officer'], { name: 'Petugas Meja' });
      officer = await signInAs(env, tenant, [{ role: 'complaint_officer', unitId: dinas.id }], { name: 'Petugas PU' });
      otherOfficer = await signInAs(env, tenant, [{ role: 'complaint_officer', unitId: otherUnit.id }]);
    });

    // Each case starts on Monday 2026-11-23 09:00 WIB, whatever the case before it did with the clock.
    beforeEach(() => env.clock.set(TEST_START));

    const file = async (overrides = {}) =>
      json(await env.client().post(api, complaintBody(categoryId, overrides)), 201);
    const detail = async (client: HttpClient, id: string) =>
      complaintDetailSchema.parse(json(await client.get(`${api}/${id}`)));
    const follow = async (token: string) =>
      followViewSchema.parse(json(await env.client().get(`${api}/follow/${token}`)));

    it('verifies and routes: the answer is due in the tier’s working days; only that unit’s officers see it', async () => {
      const c = await file();
      // A unit officer sees nothing before routing; the desk does.
      expect((await officer.get(`${api}/${c.id}`)).statusCode).toBe(404);
      json(await desk.post(`${api}/${c.id}/verify`, { unitId: dinas.id, note: 'Cek lokasi' }));
      const d = await detail(officer, c.id);
      expect(d).toMatchObject({ status: 'routed', unit: { id: dinas.id } });
      // Normative: 5 working days after Monday 2026-11-23 is Monday 2026-11-30, end of day WIB.
      expect(d.answerDueAt).toBe('2026-11-30T16:59:59.999Z');
      expect(d.timeline.find((e) => e.kind === 'note')).toMatchObject({ internal: true, text: 'Cek lokasi' });
      expect((await otherOfficer.get(`${api}/${c.id}`)).statusCode).toBe(404);
      const list = json(await officer.get(`${api}?state=open`));
      expect(list.items.map((i: { id: string }) => i.id)).toContain(c.id);
      expect(json(await otherOfficer.get(`${api}?state=open`)).items).toHaveLength(0);
      // A unit officer cannot verify (desk only): 404, as for what one may not see.
      const again = await file();
      expect((await officer.post(`${api}/${again.id}/verify`, { unitId: dinas.id })).statusCode).toBe(404);
      // A second verification conflicts.
      expect((await desk.post(`${api}/${c.id}/verify`, { unitId: dinas.id })).statusCode).toBe(409);
    });

    it('follows up: assign, internal note, answer on time, rating closes it; the timeline hides notes', async () => {
      const c = await file();
      json(await desk.post(`${api}/${c.id}/verify`, { unitId: dinas.id }));
      expect(
        (
          await officer.post(`${api}/${c.id}/assign`, {
            accountId: (otherOfficer as unknown as { account: { id: string } }).account.id,
          })
        ).statusCode,
      ).toBe(400);
      json(await officer.post(`${api}/${c.id}/assign`, { accountId: officer.account.id }));
      json(await officer.post(`${api}/${c.id}/notes`, { text: 'RAHASIA-INTERNAL catatan' }));
      env.clock.advance(2 * 86_400_000);
      json(await officer.post(`${api}/${c.id}/answer`, { text: 'Lubang sudah ditambal pada hari Rabu.' }));
      const view = await follow(c.followToken);
      expect(view).toMatchObject({
        status: 'answered',
        answer: 'Lubang sudah ditambal pada hari Rabu.',
        canRate: true,
        canReopen: true,
      });
      expect(JSON.stringify(view)).not.toContain('RAHASIA-INTERNAL');
      expect(view.timeline.map((e) => e.kind)).toEqual(['received', 'verified', 'assigned', 'answered']);
      const rated = followViewSchema.parse(
        json(await env.client().post(`${api}/follow/${c.followToken}/rate`, { rating: 4, comment: 'Terima kasih' })),
      );
      expect(rated).toMatchObject({ status: 'closed', rating: 4, canRate: false });
      expect((await env.client().post(`${api}/follow/${c.followToken}/rate`, { rating: 5 })).statusCode).toBe(409);
      expect((await env.client().get(`${api}/follow/not-a-real-token-at-all-000000`)).statusCode).toBe(404);
    });

    it('reopens within 10 working days, not after; unrated answers close themselves', async () => {
      const c = await file();
      json(await desk.post(`${api}/${c.id}/verify`, { unitId: dinas.id }));
      json(await officer.post(`${api}/${c.id}/answer`, { text: 'Sudah selesai ditangani.' }));
      const reopened = followViewSchema.parse(
        json(
          await env.client().post(`${api}/follow/${c.followToken}/reopen`, { reason: 'Belum diperbaiki sama sekali.' }),
        ),
      );
      expect(reopened.status).toBe('routed');
      json(await officer.post(`${api}/${c.id}/answer`, { text: 'Sekarang sudah diperbaiki.' }));
      const late = await file();
      json(await desk.post(`${api}/${late.id}/verify`, { unitId: dinas.id }));
      json(await officer.post(`${api}/${late.id}/answer`, { text: 'Sudah selesai ditangani.' }));
      env.clock.advance(20 * 86_400_000);
      const refused = await env
        .client()
        .post(`${api}/follow/${late.followToken}/reopen`, { reason: 'Masih rusak sekali.' });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.code).toBe('complaint_reopen_window_passed');
      expect(await closeExpiredAnswers(makeCtx(env.services))).toBeGreaterThanOrEqual(2);
      expect((await follow(late.followToken)).status).toBe('closed');
      expect(await closeExpiredAnswers(makeCtx(env.services))).toBe(0);
    });

    it('postpones (clock paused), the complainant adds information, the clock resumes with the days left', async () => {
      const c = await file();
      json(await desk.post(`${api}/${c.id}/postpone`, { question: 'Mohon sebutkan nomor rumah.' }));
      let view = await follow(c.followToken);
      expect(view).toMatchObject({ status: 'postponed', question: 'Mohon sebutkan nomor rumah.', canAddInfo: true });
      env.clock.advance(14 * 86_400_000);
      await sweepComplaintDeadlines(env.services); // the postponed complaint must not escalate: checked below
      expect((await detail(desk, c.id)).timeline.some((e) => e.kind === 'escalated')).toBe(false);
      view = followViewSchema.parse(
        json(await env.client().post(`${api}/follow/${c.followToken}/info`, { text: 'Nomor 12 RT 03.' })),
      );
      expect(view.status).toBe('received');
      const d = await detail(desk, c.id);
      expect(Date.parse(d.verificationDueAt!)).toBeGreaterThan(env.clock.now().getTime());
    });

    it('refers out of authority and archives non-complaints with their reasons', async () => {
      const a = await file();
      json(await desk.post(`${api}/${a.id}/refer`, { referral: 'Perkara pidana: silakan lapor ke Polres.' }));
      expect(await follow(a.followToken)).toMatchObject({ status: 'referred' });
      const b = await file();
      json(await desk.post(`${api}/${b.id}/archive`, { reason: 'Hanya ucapan terima kasih.' }));
      expect((await follow(b.followToken)).timeline.at(-1)).toMatchObject({
        kind: 'archived',
        text: 'Hanya ucapan terima kasih.',
      });
      expect((await desk.post(`${api}/${b.id}/verify`, { unitId: dinas.id })).statusCode).toBe(409);
    });

    it('finds similar open complaints and merges a duplicate: its reporter then hears the original’s answer', async () => {
      const original = await file({
        title: 'Lampu jalan mati di Jalan Cempaka',
        description: 'Lampu penerangan jalan Cempaka mati total sejak minggu lalu, gelap gulita.',
      });
      const duplicate = await file({
        title: 'Penerangan jalan Cempaka mati',
        description: 'Lampu jalan di Cempaka mati, gelap sekali pada malam hari.',
        guest: { email: 'duplikat@contoh.id' },
      });
      await file({ title: 'Sampah menumpuk di pasar', description: 'Sampah belum diangkut tiga hari di pasar lama.' });
      const similar = json(await desk.get(`${api}/${duplicate.id}/similar`)).items;
      expect(similar[0]).toMatchObject({ id: original.id, sameCategory: true });
      expect(similar.map((s: { id: string }) => s.id)).not.toContain(duplicate.id);
      json(await desk.post(`${api}/${duplicate.id}/merge`, { originalId: original.id }));
      expect(await follow(duplicate.followToken)).toMatchObject({ status: 'merged', mergedInto: original.code });
      json(await desk.post(`${api}/${original.id}/verify`, { unitId: dinas.id }));
      json(await officer.post(`${api}/${original.id}/answer`, { text: 'Lampu sudah diganti.' }));
      const mails = await env.services.db
        .selectFrom('mail_outbox')
        .selectAll()
        .where('to_address', '=', 'duplikat@contoh.id')
        .execute();
      expect(mails.map((m) => m.subject)).toEqual(
        expect.arrayContaining([expect.stringContaining(original.code), expect.stringContaining(duplicate.code)]),
      );
      const answered = mails.find((m) => m.subject.includes(original.code) && m.subject.includes('dijawab'));
      expect(answered?.text_body).toContain('Lampu sudah diganti.');
      expect(answered?.text_body).not.toContain('/follow/');
      // Merging into itself or a closed complaint is refused.
      const third = await file();
      expect((await desk.post(`${api}/${third.id}/merge`, { originalId: third.id })).statusCode).toBe(400);
    });

    it('links employees concerned: their supervisor sees it in "my team"; the performance door lists it', async () => {
      const head = await buildEmployee(env.services, tenant, {
        unitId: dinas.id,
        isHead: true,
        login: true,
        name: 'Kepala Dinas PU',
      });
      const staff = await buildEmployee(env.services, tenant, { unitId: dinas.id, name: 'Andi Pelaksana' });
      const c = await file({ privacy: 'anonim', employeeText: 'petugas loket bernama Andi' });
      json(await desk.post(`${api}/${c.id}/verify`, { unitId: dinas.id }));
      json(await officer.post(`${api}/${c.id}/employees`, { employeeId: staff.id }));
      const supervisor = await signIn(env, head.account!);
      const team = json(await supervisor.get(`${api}/my-team`));
      expect(team.items).toEqual([
        expect.objectContaining({ id: c.id, employee: { id: staff.id, name: 'Andi Pelaksana' } }),
      ]);
      expect(JSON.stringify(team)).not.toContain('Siti');
      const about = await aboutEmployee(
        makeCtx(env.services, { tenant }),
        staff.id,
        '2026-01-01T00:00:00Z',
        '2027-12-31T00:00:00Z',
      );
      expect(about).toEqual([expect.objectContaining({ code: c.code })]);
      expect((await env.client().get(`${api}/my-team`)).statusCode).toBe(401);
    });

    it('refers to integrity (coordinator only) and stores it', async () => {
      const c = await file();
      json(await desk.post(`${api}/${c.id}/verify`, { unitId: dinas.id }));
      expect(
        (await officer.post(`${api}/${c.id}/integrity`, { note: 'Dugaan pungutan liar di loket.' })).statusCode,
      ).toBe(403);
      json(await coordinator.post(`${api}/${c.id}/integrity`, { note: 'Dugaan pungutan liar di loket.' }));
      expect((await detail(coordinator, c.id)).integrityReferral).toMatchObject({
        note: 'Dugaan pungutan liar di loket.',
      });
    });

    it('officer entry records the channel and reference; a citizen sees their own complaints', async () => {
      const entry = json(
        await desk.post(`${api}/officer-entry`, {
          channel: 'lapor',
          externalRef: 'LAPOR-1234567',
          complaint: complaintBody(categoryId, { guest: { name: 'Pak Budi' } }),
        }),
        201,
      );
      expect(await detail(desk, entry.id)).toMatchObject({ channel: 'lapor', externalRef: 'LAPOR-1234567' });
      expect(
        (await env.client().post(`${api}/officer-entry`, { channel: 'walk_in', complaint: complaintBody(categoryId) }))
          .statusCode,
      ).toBe(401);
      const citizen = await signInAs(env, tenant, ['citizen']);
      expect(
        (await citizen.post(`${api}/officer-entry`, { channel: 'walk_in', complaint: complaintBody(categoryId) }))
          .statusCode,
      ).toBe(403);
      const mine = json(await citizen.post(api, complaintBody(categoryId, { guest: undefined })), 201);
      expect(json(await citizen.get(`${api}/mine`)).items.map((i: { code: string }) => i.code)).toEqual([mine.code]);
      expect(followViewSchema.parse(json(await citizen.get(`${api}/mine/${mine.id}`))).code).toBe(mine.code);
      const stranger = await signInAs(env, tenant, ['citizen']);
      expect((await stranger.get(`${api}/mine/${mine.id}`)).statusCode).toBe(404);
    });

    it('keeps exact statistics: received, verified, answered on time, durations, ratings', async () => {
      const t = await buildTenant(env.services);
      const cat = await buildCategory(env.services, t, { tier: 'light' });
      const unit = await buildUnit(env.services, t, { name: 'Dinas Statistik' });
      const d2 = await signInAs(env, t, ['complaint_coordinator']);
      const url = complaintsApi(t);
      const ids: Array<{ id: string; followToken: string }> = [];
      for (let i = 0; i < 3; i++) ids.push(json(await env.client().post(url, complaintBody(cat.id)), 201));
      for (const c of ids) json(await d2.post(`${url}/${c.id}/verify`, { unitId: unit.id }));
      json(await d2.post(`${url}/${ids[0]!.id}/answer`, { text: 'Dijawab di hari yang sama.' }));
      env.clock.advance(7 * 86_400_000);
      json(await d2.post(`${url}/${ids[1]!.id}/answer`, { text: 'Dijawab terlambat sekali.' }));
      json(await env.client().post(`${url}/follow/${ids[0]!.followToken}/rate`, { rating: 5 }));
      json(await env.client().post(`${url}/follow/${ids[1]!.followToken}/rate`, { rating: 2 }));
      const stats = statsSchema.parse(json(await env.client().get(`${url}/stats?from=2026-11-01&to=2026-12-31`)));
      expect(stats.totals).toMatchObject({
        received: 3,
        verified: 3,
        answered: 2,
        answeredOnTime: 1,
        shareOnTime: 0.5,
        firstResponseMedianDays: 0,
        answerMedianDays: 0,
        answerP90Days: 5,
        meanRating: 3.5,
        reopenRate: 0,
      });
      expect(stats.rows.find((r) => r.unitId === unit.id)).toMatchObject({ verified: 3, answered: 2 });
      const csv = await env.client().get(`${url}/stats?from=2026-11-01&to=2026-12-31&format=csv`);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.body.split('\r\n')[0]).toBe(
        'from,to,unitId,unitName,categoryId,categoryName,received,verified,answered,answeredOnTime,shareOnTime,firstResponseMedianDays,firstResponseP90Days,answerMedianDays,answerP90Days,meanRating,ratings,reopened,reopenRate',
      );
      expect((await env.client().get(`${url}/stats?from=2026-12-31&to=2026-01-01`)).statusCode).toBe(400);
    });
  },
  { env: { SESSION_IDLE_MINUTES: '43200', SESSION_MAX_HOURS: '2160' } },
);
