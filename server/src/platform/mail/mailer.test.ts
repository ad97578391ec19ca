import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect, type TestEnv } from '../../test/harness';
import { tokenFromLink } from '../../test/mail';
import { SmtpStandIn } from '../../test/smtp';
import { makeCtx } from '../context';

const MINUTE = 60_000;
const smtp = new SmtpStandIn();
// Filled once the stand-in listens; the harness reads it when it builds each suite's configuration.
const smtpEnv: Record<string, string> = {};

beforeAll(async () => {
  await smtp.start();
  smtpEnv.SMTP_URL = smtp.url;
});
afterAll(() => smtp.stop());

async function outboxRow(env: TestEnv, to: string) {
  return env.services.db.selectFrom('mail_outbox').selectAll().where('to_address', '=', to).executeTakeFirstOrThrow();
}

const receivedBy = (address: string) => smtp.received.filter((m) => m.envelopeTo.includes(address));

describeEachDialect(
  'mail over SMTP',
  (env) => {
    it('delivers the registration e-mail over SMTP', async () => {
      expect(env.services.mailer.usesFiles).toBe(false);
      const email = `warga.smtp.${env.dialect}@contoh.id`;
      const client = env.client();
      const registered = await client.post('/api/auth/register', {
        name: 'Warga SMTP',
        email,
        password: 'jalan-pagi-ke-pasar',
      });
      expect(registered.statusCode).toBe(201);
      expect(receivedBy(email)).toEqual([]);

      expect(await env.services.mailer.deliverDue(env.services.db)).toBe(1);
      const [mail, ...more] = receivedBy(email);
      expect(more).toEqual([]);
      expect(mail?.to).toBe(email);
      expect(mail?.headers.from).toContain('no-reply@lentera.local');
      expect(mail?.subject).toBe('Verifikasi alamat e-mail Anda untuk Lentera');
      const token = tokenFromLink(mail!, '/verify');
      expect((await client.post('/api/auth/verify-email', { token })).statusCode).toBe(200);

      const row = await outboxRow(env, email);
      expect(row).toMatchObject({
        status: 'sent',
        attempts: 1,
        last_error: null,
        sent_at: env.clock.now().toISOString(),
      });
      expect(existsSync(join(env.dataDir, 'outbox'))).toBe(false);
    });

    it('keeps a message pending with growing back-off while the server is down, and sends it once it is up', async () => {
      const email = `warga.tertunda.${env.dialect}@contoh.id`;
      await smtp.stop();
      try {
        await env.services.mailer.enqueue(makeCtx(env.services), { to: email, subject: 'Uji tertunda', text: 'Halo.' });
        expect(await env.services.mailer.deliverDue(env.services.db)).toBe(0);
        const first = await outboxRow(env, email);
        expect(first).toMatchObject({ status: 'pending', attempts: 1, sent_at: null });
        expect(first.last_error).toMatch(/ECONNREFUSED|connect/i);
        expect(new Date(first.next_attempt_at).getTime()).toBe(env.clock.now().getTime() + MINUTE);

        // Not due yet: nothing is tried.
        expect(await env.services.mailer.deliverDue(env.services.db)).toBe(0);
        expect((await outboxRow(env, email)).attempts).toBe(1);

        env.clock.advance(MINUTE);
        expect(await env.services.mailer.deliverDue(env.services.db)).toBe(0);
        const second = await outboxRow(env, email);
        expect(second).toMatchObject({ status: 'pending', attempts: 2 });
        expect(new Date(second.next_attempt_at).getTime()).toBe(env.clock.now().getTime() + 2 * MINUTE);
      } finally {
        await smtp.start();
      }

      // The server is back, but the message waits for its next attempt.
      expect(await env.services.mailer.deliverDue(env.services.db)).toBe(0);
      expect(receivedBy(email)).toEqual([]);
      env.clock.advance(2 * MINUTE);
      expect(await env.services.mailer.deliverDue(env.services.db)).toBe(1);
      expect(receivedBy(email)).toHaveLength(1);
      expect(await outboxRow(env, email)).toMatchObject({ status: 'sent', attempts: 3, last_error: null });
    });

    it('never sends a message twice when two deliveries run at the same time', async () => {
      const addresses = [1, 2, 3, 4].map((n) => `serentak${n}.${env.dialect}@contoh.id`);
      for (const to of addresses) {
        await env.services.mailer.enqueue(makeCtx(env.services), { to, subject: 'Uji serentak', text: 'Halo.' });
      }
      const sent = await Promise.all([
        env.services.mailer.deliverDue(env.services.db),
        env.services.mailer.deliverDue(env.services.db),
        env.services.mailer.deliverDue(env.services.db),
      ]);
      expect(sent.reduce((a, b) => a + b, 0)).toBe(addresses.length);
      for (const to of addresses) {
        expect(receivedBy(to), to).toHaveLength(1);
        expect(await outboxRow(env, to)).toMatchObject({ status: 'sent', attempts: 1 });
      }
      expect(await env.services.mailer.deliverDue(env.services.db)).toBe(0);
    });

    it('sends again, once its lease is over, a message whose node died while sending it, and not before', async () => {
      const to = `lepas.${env.dialect}@contoh.id`;
      await env.services.mailer.enqueue(makeCtx(env.services), { to, subject: 'Uji sewa', text: 'Halo.' });
      // A node claimed it and died before marking it sent: the row stays 'sending' with the lease it took.
      const leaseEnd = new Date(env.clock.now().getTime() + 10 * MINUTE).toISOString();
      await env.services.db
        .updateTable('mail_outbox')
        .set({ status: 'sending', attempts: 1, next_attempt_at: leaseEnd })
        .where('to_address', '=', to)
        .execute();
      expect(await env.services.mailer.deliverDue(env.services.db)).toBe(0);
      env.clock.advance(9 * MINUTE);
      expect(await env.services.mailer.deliverDue(env.services.db)).toBe(0);
      expect(receivedBy(to)).toEqual([]);
      env.clock.advance(MINUTE);
      expect(await env.services.mailer.deliverDue(env.services.db)).toBe(1);
      expect(receivedBy(to)).toHaveLength(1);
      expect(await outboxRow(env, to)).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
      expect(await env.services.mailer.deliverDue(env.services.db)).toBe(0);
    });

    it('refuses to queue a message without a recipient', async () => {
      await expect(
        env.services.mailer.enqueue(makeCtx(env.services), { to: '', subject: 'Tanpa penerima', text: 'Halo.' }),
      ).rejects.toThrow(/no recipient/);
    });
  },
  { env: smtpEnv },
);
