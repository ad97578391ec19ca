import { beforeAll, expect, it } from 'vitest';
import { makeCtx } from '../../../platform/context';
import { type InboundMedia, type InboundMessage, outboxRows, receiveInbound } from '../../../platform/messaging/index';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import { buildUnit } from '../../people/test/factories';
import { json, signInAs } from '../../people/test/http';
import { complaintsRepo } from '../repository';
import { buildCategory, buildComplaint, setComplaintSettings } from '../test/factories';
import { complaintsApi, jpegWithExif } from '../test/http';
import { channelsRepo } from './repository';

const PHONE = '6281234567890';
const OTHER_PHONE = '6289876543210';

const image = (data: Buffer = jpegWithExif()): InboundMedia => ({
  kind: 'image',
  mime: 'image/jpeg',
  fetch: async (maxBytes) => {
    if (data.length > maxBytes) throw new Error('too large');
    return { data, mime: 'image/jpeg' };
  },
});
const ofKind = (kind: InboundMedia['kind'], data = Buffer.from('bukan gambar')): InboundMedia => ({
  kind,
  mime: null,
  fetch: async () => ({ data, mime: null }),
});

describeEachDialect('complaints: one chat conversation for every channel (WhatsApp)', (env) => {
  let tenant: TenantRecord;
  let messageNo = 0;

  beforeAll(async () => {
    tenant = await buildTenant(env.services, { code: 'DUM' });
    await setComplaintSettings(env.services, tenant, { guestPerHour: 0 });
    await buildCategory(env.services, tenant, { name: 'Penerangan jalan', tier: 'light' });
    await buildCategory(env.services, tenant, { name: 'Kebersihan', tier: 'light' });
  });

  const send = (fields: Partial<InboundMessage>, address = PHONE) =>
    receiveInbound(makeCtx(env.services, { tenant }), {
      channel: 'whatsapp',
      address,
      messageId: `wamid.uji-${env.dialect}-${++messageNo}`,
      text: '',
      media: [],
      location: null,
      name: 'Rina Warga',
      ...fields,
    });
  const replies = async (address = PHONE) =>
    (await outboxRows(env.services.db, tenant.id, { channel: 'whatsapp', address })).map((r) => r.text);
  const lastReply = async (address = PHONE) => (await replies(address)).at(-1) ?? '';
  const whatsappReports = () =>
    env.services.db
      .selectFrom('complaints_reports')
      .selectAll()
      .where('tenant_id', '=', tenant.id)
      .where('channel', '=', 'whatsapp')
      .execute();

  it('files a complaint from text, a photo and a location; refuses a voice note and keeps the rest', async () => {
    expect(await send({ text: 'Halo' })).toBe('handled');
    expect(await lastReply()).toContain('1. Kebersihan');
    await send({ text: '2' });
    expect(await lastReply()).toContain('Kategori: Penerangan jalan');
    await send({ location: { lat: 1.6666, lng: 101.4444 } });
    expect(await lastReply()).toContain('Lokasi diterima');
    await send({ media: [image()] });
    expect(await lastReply()).toContain('Foto diterima (1)');

    // A voice note is refused with a bilingual reply; the category, location and photo stay.
    await send({ media: [ofKind('audio')] });
    expect(await lastReply()).toContain('pesan suara');
    expect(await lastReply()).toContain('voice or audio');
    // A "document" that is neither an image nor a PDF is refused by its content, like a web upload.
    await send({ media: [ofKind('document')] });
    expect(await lastReply()).toContain('Lampiran "whatsapp-berkas-2.bin" bukan foto');
    expect(await lastReply()).toContain('is not a photo');
    const session = await channelsRepo.chatSession(env.services.db, tenant.id, 'whatsapp', PHONE);
    expect(session).toMatchObject({ step: 'describe', lat: 1.6666, lng: 101.4444 });
    expect(JSON.parse(session!.media)).toHaveLength(1);

    await send({ text: 'Lampu jalan mati\nSudah seminggu lampu di Jl. Sudirman padam.' });
    const [report, ...more] = await whatsappReports();
    expect(more).toEqual([]);
    expect(report).toMatchObject({
      title: 'Lampu jalan mati',
      privacy: 'anonim',
      channel: 'whatsapp',
      reporter_name: 'Rina Warga',
      lat: 1.6666,
      lng: 101.4444,
    });
    const followers = await complaintsRepo.followers(env.services.db, tenant.id, report!.id);
    expect(followers.map((f) => [f.contact_channel, f.contact_address, f.account_id])).toEqual([
      ['whatsapp', PHONE, null],
    ]);
    const [photo, ...others] = await complaintsRepo.attachments(env.services.db, tenant.id, report!.id);
    expect(others).toEqual([]);
    expect(photo?.mime).toBe('image/jpeg');
    expect((await env.services.files.read(photo!.storage_key)).toString('latin1')).not.toContain('GPSLatitude');
    // The files waiting in the conversation are gone once filed; the chat starts over.
    const kept = JSON.parse(session!.media) as Array<{ key: string }>;
    await expect(env.services.files.read(kept[0]!.key)).rejects.toThrow();
    expect(await channelsRepo.chatSession(env.services.db, tenant.id, 'whatsapp', PHONE)).toMatchObject({
      step: 'category',
      media: '[]',
      lat: null,
    });

    // The code (the `received` notice, with the WhatsApp template's params), then the secret follow link.
    const rows = await outboxRows(env.services.db, tenant.id, { channel: 'whatsapp', address: PHONE });
    const [notice, link] = rows.slice(-2);
    expect(notice).toMatchObject({ kind: 'complaint.step' });
    expect(notice?.text).toContain('telah kami terima');
    expect(notice?.text).toContain(report!.code);
    expect(JSON.parse(notice?.template_params ?? '[]')).toEqual([report!.code, 'Pengaduan Anda telah kami terima.']);
    expect(link).toMatchObject({ kind: 'reply' });
    expect(link?.text).toContain(`/t/${tenant.slug}/complaints/follow/`);
  });

  it('tells of a photo it cannot fetch, and refuses a place outside Indonesia', async () => {
    const address = '6281111000222';
    await send({ text: 'menu' }, address);
    await send({ text: '1' }, address);
    const broken: InboundMedia = {
      kind: 'image',
      mime: 'image/jpeg',
      fetch: async () => {
        throw new Error('Graph API 500');
      },
    };
    await send({ media: [broken], text: 'Sampah menumpuk di pasar lama sejak Senin.' }, address);
    expect(await lastReply(address)).toContain('foto tidak dapat diambil dari WhatsApp');
    expect(await whatsappReports()).toHaveLength(1);
    await send({ location: { lat: 48.85, lng: 2.35 } }, address);
    expect(await lastReply(address)).toContain('di luar wilayah Indonesia');
    // The place was refused, the category kept: the next description files, without a place.
    await send({ text: 'Sampah menumpuk di pasar lama sejak Senin.' }, address);
    const filed = await whatsappReports();
    expect(filed).toHaveLength(2);
    expect(filed.find((r) => r.title.startsWith('Sampah'))).toMatchObject({ lat: null, lng: null });
  });

  it("answers the status of the chat's own complaint, and the same 'not found' for another's or an unknown code", async () => {
    const [own] = await whatsappReports();
    const category = (await complaintsRepo.categories(env.services.db, tenant.id))[0]!;
    const another = await buildComplaint(env.services, tenant, category.id, { privacy: 'public' });

    await send({ text: own!.code.toLowerCase() });
    expect(await lastReply()).toContain(`Status ${own!.code}: Diterima, menunggu verifikasi`);
    await send({ text: `STATUS ${own!.code}` });
    expect(await lastReply()).toContain(`Status ${own!.code}:`);

    await send({ text: another.code }, OTHER_PHONE);
    const foreign = await lastReply(OTHER_PHONE);
    await send({ text: `status DUM-ADU-2026-999999` }, OTHER_PHONE);
    const unknown = await lastReply(OTHER_PHONE);
    expect(foreign.replaceAll(another.code, 'X')).toBe(unknown.replaceAll('DUM-ADU-2026-999999', 'X'));
    expect(foreign).toContain('tidak ditemukan');
    expect(foreign).not.toContain(another.row.title);
    // The WhatsApp complaint's code asked from another number: the same.
    await send({ text: own!.code }, OTHER_PHONE);
    expect((await lastReply(OTHER_PHONE)).replaceAll(own!.code, 'X')).toBe(
      unknown.replaceAll('DUM-ADU-2026-999999', 'X'),
    );
  });

  it("takes an officer's answer to the citizen's WhatsApp number", async () => {
    const [report] = await whatsappReports();
    const api = complaintsApi(tenant);
    const unit = await buildUnit(env.services, tenant, { name: 'Dinas Perhubungan' });
    const desk = await signInAs(env, tenant, ['complaint_officer'], { name: 'Petugas Meja' });
    const officer = await signInAs(env, tenant, [{ role: 'complaint_officer', unitId: unit.id }], { name: 'Petugas' });
    json(await desk.post(`${api}/${report!.id}/verify`, { unitId: unit.id }));
    json(await officer.post(`${api}/${report!.id}/assign`, { accountId: officer.account.id }));
    json(await officer.post(`${api}/${report!.id}/answer`, { text: 'Lampu sudah diganti hari ini.' }));

    const detail = json(await officer.get(`${api}/${report!.id}`));
    expect(detail.channel).toBe('whatsapp');
    const rows = await outboxRows(env.services.db, tenant.id, { channel: 'whatsapp', address: PHONE });
    const answered = rows.find((r) => r.kind === 'complaint.step' && r.text.includes('telah dijawab'));
    expect(answered?.text).toContain(report!.code);
    expect(answered?.text).toContain('Lampu sudah diganti hari ini.');
    expect(answered?.status).toBe('pending');
    // Nobody else's chat hears it.
    expect((await replies(OTHER_PHONE)).some((t) => t.includes('Lampu sudah diganti'))).toBe(false);
    await send({ text: report!.code });
    expect(await lastReply()).toContain('Sudah dijawab');
    expect(await lastReply()).toContain('Lampu sudah diganti hari ini.');
  });

  it('files the same way from Messenger and Instagram, with the channel recorded', async () => {
    for (const [channel, address] of [
      ['messenger', '24681357902468'],
      ['instagram', '17841499998888'],
    ] as const) {
      const ctx = makeCtx(env.services, { tenant });
      const say = (text: string) =>
        receiveInbound(ctx, {
          channel,
          address,
          messageId: `${channel}:uji-${env.dialect}-${++messageNo}`,
          text,
          media: [],
          location: null,
          name: null,
        });
      await say('Halo');
      await say('1');
      await say('Selokan tersumbat di Jl. Merdeka, air meluap ke jalan.');
      const report = await env.services.db
        .selectFrom('complaints_reports')
        .select(['id', 'code', 'channel'])
        .where('tenant_id', '=', tenant.id)
        .where('channel', '=', channel)
        .executeTakeFirstOrThrow();
      const followers = await complaintsRepo.followers(env.services.db, tenant.id, report.id);
      expect(followers.map((f) => [f.contact_channel, f.contact_address])).toEqual([[channel, address]]);
      const rows = await outboxRows(env.services.db, tenant.id, { channel, address });
      expect(rows.some((r) => r.kind === 'complaint.step' && r.text.includes(report.code))).toBe(true);
      expect(rows.every((r) => r.template_params === null)).toBe(true);
    }
  });
});
