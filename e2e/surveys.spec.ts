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
const ALL_DAY = Array.from({ length: 7 }, () => ({ open: '00:00', close: '23:59' }));

async function signedInPage(browser: Browser, baseURL: string | undefined, login: DemoLogin): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  const page = await context.newPage();
  await logIn(page, TENANT, login);
  return page;
}

async function send(page: Page, path: string, body: unknown = {}) {
  const response = await page.request.fetch(`/api/t/${TENANT}/queue${path}`, {
    method: 'POST',
    data: body,
    headers: { 'x-csrf-token': await csrfToken(page) },
  });
  expect(response.ok(), `POST ${path}: ${await response.text()}`).toBe(true);
  return response.json();
}

/** The nine answers a visitor gives (1–4 by element, in the questionnaire's order), by the answer's words. */
const ANSWERS = [
  'Sesuai',
  'Sangat mudah',
  'Cepat',
  'Gratis',
  'Sesuai',
  'Kompeten',
  'Sangat sopan dan ramah',
  'Berfungsi kurang maksimal',
  'Baik',
];

/** Answers the nine questions and the four respondent details on a survey form, as a visitor would. */
async function answerSurvey(page: Page) {
  for (const [index, answer] of ANSWERS.entries()) {
    const question = page.getByRole('region', { name: new RegExp(`^Pertanyaan ${index + 1} dari 9`) });
    await question.getByRole('radio', { name: answer, exact: true }).click();
  }
  await page.getByRole('combobox', { name: /^Usia/ }).selectOption({ label: '30 sampai 39 tahun' });
  await page.getByRole('combobox', { name: /^Jenis kelamin/ }).selectOption({ label: 'Perempuan' });
  await page
    .getByRole('combobox', { name: /^Pendidikan terakhir/ })
    .selectOption({ label: 'Sarjana atau diploma empat' });
  await page.getByRole('combobox', { name: /^Pekerjaan utama/ }).selectOption({ label: 'Wirausaha' });
}

test('a visitor rates a finished visit on a phone, once; the unit publishes the period; the portal shows the IKM and grade', async ({
  browser,
  baseURL,
  demo,
}) => {
  test.setTimeout(180_000);

  // A finished visit at the Disdukcapil, through the queue's API: a location open all day (the journey must not
  // depend on the hour), one service, one counter, a kiosk ticket, called, served and finished.
  const admin = await signedInPage(browser, baseURL, demoLogin(demo, TENANT, 'tenant_admin'));
  const setup = (await (await admin.request.get(`/api/t/${TENANT}/queue/admin`)).json()) as {
    locations: Array<{ unitId: string | null }>;
  };
  const unitId = setup.locations[0]?.unitId ?? null;
  const location = await send(admin, '/locations', {
    name: `Loket Survei Uji ${Date.now().toString(36)}`,
    address: 'Jalan Uji 3',
    unitId,
    hours: ALL_DAY,
  });
  const service = await send(admin, `/locations/${location.id}/services`, {
    name: 'Legalisir akta',
    letter: 'S',
    dailyCapacity: 50,
    averageMinutes: 5,
  });
  const counter = await send(admin, `/locations/${location.id}/counters`, { number: 9, serviceIds: [service.id] });
  const kiosk = (await send(admin, `/locations/${location.id}/kiosks`, { name: 'Anjungan survei' })) as {
    id: string;
    secret: string;
  };
  const taken = await admin.request.fetch(`/api/t/${TENANT}/queue/kiosks/${kiosk.id}/tickets`, {
    method: 'POST',
    data: { serviceId: service.id, priority: null },
    headers: { 'x-csrf-token': await csrfToken(admin), 'x-kiosk-secret': kiosk.secret },
  });
  // Open around the clock, so only one of the tenant's holidays can close it.
  if (taken.status() === 409 && (await taken.text()).includes('libur')) return;
  expect(taken.status(), await taken.text()).toBe(201);
  const ticket = (await taken.json()) as { token: string };
  const officer = await signedInPage(browser, baseURL, demoLogin(demo, TENANT, 'service_officer'));
  await send(officer, `/counters/${counter.id}/sign-in`);
  const called = (await send(officer, `/counters/${counter.id}/call-next`)) as { ticket: { id: string } };
  await send(officer, `/tickets/${called.ticket.id}/start`);
  await send(officer, `/tickets/${called.ticket.id}/finish`, { outcome: 'done' });
  const finished = (await (await admin.request.get(`/api/t/${TENANT}/queue/tickets/${ticket.token}`)).json()) as {
    surveyUrl: string | null;
  };
  expect(finished.surveyUrl).toMatch(new RegExp(`^/t/${TENANT}/survei/`));
  const surveyUrl = finished.surveyUrl ?? '';

  // The visitor scans the QR on a phone: the unit and the service, and the nine questions.
  const phoneContext = await browser.newContext({
    baseURL,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    viewport: { width: 390, height: 844 },
  });
  const phone = await phoneContext.newPage();
  await phone.goto(surveyUrl);
  await expect(phone.getByRole('heading', { level: 1, name: 'Survei kepuasan masyarakat' })).toBeVisible();
  await expect(phone.getByText('Legalisir akta')).toBeVisible();
  await expectAccessible(phone, 'survey form');
  await expectNoHorizontalScroll(phone);

  // Sending too early says what is missing and goes to the first question.
  await phone.getByRole('button', { name: 'Kirim penilaian' }).click();
  await expect(phone.getByRole('alert').filter({ hasText: '9 pertanyaan belum dijawab' })).toBeVisible();
  await expect(phone.locator('#survey-U1 [role="radio"]').first()).toBeFocused();

  await answerSurvey(phone);
  await phone.getByLabel(/^Saran atau komentar/).fill('Petugas ramah, ruang tunggu <b>panas</b>.');
  await phone.getByRole('button', { name: 'Kirim penilaian' }).click();
  await expect(phone.getByRole('heading', { level: 1, name: 'Terima kasih atas penilaian Anda' })).toBeVisible();
  await expectAccessible(phone, 'survey thank-you page');

  // The same link again is refused, plainly.
  await phone.goto(surveyUrl);
  await expect(phone.getByRole('heading', { level: 1, name: 'Survei ini sudah diisi' })).toBeVisible();
  await expectAccessible(phone, 'survey link used');
  await expectNoHorizontalScroll(phone);

  // A second visit is answered on the counter's tablet: the officer scans the ticket's QR (its address), the tablet
  // shows that one form, thanks the visitor and goes back to the start screen.
  const secondTaken = await admin.request.fetch(`/api/t/${TENANT}/queue/kiosks/${kiosk.id}/tickets`, {
    method: 'POST',
    data: { serviceId: service.id, priority: null },
    headers: { 'x-csrf-token': await csrfToken(admin), 'x-kiosk-secret': kiosk.secret },
  });
  expect(secondTaken.status(), await secondTaken.text()).toBe(201);
  const secondTicket = (await secondTaken.json()) as { token: string };
  const next = (await send(officer, `/counters/${counter.id}/call-next`)) as { ticket: { id: string } };
  await send(officer, `/tickets/${next.ticket.id}/start`);
  await send(officer, `/tickets/${next.ticket.id}/finish`, { outcome: 'done' });
  const secondUrl = (
    (await (await admin.request.get(`/api/t/${TENANT}/queue/tickets/${secondTicket.token}`)).json()) as {
      surveyUrl: string;
    }
  ).surveyUrl;
  await officer.goto(`/t/${TENANT}/survei-kios`);
  await expect(officer.getByRole('heading', { level: 1, name: 'Survei kepuasan di loket' })).toBeVisible();
  await expectAccessible(officer, 'survey kiosk start');
  await officer.getByRole('textbox', { name: /^Kode survei/ }).fill(`${baseURL ?? ''}${secondUrl}`);
  await officer.getByRole('button', { name: 'Mulai survei' }).click();
  await expect(officer.getByRole('heading', { level: 1, name: 'Survei kepuasan masyarakat' })).toBeVisible();
  await expect(officer.getByText('Legalisir akta')).toBeVisible();
  await expectAccessible(officer, 'survey kiosk form');
  await answerSurvey(officer);
  await officer.getByRole('button', { name: 'Kirim penilaian' }).click();
  await expect(officer.getByRole('heading', { level: 1, name: 'Terima kasih atas penilaian Anda' })).toBeVisible();
  await officer.getByRole('button', { name: 'Survei berikutnya' }).click();
  await expect(officer.getByRole('button', { name: 'Mulai survei' })).toBeVisible();

  // The Disdukcapil's unit admin publishes the period, after a confirmation.
  const unitAdmin = await signedInPage(browser, baseURL, demoLogin(demo, TENANT, 'unit_admin (Disdukcapil)'));
  await unitAdmin.goto(`/t/${TENANT}/survei-terbitkan`);
  await expect(unitAdmin.getByRole('heading', { level: 1, name: 'Terbitkan laporan SKM' })).toBeVisible();
  await expect(unitAdmin.getByRole('textbox', { name: /^Analisis hasil/ })).toBeVisible();
  await expectAccessible(unitAdmin, 'survey publish page');
  await unitAdmin
    .getByRole('textbox', { name: /^Analisis hasil/ })
    .fill('Unsur penanganan pengaduan terendah; kotak saran dan nomor pengaduan akan dipasang di ruang tunggu.');
  await unitAdmin.getByRole('button', { name: 'Terbitkan laporan' }).click();
  const confirm = unitAdmin.getByRole('dialog', { name: 'Terbitkan laporan periode ini?' });
  await confirm.getByRole('button', { name: 'Terbitkan', exact: true }).click();
  await expect(unitAdmin.getByText('Laporan sudah terbit.')).toBeVisible();
  await expect(unitAdmin.getByRole('link', { name: 'Unduh laporan (PDF)' })).toBeVisible();

  // The portal's results page shows the unit's IKM and its grade in words.
  await phone.goto(`/t/${TENANT}/survei`);
  await expect(phone.getByRole('heading', { level: 1, name: 'Hasil survei kepuasan masyarakat' })).toBeVisible();
  const report = phone.getByRole('region', { name: 'Dinas Kependudukan dan Pencatatan Sipil', exact: true });
  await expect(report.getByText('Indeks kepuasan (skala 25–100)').first()).toBeVisible();
  await expect(report.getByText(/^[ABCD] — (Sangat Baik|Baik|Kurang Baik|Tidak Baik)$/).first()).toBeVisible();
  await expect(report.getByText('Penanganan pengaduan, saran dan masukan').first()).toBeVisible();
  await expectAccessible(phone, 'survey results page');
  await expectNoHorizontalScroll(phone);

  await Promise.all([
    phoneContext.close(),
    admin.context().close(),
    officer.context().close(),
    unitAdmin.context().close(),
  ]);
});
