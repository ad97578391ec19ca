/**
 * What the Meta test files share: the Graph stand-in (started before the suites, its URL as META_GRAPH_URL), the
 * senders registered with the outbox, a conversation stub that records messages, keeps their media (2 000 bytes at
 * most) and replies, and helpers to post signed deliveries and queue notices.
 */
import { afterAll, beforeAll } from 'vitest';
import type { TestEnv } from '../../../../test/harness';
import type { TenantRecord } from '../../../tenancy/repository';
import { registerConversation, registerSender } from '../../index';
import type { InboundMessage } from '../../types';
import { installMetaSenders } from '../sender';
import { metaSignature } from '../signature';
import { TEST_APP_SECRET, TEST_PAGE_TOKEN, TEST_WA_TOKEN } from './factories';
import { MetaStandIn } from './meta-stand-in';

export function metaSuite() {
  const standIn = new MetaStandIn();
  const env: Record<string, string> = { PUBLIC_URL: 'https://lentera.contoh.go.id' };
  const received: InboundMessage[] = [];
  const kept: Array<{ data: Buffer; mime: string | null } | string> = [];
  let uninstall: Array<() => void> = [];
  beforeAll(async () => {
    await standIn.start();
    standIn.tokens.add(TEST_WA_TOKEN);
    standIn.tokens.add(TEST_PAGE_TOKEN);
    env.META_GRAPH_URL = standIn.graphUrl;
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
  return {
    standIn,
    received,
    kept,
    /** The options of `describeEachDialect`: the stand-in's URL. */
    options: { env },
    sentTo: (address: string) => standIn.sent.filter((m) => m.to === address),
  };
}

let suites = 0;

/** Per dialect's suite: numbers and message ids of its own (the stand-in is shared), and signed posts. */
export function webhookHelpers(env: TestEnv, tenant: () => TenantRecord) {
  const suite = ++suites;
  let n = 0;
  let mid = 0;
  const hook = (path = 'whatsapp') => `/api/t/${tenant().slug}/channels/${path}`;
  return {
    phone: () => `62812${suite}${String(++n).padStart(6, '0')}`,
    psid: () => `${suite}${String(++n).padStart(12, '0')}`,
    wamid: () => `wamid.${env.dialect}.${suite}.${++mid}`,
    hook,
    /** Posts a delivery signed with the app secret (or with the given header; null: none). */
    post(payload: unknown, signature: string | null = 'sign', path = 'whatsapp') {
      const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
      const header = signature === 'sign' ? metaSignature(TEST_APP_SECRET, body) : signature;
      return env.app.inject({
        method: 'POST',
        url: hook(path),
        headers: { 'content-type': 'application/json', ...(header ? { 'x-hub-signature-256': header } : {}) },
        payload: body,
      });
    },
    /** Queues a chat message as the layer does for a notice (with template parameters) or a reply (without). */
    async queue(address: string, kind: string, text: string, params: string[] | null, channel = 'whatsapp') {
      const now = env.clock.now().toISOString();
      await env.services.db
        .insertInto('messaging_outbox')
        .values({
          id: `9${Date.now()}-${String(++mid).padStart(6, '0')}-${env.dialect}`,
          tenant_id: tenant().id,
          channel,
          address,
          kind,
          text,
          template_name: null,
          template_language: null,
          template_params: params ? JSON.stringify(params) : null,
          status: 'pending',
          attempts: 0,
          next_attempt_at: now,
          last_error: null,
          created_at: now,
          sent_at: null,
        })
        .execute();
    },
  };
}
