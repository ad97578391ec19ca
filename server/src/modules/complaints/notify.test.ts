import { afterEach, beforeAll, expect, it } from 'vitest';
import { makeCtx, transaction } from '../../platform/context';
import { outboxRows } from '../../platform/messaging/index';
import type { TenantRecord } from '../../platform/tenancy/repository';
import { buildAccount, buildTenant } from '../../test/factories';
import { describeEachDialect } from '../../test/harness';
import { type ComplainantNotice, notifyComplainant, onPublicStep, registerComplainantTransport } from './notify';
import { complaintsRepo } from './repository';
import { buildCategory, buildComplaint, setComplaintSettings } from './test/factories';

describeEachDialect('complaints: one notifier, two transports', (env) => {
  let tenant: TenantRecord;
  let complaint: { id: string; code: string };
  const removers: Array<() => void> = [];
  afterEach(() => {
    for (const remove of removers.splice(0)) remove();
  });

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    await setComplaintSettings(env.services, tenant, { guestPerHour: 0 });
    const category = await buildCategory(env.services, tenant);
    complaint = await buildComplaint(
      env.services,
      tenant,
      category.id,
      { guest: { name: 'Rina', email: 'rina.notif@contoh.id' } },
      { contact: { channel: 'telegram', address: '5550001' } },
    );
  });

  const chatRows = () => outboxRows(env.services.db, tenant.id, { channel: 'telegram', address: '5550001' });
  const mailsTo = (address: string) =>
    env.services.db.selectFrom('mail_outbox').selectAll().where('to_address', '=', address).execute();

  it('gives one step to every transport once: e-mail to the address, Telegram to the chat', async () => {
    const seen: ComplainantNotice[] = [];
    removers.push(registerComplainantTransport({ name: 'test-recorder', deliver: async (_c, n) => void seen.push(n) }));
    const mailsBefore = (await mailsTo('rina.notif@contoh.id')).length;
    const chatBefore = (await chatRows()).length;
    const ctx = makeCtx(env.services, { tenant });
    await transaction(ctx, (tx) =>
      notifyComplainant(tx, complaint.id, 'answered', { code: complaint.code, text: 'Sudah diperbaiki.' }),
    );
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ step: 'answered', code: complaint.code, text: 'Sudah diperbaiki.' });
    expect(seen[0]?.followers).toEqual([
      {
        accountId: null,
        email: 'rina.notif@contoh.id',
        contact: { channel: 'telegram', address: '5550001' },
        sourceComplaintId: complaint.id,
      },
    ]);
    const mails = await mailsTo('rina.notif@contoh.id');
    expect(mails).toHaveLength(mailsBefore + 1);
    expect(mails.at(-1)?.subject).toContain('telah dijawab');
    const chat = await chatRows();
    expect(chat).toHaveLength(chatBefore + 1);
    expect(chat.at(-1)?.text).toContain('Sudah diperbaiki.');
  });

  it('tells nothing through any transport when the step rolls back; listeners hear the chats', async () => {
    const heard: string[][] = [];
    removers.push(onPublicStep(async (_c, n) => void heard.push(n.contacts.map((c) => `${c.channel}:${c.address}`))));
    const mailsBefore = (await mailsTo('rina.notif@contoh.id')).length;
    const chatBefore = (await chatRows()).length;
    const ctx = makeCtx(env.services, { tenant });
    await expect(
      transaction(ctx, async (tx) => {
        await notifyComplainant(tx, complaint.id, 'closed', { code: complaint.code });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(heard).toEqual([['telegram:5550001']]);
    expect(await mailsTo('rina.notif@contoh.id')).toHaveLength(mailsBefore);
    expect(await chatRows()).toHaveLength(chatBefore);
    expect((await complaintsRepo.followers(env.services.db, tenant.id, complaint.id)).length).toBe(1);
  });

  it("tells a signed-in complainant on the account's chosen channel; without a choice by the same mail as before", async () => {
    const account = await buildAccount(env.services, { name: 'Budi Warga' });
    const category = await buildCategory(env.services, tenant);
    const actor = { accountId: account.id, name: 'Budi Warga', isSystemAdmin: false, grants: [] };
    const filed = await buildComplaint(env.services, tenant, category.id, { guest: undefined }, { actor });
    const ctx = makeCtx(env.services, { tenant });
    const answer = () =>
      transaction(ctx, (tx) => notifyComplainant(tx, filed.id, 'answered', { code: filed.code, text: 'Sudah beres.' }));
    const waRows = () => outboxRows(env.services.db, tenant.id, { channel: 'whatsapp', address: '6281200003333' });

    // No choice: the account's e-mail, with the mail the complaints module writes (subject with the code).
    const before = (await mailsTo(account.email)).length;
    await answer();
    const mails = await mailsTo(account.email);
    expect(mails).toHaveLength(before + 1);
    expect(mails.at(-1)?.subject).toBe(`[${filed.code}] Pengaduan telah dijawab / Your complaint has been answered`);
    expect(mails.at(-1)?.text_body).toContain('Sudah beres.');

    // WhatsApp chosen and linked: the step goes there, not by mail.
    const at = env.clock.now().toISOString();
    await env.services.db
      .insertInto('messaging_contacts')
      .values({
        tenant_id: tenant.id,
        channel: 'whatsapp',
        address: '6281200003333',
        account_id: account.id,
        linked_at: at,
        name: null,
        last_inbound_at: at,
        opted_out_at: null,
        rate_window_start: null,
        rate_count: 0,
        updated_at: at,
      })
      .execute();
    await env.services.db
      .insertInto('messaging_preferences')
      .values({ tenant_id: tenant.id, account_id: account.id, channel: 'whatsapp', enabled: 1, updated_at: at })
      .execute();
    await answer();
    expect(await mailsTo(account.email)).toHaveLength(before + 1);
    const [row] = await waRows();
    expect(row).toMatchObject({ kind: 'complaint.step', status: 'pending' });
    expect(row?.text).toContain(filed.code);
    expect(row?.text).toContain('Sudah beres.');
    expect(JSON.parse(row?.template_params ?? '[]')).toEqual([filed.code, 'Pengaduan Anda telah dijawab.']);

    // Notices switched off: nothing at all.
    await env.services.db
      .updateTable('messaging_preferences')
      .set({ enabled: 0 })
      .where('account_id', '=', account.id)
      .execute();
    await answer();
    expect(await mailsTo(account.email)).toHaveLength(before + 1);
    expect(await waRows()).toHaveLength(1);
  });
});
