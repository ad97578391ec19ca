import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { buildAccount, type TestAccount } from '../../test/factories';
import { describeEachDialect } from '../../test/harness';
import { errorOf, loginFrom } from '../../test/requests';
import { recordFailure, THROTTLE } from './throttle';

const SECOND = 1000;
const MINUTE = 60_000;

function expectThrottled(response: LightMyRequestResponse, seconds: number) {
  expect(response.statusCode).toBe(429);
  expect(errorOf(response).code).toBe('login_throttled');
  expect(errorOf(response).message).toContain(`${seconds} detik`);
  expect(response.headers['retry-after']).toBe(String(seconds));
}

describeEachDialect('login throttling', (env) => {
  let account: TestAccount;
  let withNip: TestAccount;

  beforeAll(async () => {
    account = await buildAccount(env.services);
    withNip = await buildAccount(env.services, { nip: '198707072012121003' });
  });

  it('slows an account down after 3 failures and locks it after 10, even for the right password', async () => {
    const ip = '10.1.0.1';
    for (let failure = 1; failure <= 3; failure++) {
      const response = await loginFrom(env.app, ip, account.email, 'salah-sandi-ke-sekian');
      expect(response.statusCode, `failure ${failure}`).toBe(401);
    }
    // From the fourth try each one waits 1 s, 2 s, 4 s... after the last failure, whatever the password.
    expectThrottled(await loginFrom(env.app, ip, account.email, 'salah-sandi-ke-sekian'), 1);
    expectThrottled(await loginFrom(env.app, ip, account.email, account.password), 1);

    for (let failure = 4; failure <= 10; failure++) {
      const wait = Math.min(2 ** (failure - 4), THROTTLE.maxDelaySeconds);
      if (wait > 1) {
        env.clock.advance((wait - 1) * SECOND);
        expectThrottled(await loginFrom(env.app, ip, account.email, account.password), 1);
      }
      env.clock.advance(SECOND);
      const response = await loginFrom(env.app, ip, account.email, 'salah-sandi-ke-sekian');
      expect(response.statusCode, `failure ${failure}`).toBe(401);
    }

    const locked = await loginFrom(env.app, ip, account.email, account.password);
    expect(locked.statusCode).toBe(423);
    expect(errorOf(locked).code).toBe('account_locked');
    expect(errorOf(locked).message).toContain('15 menit');
    expect(locked.headers['retry-after']).toBe(String(THROTTLE.lockMinutes * 60));
    // Another address does not help: the lock is on the account.
    expect((await loginFrom(env.app, '10.1.0.99', account.email, account.password)).statusCode).toBe(423);

    env.clock.advance(14 * MINUTE);
    expect((await loginFrom(env.app, ip, account.email, account.password)).statusCode).toBe(423);
    env.clock.advance(MINUTE + SECOND);
    const after = await loginFrom(env.app, ip, account.email, account.password);
    expect(after.statusCode).toBe(200);
    expect(after.json().account.id).toBe(account.id);
  });

  it('counts failures per account whether the e-mail or the NIP is typed', async () => {
    const ip = '10.3.0.1';
    for (let failure = 1; failure <= 3; failure++) {
      const login = failure % 2 ? withNip.email : '19870707 201212 1 003';
      expect((await loginFrom(env.app, ip, login, 'salah-sandi-ke-sekian')).statusCode).toBe(401);
    }
    expectThrottled(await loginFrom(env.app, ip, '198707072012121003', withNip.password), 1);
    expectThrottled(await loginFrom(env.app, ip, withNip.email, withNip.password), 1);
    env.clock.advance(SECOND);
    expect((await loginFrom(env.app, ip, '198707072012121003', withNip.password)).statusCode).toBe(200);
    // A successful login forgets the failures.
    expect((await loginFrom(env.app, ip, withNip.email, 'salah-sandi-ke-sekian')).statusCode).toBe(401);
    expect((await loginFrom(env.app, ip, withNip.email, withNip.password)).statusCode).toBe(200);
  });

  it('slows down and then locks a network address that fails across many logins', async () => {
    env.clock.advance(THROTTLE.forgetAfterMinutes * MINUTE + SECOND);
    const ip = '10.2.0.1';
    for (let failure = 1; failure <= THROTTLE.address.freeFailures; failure++) {
      const response = await loginFrom(env.app, ip, `tebakan${failure}@uji.lentera.id`, 'salah-sandi-ke-sekian');
      expect(response.statusCode, `failure ${failure}`).toBe(401);
    }
    // The next login from that address waits, even for a real account with its password...
    expectThrottled(await loginFrom(env.app, ip, account.email, account.password), 1);
    // ...while the same account logs in from elsewhere.
    expect((await loginFrom(env.app, '10.2.0.2', account.email, account.password)).statusCode).toBe(200);

    env.clock.advance(SECOND);
    for (let failure = THROTTLE.address.freeFailures + 1; failure < THROTTLE.address.lockAfter; failure++) {
      await recordFailure(env.services.db, env.clock, `ip:${ip}`, THROTTLE.address);
    }
    const lastTry = await loginFrom(env.app, ip, 'tebakan-terakhir@uji.lentera.id', 'salah-sandi-ke-sekian');
    expect(lastTry.statusCode).toBe(429);
    env.clock.advance(THROTTLE.maxDelaySeconds * SECOND);
    expect((await loginFrom(env.app, ip, 'tebakan-terakhir@uji.lentera.id', 'salah')).statusCode).toBe(401);
    const locked = await loginFrom(env.app, ip, account.email, account.password);
    expect(locked.statusCode).toBe(423);
    expect(errorOf(locked).code).toBe('account_locked');
    expect((await loginFrom(env.app, '10.2.0.3', account.email, account.password)).statusCode).toBe(200);
  });
});
