import { beforeAll, describe, expect, inject, it } from 'vitest';
import { TelegramStandIn } from '../../modules/complaints/channels/test/telegram-stand-in';
import { makeCtx, transaction } from '../../platform/context';
import { replyTo } from '../../platform/messaging/index';
import type { TenantRecord } from '../../platform/tenancy/repository';
import { buildTenant } from '../factories';
import { type ServerNode, setupCluster, until } from '../nodes';

const pgUrl = inject('pgUrl');
const BOT_TOKEN = '123456789:AAH-node-test-token-0123456789abcdefghij';

/**
 * The messaging outbox with two server processes delivering at once, against the Telegram stand-in: every chat
 * message is sent exactly once, and each chat gets its messages in the order they were queued.
 */
describe.runIf(pgUrl)('messaging outbox on two nodes', () => {
  const standIn = new TelegramStandIn(BOT_TOKEN);
  const env: Record<string, string> = {};
  beforeAll(async () => {
    await standIn.start();
    // Read by the cluster's own beforeAll, which runs after this one.
    env.TELEGRAM_API_URL = standIn.url;
  });
  const cluster = setupCluster({ dialect: 'postgres', pgUrl: pgUrl ?? undefined }, { nodes: 2, env });
  let tenant: TenantRecord;

  beforeAll(async () => {
    tenant = await buildTenant(cluster.services);
    await cluster.services.db
      .insertInto('complaints_telegram_config')
      .values({
        tenant_id: tenant.id,
        bot_token: BOT_TOKEN,
        secret_hash: '0'.repeat(64),
        updated_at: new Date().toISOString(),
        updated_by: null,
      })
      .execute();
    return () => standIn.stop();
  });

  it('sends every message once, in order per chat, with both nodes delivering at the same moment', async () => {
    const chats = Array.from({ length: 8 }, (_, i) => `90000${i}`);
    const ctx = makeCtx(cluster.services, { tenant });
    await transaction(ctx, async (tx) => {
      for (let n = 0; n < 15; n++)
        for (const chat of chats) await replyTo(tx, { channel: 'telegram', address: chat }, `pesan ${chat} #${n}`);
    });
    const run = (node: ServerNode) =>
      node.fetch('/api/bench/jobs/messaging.outbox/run', { method: 'POST' }).then(async (r) => {
        expect(r.status, await r.clone().text()).toBe(200);
      });
    const [a, b] = cluster.nodes as [ServerNode, ServerNode];
    for (let round = 0; round < 4; round++) await Promise.all([run(a), run(b), run(a), run(b)]);
    await until(async () => standIn.sent.length >= chats.length * 15, 'every message sent');
    expect(standIn.sent).toHaveLength(chats.length * 15);
    for (const chat of chats)
      expect(standIn.sent.filter((m) => m.chatId === chat).map((m) => m.text)).toEqual(
        Array.from({ length: 15 }, (_, n) => `pesan ${chat} #${n}`),
      );
    const rows = await cluster.services.db
      .selectFrom('messaging_outbox')
      .select(['status', 'attempts'])
      .where('tenant_id', '=', tenant.id)
      .execute();
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
  });
});
