import { expect, it, vi } from 'vitest';
import { buildTenant } from '../../test/factories';
import { describeEachDialect, type TestEnv } from '../../test/harness';
import { type Ctx, makeCtx, transaction } from '../context';
import type { MailMessage } from './mailer';

async function outbox(env: TestEnv, subjectPrefix: string) {
  return env.services.db
    .selectFrom('mail_outbox')
    .selectAll()
    .where('subject', 'like', `${subjectPrefix}%`)
    .orderBy('to_address')
    .execute();
}

describeEachDialect('mail: several messages queued at once', (env) => {
  it('queues every message as a pending row with its own recipient, subject and body', async () => {
    const tenant = await buildTenant(env.services);
    const messages: MailMessage[] = [
      { to: 'a.many@contoh.id', subject: '[many-1] Pertama', text: 'Isi pertama.' },
      { to: 'b.many@contoh.id', subject: '[many-1] Kedua', text: "Isi kedua: O'Brien — 🙂", html: '<p>Kedua</p>' },
      { to: 'c.many@contoh.id', subject: '[many-1] Ketiga', text: 'Isi ketiga.' },
    ];
    const ids = await env.services.mailer.enqueueMany(makeCtx(env.services, { tenant }), messages);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    const now = env.clock.now().toISOString();
    const rows = await outbox(env, '[many-1]');
    expect(rows).toEqual(
      messages.map((m, i) => ({
        id: ids[i],
        tenant_id: tenant.id,
        to_address: m.to,
        subject: m.subject,
        text_body: m.text,
        html_body: m.html ?? null,
        status: 'pending',
        attempts: 0,
        next_attempt_at: now,
        last_error: null,
        created_at: now,
        sent_at: null,
      })),
    );
  });

  it('queues messages without a tenant with no tenant', async () => {
    const [id] = await env.services.mailer.enqueueMany(makeCtx(env.services), [
      { to: 'tanpa.tenant@contoh.id', subject: '[many-2] Sistem', text: 'Halo.' },
    ]);
    expect(await outbox(env, '[many-2]')).toMatchObject([{ id, tenant_id: null, status: 'pending' }]);
  });

  it('refuses the whole list before writing anything when any message has no recipient', async () => {
    const ctx = makeCtx(env.services);
    for (const to of ['', '   ']) {
      await expect(
        env.services.mailer.enqueueMany(ctx, [
          { to: 'first.ok@contoh.id', subject: '[many-3] Baik', text: 'Halo.' },
          { to: 'second.ok@contoh.id', subject: '[many-3] Baik juga', text: 'Halo.' },
          { to, subject: '[many-3] Tanpa penerima', text: 'Halo.' },
        ]),
      ).rejects.toThrow('e-mail "[many-3] Tanpa penerima" has no recipient');
    }
    expect(await outbox(env, '[many-3]')).toEqual([]);
  });

  it('writes nothing for an empty list, and does not wake the sender', async () => {
    const before = await env.services.db.selectFrom('mail_outbox').select('id').execute();
    const afterCommit = vi.fn();
    const ctx: Ctx = { ...makeCtx(env.services), afterCommit };
    expect(await env.services.mailer.enqueueMany(ctx, [])).toEqual([]);
    expect(await env.services.db.selectFrom('mail_outbox').select('id').execute()).toHaveLength(before.length);
    expect(afterCommit).not.toHaveBeenCalled();
  });

  it('wakes the sender once after the commit, not once a message', async () => {
    const afterCommit = vi.fn();
    const ctx: Ctx = { ...makeCtx(env.services), afterCommit };
    await env.services.mailer.enqueueMany(ctx, [
      { to: 'w1@contoh.id', subject: '[many-4] Satu', text: 'Halo.' },
      { to: 'w2@contoh.id', subject: '[many-4] Dua', text: 'Halo.' },
    ]);
    expect(afterCommit).toHaveBeenCalledTimes(1);
    expect(await outbox(env, '[many-4]')).toHaveLength(2);
  });

  it('leaves nothing when the transaction it was queued in rolls back', async () => {
    const ctx = makeCtx(env.services);
    await expect(
      transaction(ctx, async (tx) => {
        const ids = await env.services.mailer.enqueueMany(tx, [
          { to: 'rb1@contoh.id', subject: '[many-5] Satu', text: 'Halo.' },
          { to: 'rb2@contoh.id', subject: '[many-5] Dua', text: 'Halo.' },
        ]);
        const inside = await tx.db.selectFrom('mail_outbox').select('id').where('id', 'in', ids).execute();
        expect(inside).toHaveLength(2);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await outbox(env, '[many-5]')).toEqual([]);

    await transaction(ctx, (tx) =>
      env.services.mailer.enqueueMany(tx, [{ to: 'rb3@contoh.id', subject: '[many-5] Tiga', text: 'Halo.' }]),
    );
    expect((await outbox(env, '[many-5]')).map((r) => r.to_address)).toEqual(['rb3@contoh.id']);
  });

  it('queues through enqueue exactly as one message of enqueueMany', async () => {
    const tenant = await buildTenant(env.services);
    const id = await env.services.mailer.enqueue(makeCtx(env.services, { tenant }), {
      to: 'single@contoh.id',
      subject: '[many-6] Sendiri',
      text: 'Halo.',
    });
    expect(await outbox(env, '[many-6]')).toMatchObject([
      { id, tenant_id: tenant.id, to_address: 'single@contoh.id', status: 'pending', attempts: 0, html_body: null },
    ]);
  });
});
