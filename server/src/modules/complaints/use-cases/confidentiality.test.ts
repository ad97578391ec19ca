/**
 * LAPOR! once leaked whistle-blowers' identities because an admin forgot a flag. This walks EVERY complaints
 * route in the route table as each kind of person, reading and acting, and fails if any response other than
 * the coordinator's contains an anonim or rahasia reporter's name, e-mail or phone. Audit entries and staff
 * e-mail are checked too.
 */
import { beforeAll, expect, it } from 'vitest';
import type { TenantRecord } from '../../../platform/tenancy/repository';
import { buildAccount, buildTenant } from '../../../test/factories';
import { describeEachDialect } from '../../../test/harness';
import type { HttpClient } from '../../../test/http-client';
import { buildEmployee, buildUnit } from '../../people/test/factories';
import { json, signIn, signInAs } from '../../people/test/http';
import { complaintsRepo } from '../repository';
import { buildCategory, complaintBody, setComplaintSettings } from '../test/factories';
import { complaintsApi, intakeMultipart, jpegWithExif } from '../test/http';

const GUEST = { name: 'Wahyuni Pelapor Rahasia', email: 'wahyuni.rahasia@contoh.id', phone: '081377712345' };
const ACCOUNT_NAME = 'Bambang Saksi Anonim';
const SECRETS = [GUEST.name, GUEST.email, GUEST.phone, '81377712345', 'Wahyuni', ACCOUNT_NAME, 'Bambang'];

describeEachDialect('complaints: the reporter’s identity never leaks', (env) => {
  let tenant: TenantRecord;
  let api: string;
  const walkers: Record<string, HttpClient> = {};
  let coordinator: HttpClient;
  let reporterEmail: string;
  const ids: string[] = [];
  const codes: string[] = [];
  const attachmentIds: string[] = [];
  let bodyIds: { unitId: string; employeeId: string; officerId: string };

  beforeAll(async () => {
    tenant = await buildTenant(env.services);
    api = complaintsApi(tenant);
    await setComplaintSettings(env.services, tenant, { guestPerHour: 0 });
    const category = await buildCategory(env.services, tenant);
    const unit = await buildUnit(env.services, tenant, { name: 'Dinas Perhubungan' });
    const head = await buildEmployee(env.services, tenant, { unitId: unit.id, isHead: true, login: true });
    const concerned = await buildEmployee(env.services, tenant, {
      unitId: unit.id,
      login: true,
      name: 'Pegawai Diadukan',
    });
    coordinator = await signInAs(env, tenant, ['complaint_coordinator']);
    const officer = await signInAs(env, tenant, [{ role: 'complaint_officer', unitId: unit.id }]);
    bodyIds = { unitId: unit.id, employeeId: concerned.id, officerId: officer.account.id };
    const reporterAccount = await buildAccount(env.services, {
      name: ACCOUNT_NAME,
      roles: [{ tenant, role: 'citizen' }],
    });
    reporterEmail = reporterAccount.email;
    SECRETS.push(reporterEmail);
    const reporter = await signIn(env, reporterAccount);
    const otherTenant = await buildTenant(env.services);

    // A rahasia guest complaint with a photo, and an anonim complaint by a signed-in citizen naming an employee.
    const multipart = intakeMultipart(complaintBody(category.id, { privacy: 'rahasia', guest: GUEST }), [
      { name: 'bukti.jpg', content: jpegWithExif() },
    ]);
    const rahasia = json(await env.client().post(api, multipart.body, multipart.headers), 201);
    const anonim = json(
      await reporter.post(
        api,
        complaintBody(category.id, { privacy: 'anonim', guest: undefined, employeeText: 'Pak Pegawai' }),
      ),
      201,
    );
    for (const c of [rahasia, anonim]) {
      ids.push(c.id);
      codes.push(c.code);
      json(await coordinator.post(`${api}/${c.id}/verify`, { unitId: unit.id }));
      json(await officer.post(`${api}/${c.id}/employees`, { employeeId: concerned.id }));
      json(await officer.post(`${api}/${c.id}/answer`, { text: 'Sudah kami tindak lanjuti.' }));
      attachmentIds.push(...(await complaintsRepo.attachments(env.services.db, tenant.id, c.id)).map((a) => a.id));
    }

    walkers.public = env.client();
    walkers.citizen = await signInAs(env, tenant, ['citizen']);
    walkers.otherCitizen = await signInAs(env, otherTenant, ['citizen']);
    walkers.unitOfficer = officer;
    walkers.deskOfficer = await signInAs(env, tenant, ['complaint_officer']);
    walkers.employeeConcerned = await signIn(env, concerned.account!);
    walkers.supervisor = await signIn(env, head.account!);
    walkers.hrAdmin = await signInAs(env, tenant, ['hr_admin']);
    walkers.tenantAdmin = await signInAs(env, tenant, ['tenant_admin']);
  });

  const bodyFor = (url: string): unknown => {
    const action = url.split('/').pop();
    const bodies: Record<string, unknown> = {
      verify: { unitId: bodyIds.unitId },
      postpone: { question: 'Mohon keterangan tambahan.' },
      refer: { referral: 'Silakan ke instansi lain.' },
      archive: { reason: 'Bukan pengaduan sama sekali.' },
      merge: { originalId: ids[0] },
      assign: { accountId: bodyIds.officerId },
      notes: { text: 'Catatan internal.' },
      employees: { employeeId: bodyIds.employeeId },
      answer: { text: 'Jawaban lanjutan dari unit.' },
      integrity: { note: 'Rujuk ke Inspektorat.' },
      rate: { rating: 3 },
      reopen: { reason: 'Belum selesai ditangani.' },
      info: { text: 'Tambahan keterangan.' },
    };
    return bodies[action ?? ''] ?? {};
  };

  const concreteUrls = (url: string): string[] => {
    const withSlug = url.replace(':slug', tenant.slug);
    const params = [...withSlug.matchAll(/:(\w+)/g)].map((m) => m[1]);
    if (!params.length) return [withSlug];
    const values: Record<string, string[]> = {
      id: [...ids, ...attachmentIds],
      code: codes,
      // The secret links are the reporter's own: the walkers try forged ones.
      token: ['x'.repeat(32)],
      attachmentId: attachmentIds,
      secret: ['bukan-rahasia'],
    };
    let urls = [withSlug];
    for (const p of params) urls = urls.flatMap((u) => (values[p!] ?? ['x']).map((v) => u.replace(`:${p}`, v)));
    return urls;
  };

  it('walks every complaints route as each role: no reporter name, e-mail or phone except for the coordinator', async () => {
    const routes = env.app.routeTable.filter((r) => r.url.startsWith('/api/t/:slug/complaints'));
    expect(routes.length).toBeGreaterThan(25);
    const leaks: string[] = [];
    let requests = 0;
    // Read everything, act on everything, then read everything again.
    for (const phase of ['GET', 'POST', 'GET'] as const) {
      for (const [who, client] of Object.entries(walkers)) {
        for (const route of routes.filter((r) => (phase === 'GET' ? r.method === 'GET' : r.method !== 'GET'))) {
          for (const url of concreteUrls(route.url)) {
            const response = await client.request(
              route.method as 'GET',
              url,
              phase === 'GET' ? undefined : bodyFor(url),
            );
            requests++;
            const text = response.body + JSON.stringify(response.headers);
            for (const secret of SECRETS)
              if (text.toLowerCase().includes(secret.toLowerCase()))
                leaks.push(`${who} ${route.method} ${url} -> ${response.statusCode} contains "${secret}"`);
          }
        }
      }
    }
    expect(requests).toBeGreaterThan(300);
    expect(leaks).toEqual([]);
    // Hundreds of requests, more with every route added: longer than the default timeout on a busy machine.
  }, 120_000);

  it('shows the coordinator the identity (so the walk above could have found it)', async () => {
    const rahasia = json(await coordinator.get(`${api}/${ids[0]}`));
    expect(rahasia.reporter).toMatchObject({ name: GUEST.name, email: GUEST.email, phone: GUEST.phone });
    const anonim = json(await coordinator.get(`${api}/${ids[1]}`));
    expect(anonim.reporter).toMatchObject({ name: ACCOUNT_NAME, email: reporterEmail, hasAccount: true });
    expect(json(await walkers.unitOfficer!.get(`${api}/${ids[0]}`))).toMatchObject({
      reporter: null,
      reporterHidden: true,
    });
  });

  it('never publishes rahasia; anonim is public without the name', async () => {
    const list = json(await env.client().get(`${api}/public?pageSize=100`));
    const listed = list.items.map((i: { code: string }) => i.code);
    expect(listed).not.toContain(codes[0]);
    expect(listed).toContain(codes[1]);
    expect(list.items.find((i: { code: string }) => i.code === codes[1]).reporterName).toBeNull();
    expect((await env.client().get(`${api}/public/${codes[0]}`)).statusCode).toBe(404);
  });

  it('keeps identity out of audit entries and of every e-mail not sent to the reporter', async () => {
    const audit = await env.services.db
      .selectFrom('audit_entries')
      .selectAll()
      .where('tenant_id', '=', tenant.id)
      .execute();
    const auditText = JSON.stringify(audit).toLowerCase();
    for (const secret of SECRETS) expect(auditText).not.toContain(secret.toLowerCase());
    const mails = await env.services.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('tenant_id', '=', tenant.id)
      .where('to_address', 'not in', [GUEST.email, reporterEmail])
      .execute();
    expect(mails.length).toBeGreaterThan(0);
    const mailText = JSON.stringify(mails).toLowerCase();
    for (const secret of SECRETS) expect(mailText).not.toContain(secret.toLowerCase());
  });
});
