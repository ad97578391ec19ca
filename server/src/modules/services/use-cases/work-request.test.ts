import { PDFDocument } from 'pdf-lib';
import { beforeAll, expect, it } from 'vitest';
import type { DomainEvent } from '../../../platform/events/bus';
import { detectType } from '../../../platform/files';
import { buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import { servicesService } from '../index';
import { SERVICES_EVENTS } from '../support';
import { buildServiceAccount } from '../test/factories';
import {
  buildRequestSetup,
  ctxAs,
  fileRequest,
  ktpPdf,
  pdfBytes,
  pngBytes,
  type RequestSetup,
} from '../test/request-helpers';
import { completeDocuments } from './complete-documents';
import { deliverOutput, indonesianDate, winAnsiText } from './deliver-output';
import { requestDetail, requestDocument } from './request-views';
import {
  approveRequest,
  finishPickup,
  markIncomplete,
  recordPayment,
  refuseRequest,
  startProcessing,
} from './work-request';

async function refusal(promise: Promise<unknown>) {
  const error = (await promise.then(
    () => null,
    (e: unknown) => e,
  )) as { status?: number; code?: string; params?: Record<string, unknown>; details?: unknown } | null;
  if (!error) throw new Error('expected a refusal');
  return error;
}

describeEachDialect('working a service request', (env) => {
  let tenant: Awaited<ReturnType<typeof buildTenant>>;
  let setup: RequestSetup;
  const events: DomainEvent[] = [];

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    setup = await buildRequestSetup(env.services, tenant, { fee: 50000 });
    env.services.events.subscribe(SERVICES_EVENTS.requestCompleted, (e) => events.push(e));
  });
  const officer = () => ctxAs(env.services, tenant, setup.officer.actor);
  const citizen = () => ctxAs(env.services, tenant, setup.citizen.actor);

  it('stops the clock while documents are incomplete and restarts it with the days left, then delivers a letter', async () => {
    env.clock.set('2026-11-30T02:00:00.000Z'); // Monday 09:00 WIB
    const filed = await fileRequest(env.services, tenant, setup);
    expect(filed.dueDate).toBe('2026-12-07');

    env.clock.set('2026-12-02T03:00:00.000Z'); // Wednesday
    const incomplete = await markIncomplete(officer(), filed.id, { missing: ['ktp'], note: 'KTP tidak terbaca' });
    expect(incomplete).toMatchObject({ status: 'incomplete', dueDate: null, missing: ['ktp'] });
    expect(incomplete.actions).not.toContain('process');
    const stopped = await env.services.db
      .selectFrom('services_requests')
      .select(['days_used', 'paused_at', 'due_at'])
      .where('id', '=', filed.id)
      .executeTakeFirstOrThrow();
    expect(stopped).toMatchObject({ days_used: 2, due_at: null });
    const wrongState = await refusal(startProcessing(officer(), filed.id));
    expect([wrongState.status, wrongState.code]).toEqual([409, 'services_request_state']);
    expect(wrongState.params).toMatchObject({ code: filed.code, status: 'incomplete' });

    // A file of the wrong type is refused and changes nothing.
    const bad = await refusal(
      completeDocuments(citizen(), { requestId: filed.id }, [
        { field: 'doc.ktp', fileName: 'a.pdf', data: Buffer.from('x') },
      ]),
    );
    expect(bad.details).toEqual([{ path: 'ktp', message: 'document_type' }]);

    env.clock.set('2026-12-07T02:00:00.000Z'); // Monday: Thursday, Friday and Monday stood still
    const completed = await completeDocuments(citizen(), { requestId: filed.id }, [ktpPdf('ktp-baru.pdf')]);
    expect(completed).toMatchObject({ status: 'submitted', dueDate: '2026-12-10', missing: [], actions: [] });
    expect(completed.documents.map((d) => d.name)).toEqual(['ktp.pdf', 'ktp-baru.pdf']);

    env.clock.advance(60_000);
    await startProcessing(officer(), filed.id);
    env.clock.advance(60_000);
    await approveRequest(officer(), filed.id);
    env.clock.advance(60_000);
    const paid = await recordPayment(officer(), filed.id, { receipt: 'KW-001', amount: 50000 });
    expect(paid.payment).toMatchObject({ receipt: 'KW-001', amount: 50000 });
    expect(paid.actions).toEqual(['output']);

    env.clock.set('2026-12-10T04:00:00.000Z'); // Thursday
    const done = await deliverOutput(officer(), filed.id, { kind: 'letter' });
    expect(done).toMatchObject({ status: 'done', workingDays: 5, output: { kind: 'letter' } });
    expect(done.surveyUrl).toBeNull();
    expect(done.completedAt).toBe('2026-12-10T04:00:00.000Z');

    const seen = await requestDetail(citizen(), { requestId: filed.id });
    expect(seen.actions).toEqual([]);
    expect(seen.surveyUrl).toMatch(new RegExp(`^/t/${tenant.slug}/survei/`));
    expect((await requestDetail(officer(), { requestId: filed.id })).surveyUrl).toBeNull();
    expect(seen.timeline.map((s) => s.kind)).toEqual([
      'submitted',
      'incomplete',
      'completed_documents',
      'in_process',
      'approved',
      'paid',
      'done',
    ]);
    expect(seen.timeline.find((s) => s.kind === 'paid')?.data).toEqual({ amount: 50000, receipt: 'KW-001' });
    expect(seen.levyComplaintUrl).toBe(
      `/t/${tenant.slug}/pengaduan/baru?kategori=pungli&layanan=${encodeURIComponent(setup.service.name)}&permohonan=${filed.code}`,
    );
    const letterId = seen.output?.url?.split('/').at(-1) ?? '';
    const letter = await requestDocument(citizen(), { requestId: filed.id }, letterId);
    expect(letter.mime).toBe('application/pdf');
    expect(await detectType(letter.data)).toBe('application/pdf');
    expect((await PDFDocument.load(letter.data)).getPageCount()).toBe(1);

    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(events.map((e) => e.payload)).toContainEqual({
      requestId: filed.id,
      serviceId: setup.service.id,
      unitId: setup.unitId,
    });
    const audit = await env.services.db
      .selectFrom('audit_entries')
      .select('action')
      .where('entity_id', '=', filed.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'services.request_submitted',
      'services.request_incomplete',
      'services.request_completed_documents',
      'services.request_processing',
      'services.request_approved',
      'services.request_paid',
      'services.request_output',
    ]);

    // The applicant heard of every step, in Indonesian with English below; the last mail carries the survey link.
    const mails = await env.services.db
      .selectFrom('mail_outbox')
      .select(['subject', 'text_body'])
      .where('to_address', '=', setup.citizen.email)
      .where('subject', 'like', `[${filed.code}]%`)
      .orderBy('created_at')
      .execute();
    expect(mails.map((m) => m.subject.replace(`[${filed.code}] `, ''))).toEqual([
      'Permohonan layanan diterima / Service request received',
      'Berkas permohonan belum lengkap / Your request documents are incomplete',
      'Berkas lengkap, permohonan dilanjutkan / Documents complete, request resumed',
      'Permohonan sedang diproses / Your request is in process',
      'Permohonan disetujui / Your request was approved',
      'Pembayaran retribusi dicatat / Fee payment recorded',
      'Permohonan selesai / Your request is complete',
    ]);
    expect(mails[1]?.text_body).toContain('KTP tidak terbaca');
    expect(mails.at(-1)?.text_body).toContain(`/t/${tenant.slug}/survei/`);
    expect(mails.at(-1)?.text_body).toContain(`/t/${tenant.slug}/layanan/saya/${filed.id}`);

    const finished = await servicesService.finishedRequests(
      ctxAs(env.services, tenant, null),
      '2026-12-10T00:00:00.000Z',
      '2026-12-11T00:00:00.000Z',
    );
    expect(finished).toEqual([
      expect.objectContaining({ requestId: filed.id, serviceId: setup.service.id, unitId: setup.unitId }),
    ]);
    expect(finished[0]?.surveyToken).toMatch(/^[\w-]{20,}$/);
    expect(JSON.stringify(finished)).not.toContain(setup.citizen.email);
  });

  it('refuses with a reason (final), and knows the state of every step', async () => {
    const filed = await fileRequest(env.services, tenant, setup);
    const refused = await refuseRequest(officer(), filed.id, { reason: 'Bukan warga kota ini' });
    expect(refused).toMatchObject({ status: 'refused', refusalReason: 'Bukan warga kota ini', actions: [] });
    expect(refused.completedAt).not.toBeNull();
    expect(refused.surveyUrl).toBeNull();
    for (const step of [
      () => approveRequest(officer(), filed.id),
      () => refuseRequest(officer(), filed.id, { reason: 'lagi' }),
      () => deliverOutput(officer(), filed.id, { kind: 'pickup' }),
      () => finishPickup(officer(), filed.id),
    ])
      expect((await refusal(step())).code).toBe('services_request_state');
  });

  it('delivers for pickup (ready, then done) and an uploaded signed PDF, never another file', async () => {
    const pickup = await fileRequest(env.services, tenant, setup);
    await startProcessing(officer(), pickup.id);
    await approveRequest(officer(), pickup.id);
    const ready = await deliverOutput(officer(), pickup.id, { kind: 'pickup' });
    expect(ready).toMatchObject({
      status: 'ready',
      actions: ['payment', 'done'],
      output: { kind: 'pickup', url: null },
    });
    expect((await finishPickup(officer(), pickup.id)).status).toBe('done');

    const signed = await fileRequest(env.services, tenant, setup);
    await startProcessing(officer(), signed.id);
    await approveRequest(officer(), signed.id);
    const notPdf = await refusal(
      deliverOutput(officer(), signed.id, { kind: 'file' }, { fileName: 'surat.pdf', data: pngBytes() }),
    );
    expect([notPdf.status, notPdf.details]).toEqual([400, [{ path: 'output', message: 'document_type' }]]);
    expect((await refusal(deliverOutput(officer(), signed.id, { kind: 'file' }))).code).toBe('services_output_missing');
    const done = await deliverOutput(
      officer(),
      signed.id,
      { kind: 'file' },
      { fileName: 'surat ttd.pdf', data: pdfBytes() },
    );
    expect(done.output).toMatchObject({ kind: 'file', name: 'surat ttd.pdf' });
  });

  it('lets one of two officers acting at once win; the other is told where the request stands', async () => {
    const filed = await fileRequest(env.services, tenant, setup);
    const results = await Promise.allSettled([
      startProcessing(officer(), filed.id),
      refuseRequest(officer(), filed.id, { reason: 'Tidak memenuhi syarat' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({ code: 'services_request_state' });
    const row = await env.services.db
      .selectFrom('services_requests')
      .select('status')
      .where('id', '=', filed.id)
      .executeTakeFirstOrThrow();
    expect(['in_process', 'refused']).toContain(row.status);
    expect(lost.reason.params.status).toBe(row.status);
  });

  it('records a payment only where there is a fee, and refuses a document field that is not on the form', async () => {
    const free = await buildRequestSetup(env.services, tenant);
    const filed = await fileRequest(env.services, tenant, free);
    const officerOfFree = ctxAs(env.services, tenant, free.officer.actor);
    expect((await refusal(recordPayment(officerOfFree, filed.id, { receipt: 'KW', amount: 1 }))).code).toBe(
      'services_request_state',
    );
    const unknown = await refusal(markIncomplete(officerOfFree, filed.id, { missing: ['nama'], note: 'Nama salah' }));
    expect(unknown.status).toBe(400);
  });

  it('answers 404 to an officer of another unit and to another citizen, and to a guest without the secret', async () => {
    const filed = await fileRequest(env.services, tenant, setup);
    const elsewhere = await buildRequestSetup(env.services, tenant);
    const otherOfficer = ctxAs(env.services, tenant, elsewhere.officer.actor);
    expect((await refusal(requestDetail(otherOfficer, { requestId: filed.id }))).status).toBe(404);
    expect((await refusal(startProcessing(otherOfficer, filed.id))).status).toBe(404);
    const neighbour = await buildServiceAccount(env.services, tenant, 'citizen');
    expect(
      (await refusal(requestDetail(ctxAs(env.services, tenant, neighbour.actor), { requestId: filed.id }))).status,
    ).toBe(404);
    expect(
      (await refusal(requestDetail(ctxAs(env.services, tenant, null), { token: 'tebakan-acak-000000' }))).status,
    ).toBe(404);
    const tenantWide = await buildServiceAccount(env.services, tenant, 'service_officer');
    expect(
      (await requestDetail(ctxAs(env.services, tenant, tenantWide.actor), { requestId: filed.id })).actions,
    ).toContain('process');
  });

  it('writes letters in WinAnsi with Indonesian dates', () => {
    expect(indonesianDate('2026-12-07')).toBe('7 Desember 2026');
    expect(winAnsiText('Ñoño “kutip” — 東京 Ş')).toBe('Nono “kutip” — ?? S');
  });
});
