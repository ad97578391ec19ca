import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildAccount, buildTenant } from '../../test/factories';
import { describeEachDialect, type TestEnv } from '../../test/harness';
import { type Ctx, makeCtx, transaction } from '../context';
import type { TenantRecord } from '../tenancy/repository';
import {
  contactOf,
  deliverOutbox,
  type InboundMessage,
  notify,
  type OutgoingMessage,
  outboxRows,
  RATE_LIMIT,
  receiveInbound,
  registerConversation,
  registerNoticeTexts,
  registerSender,
  SendError,
} from './index';
import { newLinkCode } from './preferences';

/**
 * The layer's own rules, with a recording sender standing in for a channel's API client (the clients themselves are
 * tested against their stand-ins: meta/, complaints/channels/telegram/).
 */
const sent: OutgoingMessage[] = [];
let failNext: SendError | null = null;
const recording = {
  async send(_services: unknown, message: OutgoingMessage) {
    if (failNext) {
      const error = failNext;
      failNext = null;
      throw error;
    }
    sent.push(message);
  },
  linkTarget: async () => '628111000222',
};

registerNoticeTexts({
  kind: 'queue.called',
  subject: { id: 'Giliran Anda {ticket}', en: 'Your turn {ticket}' },
  text: { id: 'Giliran Anda: {ticket} ke {counter}.', en: 'Your turn: {ticket} to {counter}.' },
  templateParams: ['ticket', 'counter'],
});

let n = 0;
const message = (address: string, text: string, extra: Partial<InboundMessage> = {}): InboundMessage => ({
  channel: 'whatsapp',
  address,
  messageId: `whatsapp:wamid.${++n}`,
  text,
  media: [],
  location: null,
  name: 'Warga',
  ...extra,
});

describeEachDialect('messaging layer', (env: TestEnv) => {
  let tenant: TenantRecord;
  let ctx: Ctx;
  const heard: string[] = [];
  const undo: Array<() => void> = [];
  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    ctx = makeCtx(env.services, { tenant });
    undo.push(registerSender('whatsapp', recording));
    undo.push(registerConversation(async (_ctx, m) => void heard.push(m.text)));
  });
  afterAll(() => {
    for (const u of undo.reverse()) u();
  });

  const linkedAccount = async (phone: string) => {
    const account = await buildAccount(env.services);
    const actorCtx = makeCtx(env.services, {
      tenant,
      actor: { accountId: account.id, name: 'Warga', isSystemAdmin: false, grants: [] },
    });
    const { code } = await newLinkCode(actorCtx);
    expect(await receiveInbound(ctx, message(phone, code))).toBe('linked');
    return account;
  };
  const mailsTo = (to: string) =>
    env.services.db.selectFrom('mail_outbox').selectAll().where('to_address', '=', to).execute();

  it('sends an account without a chosen channel its notice by e-mail, made from the texts', async () => {
    const account = await buildAccount(env.services);
    await transaction(ctx, (tx) =>
      notify(tx, {
        to: { accountId: account.id },
        kind: 'queue.called',
        params: { ticket: 'A-007', counter: 'Loket 2' },
      }),
    );
    const [mail] = await mailsTo(account.email);
    expect(mail?.subject).toBe('Giliran Anda A-007 / Your turn A-007');
    expect(mail?.text_body).toContain('Giliran Anda: A-007 ke Loket 2.');
  });

  it('links a chat with a link code, then sends the account its notices there with the template parameters', async () => {
    const account = await linkedAccount('628120000001');
    await transaction(ctx, (tx) =>
      notify(tx, {
        to: { accountId: account.id },
        kind: 'queue.called',
        params: { ticket: 'B-001', counter: 'Loket 1' },
      }),
    );
    const rows = (await outboxRows(env.services.db, tenant.id, { address: '628120000001' })).filter(
      (r) => r.kind === 'queue.called',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.text).toBe('Giliran Anda: B-001 ke Loket 1.');
    expect(JSON.parse(rows[0]?.template_params ?? '[]')).toEqual(['B-001', 'Loket 1']);
    expect(await mailsTo(account.email)).toHaveLength(0);

    sent.length = 0;
    await deliverOutbox(env.services);
    const out = sent.find((m) => m.kind === 'queue.called');
    // The person wrote (the link code) a moment ago: the window is open, and the template is there for after it.
    expect(out?.lastInboundAt).not.toBeNull();
    expect(out?.template).toEqual({ name: 'lentera_queue_called', language: 'id', params: ['B-001', 'Loket 1'] });
  });

  it('after BERHENTI drops the chat and falls back to e-mail; MULAI turns the chat on again', async () => {
    const account = await linkedAccount('628120000002');
    expect(await receiveInbound(ctx, message('628120000002', 'berhenti'))).toBe('opted_out');
    expect((await contactOf(env.services.db, tenant.id, 'whatsapp', '628120000002'))?.opted_out_at).not.toBeNull();
    await transaction(ctx, (tx) =>
      notify(tx, { to: { accountId: account.id }, kind: 'queue.called', params: { ticket: 'C-1', counter: '3' } }),
    );
    expect(await mailsTo(account.email)).toHaveLength(1);
    expect(await receiveInbound(ctx, message('628120000002', 'MULAI'))).toBe('opted_in');
    await transaction(ctx, (tx) =>
      notify(tx, { to: { accountId: account.id }, kind: 'queue.called', params: { ticket: 'C-2', counter: '3' } }),
    );
    expect(await mailsTo(account.email)).toHaveLength(1);
    const texts = (await outboxRows(env.services.db, tenant.id, { address: '628120000002' })).map((r) => r.text);
    expect(texts.some((t) => t.includes('C-2'))).toBe(true);
    expect(texts.some((t) => t.includes('C-1'))).toBe(false);
  });

  it('an account that switched notices off gets none', async () => {
    const account = await buildAccount(env.services);
    await env.services.db
      .insertInto('messaging_preferences')
      .values({
        tenant_id: tenant.id,
        account_id: account.id,
        channel: 'email',
        enabled: 0,
        updated_at: env.clock.now().toISOString(),
      })
      .execute();
    await transaction(ctx, (tx) =>
      notify(tx, { to: { accountId: account.id }, kind: 'queue.called', params: { ticket: 'D', counter: '1' } }),
    );
    expect(await mailsTo(account.email)).toHaveLength(0);
  });

  it('refuses an unknown or used link code without linking anything', async () => {
    const account = await buildAccount(env.services);
    const actorCtx = makeCtx(env.services, {
      tenant,
      actor: { accountId: account.id, name: 'W', isSystemAdmin: false, grants: [] },
    });
    const { code } = await newLinkCode(actorCtx);
    expect(await receiveInbound(ctx, message('628120000003', code))).toBe('linked');
    expect(await receiveInbound(ctx, message('628120000004', code))).toBe('linked');
    expect((await contactOf(env.services.db, tenant.id, 'whatsapp', '628120000004'))?.account_id).toBeNull();
    const replies = await outboxRows(env.services.db, tenant.id, { address: '628120000004' });
    expect(replies.at(-1)?.text).toContain('tidak dikenal');
  });

  it('acts on a repeated delivery once, and hands ordinary messages to the conversation', async () => {
    const m = message('628120000005', 'Jalan rusak di depan pasar');
    expect(await receiveInbound(ctx, m)).toBe('handled');
    expect(await receiveInbound(ctx, { ...m })).toBe('duplicate');
    expect(heard.filter((t) => t === 'Jalan rusak di depan pasar')).toHaveLength(1);
  });

  it('rate-limits a flood from one chat, telling it once', async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < RATE_LIMIT + 5; i++)
      outcomes.push(await receiveInbound(ctx, message('628120000006', `spam ${i}`)));
    expect(outcomes.filter((o) => o === 'handled')).toHaveLength(RATE_LIMIT);
    expect(outcomes.filter((o) => o === 'rate_limited')).toHaveLength(5);
    const replies = await outboxRows(env.services.db, tenant.id, { address: '628120000006' });
    expect(replies.filter((r) => r.text.includes('Terlalu banyak'))).toHaveLength(1);
    // The window passes: the chat is heard again.
    env.clock.advance(11 * 60_000);
    expect(await receiveInbound(ctx, message('628120000006', 'halo lagi'))).toBe('handled');
  });

  it("keeps a chat's messages in order: after a failure the later ones wait, then all go in order", async () => {
    const chat = { channel: 'whatsapp' as const, address: '628120000007' };
    await receiveInbound(ctx, message(chat.address, 'halo'));
    await deliverOutbox(env.services, 1000);
    const { replyTo } = await import('./notify');
    await transaction(ctx, async (tx) => {
      await replyTo(tx, chat, 'satu');
      await replyTo(tx, chat, 'dua');
      await replyTo(tx, chat, 'tiga');
    });
    sent.length = 0;
    failNext = new SendError('Graph API 503', false);
    await deliverOutbox(env.services);
    expect(sent.filter((m) => m.address === chat.address)).toHaveLength(0);
    const rows = await outboxRows(env.services.db, tenant.id, { address: chat.address });
    expect(rows.map((r) => [r.text, r.status, r.attempts])).toEqual([
      ['satu', 'pending', 1],
      ['dua', 'pending', 0],
      ['tiga', 'pending', 0],
    ]);
    env.clock.advance(31_000);
    await deliverOutbox(env.services);
    expect(sent.filter((m) => m.address === chat.address).map((m) => m.text)).toEqual(['satu', 'dua', 'tiga']);
  });

  it('ends a message as failed on a permanent refusal', async () => {
    const chat = { channel: 'whatsapp' as const, address: '628120000008' };
    const { replyTo } = await import('./notify');
    await deliverOutbox(env.services, 1000);
    await transaction(ctx, (tx) => replyTo(tx, chat, 'ditolak'));
    failNext = new SendError('recipient not on WhatsApp', true);
    await deliverOutbox(env.services);
    const [row] = await outboxRows(env.services.db, tenant.id, { address: chat.address });
    expect([row?.status, row?.last_error]).toEqual(['failed', 'recipient not on WhatsApp']);
  });

  it('sends each message once when two nodes deliver at the same moment', async () => {
    const chat = { channel: 'whatsapp' as const, address: '628120000009' };
    const { replyTo } = await import('./notify');
    await transaction(ctx, async (tx) => {
      for (let i = 0; i < 30; i++) await replyTo(tx, chat, `pesan ${i}`);
    });
    sent.length = 0;
    await Promise.all([
      deliverOutbox(env.services, 10),
      deliverOutbox(env.services, 10),
      deliverOutbox(env.services, 10),
    ]);
    await deliverOutbox(env.services);
    const texts = sent.filter((m) => m.address === chat.address).map((m) => m.text);
    expect(texts).toHaveLength(30);
    expect(new Set(texts).size).toBe(30);
  });

  it('serves the account page: choices, the linked chat masked, and a chat refused until linked', async () => {
    const account = await buildAccount(env.services);
    const client = env.client();
    expect((await client.login(account.email, account.password)).statusCode).toBe(200);
    const url = `/api/t/${tenant.slug}/me/messaging`;
    const first = (await client.request('GET', url)).json();
    expect(first).toMatchObject({
      enabled: true,
      channel: 'email',
      available: ['email', 'whatsapp'],
      whatsappNumber: '628111000222',
    });
    const refused = await client.request('PUT', url, { enabled: true, channel: 'whatsapp' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('messaging_channel_not_linked');
    const { code } = (await client.request('POST', `${url}/link-code`)).json();
    expect(code).toMatch(/^LNT-\d{6}$/);
    expect(await receiveInbound(ctx, message('628120000010', code))).toBe('linked');
    const linked = (await client.request('GET', url)).json();
    expect(linked.channel).toBe('whatsapp');
    expect(linked.contacts).toEqual([
      { channel: 'whatsapp', address: '+62 812-****-010', linkedAt: expect.any(String), optedOut: false },
    ]);
    expect(JSON.stringify(linked)).not.toContain('628120000010');
    const off = (await client.request('PUT', url, { enabled: false, channel: 'whatsapp' })).json();
    expect(off.enabled).toBe(false);
    const unlinked = (await client.request('DELETE', `${url}/contacts/whatsapp`)).json();
    expect([unlinked.channel, unlinked.contacts]).toEqual(['email', []]);
    expect((await env.client().request('GET', url)).statusCode).toBe(401);
  });
});
