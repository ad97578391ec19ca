import { beforeAll, expect, it } from 'vitest';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import { makeCtx } from '../../context';
import type { TenantRecord } from '../../tenancy/repository';
import { deliverOutbox, outboxRows, replyTo } from '../index';
import { buildMetaConfig, TEST_PAGE_TOKEN, TEST_WA_TOKEN } from './test/factories';
import { messengerDelivery, whatsappDelivery } from './test/payloads';
import { metaSuite, webhookHelpers } from './test/suite';

const { standIn, received, options, sentTo } = metaSuite();

describeEachDialect(
  'messaging: Meta senders (24-hour windows, templates, retries)',
  (env) => {
    let tenant: TenantRecord;
    const { phone, psid, wamid, post, queue } = webhookHelpers(env, () => tenant);

    beforeAll(async () => {
      tenant = await buildTenant(env.services);
      await buildMetaConfig(env.services, tenant, {
        templates: [{ kind: 'survey.invitation', name: 'survei_kepuasan', language: 'en_US' }],
      });
    });

    it('sends a notice outside the 24-hour window as its template, and refuses a reply there', async () => {
      const from = phone();
      await post(whatsappDelivery([{ id: wamid(), type: 'text', text: { body: 'halo' } }], { from }));
      await deliverOutbox(env.services);
      expect(sentTo(from)).toHaveLength(1);
      env.clock.advance(25 * 3600_000);
      // A notice's row carries its template parameters; the layer adds the tenant's template name.
      await queue(from, 'survey.invitation', 'Isi survei kami', ['DUM-ADU-2026-000001', 'https://s.id/x']);
      await queue(from, 'reply', 'Balasan bebas', null);
      expect(await deliverOutbox(env.services)).toBe(1);
      expect(sentTo(from).at(-1)).toMatchObject({
        type: 'template',
        // The tenant's own template for the notice (set in beforeAll), with the row's parameters.
        template: { name: 'survei_kepuasan', language: 'en_US', params: ['DUM-ADU-2026-000001', 'https://s.id/x'] },
      });
      const rows = await outboxRows(env.services.db, tenant.id, { channel: 'whatsapp', address: from });
      expect(rows.at(-1)).toMatchObject({
        kind: 'reply',
        status: 'failed',
        last_error: 'outside the 24-hour window and no template',
      });
    });

    it('falls back to the template when Meta says the window closed (131047) before our clock did', async () => {
      const from = phone();
      await post(whatsappDelivery([{ id: wamid(), type: 'text', text: { body: 'halo' } }], { from }));
      await deliverOutbox(env.services);
      await queue(from, 'queue.called', 'Giliran Anda', ['A-012', 'Loket 3']);
      standIn.failures.push({ status: 400, code: 131047, message: 'Re-engagement message' });
      expect(await deliverOutbox(env.services)).toBe(1);
      expect(sentTo(from).at(-1)).toMatchObject({
        type: 'template',
        template: { name: 'lentera_queue_called', language: 'id', params: ['A-012', 'Loket 3'] },
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
      const fb = psid();
      const igsid = psid();
      await post(messengerDelivery([{ message: { mid: `m.${env.dialect}.1`, text: 'Jalan rusak' } }], { sender: fb }));
      await post(
        messengerDelivery([{ message: { mid: `ig.${env.dialect}.1`, text: 'Sampah' } }], {
          object: 'instagram',
          sender: igsid,
        }),
        'sign',
        'meta',
      );
      expect(received.filter((m) => m.address === fb).map((m) => m.channel)).toEqual(['messenger']);
      expect(received.filter((m) => m.address === igsid).map((m) => m.channel)).toEqual(['instagram']);
      await deliverOutbox(env.services);
      expect(sentTo(fb)).toMatchObject([{ channel: 'messenger', messagingType: 'RESPONSE', token: TEST_PAGE_TOKEN }]);
      expect(sentTo(igsid)).toMatchObject([{ messagingType: 'RESPONSE', text: 'Diterima: Sampah' }]);

      const ctx = makeCtx(env.services, { tenant });
      env.clock.advance(30 * 3600_000);
      await replyTo(ctx, { channel: 'messenger', address: fb }, 'Jawaban petugas');
      await deliverOutbox(env.services);
      expect(sentTo(fb).at(-1)).toMatchObject({ messagingType: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' });

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
      await replyTo(makeCtx(env.services, { tenant: unset }), { channel: 'whatsapp', address: '6281111111111' }, 'x');
      await deliverOutbox(env.services);
      const [row] = await outboxRows(env.services.db, unset.id, { channel: 'whatsapp' });
      expect(row).toMatchObject({ status: 'failed', last_error: 'whatsapp is not configured' });
    });
  },
  options,
);
