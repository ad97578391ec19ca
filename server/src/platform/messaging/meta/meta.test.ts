import { NOTICE_KINDS } from '@lentera/common';
import { beforeAll, expect, it } from 'vitest';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import { json, signInAs } from '../../../test/sign-in';
import type { TenantRecord } from '../../tenancy/repository';
import { deliverOutbox, outboxRows } from '../index';
import { metaSignature } from './signature';
import { buildMetaConfig, TEST_APP_SECRET, TEST_PAGE_TOKEN, TEST_VERIFY_TOKEN, TEST_WA_TOKEN } from './test/factories';
import { whatsappDelivery, whatsappStatuses } from './test/payloads';
import { metaSuite, webhookHelpers } from './test/suite';

const { standIn, received, kept, options, sentTo } = metaSuite();

describeEachDialect(
  'messaging: Meta webhook and settings',
  (env) => {
    let tenant: TenantRecord;
    const { phone, wamid, hook, post } = webhookHelpers(env, () => tenant);

    beforeAll(async () => {
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
  },
  options,
);
