import { expect, it } from 'vitest';
import { outboxRows } from '../../../platform/messaging/index';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import { down, up } from '../migrations/2026_12_09_2008_complaints_chat_followers';
import { complaintsRepo } from '../repository';
import { buildCategory, buildComplaint, setComplaintSettings } from '../test/factories';
import { channelsRepo } from './repository';

describeEachDialect('complaints: the chat migration (Telegram outbox onto the messaging layer)', (env) => {
  it("moves the Telegram outbox's unsent rows, the chats and the followers' chat ids, and goes back down", async () => {
    const tenant = await buildTenant(env.services);
    await setComplaintSettings(env.services, tenant, { guestPerHour: 0 });
    const category = await buildCategory(env.services, tenant);
    const filed = await buildComplaint(
      env.services,
      tenant,
      category.id,
      { guest: { name: 'Rina' } },
      { contact: { channel: 'telegram', address: '5550009' } },
    );
    const db = env.services.db;
    // Back to the tables as they were, with rows the old code wrote.
    await down(db);
    const old = await db
      .selectFrom('complaints_followers' as never)
      .select(['telegram_chat_id' as never])
      .where('complaint_id' as never, '=', filed.id as never)
      .execute();
    expect(old).toEqual([{ telegram_chat_id: '5550009' }]);
    const at = '2026-11-23T02:00:00.000Z';
    const row = (id: string, status: string, attempts: number) => ({
      id,
      tenant_id: tenant.id,
      chat_id: '5550009',
      text: `pesan ${id}`,
      status,
      attempts,
      next_attempt_at: at,
      last_error: status === 'pending' ? 'sendMessage: Bad Gateway' : null,
      created_at: at,
      sent_at: status === 'sent' ? at : null,
    });
    await db
      .insertInto('complaints_telegram_outbox' as never)
      .values([
        row('1795000000000-000000-aaaaaaaa', 'sent', 1),
        row('1795000000001-000000-bbbbbbbb', 'pending', 2),
        row('1795000000002-000000-cccccccc', 'sending', 1),
        row('1795000000003-000000-dddddddd', 'failed', 8),
      ] as never)
      .execute();
    await db
      .insertInto('complaints_telegram_chats' as never)
      .values({
        tenant_id: tenant.id,
        chat_id: '5550010',
        step: 'describe',
        category_id: category.id,
        photo_file_ids: '["abc"]',
        updated_at: at,
      } as never)
      .execute();

    await up(db);
    const moved = (await outboxRows(db, tenant.id, { channel: 'telegram', address: '5550009' })).filter(
      (m) => m.kind === 'reply',
    );
    expect(
      moved.map((m) => ({ id: m.id, kind: m.kind, status: m.status, attempts: m.attempts, text: m.text })),
    ).toEqual([
      {
        id: '1795000000001-000000-bbbbbbbb',
        kind: 'reply',
        status: 'pending',
        attempts: 2,
        text: 'pesan 1795000000001-000000-bbbbbbbb',
      },
      {
        id: '1795000000002-000000-cccccccc',
        kind: 'reply',
        status: 'pending',
        attempts: 1,
        text: 'pesan 1795000000002-000000-cccccccc',
      },
    ]);
    expect(Date.parse(moved[0]!.next_attempt_at)).toBe(Date.parse(at));
    const followers = await complaintsRepo.followers(db, tenant.id, filed.id);
    expect(followers.map((f) => [f.contact_channel, f.contact_address])).toEqual([['telegram', '5550009']]);
    expect(await channelsRepo.chatSession(db, tenant.id, 'telegram', '5550010')).toMatchObject({
      step: 'describe',
      category_id: category.id,
      media: '[]',
    });
    await expect(
      db
        .selectFrom('complaints_telegram_outbox' as never)
        .selectAll()
        .execute(),
    ).rejects.toThrow();
  });
});
