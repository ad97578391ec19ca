import { beforeAll, expect, it } from 'vitest';
import { outboxRows } from '../../../platform/messaging';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import { buildRequestSetup, ctxAs, fileRequest } from '../test/request-helpers';
import { deliverOutput } from './deliver-output';
import { approveRequest, startProcessing } from './work-request';

describeEachDialect('services: the applicant hears of each step on the channel they chose', (env) => {
  let tenant: Awaited<ReturnType<typeof buildTenant>>;

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
  });

  /** The account chose WhatsApp and linked a number (as the account page and a link code would). */
  async function chooseWhatsApp(accountId: string, address: string) {
    const now = env.services.clock.now().toISOString();
    await env.services.db
      .insertInto('messaging_contacts')
      .values({
        tenant_id: tenant.id,
        channel: 'whatsapp',
        address,
        account_id: accountId,
        linked_at: now,
        rate_count: 0,
        updated_at: now,
      })
      .execute();
    await env.services.db
      .insertInto('messaging_preferences')
      .values({ tenant_id: tenant.id, account_id: accountId, channel: 'whatsapp', enabled: 1, updated_at: now })
      .execute();
  }

  it('sends every step to WhatsApp with the request page, the done step with the survey link, and no e-mail', async () => {
    const setup = await buildRequestSetup(env.services, tenant);
    const phone = `62811${String(Date.now()).slice(-7)}`;
    await chooseWhatsApp(setup.citizen.id, phone);
    const officer = ctxAs(env.services, tenant, setup.officer.actor);
    // Filed through the batched writer (one read of the choices for the batch), then worked step by step.
    const filed = await fileRequest(env.services, tenant, setup);
    await startProcessing(officer, filed.id);
    await approveRequest(officer, filed.id);
    await deliverOutput(officer, filed.id, { kind: 'letter' });

    const sent = await outboxRows(env.services.db, tenant.id, { channel: 'whatsapp', address: phone });
    expect(sent.map((m) => m.kind)).toEqual(Array(4).fill('services.step'));
    expect(sent[0]?.text).toBe(
      `Permohonan ${filed.code} (${setup.service.name}): Permohonan layanan diterima. Ikuti permohonan Anda: ${env.services.config.publicUrl}/t/${tenant.slug}/layanan/saya/${filed.id}`,
    );
    expect(JSON.parse(sent[0]?.template_params ?? '[]')).toEqual([
      filed.code,
      setup.service.name,
      'Permohonan layanan diterima',
    ]);
    expect(sent.at(-1)?.text).toMatch(
      new RegExp(
        `: Permohonan selesai\\. Bagaimana pelayanan kami\\? Isi survei kepuasan: .*/t/${tenant.slug}/survei/[\\w-]{20,}$`,
      ),
    );
    const mails = await env.services.db
      .selectFrom('mail_outbox')
      .select('subject')
      .where('to_address', '=', setup.citizen.email)
      .execute();
    expect(mails).toEqual([]);
  });

  it('keeps a guest on e-mail, with the same mail as before', async () => {
    const setup = await buildRequestSetup(env.services, tenant);
    await fileRequest(env.services, tenant, setup, { actor: null });
    const mails = await env.services.db
      .selectFrom('mail_outbox')
      .select(['subject', 'text_body'])
      .where('to_address', '=', 'tamu.uji@contoh.id')
      .orderBy('created_at', 'desc')
      .limit(1)
      .execute();
    expect(mails[0]?.subject).toBe('Konfirmasi e-mail permohonan layanan / Confirm the e-mail of your service request');
    expect(mails[0]?.text_body).toContain('/konfirmasi/');
  });
});
