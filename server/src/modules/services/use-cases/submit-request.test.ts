import { localDate } from '@lentera/common';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import { completeStandard, servicesAdmin } from '../test/factories';
import {
  buildRequestSetup,
  ctxAs,
  fileRequest,
  GOOD_NIK,
  goodValues,
  ktpPdf,
  pdfBytes,
  pngBytes,
  type RequestSetup,
} from '../test/request-helpers';
import { confirmGuest } from './confirm-guest';
import { approveStandard, submitStandard } from './decide-standard';
import { editStandard } from './edit-standard';
import { createService, draftNewVersion } from './manage-services';
import { requestDetail } from './request-views';
import { submitRequest } from './submit-request';

/** The error a promise is refused with: its status, code and field details. */
async function refusal(promise: Promise<unknown>) {
  const error = (await promise.then(
    () => null,
    (e: unknown) => e,
  )) as { status?: number; code?: string; details?: unknown } | null;
  if (!error) throw new Error('expected a refusal');
  return { status: error.status, code: error.code, details: error.details };
}

describeEachDialect('submitting a service request', (env) => {
  let tenant: Awaited<ReturnType<typeof buildTenant>>;
  let setup: RequestSetup;

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    setup = await buildRequestSetup(env.services, tenant, { fee: 25000 });
  });

  const mailsTo = (to: string) =>
    env.services.db.selectFrom('mail_outbox').selectAll().where('to_address', '=', to).orderBy('created_at').execute();

  it('numbers a citizen’s request gap-free and sets the due date on the working days of the tenant', async () => {
    const first = await fileRequest(env.services, tenant, setup);
    const second = await fileRequest(env.services, tenant, setup);
    expect(first.code).toBe(`${tenant.code}-LYN-2026-000001`);
    expect(second.code).toBe(`${tenant.code}-LYN-2026-000002`);
    expect(first.status).toBe('submitted');
    // Monday 23 November 2026 09:00 WIB + 5 working days: Monday 30 November.
    expect(first.dueDate).toBe('2026-11-30');
    const row = await env.services.db
      .selectFrom('services_requests')
      .selectAll()
      .where('id', '=', first.id)
      .executeTakeFirstOrThrow();
    expect(Number(row.fee)).toBe(25000);
    expect(row.standard_id).toBe(setup.standard.id);
    expect(row.remind_at && localDate(new Date(row.remind_at), 'Asia/Jakarta')).toBe('2026-11-27');
    expect(row.due_at && localDate(new Date(row.due_at), 'Asia/Jakarta')).toBe('2026-11-30');
    const documents = await env.services.db
      .selectFrom('services_documents')
      .selectAll()
      .where('request_id', '=', first.id)
      .execute();
    expect(documents.map((d) => [d.field_key, d.mime])).toEqual([['ktp', 'application/pdf']]);
    expect(documents[0]?.file_key).toBe(`services/${tenant.id}/${first.id}/${documents[0]?.id}`);
    expect(await env.services.files.read(documents[0]?.file_key ?? '')).toEqual(pdfBytes());
    const audit = await env.services.db
      .selectFrom('audit_entries')
      .select(['action'])
      .where('entity_id', '=', first.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['services.request_submitted']);
    const mails = await mailsTo(setup.citizen.email);
    expect(mails.some((m) => m.subject.includes(first.code ?? '?') && m.text_body.includes('2026-11-30'))).toBe(true);
    expect((await mailsTo(setup.officer.email)).some((m) => m.subject.includes(first.code ?? '?'))).toBe(true);
  });

  it('writes requests filed at the same moment together, exactly as one by one: numbers in order, rows, steps, audit, mails', async () => {
    const mailsBefore = (await mailsTo(setup.citizen.email)).length;
    const results = await Promise.all([
      fileRequest(env.services, tenant, setup),
      fileRequest(env.services, tenant, setup),
      fileRequest(env.services, tenant, setup, { actor: null }),
      fileRequest(env.services, tenant, setup),
    ]);
    // Concurrent requests reach the writer in whatever order their checks end: the numbers follow on without a gap.
    const numbers = results
      .filter((r) => r.code)
      .map((r) => Number(r.code?.slice(-6)))
      .sort((a, b) => a - b);
    expect(numbers).toHaveLength(3);
    expect(numbers[1]).toBe((numbers[0] as number) + 1);
    expect(numbers[2]).toBe((numbers[0] as number) + 2);
    expect(results[2]).toMatchObject({ code: null, status: 'pending_email', confirmationSent: true });
    for (const result of results) {
      const events = await env.services.db
        .selectFrom('services_request_events')
        .select(['kind', 'actor_account_id'])
        .where('request_id', '=', result.id)
        .execute();
      expect(events).toEqual([{ kind: 'submitted', actor_account_id: null }]);
      const audit = await env.services.db
        .selectFrom('audit_entries')
        .select(['action', 'actor_id'])
        .where('entity_id', '=', result.id)
        .execute();
      expect(audit).toEqual([
        { action: 'services.request_submitted', actor_id: result.code ? setup.citizen.actor.accountId : null },
      ]);
    }
    const mails = await mailsTo(setup.citizen.email);
    expect(mails).toHaveLength(mailsBefore + 3);
    for (const result of results.filter((r) => r.code))
      expect(mails.some((m) => m.subject.includes(result.code ?? '?'))).toBe(true);
  });

  describe('bad input', () => {
    it.each([
      ['a missing required document', goodValues(), [], 'ktp', 'document_missing'],
      ['a NIK with 15 digits', goodValues({ nik: '147101010190001' }), [ktpPdf()], 'nik', 'nik_length'],
      ['a NIK born on day 32', goodValues({ nik: '1471013201900001' }), [ktpPdf()], 'nik', 'nik_date'],
      ['a missing name', goodValues({ nama: '' }), [ktpPdf()], 'nama', 'missing'],
      [
        'a text file named .pdf',
        goodValues(),
        [{ field: 'doc.ktp', fileName: 'ktp.pdf', data: Buffer.from('bukan PDF, hanya teks') }],
        'ktp',
        'document_type',
      ],
      [
        'a document for an unknown field',
        goodValues(),
        [ktpPdf(), { ...ktpPdf(), field: 'doc.lain' }],
        'lain',
        'unknown field',
      ],
    ])('refuses %s with 400 at its field', async (_, values, documents, path, message) => {
      const before = await env.services.db.selectFrom('services_requests').select('id').execute();
      const error = await refusal(fileRequest(env.services, tenant, setup, { values, documents }));
      expect(error.status).toBe(400);
      expect(error.details).toEqual(expect.arrayContaining([{ path, message }]));
      // Nothing half-written.
      expect(await env.services.db.selectFrom('services_requests').select('id').execute()).toHaveLength(before.length);
    });

    it('refuses a PNG renamed .pdf where only PDF is allowed, and a file over the field’s size', async () => {
      const pdfOnly = await buildRequestSetup(env.services, tenant, {
        form: [
          { key: 'nama', label: 'Nama', type: 'text' },
          { key: 'nik', label: 'NIK', type: 'nik' },
          { key: 'ktp', label: 'KTP', type: 'document', documentTypes: ['application/pdf'], maxBytes: 1024 },
        ],
      });
      const renamed = await refusal(
        fileRequest(env.services, tenant, pdfOnly, {
          documents: [{ field: 'doc.ktp', fileName: 'ktp.pdf', data: pngBytes() }],
        }),
      );
      expect(renamed.details).toEqual([{ path: 'ktp', message: 'document_type' }]);
      const png = await refusal(
        fileRequest(env.services, tenant, pdfOnly, {
          documents: [{ field: 'doc.ktp', fileName: 'ktp.png', data: pngBytes() }],
        }),
      );
      expect(png.details).toEqual([{ path: 'ktp', message: 'document_type' }]);
      const large = Buffer.concat([pdfBytes(), Buffer.alloc(2048, 0x20)]);
      const tooLarge = await refusal(
        fileRequest(env.services, tenant, pdfOnly, {
          documents: [{ field: 'doc.ktp', fileName: 'ktp.pdf', data: large }],
        }),
      );
      expect(tooLarge.details).toEqual([{ path: 'ktp', message: 'document_too_large' }]);
    });

    it('keeps scripts as text', async () => {
      const script = '<script>alert("x")</script> Siti';
      const result = await fileRequest(env.services, tenant, setup, { values: goodValues({ nama: script }) });
      const detail = await requestDetail(ctxAs(env.services, tenant, setup.citizen.actor), { requestId: result.id });
      expect(detail.answers.nama).toBe(script);
    });

    it('refuses a guest without contact, an unknown, inactive or another tenant’s service, and an unpublished one', async () => {
      const noContact = await refusal(
        submitRequest(ctxAs(env.services, tenant, null), setup.service.id, {
          standardId: setup.standard.id,
          values: goodValues(),
        }),
      );
      expect([noContact.status, noContact.code]).toEqual([400, 'services_sign_in']);

      const unknown = await refusal(
        fileRequest(env.services, tenant, { ...setup, service: { ...setup.service, id: 'x' } }),
      );
      expect(unknown.status).toBe(404);

      const other = await buildTenant(env.services);
      const elsewhere = await refusal(
        submitRequest(ctxAs(env.services, other, setup.citizen.actor), setup.service.id, {
          standardId: setup.standard.id,
          values: goodValues(),
        }),
      );
      expect(elsewhere.status).toBe(404);

      const draftOnly = await createService(ctxAs(env.services, tenant, servicesAdmin), {
        unitId: setup.unitId,
        name: 'Layanan belum terbit',
      });
      const unpublished = await refusal(
        submitRequest(ctxAs(env.services, tenant, setup.citizen.actor), draftOnly.id, {
          standardId: draftOnly.standardId,
          values: goodValues(),
        }),
      );
      expect([unpublished.status, unpublished.code]).toEqual([409, 'services_not_published']);
    });
  });

  it('accepts the older published form a citizen was filling in when the form changed, and refuses a draft', async () => {
    const changing = await buildRequestSetup(env.services, tenant);
    const admin = ctxAs(env.services, tenant, servicesAdmin);
    const v2 = await draftNewVersion(admin, changing.service.id);
    const today = localDate(env.clock.now(), tenant.timeZone);
    await editStandard(
      admin,
      v2.id,
      completeStandard(today, {
        form: [
          { key: 'nama', label: 'Nama', type: 'text' },
          { key: 'alamat', label: 'Alamat', type: 'address' },
        ],
      }),
    );
    const draft = await refusal(
      submitRequest(ctxAs(env.services, tenant, changing.citizen.actor), changing.service.id, {
        standardId: v2.id,
        values: { nama: 'Siti', alamat: 'Jl. Uji' },
      }),
    );
    expect([draft.status, draft.code]).toEqual([409, 'services_form_version']);
    await submitStandard(admin, v2.id);
    await approveStandard(admin, v2.id);

    const old = await fileRequest(env.services, tenant, changing);
    const detail = await requestDetail(ctxAs(env.services, tenant, changing.citizen.actor), { requestId: old.id });
    expect(detail.standard).toMatchObject({ id: changing.standard.id, version: 1 });
    expect(detail.form.map((f) => f.key)).toEqual(['nama', 'nik', 'ktp']);
    expect(detail.answers).toEqual({ nama: 'Siti Aminah', nik: GOOD_NIK });

    const current = await submitRequest(ctxAs(env.services, tenant, changing.citizen.actor), changing.service.id, {
      standardId: v2.id,
      values: { nama: 'Siti', alamat: 'Jl. Uji' },
    });
    expect(current.status).toBe('submitted');
  });

  it('holds a guest’s request until the e-mail is confirmed, then numbers it and starts its clock', async () => {
    const guest = await fileRequest(env.services, tenant, setup, { actor: null });
    expect(guest).toMatchObject({ code: null, status: 'pending_email', dueDate: null, confirmationSent: true });
    const mail = (await mailsTo('tamu.uji@contoh.id')).at(-1);
    const token = /layanan\/konfirmasi\/([\w-]+)/.exec(mail?.text_body ?? '')?.[1];
    expect(token).toMatch(/^[\w-]{20,}$/);

    env.clock.advance(3600_000);
    const confirmed = await confirmGuest(ctxAs(env.services, tenant, null), { token: token ?? '' });
    expect(confirmed.code).toMatch(new RegExp(`^${tenant.code}-LYN-2026-\\d{6}$`));
    expect(confirmed.followPath).toMatch(new RegExp(`^/t/${tenant.slug}/layanan/ikuti/`));
    const followToken = confirmed.followPath?.split('/').at(-1) ?? '';
    const followMail = (await mailsTo('tamu.uji@contoh.id')).at(-1);
    expect(followMail?.text_body).toContain(followToken);

    const again = await refusal(confirmGuest(ctxAs(env.services, tenant, null), { token: token ?? '' }));
    expect([again.status, again.code]).toEqual([400, 'services_link_invalid']);

    const detail = await requestDetail(ctxAs(env.services, tenant, null), { token: followToken });
    expect(detail).toMatchObject({ code: confirmed.code, status: 'submitted', actions: [] });
    expect(detail.timeline.map((s) => s.kind)).toEqual(['submitted', 'confirmed']);
    const stored = await env.services.db
      .selectFrom('services_requests')
      .select(['follow_token_hash', 'confirm_token_hash'])
      .where('id', '=', guest.id)
      .executeTakeFirstOrThrow();
    expect(stored.confirm_token_hash).toBeNull();
    expect(stored.follow_token_hash).not.toContain(followToken);
  });
});
