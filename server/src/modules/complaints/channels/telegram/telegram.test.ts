import { afterAll, beforeAll, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../../platform/config';
import { makeCtx, transaction } from '../../../../platform/context';
import { deliverOutbox, outboxRows, replyTo } from '../../../../platform/messaging/index';
import type { TenantRecord } from '../../../../platform/tenancy/repository';
import { buildTenant } from '../../../../test/factories';
import { describeEachDialect } from '../../../../test/harness';
import { json, signInAs } from '../../../people/test/http';
import { notifyComplainant } from '../../notify';
import { complaintsRepo } from '../../repository';
import { buildCategory, setComplaintSettings } from '../../test/factories';
import { jpegWithExif } from '../../test/http';
import { channelsRepo } from '../repository';
import { buildTelegramConfig, TEST_BOT_TOKEN } from '../test/factories';
import { TelegramStandIn } from '../test/telegram-stand-in';

const standIn = new TelegramStandIn(TEST_BOT_TOKEN);
/** The suites' configuration: TELEGRAM_API_URL is the stand-in's, known once it listens (before the suites start). */
const suiteEnv: Record<string, string> = { PUBLIC_URL: 'https://lentera.contoh.go.id' };
beforeAll(async () => {
  await standIn.start();
  suiteEnv.TELEGRAM_API_URL = standIn.url;
  standIn.files.set('photos/foto-1.jpg', jpegWithExif());
});
afterAll(async () => {
  await standIn.stop();
});

it('reads TELEGRAM_API_URL from the validated configuration (default api.telegram.org)', () => {
  const base = { NODE_ENV: 'test', SESSION_SECRET: 'test-secret-test-secret-test-secret-0123' };
  expect(loadConfig(base, { persistSecret: false }).telegramApiUrl).toBe('https://api.telegram.org');
  expect(
    loadConfig({ ...base, TELEGRAM_API_URL: 'http://127.0.0.1:8081/' }, { persistSecret: false }).telegramApiUrl,
  ).toBe('http://127.0.0.1:8081');
  expect(() => loadConfig({ ...base, TELEGRAM_API_URL: 'ftp://bot.contoh' }, { persistSecret: false })).toThrow(
    /TELEGRAM_API_URL/,
  );
  expect(() => loadConfig({ ...base, TELEGRAM_API_URL: 'bukan url' }, { persistSecret: false })).toThrow(ConfigError);
});

const SECRET = 'rahasia-webhook-uji-0123456789abcdef';
/** Suites started so far (one per database). */
let suites = 0;

describeEachDialect(
  'complaints: Telegram channel',
  (env) => {
    let tenant: TenantRecord;
    let updateId = 1000;
    let chatId: string;

    beforeAll(async () => {
      tenant = await buildTenant(env.services, { code: 'DUM' });
      await setComplaintSettings(env.services, tenant, { guestPerHour: 0 });
      await buildCategory(env.services, tenant, { name: 'Penerangan jalan', tier: 'light' });
      await buildCategory(env.services, tenant, { name: 'Kebersihan', tier: 'light' });
      await buildTelegramConfig(env.services, tenant, SECRET);
      // The stand-in is shared by both databases' suites: each has its own chat, so that neither counts the other's
      // messages (two random ids once drew the same chat).
      suites += 1;
      chatId = String(700000 + suites * 1000);
    });

    const webhook = (body: unknown, secret = SECRET) =>
      env.app.inject({
        method: 'POST',
        url: `/api/t/${tenant.slug}/channels/telegram/${secret}`,
        payload: body as object,
      });
    const message = (fields: Record<string, unknown>, id = ++updateId, chat = chatId) => ({
      update_id: id,
      message: {
        message_id: id,
        date: 1795000000,
        chat: { id: Number(chat), type: 'private', first_name: 'Rina' },
        from: { id: Number(chat), is_bot: false, first_name: 'Rina', last_name: 'Warga' },
        ...fields,
      },
    });
    const outboxOf = (address?: string) =>
      outboxRows(env.services.db, tenant.id, { channel: 'telegram', ...(address ? { address } : {}) });
    const outbox = () => outboxOf(chatId);
    const sentTo = (chat: string) => standIn.sent.filter((m) => m.chatId === chat);

    it('lets only the tenant admin set the bot; the token and secret are never shown again', async () => {
      const api = `/api/t/${tenant.slug}/complaints/telegram`;
      const officer = await signInAs(env, tenant, ['complaint_coordinator']);
      expect((await officer.get(api)).statusCode).toBe(403);
      expect((await officer.put(api, { botToken: TEST_BOT_TOKEN })).statusCode).toBe(403);
      const admin = await signInAs(env, tenant, ['tenant_admin']);
      expect((await admin.put(api, { botToken: 'bukan-token' })).statusCode).toBe(400);
      const set = json(await admin.put(api, { botToken: TEST_BOT_TOKEN, secret: SECRET }));
      expect(set).toMatchObject({ configured: true, webhookPath: `/api/t/${tenant.slug}/channels/telegram/${SECRET}` });
      const shown = await admin.get(api);
      expect(json(shown)).toMatchObject({ configured: true, botTokenHint: '123456789:…0123' });
      expect(shown.body).not.toContain(TEST_BOT_TOKEN);
      expect(shown.body).not.toContain(SECRET);
      const stored = await channelsRepo.telegramConfig(env.services.db, tenant.id);
      expect(stored?.secret_hash).not.toContain(SECRET);
      const audit = await env.services.db
        .selectFrom('audit_entries')
        .select(['action', 'digest'])
        .where('action', '=', 'complaint.telegram_configured')
        .execute();
      expect(audit.length).toBeGreaterThan(0);
    });

    it('answers a wrong secret like an unknown path and acts on nothing', async () => {
      const response = await webhook(message({ text: '/start' }), 'salah-rahasia-0123456789abcdef01234');
      expect(response.statusCode).toBe(404);
      expect(await outbox()).toEqual([]);
      const otherTenant = await buildTenant(env.services);
      const other = await env.app.inject({
        method: 'POST',
        url: `/api/t/${otherTenant.slug}/channels/telegram/${SECRET}`,
        payload: message({ text: '/start' }),
      });
      expect(other.statusCode).toBe(404);
    });

    it('walks a conversation to a complaint with a photo, replies with the code through the outbox, retrying a failure', async () => {
      expect(json(await webhook(message({ text: '/start' })))).toEqual({ ok: true });
      let queued = await outbox();
      expect(queued).toHaveLength(1);
      expect(queued[0]?.text).toContain('1. Kebersihan');
      expect(queued[0]?.text).toContain('2. Penerangan jalan');

      await webhook(message({ text: '2' }));
      queued = await outbox();
      expect(queued.at(-1)?.text).toContain('Kategori: Penerangan jalan');

      // A photo first (Telegram sends several sizes; the largest is last), then the description.
      await webhook(
        message({
          photo: [
            { file_id: 'kecil', file_unique_id: 'k', width: 90, height: 90 },
            { file_id: 'foto-1', file_unique_id: 'f', width: 800, height: 600 },
          ],
        }),
      );
      expect((await outbox()).at(-1)?.text).toContain('Foto diterima (1)');
      const describe = message({
        text: 'Lampu jalan mati\nSudah seminggu lampu di Jl. Diponegoro padam <b>gelap</b>.',
      });
      expect((await webhook(describe)).statusCode).toBe(200);

      const reports = await env.services.db
        .selectFrom('complaints_reports')
        .selectAll()
        .where('tenant_id', '=', tenant.id)
        .where('channel', '=', 'telegram')
        .execute();
      expect(reports).toHaveLength(1);
      const report = reports[0]!;
      expect(report).toMatchObject({
        title: 'Lampu jalan mati',
        privacy: 'anonim',
        reporter_name: 'Rina Warga',
        reporter_email: null,
        status: 'received',
      });
      expect(report.description).toContain('<b>gelap</b>');
      const followers = await complaintsRepo.followers(env.services.db, tenant.id, report.id);
      expect(followers.map((f) => [f.contact_channel, f.contact_address])).toEqual([['telegram', chatId]]);
      const [photo, ...more] = await complaintsRepo.attachments(env.services.db, tenant.id, report.id);
      expect(more).toEqual([]);
      expect(photo?.mime).toBe('image/jpeg');
      const bytes = await env.services.files.read(photo!.storage_key);
      expect(bytes.toString('latin1')).not.toContain('GPSLatitude');

      // Telegram repeats an update it thinks was lost: acted on once.
      expect((await webhook(describe)).statusCode).toBe(200);
      expect(
        await env.services.db.selectFrom('complaints_reports').select('id').where('channel', '=', 'telegram').execute(),
      ).toHaveLength(1);

      const codeMessage = (await outbox()).find(
        (m) => m.text.includes(report.code) && m.text.includes('telah kami terima'),
      );
      expect(codeMessage?.text).toContain(report.code);
      // In the order queued: the code (the `received` step), then the secret follow link.
      const [codeReply, linkReply] = (await outbox()).slice(-2);
      expect(codeReply?.text).toContain('telah kami terima');
      expect(linkReply?.text).toContain(`/t/${tenant.slug}/complaints/follow/`);

      // The stand-in fails the first send with a 502: it stays pending with back-off, and the chat's later
      // messages wait behind it (a conversation arrives in order); then all go out.
      standIn.failures.push({ status: 502, errorCode: 502, description: 'Bad Gateway' });
      const pending = (await outbox()).length;
      expect(await deliverOutbox(env.services)).toBe(0);
      const failed = (await outbox()).find((m) => m.attempts === 1)!;
      expect(failed).toMatchObject({ status: 'pending', last_error: 'sendMessage: Bad Gateway' });
      expect(failed.last_error).not.toContain(TEST_BOT_TOKEN);
      expect(Date.parse(failed.next_attempt_at)).toBe(env.clock.now().getTime() + 30_000);
      expect(await deliverOutbox(env.services)).toBe(0);
      env.clock.advance(30_000);
      expect(await deliverOutbox(env.services)).toBe(pending);
      expect((await outbox()).every((m) => m.status === 'sent')).toBe(true);
      const texts = sentTo(chatId).map((m) => m.text);
      expect(texts).toHaveLength(pending);
      expect(texts.some((t) => t.includes(report.code))).toBe(true);
      expect(await deliverOutbox(env.services)).toBe(0);
    });

    it('sends every later public step to the chat, and never to a chat that does not follow', async () => {
      const report = (await env.services.db
        .selectFrom('complaints_reports')
        .selectAll()
        .where('tenant_id', '=', tenant.id)
        .where('channel', '=', 'telegram')
        .executeTakeFirst())!;
      const before = sentTo(chatId).length;
      const ctx = makeCtx(env.services, { tenant });
      await transaction(ctx, (tx) =>
        notifyComplainant(tx, report.id, 'answered', { code: report.code, text: 'Lampu sudah diganti.' }),
      );
      expect(await deliverOutbox(env.services)).toBe(1);
      const last = sentTo(chatId).at(-1)!;
      expect(sentTo(chatId)).toHaveLength(before + 1);
      expect(last.text).toContain('telah dijawab');
      expect(last.text).toContain(report.code);
      expect(last.text).toContain('Lampu sudah diganti.');
      // A step that rolls back sends nothing.
      await expect(
        transaction(ctx, async (tx) => {
          await notifyComplainant(tx, report.id, 'closed', { code: report.code });
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      expect(await deliverOutbox(env.services)).toBe(0);
    });

    it('gives up at once when Telegram refuses for good (bot blocked), and tells of a photo it cannot fetch', async () => {
      const blocked = String(Number(chatId) + 5000);
      await webhook(message({ text: '/start' }, ++updateId, blocked));
      standIn.failures.push({ status: 403, errorCode: 403, description: 'Forbidden: bot was blocked by the user' });
      expect(await deliverOutbox(env.services)).toBe(0);
      const [row] = await outboxOf(blocked);
      expect(row).toMatchObject({ status: 'failed', attempts: 1 });

      await webhook(message({ text: '1' }, ++updateId, blocked));
      standIn.getFileFails = true;
      try {
        await webhook(
          message({ photo: [{ file_id: 'foto-1' }], caption: 'Sampah menumpuk di pasar lama.' }, ++updateId, blocked),
        );
      } finally {
        standIn.getFileFails = false;
      }
      const rows = await outboxOf(blocked);
      expect(rows.at(-1)?.text).toContain('foto tidak dapat diambil');
      const filed = await env.services.db
        .selectFrom('complaints_reports')
        .select('id')
        .where('channel', '=', 'telegram')
        .execute();
      expect(filed).toHaveLength(1);
    });

    it('never sends a message twice when two deliveries run at once', async () => {
      const ctx = makeCtx(env.services, { tenant });
      // The stand-in is shared by both dialects' suites: chats of their own.
      const chats = [1, 2, 3, 4].map((n) => `${env.dialect === 'sqlite' ? 91 : 92}0000${n}`);
      await deliverOutbox(env.services); // what earlier tests left
      for (const chat of chats) await replyTo(ctx, { channel: 'telegram', address: chat }, `Uji serentak ${chat}`);
      const sent = await Promise.all([
        deliverOutbox(env.services),
        deliverOutbox(env.services),
        deliverOutbox(env.services),
      ]);
      expect(sent.reduce((a, b) => a + b, 0)).toBe(chats.length);
      for (const chat of chats) expect(sentTo(chat)).toHaveLength(1);
    });

    it('acknowledges updates it does not handle (groups, edits, junk) without acting', async () => {
      const before = (await outboxOf()).length;
      const group = message({ text: '/start' });
      group.message.chat.type = 'group';
      expect((await webhook(group)).statusCode).toBe(200);
      expect((await webhook({ update_id: ++updateId, edited_message: { text: 'x' } })).statusCode).toBe(200);
      expect((await webhook({ hello: 'world' })).statusCode).toBe(200);
      expect(await outboxOf()).toHaveLength(before);
    });
    it('sets the webhook at Telegram with the public address and a fresh secret, and shows what Telegram said', async () => {
      const api = `/api/t/${tenant.slug}/complaints/telegram/webhook`;
      const admin = await signInAs(env, tenant, ['tenant_admin']);
      const coordinator = await signInAs(env, tenant, ['complaint_coordinator']);
      expect((await coordinator.post(api, {})).statusCode).toBe(403);
      expect((await env.client().post(api, {})).statusCode).toBe(401);
      const before = standIn.webhooks.length;
      const result = json(await admin.post(api, {}));
      expect(result).toMatchObject({ ok: true, description: 'Webhook was set' });
      const prefix = `https://lentera.contoh.go.id/api/t/${tenant.slug}/channels/telegram/`;
      expect(result.webhookUrl.startsWith(prefix)).toBe(true);
      expect(standIn.webhooks.slice(before)).toEqual([result.webhookUrl]);
      expect(JSON.stringify(result)).not.toContain(TEST_BOT_TOKEN);
      // The new secret works; the old one no longer does.
      const secret = result.webhookUrl.slice(prefix.length);
      expect((await webhook({ hello: 'world' }, secret)).statusCode).toBe(200);
      expect((await webhook({ hello: 'world' }, SECRET)).statusCode).toBe(404);

      // Telegram refuses: the answer says why and the working secret stays.
      standIn.webhookFailures.push('Bad Request: bad webhook: HTTPS url must be provided for webhook');
      const refused = json(await admin.post(api, {}));
      expect(refused).toMatchObject({ ok: false });
      expect(refused.description).toContain('HTTPS url must be provided');
      expect((await webhook({ hello: 'world' }, secret)).statusCode).toBe(200);
      // Back to the suite's known secret for the other cases.
      await buildTelegramConfig(env.services, tenant, SECRET);

      const unset = await buildTenant(env.services);
      const unsetAdmin = await signInAs(env, unset, ['tenant_admin']);
      const notConfigured = await unsetAdmin.post(`/api/t/${unset.slug}/complaints/telegram/webhook`, {});
      expect(notConfigured.statusCode).toBe(400);
      expect(JSON.parse(notConfigured.body).error.code).toBe('complaint_telegram_not_configured');
    });
  },
  { env: suiteEnv },
);
