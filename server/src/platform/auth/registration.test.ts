import { beforeAll, expect, it } from 'vitest';
import { buildAccount, buildTenant } from '../../test/factories';
import { describeEachDialect } from '../../test/harness';
import { lastMailTo, readOutbox, tokenFromLink } from '../../test/mail';
import { errorOf, setCookie } from '../../test/requests';
import type { TenantRecord } from '../tenancy/repository';
import { SESSION_COOKIE } from './sessions';

const HOUR = 3600_000;
const MINUTE = 60_000;

describeEachDialect('auth: registration, verification and password reset', (env) => {
  let tenant: TenantRecord;
  const outboxRows = async () =>
    Number(
      (
        await env.services.db
          .selectFrom('mail_outbox')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
  });

  it('registers a citizen who can log in only after opening the e-mailed link, which works once', async () => {
    const email = 'siti.warga@contoh.id';
    const password = 'kopi-susu-pagi-hari';
    const client = env.client();
    const registered = await client.post('/api/auth/register', {
      name: 'Siti Warga',
      email: 'Siti.Warga@Contoh.id',
      password,
      tenant: tenant.slug,
    });
    expect(registered.statusCode).toBe(201);
    expect(registered.json()).toEqual({ ok: true });

    const early = await client.post('/api/auth/login', { login: email, password });
    expect(early.statusCode).toBe(403);
    expect(errorOf(early).code).toBe('email_not_verified');
    expect(setCookie(early, SESSION_COOKIE)).toBeNull();

    const again = await client.post('/api/auth/register', { name: 'Siti Lain', email, password });
    expect(again.statusCode).toBe(409);
    expect(errorOf(again)).toMatchObject({ code: 'email_taken', details: [{ path: 'email', code: 'email_taken' }] });

    expect(readOutbox(env.dataDir).filter((m) => m.to.includes(email))).toEqual([]);
    expect(await env.services.mailer.deliverDue(env.services.db)).toBeGreaterThanOrEqual(1);
    const mail = lastMailTo(env.dataDir, email);
    expect(mail.file).toMatch(/\.eml$/);
    expect(mail.subject).toBe('Verifikasi alamat e-mail Anda untuk Lentera');
    expect(mail.text).toContain('Halo Siti Warga');
    expect(mail.text).toContain(`${env.config.publicUrl}/t/${tenant.slug}/verify?token=`);
    const token = tokenFromLink(mail, `/t/${tenant.slug}/verify`);

    const verified = await client.post('/api/auth/verify-email', { token });
    expect(verified.statusCode).toBe(200);
    const reused = await client.post('/api/auth/verify-email', { token });
    expect(reused.statusCode).toBe(400);
    expect(errorOf(reused).code).toBe('token_invalid');

    const login = await client.login(email, password);
    expect(login.statusCode).toBe(200);
    expect(login.json().account.tenants).toEqual([
      expect.objectContaining({ slug: tenant.slug, roles: [{ role: 'citizen', unitId: null }] }),
    ]);
    // A citizen may use citizen pages that modules add, never a staff or admin one.
    const permissions: string[] = login.json().account.tenants[0].permissions;
    expect(permissions.filter((p) => p.startsWith('admin.') || p === 'workspace.use')).toEqual([]);
  });

  it('refuses short and common passwords with details', async () => {
    const client = env.client();
    const short = await client.post('/api/auth/register', {
      name: 'Budi',
      email: 'budi.pendek@contoh.id',
      password: 'sembilan9',
    });
    expect(short.statusCode).toBe(400);
    expect(errorOf(short)).toEqual({
      code: 'password_too_short',
      message: 'Kata sandi minimal 10 karakter.',
      details: [{ path: 'password', code: 'password_too_short' }],
    });
    for (const password of ['password123', 'Password123', 'qwertyuiop', 'aaaaaaaaaaaa']) {
      const common = await client.post('/api/auth/register', { name: 'Budi', email: 'budi.umum@contoh.id', password });
      expect(common.statusCode, password).toBe(400);
      expect(errorOf(common), password).toMatchObject({
        code: 'password_too_common',
        details: [{ path: 'password', code: 'password_too_common' }],
      });
    }
    const english = await client.post(
      '/api/auth/register',
      { name: 'Budi', email: 'budi.pendek@contoh.id', password: 'short' },
      { 'accept-language': 'en' },
    );
    expect(errorOf(english).message).toBe('The password must have at least 10 characters.');
    const stored = await env.services.db
      .selectFrom('accounts')
      .select('id')
      .where('email', 'in', ['budi.pendek@contoh.id', 'budi.umum@contoh.id'])
      .execute();
    expect(stored).toEqual([]);
  });

  it('answers every reset request with 202 and mails only existing accounts', async () => {
    const client = env.client();
    const before = await outboxRows();
    const unknown = await client.post('/api/auth/password-reset/request', { email: 'tidak.terdaftar@contoh.id' });
    expect(unknown.statusCode).toBe(202);
    expect(unknown.json()).toEqual({ ok: true });
    expect(await outboxRows()).toBe(before);

    const account = await buildAccount(env.services);
    const known = await client.post('/api/auth/password-reset/request', { email: account.email });
    expect(known.statusCode).toBe(202);
    expect(known.body).toBe(unknown.body);
    expect(await outboxRows()).toBe(before + 1);
  });

  it('sets the new password with the e-mailed token, once, and ends every session of the account', async () => {
    const account = await buildAccount(env.services);
    const laptop = env.client();
    const phone = env.client();
    await laptop.login(account.email, account.password);
    await phone.login(account.email, account.password);

    const client = env.client();
    expect((await client.post('/api/auth/password-reset/request', { email: account.email })).statusCode).toBe(202);
    await env.services.mailer.deliverDue(env.services.db);
    const mail = lastMailTo(env.dataDir, account.email);
    expect(mail.subject).toBe('Atur ulang kata sandi Lentera Anda');
    const token = tokenFromLink(mail, '/reset');

    const tooShort = await client.post('/api/auth/password-reset/confirm', { token, password: 'pendek' });
    expect(tooShort.statusCode).toBe(400);
    expect(errorOf(tooShort).code).toBe('password_too_short');

    const newPassword = 'sandi-baru-yang-cukup-panjang';
    const confirmed = await client.post('/api/auth/password-reset/confirm', { token, password: newPassword });
    expect(confirmed.statusCode).toBe(200);
    expect((await laptop.get('/api/auth/session')).json().account).toBeNull();
    expect((await phone.get('/api/auth/session')).json().account).toBeNull();

    const reused = await client.post('/api/auth/password-reset/confirm', { token, password: 'lagi-sandi-lain-2026' });
    expect(reused.statusCode).toBe(400);
    expect(errorOf(reused).code).toBe('token_invalid');

    expect((await client.login(account.email, account.password)).statusCode).toBe(401);
    expect((await client.login(account.email, newPassword)).statusCode).toBe(200);
  });

  it('refuses expired verification and reset links', async () => {
    const client = env.client();
    const email = 'lambat.verifikasi@contoh.id';
    expect(
      (await client.post('/api/auth/register', { name: 'Lambat', email, password: 'teh-manis-sore-hari' })).statusCode,
    ).toBe(201);
    await env.services.mailer.deliverDue(env.services.db);
    const verifyToken = tokenFromLink(lastMailTo(env.dataDir, email), '/verify');
    env.clock.advance(3 * 24 * HOUR + MINUTE);
    const lateVerify = await client.post('/api/auth/verify-email', { token: verifyToken });
    expect(lateVerify.statusCode).toBe(400);
    expect(errorOf(lateVerify).code).toBe('token_invalid');
    expect((await client.login(email, 'teh-manis-sore-hari')).statusCode).toBe(403);

    const account = await buildAccount(env.services);
    await client.post('/api/auth/password-reset/request', { email: account.email });
    await env.services.mailer.deliverDue(env.services.db);
    const lateToken = tokenFromLink(lastMailTo(env.dataDir, account.email), '/reset');
    env.clock.advance(61 * MINUTE);
    const lateReset = await client.post('/api/auth/password-reset/confirm', {
      token: lateToken,
      password: 'sandi-terlambat-sekali',
    });
    expect(lateReset.statusCode).toBe(400);
    expect(errorOf(lateReset).code).toBe('token_invalid');

    // Within the hour the link still works.
    await client.post('/api/auth/password-reset/request', { email: account.email });
    await env.services.mailer.deliverDue(env.services.db);
    const freshToken = tokenFromLink(lastMailTo(env.dataDir, account.email), '/reset');
    expect(freshToken).not.toBe(lateToken);
    env.clock.advance(59 * MINUTE);
    const inTime = await client.post('/api/auth/password-reset/confirm', {
      token: freshToken,
      password: 'sandi-tepat-waktu-2026',
    });
    expect(inTime.statusCode).toBe(200);
  });
});
