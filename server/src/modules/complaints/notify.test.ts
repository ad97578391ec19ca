import { afterEach, beforeAll, expect, it } from 'vitest';
import { makeCtx, transaction } from '../../platform/context';
import { outboxRows } from '../../platform/messaging/index';
import type { TenantRecord } from '../../platform/tenancy/repository';
import { buildTenant } from '../../test/factories';
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
});
