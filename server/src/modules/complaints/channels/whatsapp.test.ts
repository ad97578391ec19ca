import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeCtx } from '../../../platform/context';
import { deliverOutbox, receiveInbound } from '../../../platform/messaging/index';
import { installMeta, loadMetaConfig, normalizeMetaWebhook } from '../../../platform/messaging/meta/index';
import { MetaStandIn } from '../../../platform/messaging/meta/test/meta-stand-in';
import { WA_PHONE_NUMBER_ID, whatsappDelivery } from '../../../platform/messaging/meta/test/payloads';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import { buildUnit } from '../../people/test/factories';
import { json, signInAs } from '../../people/test/http';
import { complaintsRepo } from '../repository';
import { buildCategory, setComplaintSettings } from '../test/factories';
import { complaintsApi, jpegWithExif } from '../test/http';

const WA_TOKEN = 'EAAG-wa-token-pengaduan-0123456789';
const standIn = new MetaStandIn();
const suiteEnv: Record<string, string> = { PUBLIC_URL: 'https://lentera.contoh.go.id' };
beforeAll(async () => {
  await standIn.start();
  standIn.tokens.add(WA_TOKEN);
  suiteEnv.META_GRAPH_URL = standIn.graphUrl;
  installMeta();
});
afterAll(() => standIn.stop());

let suites = 0;

describeEachDialect(
  'complaints: a WhatsApp complaint through the real Graph client (stand-in), answered by an officer',
  (env) => {
    let tenant: TenantRecord;
    let phone: string;
    let n = 0;

    beforeAll(async () => {
      tenant = await buildTenant(env.services, { code: 'DUM' });
      await setComplaintSettings(env.services, tenant, { guestPerHour: 0 });
      await buildCategory(env.services, tenant, { name: 'Jalan dan jembatan', tier: 'light' });
      // The tenant's WhatsApp number as the settings page stores it (the settings use case is the layer's, tested there).
      await env.services.db
        .insertInto('messaging_meta_config')
        .values({
          tenant_id: tenant.id,
          app_secret: 'rahasia-aplikasi-pengaduan-0123',
          verify_token: 'token-verifikasi-0123',
          wa_phone_number_id: WA_PHONE_NUMBER_ID,
          wa_display_number: '0811 0000 1111',
          wa_access_token: WA_TOKEN,
          page_id: null,
          page_access_token: null,
          ig_account_id: null,
          templates: '[]',
          updated_at: env.clock.now().toISOString(),
          updated_by: null,
        })
        .execute();
      suites += 1;
      // The stand-in is shared by both databases' suites: a number each.
      phone = `62812000${suites}0001`;
    });

    const deliver = async (messages: Array<Record<string, unknown>>) => {
      const config = await loadMetaConfig(env.services.db, tenant.id);
      const ctx = makeCtx(env.services, { tenant });
      const normalized = normalizeMetaWebhook(
        whatsappDelivery(
          messages.map((m) => ({ id: `wamid.${env.dialect}.${++n}`, ...m })),
          { from: phone },
        ),
        config!,
        standIn.graphUrl,
      );
      for (const message of normalized) await receiveInbound(ctx, message);
    };
    const sentTo = () => standIn.sent.filter((s) => s.to === phone);

    it('files with the photo downloaded from the Graph API, tells the code on WhatsApp, then the answer', async () => {
      standIn.media.set(`foto-${env.dialect}`, { data: jpegWithExif(), mime: 'image/jpeg' });
      await deliver([{ type: 'text', text: { body: 'Halo' } }]);
      await deliver([{ type: 'text', text: { body: '1' } }]);
      await deliver([
        { type: 'location', location: { latitude: 1.6654, longitude: 101.4472 } },
        {
          type: 'image',
          image: {
            id: `foto-${env.dialect}`,
            mime_type: 'image/jpeg',
            caption: 'Jembatan retak\nRetakan besar di jembatan Sungai Dumai sejak hujan deras.',
          },
        },
      ]);
      const report = await env.services.db
        .selectFrom('complaints_reports')
        .selectAll()
        .where('tenant_id', '=', tenant.id)
        .where('channel', '=', 'whatsapp')
        .executeTakeFirstOrThrow();
      expect(report).toMatchObject({ title: 'Jembatan retak', lat: 1.6654, lng: 101.4472, privacy: 'anonim' });
      const files = await complaintsRepo.attachments(env.services.db, tenant.id, report.id);
      expect(files.map((f) => f.mime)).toEqual(['image/jpeg']);

      await deliverOutbox(env.services);
      const texts = sentTo().map((s) => s.text ?? '');
      expect(texts[0]).toContain('1. Jalan dan jembatan');
      expect(texts.some((t) => t.includes(report.code) && t.includes('telah kami terima'))).toBe(true);
      expect(texts.at(-1)).toContain(`/t/${tenant.slug}/complaints/follow/`);

      const api = complaintsApi(tenant);
      const unit = await buildUnit(env.services, tenant, { name: 'Dinas PUPR' });
      const desk = await signInAs(env, tenant, ['complaint_officer']);
      const officer = await signInAs(env, tenant, [{ role: 'complaint_officer', unitId: unit.id }]);
      json(await desk.post(`${api}/${report.id}/verify`, { unitId: unit.id }));
      json(await officer.post(`${api}/${report.id}/assign`, { accountId: officer.account.id }));
      json(await officer.post(`${api}/${report.id}/answer`, { text: 'Jembatan sudah diperbaiki.' }));
      await deliverOutbox(env.services);
      const answer = sentTo().at(-1);
      expect(answer).toMatchObject({ channel: 'whatsapp', type: 'text' });
      expect(answer?.text).toContain('telah dijawab');
      expect(answer?.text).toContain('Jembatan sudah diperbaiki.');
    });
  },
  { env: suiteEnv },
);
