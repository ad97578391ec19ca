import { NOTICE_KINDS } from '@lentera/common';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { modules as allModules } from '../../../modules/index';
import { json, signInAs } from '../../../modules/people/test/http';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import { makeCtx } from '../../context';
import type { TenantRecord } from '../../tenancy/repository';
import { deliverOutbox, outboxRows, registerConversation, registerSender } from '../index';
import type { InboundMessage } from '../types';
import { installMetaSenders } from './sender';
import { metaSignature } from './signature';
import {
  buildMetaConfig,
  metaTestModule,
  TEST_APP_SECRET,
  TEST_PAGE_TOKEN,
  TEST_VERIFY_TOKEN,
  TEST_WA_TOKEN,
} from './test/factories';
import { MetaStandIn } from './test/meta-stand-in';
import { messengerDelivery, whatsappDelivery, whatsappStatuses } from './test/payloads';

const standIn = new MetaStandIn();
const suiteEnv: Record<string, string> = { PUBLIC_URL: 'https://lentera.contoh.go.id' };
/** What the conversation stub received, and what it kept of each message's media. */
const received: InboundMessage[] = [];
const kept: Array<{ data: Buffer; mime: string | null } | string> = [];
let uninstall: Array<() => void> = [];

beforeAll(async () => {
  await standIn.start();
  standIn.tokens.add(TEST_WA_TOKEN);
  standIn.tokens.add(TEST_PAGE_TOKEN);
  suiteEnv.META_GRAPH_URL = standIn.graphUrl;
  installMetaSenders((channel, sender) => {
    uninstall.push(registerSender(channel, sender));
  });
  uninstall.push(
    registerConversation(async (_ctx, message, inbound) => {
      received.push(message);
      for (const media of message.media)
        kept.push(await media.fetch(2000).catch((error: Error) => `refused: ${error.message}`));
      await inbound.reply(`Diterima: ${message.text}`);
    }),
  );
});
afterAll(async () => {
  for (const undo of uninstall) undo();
  uninstall = [];
  await standIn.stop();
});

let suites = 0;

describeEachDialect(
  'messaging: Meta channels (WhatsApp, Messenger, Instagram)',
  (env) => {
    let tenant: TenantRecord;
    /** Each dialect's suite writes from its own numbers (the stand-in is shared). */
    let n = 0;
    const phone = () => `62812${suites}${String(++n).padStart(6, '0')}`;
    let mid = 0;
    const wamid = () => `wamid.${env.dialect}.${++mid}`;
    const hook = (path = 'whatsapp') => `/api/t/${tenant.slug}/channels/${path}`;
    const post = (payload: unknown, signature: string | null = 'sign', path = 'whatsapp') => {
      const body = JSON.stringify(payload);
      return env.app.inject({
        method: 'POST',
        url: hook(path),
        headers: {
          'content-type': 'application/json',
          ...(signature === 'sign'
            ? { 'x-hub-signature-256': metaSignature(TEST_APP_SECRET, body) }
            : signature
              ? { 'x-hub-signature-256': signature }
              : {}),
        },
        payload: body,
      });
    };
    const sentTo = (address: string) => standIn.sent.filter((m) => m.to === address);

    beforeAll(async () => {
      suites += 1;
      tenant = await buildTenant(env.services);
    });

    it('lets only the tenant admin see and set the channels; secrets are never shown back', async () => {
      const api = `/api/t/${tenant.slug}/messaging/settings`;
      const officer = await signInAs(env, tenant, ['complaint_coordinator']);
      expect((await officer.get(api)).statusCode).toBe(403);
      expect((await officer.put(api, { appSecret: TEST_APP_SECRET })).statusCode).toBe(403);
      const admin = await signInAs(env, tenant, ['tenant_admin']);
      const empty = json(await admin.get(api));
      expect(empty).toMatchObject({
        appSecretSet: false,
        verifyTokenSet: false,
        webhookUrl: `https://lentera.contoh.go.id/api/t/${tenant.slug}/channels/whatsapp`,
        whatsapp: { configured: false, phoneNumberId: null, tokenHint: null },
        messenger: { configured: false },
        instagram: { configured: false },
        updatedAt: null,
      });
      expect(empty.templates).toEqual(
        NOTICE_KINDS.map((kind) => ({ kind, name: `lentera_${kind.replace('.', '_')}`, language: 'id' })),
      );
      expect((await admin.put(api, { appSecret: 'pendek' })).statusCode).toBe(400);
      expect((await admin.put(api, { verifyToken: 'ada spasi di sini' })).statusCode).toBe(400);

      const saved = json(
        await admin.put(api, {
          appSecret: TEST_APP_SECRET,
          verifyToken: TEST_VERIFY_TOKEN,
          whatsapp: { phoneNumberId: '1098765432', displayNumber: '0811 0000 1111', accessToken: TEST_WA_TOKEN },
          templates: [{ kind: 'survey.invitation', name: 'survei_kepuasan', language: 'en_US' }],
        }),
      );
      expect(saved).toMatchObject({
        appSecretSet: true,
        verifyTokenSet: true,
        whatsapp: { configured: true, phoneNumberId: '1098765432', tokenHint: `…${TEST_WA_TOKEN.slice(-4)}` },
        messenger: { configured: false },
      });
      expect(saved.templates).toContainEqual({ kind: 'survey.invitation', name: 'survei_kepuasan', language: 'en_US' });
      expect(saved.templates).toContainEqual({ kind: 'queue.called', name: 'lentera_queue_called', language: 'id' });

      // Fields left out keep their value; the page's token serves Instagram too.
      const more = json(
        await admin.put(api, {
          messenger: { pageId: '556677889900', accessToken: TEST_PAGE_TOKEN },
          instagram: { accountId: '17841400000000' },
        }),
      );
      expect(more).toMatchObject({
        appSecretSet: true,
        whatsapp: { configured: true },
        instagram: { configured: true },
      });
      const shown = await admin.get(api);
      for (const secret of [TEST_APP_SECRET, TEST_VERIFY_TOKEN, TEST_WA_TOKEN, TEST_PAGE_TOKEN])
        expect(shown.body).not.toContain(secret);
      // null disconnects a channel.
      const off = json(await admin.put(api, { messenger: null }));
      expect(off).toMatchObject({ messenger: { configured: false, pageId: null }, instagram: { configured: false } });

      const audit = await env.services.db
        .selectFrom('audit_entries')
        .select(['action', 'entity_type', 'entity_id'])
        .where('tenant_id', '=', tenant.id)
        .where('action', '=', 'messaging.meta_configured')
        .execute();
      expect(audit).toHaveLength(3);
      expect(audit[0]).toMatchObject({ entity_type: 'messaging_meta_config', entity_id: tenant.id });

      // Back to the suite's configuration with every channel.
      await buildMetaConfig(env.services, tenant);
    });

    it("answers Meta's verification handshake only with the tenant's verify token", async () => {
      const query = (token: string, mode = 'subscribe') =>
        `?hub.mode=${mode}&hub.verify_token=${encodeURIComponent(token)}&hub.challenge=1158201444`;
      for (const path of ['whatsapp', 'meta']) {
        const ok = await env.app.inject({ method: 'GET', url: `${hook(path)}${query(TEST_VERIFY_TOKEN)}` });
        expect(ok.statusCode).toBe(200);
        expect(ok.headers['content-type']).toMatch(/^text\/plain/);
        expect(ok.body).toBe('1158201444');
      }
      const wrong = await env.app.inject({ method: 'GET', url: `${hook()}${query('token-yang-salah-0123')}` });
      expect(wrong.statusCode).toBe(403);
      expect(wrong.json().error.code).toBe('messaging_verify_failed');
      expect(
        (await env.app.inject({ method: 'GET', url: `${hook()}${query(TEST_VERIFY_TOKEN, 'x')}` })).statusCode,
      ).toBe(403);
      expect((await env.app.inject({ method: 'GET', url: hook() })).statusCode).toBe(403);
      const unset = await buildTenant(env.services);
      const notConfigured = await env.app.inject({
        method: 'GET',
        url: `/api/t/${unset.slug}/channels/whatsapp${query(TEST_VERIFY_TOKEN)}`,
      });
      expect(notConfigured.statusCode).toBe(404);
      expect(notConfigured.json().error.code).toBe('messaging_not_configured');
      expect(
        (await env.app.inject({ method: 'GET', url: `/api/t/tidak-ada/channels/whatsapp${query(TEST_VERIFY_TOKEN)}` }))
          .statusCode,
      ).toBe(404);
    });

    it('refuses a delivery with a missing or wrong signature (403) and acts on nothing', async () => {
      const from = phone();
      const payload = whatsappDelivery([{ id: wamid(), type: 'text', text: { body: 'palsu' } }], { from });
      for (const signature of [null, 'sha256=00', metaSignature('rahasia-lain-0123456', JSON.stringify(payload))]) {
        const response = await post(payload, signature);
        expect(response.statusCode).toBe(403);
        expect(response.json().error.code).toBe('messaging_signature_invalid');
      }
      // Signed over other bytes than those sent (re-serialized JSON does not pass).
      const body = JSON.stringify(payload);
      const tampered = await env.app.inject({
        method: 'POST',
        url: hook(),
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': metaSignature(TEST_APP_SECRET, body) },
        payload: body.replace('palsu', 'PALSU'),
      });
      expect(tampered.statusCode).toBe(403);
      expect(received.filter((m) => m.address === from)).toEqual([]);
      const unset = await buildTenant(env.services);
      const elsewhere = await env.app.inject({
        method: 'POST',
        url: `/api/t/${unset.slug}/channels/whatsapp`,
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': metaSignature(TEST_APP_SECRET, body) },
        payload: body,
      });
      expect(elsewhere.statusCode).toBe(404);
    });

    it('hands a signed message to the conversation once, however often Meta delivers it, and replies by text', async () => {
      const from = phone();
      const payload = whatsappDelivery([{ id: wamid(), type: 'text', text: { body: 'Lampu jalan mati' } }], { from });
      for (let i = 0; i < 3; i++) expect(json(await post(payload))).toEqual({ ok: true });
      const mine = received.filter((m) => m.address === from);
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ channel: 'whatsapp', text: 'Lampu jalan mati', name: 'Rina Warga' });
      // Statuses, junk and the alias path: acknowledged.
      expect(json(await post(whatsappStatuses))).toEqual({ ok: true });
      expect(json(await post({ hello: 'world' }))).toEqual({ ok: true });
      expect((await post('bukan json', 'sign', 'meta')).statusCode).toBe(200);

      const rows = await outboxRows(env.services.db, tenant.id, { channel: 'whatsapp', address: from });
      expect(rows.map((r) => r.text)).toEqual(['Diterima: Lampu jalan mati']);
      expect(await deliverOutbox(env.services)).toBeGreaterThanOrEqual(1);
      expect(sentTo(from)).toMatchObject([{ type: 'text', text: 'Diterima: Lampu jalan mati', token: TEST_WA_TOKEN }]);
    });

    it('downloads media the conversation keeps, within its size limit, with the mime Meta declared', async () => {
      const from = phone();
      const photo = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 9, 9, 9]);
      standIn.media.set(`foto-${env.dialect}`, { data: photo, mime: 'image/jpeg' });
      standIn.media.set(`besar-${env.dialect}`, { data: Buffer.alloc(5000), mime: 'video/mp4' });
      standIn.media.set(`exe-${env.dialect}`, { data: Buffer.from('MZ'), mime: 'application/x-msdownload' });
      const before = kept.length;
      await post(
        whatsappDelivery(
          [
            {
              id: wamid(),
              type: 'image',
              image: { id: `foto-${env.dialect}`, mime_type: 'image/jpeg', caption: 'Got' },
            },
            { id: wamid(), type: 'video', video: { id: `besar-${env.dialect}`, mime_type: 'video/mp4' } },
            {
              id: wamid(),
              type: 'document',
              document: { id: `exe-${env.dialect}`, mime_type: 'application/x-msdownload', filename: 'a.exe' },
            },
          ],
          { from },
        ),
      );
      const mine = received.filter((m) => m.address === from);
      expect(mine.map((m) => m.media[0]?.mime)).toEqual(['image/jpeg', 'video/mp4', 'application/x-msdownload']);
      expect(kept.slice(before)).toEqual([
        { data: photo, mime: 'image/jpeg' },
        'refused: media too large',
        { data: Buffer.from('MZ'), mime: 'application/x-msdownload' },
      ]);
    });

    it('sends a notice outside the 24-hour window as its template, and refuses a reply there', async () => {
      const from = phone();
      await post(whatsappDelivery([{ id: wamid(), type: 'text', text: { body: 'halo' } }], { from }));
      await deliverOutbox(env.services);
      expect(sentTo(from)).toHaveLength(1);
      env.clock.advance(25 * 3600_000);
      const ctx = makeCtx(env.services, { tenant });
      // A notice's row carries its template parameters; the layer adds the tenant's template name.
      await env.services.db
        .insertInto('messaging_outbox')
        .values(
          ['survey.invitation', 'reply'].map((kind, i) => ({
            id: `9${Date.now()}-${i}-${env.dialect}`,
            tenant_id: tenant.id,
            channel: 'whatsapp',
            address: from,
            kind,
            text: kind === 'reply' ? 'Balasan bebas' : 'Isi survei kami',
            template_name: null,
            template_language: null,
            template_params: kind === 'reply' ? null : JSON.stringify(['DUM-ADU-2026-000001', 'https://s.id/x']),
            status: 'pending',
            attempts: 0,
            next_attempt_at: ctx.clock.now().toISOString(),
            last_error: null,
            created_at: ctx.clock.now().toISOString(),
            sent_at: null,
          })),
        )
        .execute();
      expect(await deliverOutbox(env.services)).toBe(1);
      expect(sentTo(from).at(-1)).toMatchObject({
        type: 'template',
        // The tenant's own template for the notice (set in the first case), with the row's parameters.
        template: { name: 'survei_kepuasan', language: 'en_US', params: ['DUM-ADU-2026-000001', 'https://s.id/x'] },
      });
      const rows = await outboxRows(env.services.db, tenant.id, { channel: 'whatsapp', address: from });
      expect(rows.at(-1)).toMatchObject({
        kind: 'reply',
        status: 'failed',
        last_error: 'outside the 24-hour window and no template',
      });
    });

    it('retries a send Meta throttles (429) after its retry-after, and gives up on a permanent refusal', async () => {
      await deliverOutbox(env.services); // what earlier cases left
      const from = phone();
      standIn.failures.push({ status: 429, code: 130429, message: 'Rate limit hit', retryAfter: 90 });
      await post(whatsappDelivery([{ id: wamid(), type: 'text', text: { body: 'satu' } }], { from }));
      expect(await deliverOutbox(env.services)).toBe(0);
      let [row] = await outboxRows(env.services.db, tenant.id, { channel: 'whatsapp', address: from });
      expect(row).toMatchObject({ status: 'pending', attempts: 1 });
      expect(Date.parse(row!.next_attempt_at)).toBe(env.clock.now().getTime() + 90_000);
      env.clock.advance(90_000);
      expect(await deliverOutbox(env.services)).toBe(1);
      expect(sentTo(from)).toHaveLength(1);

      const other = phone();
      standIn.failures.push({ status: 400, code: 131026, message: 'Message undeliverable' });
      await post(whatsappDelivery([{ id: wamid(), type: 'text', text: { body: 'dua' } }], { from: other }));
      expect(await deliverOutbox(env.services)).toBe(0);
      [row] = await outboxRows(env.services.db, tenant.id, { channel: 'whatsapp', address: other });
      expect(row).toMatchObject({ status: 'failed', attempts: 1 });
      expect(row?.last_error).toContain('131026');
      expect(row?.last_error).not.toContain(TEST_WA_TOKEN);
    });

    it('answers Messenger and Instagram in the 24-hour window, with HUMAN_AGENT for 7 days, then not at all', async () => {
      const psid = `${suites}0${Date.now()}`.slice(0, 16);
      const igsid = `${suites}1${Date.now()}`.slice(0, 16);
      await post(
        messengerDelivery([{ message: { mid: `m.${env.dialect}.1`, text: 'Jalan rusak' } }], { sender: psid }),
      );
      await post(
        messengerDelivery([{ message: { mid: `ig.${env.dialect}.1`, text: 'Sampah' } }], {
          object: 'instagram',
          sender: igsid,
        }),
        'sign',
        'meta',
      );
      expect(received.filter((m) => m.address === psid).map((m) => m.channel)).toEqual(['messenger']);
      expect(received.filter((m) => m.address === igsid).map((m) => m.channel)).toEqual(['instagram']);
      await deliverOutbox(env.services);
      expect(sentTo(psid)).toMatchObject([{ channel: 'messenger', messagingType: 'RESPONSE', token: TEST_PAGE_TOKEN }]);
      expect(sentTo(igsid)).toMatchObject([{ messagingType: 'RESPONSE', text: 'Diterima: Sampah' }]);

      const { replyTo } = await import('../index');
      const ctx = makeCtx(env.services, { tenant });
      env.clock.advance(30 * 3600_000);
      await replyTo(ctx, { channel: 'messenger', address: psid }, 'Jawaban petugas');
      await deliverOutbox(env.services);
      expect(sentTo(psid).at(-1)).toMatchObject({ messagingType: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' });

      env.clock.advance(7 * 24 * 3600_000);
      await replyTo(ctx, { channel: 'instagram', address: igsid }, 'Terlambat');
      expect(await deliverOutbox(env.services)).toBe(0);
      const [, late] = await outboxRows(env.services.db, tenant.id, { channel: 'instagram', address: igsid });
      expect(late).toMatchObject({ status: 'failed' });
      expect(late?.last_error).toContain('window');
      expect(sentTo(igsid)).toHaveLength(1);
    });

    it('fails a message for good when the tenant has no Meta channel', async () => {
      const unset = await buildTenant(env.services);
      const { replyTo } = await import('../index');
      await replyTo(makeCtx(env.services, { tenant: unset }), { channel: 'whatsapp', address: '6281111111111' }, 'x');
      await deliverOutbox(env.services);
      const [row] = await outboxRows(env.services.db, unset.id, { channel: 'whatsapp' });
      expect(row).toMatchObject({ status: 'failed', last_error: 'whatsapp is not configured' });
    });
  },
  { env: suiteEnv, modules: [...allModules, metaTestModule] },
);
