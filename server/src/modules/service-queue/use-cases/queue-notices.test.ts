import { beforeAll, beforeEach, expect, it } from 'vitest';
import { outboxRows } from '../../../platform/messaging';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildAccount, buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import { json, signInAs } from '../../people/test/http';
import { buildQueueSetup, buildTicket, type QueueSetup } from '../test/factories';

describeEachDialect(
  'service queue: the holder of an online ticket hears that the turn is near, the call, the survey',
  (env) => {
    let tenant: TenantRecord;
    let setup: QueueSetup;
    let q: string;

    beforeAll(async () => {
      tenant = await buildTenant(env.services);
      q = `/api/t/${tenant.slug}/queue`;
    });
    beforeEach(async () => {
      setup = await buildQueueSetup(env.services, tenant);
    });

    /** A citizen who chose WhatsApp and linked a number (as the account page and a link code would). */
    async function onWhatsApp(address: string) {
      const account = await buildAccount(env.services);
      const now = env.services.clock.now().toISOString();
      await env.services.db
        .insertInto('messaging_contacts')
        .values({
          tenant_id: tenant.id,
          channel: 'whatsapp',
          address,
          account_id: account.id,
          linked_at: now,
          rate_count: 0,
          updated_at: now,
        })
        .execute();
      await env.services.db
        .insertInto('messaging_preferences')
        .values({ tenant_id: tenant.id, account_id: account.id, channel: 'whatsapp', enabled: 1, updated_at: now })
        .execute();
      return account;
    }
    const chats = (address: string) => outboxRows(env.services.db, tenant.id, { channel: 'whatsapp', address });
    const mails = (to: string) =>
      env.services.db.selectFrom('mail_outbox').select(['subject', 'text_body']).where('to_address', '=', to).execute();

    it('tells the third in line once, the called ticket its counter, not again on a recall, then the survey', async () => {
      const phone = `62812${String(Date.now()).slice(-7)}`;
      const chatter = await onWhatsApp(phone);
      const mailer = await buildAccount(env.services);
      // Three walk-ins, then two online tickets: one on WhatsApp, one on e-mail (no choice made: e-mail).
      for (const code of ['A-001', 'A-002', 'A-003']) await buildTicket(env.services, tenant, setup, { code });
      const mine = await buildTicket(env.services, tenant, setup, {
        code: 'A-004',
        channel: 'online',
        account_id: chatter.id,
      });
      await buildTicket(env.services, tenant, setup, { code: 'A-005', channel: 'online', account_id: mailer.id });
      const officer = await signInAs(env, tenant, ['service_officer']);
      json(await officer.post(`${q}/counters/${setup.counter1}/sign-in`));
      const callAndFinish = async () => {
        const { ticket } = json(await officer.post(`${q}/counters/${setup.counter1}/call-next`));
        json(await officer.post(`${q}/tickets/${ticket.id}/finish`, { outcome: 'done' }));
        return ticket.code as string;
      };

      // A-001 called: A-004 is now third (two ahead), A-005 fourth.
      expect(await callAndFinish()).toBe('A-001');
      let sent = await chats(phone);
      expect(sent.map((m) => m.kind)).toEqual(['queue.near']);
      expect(sent[0]?.text).toContain('A-004');
      expect(sent[0]?.text).toContain('masih 2 orang di depan Anda');
      expect(JSON.parse(sent[0]?.template_params ?? '[]')).toEqual(['A-004', 'KTP-el', '2']);
      expect(await mails(mailer.email)).toEqual([]);

      // A-002 called: A-005 third, told by e-mail; A-004 not told again.
      expect(await callAndFinish()).toBe('A-002');
      expect((await chats(phone)).map((m) => m.kind)).toEqual(['queue.near']);
      const mailed = await mails(mailer.email);
      expect(mailed).toHaveLength(1);
      expect(mailed[0]?.text_body).toContain('A-005');

      expect(await callAndFinish()).toBe('A-003');
      const { ticket } = json(await officer.post(`${q}/counters/${setup.counter1}/call-next`));
      expect(ticket.id).toBe(mine.id);
      sent = await chats(phone);
      expect(sent.map((m) => m.kind)).toEqual(['queue.near', 'queue.called']);
      expect(sent[1]?.text).toBe('Giliran Anda: nomor A-004 dipanggil ke loket 1. Silakan menuju loket sekarang.');
      expect(JSON.parse(sent[1]?.template_params ?? '[]')).toEqual(['A-004', '1']);

      json(await officer.post(`${q}/tickets/${ticket.id}/recall`));
      expect(await chats(phone)).toHaveLength(2);

      json(await officer.post(`${q}/tickets/${ticket.id}/finish`, { outcome: 'done' }));
      sent = await chats(phone);
      expect(sent.map((m) => m.kind)).toEqual(['queue.near', 'queue.called', 'survey.invitation']);
      expect(sent[2]?.text).toMatch(new RegExp(`/t/${tenant.slug}/survei/[\\w-]{20,}`));
      // Kiosk tickets have no holder to tell: only the two accounts heard anything.
      expect(await mails(mailer.email)).toHaveLength(1);
    });

    it('tells a ticket that is already near when the line moves, and a holder who switched notices off nothing', async () => {
      const phone = `62813${String(Date.now()).slice(-7)}`;
      const quiet = await onWhatsApp(phone);
      await env.services.db
        .updateTable('messaging_preferences')
        .set({ enabled: 0 })
        .where('account_id', '=', quiet.id)
        .execute();
      const near = await buildAccount(env.services);
      await buildTicket(env.services, tenant, setup, { code: 'A-001' });
      await buildTicket(env.services, tenant, setup, { code: 'A-002', channel: 'online', account_id: quiet.id });
      await buildTicket(env.services, tenant, setup, { code: 'A-003', channel: 'online', account_id: near.id });
      const officer = await signInAs(env, tenant, ['service_officer']);
      json(await officer.post(`${q}/counters/${setup.counter1}/sign-in`));
      json(await officer.post(`${q}/counters/${setup.counter1}/call-next`));
      // A-002 (first now) and A-003 (second) were both near; the one whose notices are off hears nothing.
      expect(await chats(phone)).toEqual([]);
      const mailed = await mails(near.email);
      expect(mailed).toHaveLength(1);
      expect(mailed[0]?.text_body).toContain('masih 1 orang di depan Anda');
      const marks = await env.services.db
        .selectFrom('service_queue_tickets')
        .select(['code', 'near_notified_at'])
        .where('location_id', '=', setup.locationId)
        .where('status', '=', 'waiting')
        .orderBy('code')
        .execute();
      expect(marks.map((m) => [m.code, m.near_notified_at !== null])).toEqual([
        ['A-002', true],
        ['A-003', true],
      ]);
    });

    it('tells each holder once when two counters call at the same instant', async () => {
      const holders = await Promise.all([1, 2, 3].map(() => buildAccount(env.services)));
      for (const code of ['A-001', 'A-002']) await buildTicket(env.services, tenant, setup, { code });
      for (const [i, holder] of holders.entries())
        await buildTicket(env.services, tenant, setup, {
          code: `A-00${i + 3}`,
          channel: 'online',
          account_id: holder.id,
        });
      const one = await signInAs(env, tenant, ['service_officer']);
      const two = await signInAs(env, tenant, ['service_officer']);
      json(await one.post(`${q}/counters/${setup.counter1}/sign-in`));
      json(await two.post(`${q}/counters/${setup.counter2}/sign-in`));
      const calls = await Promise.all([
        one.post(`${q}/counters/${setup.counter1}/call-next`),
        two.post(`${q}/counters/${setup.counter2}/call-next`),
      ]);
      expect(calls.map((c) => json(c).ticket.code).sort()).toEqual(['A-001', 'A-002']);
      // were among the first three whichever call committed first: each told once, never twice.
      // (A-005 is third once both calls are in; a call that still saw the other's ticket waiting leaves it to the next.)
      const told = await Promise.all(holders.map(async (h) => (await mails(h.email)).length));
      expect(told.slice(0, 2)).toEqual([1, 1]);
      expect(told[2]).toBeLessThanOrEqual(1);
    });
  },
);
