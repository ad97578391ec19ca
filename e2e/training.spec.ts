import type { Browser, Page } from '@playwright/test';
import {
  csrfToken,
  type DemoLogin,
  demoLogin,
  expect,
  expectAccessible,
  expectNoHorizontalScroll,
  logIn,
  test,
} from './fixtures';

const TENANT = 'medan';
const API = `/api/t/${TENANT}/training`;

async function signedInPage(
  browser: Browser,
  baseURL: string | undefined,
  login: DemoLogin,
  viewport = { width: 1280, height: 900 },
): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'id-ID', timezoneId: 'Asia/Jakarta', viewport });
  const page = await context.newPage();
  await logIn(page, TENANT, login);
  return page;
}

async function call<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  const response = await page.request.fetch(`${API}${path}`, {
    method,
    data: body,
    headers: { 'x-csrf-token': await csrfToken(page) },
  });
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/** A calendar date in Jakarta, `days` from today. */
function jakartaDate(days: number): string {
  const at = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(at);
}

test('an employee registers, the superior approves, the trainer checks them in by QR code, the certificate is verified and the JP rise', async ({
  browser,
  baseURL,
  demo,
}) => {
  test.setTimeout(180_000);

  // HR's catalog (through the API): a programme of 6 JP run by the demo trainer, and an event tomorrow.
  const hr = await signedInPage(browser, baseURL, demoLogin(demo, TENANT, 'hr_admin'));
  const trainer = await signedInPage(browser, baseURL, demoLogin(demo, TENANT, 'trainer'));
  const trainerSession = (await (await trainer.request.get('/api/auth/session')).json()) as { account: { id: string } };
  const suffix = Date.now().toString(36).toUpperCase();
  const title = `Etika pelayanan uji ${suffix}`;
  const programme = await call<{ id: string }>(hr, 'POST', '/programmes', {
    code: `E2E-${suffix}`,
    title,
    topic: 'ethics_integrity',
    competencyType: 'socio_cultural',
    mode: 'classroom',
    jp: 6,
    provider: 'BKPSDM Kota Medan',
    trainerAccountIds: [trainerSession.account.id],
  });
  const event = { place: 'Aula BKPSDM', capacity: 10, trainerAccountIds: [trainerSession.account.id] };
  const created = await call<{ id: string }>(hr, 'POST', '/events', {
    programmeId: programme.id,
    startsOn: jakartaDate(1),
    endsOn: jakartaDate(1),
    ...event,
  });

  // The employee, on a phone, registers from the catalog.
  const employee = await signedInPage(browser, baseURL, demoLogin(demo, TENANT, 'employee'), {
    width: 390,
    height: 844,
  });
  const before = await call<{ compliance: { jp: number; name: string } }>(employee, 'GET', '/my/record');
  await employee.goto(`/t/${TENANT}/pelatihan`);
  await expect(employee.getByRole('heading', { level: 1, name: 'Katalog pelatihan' })).toBeVisible();
  await employee.getByRole('button', { name: `Daftar ke ${title}` }).click();
  await expect(employee.getByText(/^Pendaftaran terkirim\. Atasan langsung Anda memutuskan/)).toBeVisible();
  const card = employee.getByRole('article', { name: title });
  await expect(card.getByText('Menunggu persetujuan atasan')).toBeVisible();
  await expectAccessible(employee, 'training catalog');
  await expectNoHorizontalScroll(employee);

  // The direct superior approves it from the inbox.
  const superior = await signedInPage(browser, baseURL, demoLogin(demo, TENANT, 'supervisor'));
  await superior.goto(`/t/${TENANT}/pelatihan-persetujuan`);
  await expect(superior.getByRole('heading', { level: 1, name: 'Persetujuan pelatihan' })).toBeVisible();
  const approve = superior.getByRole('button', { name: `Setujui pendaftaran ${before.compliance.name} ke ${title}` });
  await expectAccessible(superior, 'training approvals');
  await approve.click();
  await expect(superior.getByText(`Pendaftaran ${before.compliance.name} disetujui.`)).toBeVisible();
  await expect(approve).toHaveCount(0);

  // The event day arrives (HR moves it to today); the employee's phone shows the attendance QR code.
  await call(hr, 'PATCH', `/events/${created.id}`, { startsOn: jakartaDate(0), endsOn: jakartaDate(0), ...event });
  await employee.goto(`/t/${TENANT}/pelatihan-saya`);
  await employee.getByRole('button', { name: `Tampilkan kode QR kehadiran ${title}` }).click();
  const qr = employee.getByRole('dialog', { name: 'Kode QR kehadiran' });
  await expect(qr.getByRole('img', { name: `Kode QR kehadiran ${title} untuk dipindai pelatih` })).toBeVisible();
  await expectAccessible(employee, 'attendance QR code');
  await qr.getByRole('button', { name: 'Tutup' }).click();
  // What the QR code holds, as the trainer's scanner device types it.
  const mine = await call<{ items: Array<{ id: string; eventId: string }> }>(employee, 'GET', '/my/registrations');
  const registration = mine.items.find((r) => r.eventId === created.id);
  expect(registration).toBeDefined();
  const { code } = await call<{ code: string }>(employee, 'GET', `/my/registrations/${registration?.id}/code`);

  // The trainer checks the employee in by the code, then closes the event: JP credited, certificate issued.
  await trainer.goto(`/t/${TENANT}/pelatihan-kegiatan/${created.id}`);
  await expect(trainer.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(trainer.getByText('Pindaian menunggu dikirim: 0')).toBeVisible();
  await trainer.getByLabel('Kode kehadiran').fill(code);
  await trainer.getByRole('button', { name: 'Catat hadir' }).click();
  await expect(trainer.getByText(`${before.compliance.name} tercatat hadir.`)).toBeVisible();
  await expect(trainer.getByRole('checkbox', { name: `${before.compliance.name} hadir` })).toBeChecked();
  await expectAccessible(trainer, 'training event');
  await trainer.getByRole('button', { name: 'Tutup kegiatan' }).click();
  await trainer
    .getByRole('dialog', { name: 'Tutup kegiatan?' })
    .getByRole('button', { name: 'Tutup kegiatan' })
    .click();
  await expect(trainer.getByText('1 peserta selesai, 0 tidak selesai.')).toBeVisible();

  // The employee's record: completed, the certificate to download, and 6 more JP this year.
  await employee.reload();
  await expect(employee.getByRole('link', { name: `Unduh sertifikat ${title} (PDF)` })).toBeVisible();
  await expect(employee.getByText(new RegExp(`^${before.compliance.jp + 6} dari minimum \\d+ JP$`))).toBeVisible();
  const after = await call<{ items: Array<{ eventId: string; certificateCode: string | null }> }>(
    employee,
    'GET',
    '/my/registrations',
  );
  const certificateCode = after.items.find((r) => r.eventId === created.id)?.certificateCode ?? '';
  expect(certificateCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);

  // Anyone can check the certificate on the public page: genuine, for whom, which programme, how many JP.
  const publicContext = await browser.newContext({ baseURL, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  const visitor = await publicContext.newPage();
  await visitor.goto(`/t/${TENANT}/verify/${certificateCode.toLowerCase()}`);
  await expect(visitor.getByText('Sertifikat asli')).toBeVisible();
  await expect(visitor.getByText(before.compliance.name, { exact: true })).toBeVisible();
  await expect(visitor.getByText(title, { exact: true })).toBeVisible();
  await expect(visitor.getByText('6 JP', { exact: true })).toBeVisible();
  await expectAccessible(visitor, 'certificate verification');
});
