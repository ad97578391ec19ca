import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import Database from 'better-sqlite3';
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

async function signedInPage(browser: Browser, baseURL: string | undefined, login: DemoLogin): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  const page = await context.newPage();
  await logIn(page, TENANT, login);
  return page;
}

async function send(page: Page, method: 'POST' | 'PUT', path: string, body: unknown) {
  const response = await page.request.fetch(`/api/t/${TENANT}/queue${path}`, {
    method,
    data: body,
    headers: { 'x-csrf-token': await csrfToken(page) },
  });
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
  return response.json();
}

const ALL_DAY = Array.from({ length: 7 }, () => ({ open: '00:00', close: '23:59' }));

test('a visitor takes a kiosk ticket, the board says the call, the officer serves it, the phone page follows', async ({
  page,
  browser,
  baseURL,
  demo,
}) => {
  test.setTimeout(180_000);

  // Setup through the admin's API: a location open all day (the journey must not depend on the hour it runs at),
  // in the unit of the demo location (the demo officer's), with one service, one counter and a kiosk.
  const admin = await signedInPage(browser, baseURL, demoLogin(demo, TENANT, 'tenant_admin'));
  const setup = (await (await admin.request.get(`/api/t/${TENANT}/queue/admin`)).json()) as {
    locations: Array<{ unitId: string | null }>;
  };
  const unitId = setup.locations[0]?.unitId ?? null;
  const location = await send(admin, 'POST', '/locations', {
    name: `Mal Pelayanan Uji ${Date.now().toString(36)}`,
    address: 'Jalan Uji 1',
    unitId,
    hours: ALL_DAY,
  });
  const service = await send(admin, 'POST', `/locations/${location.id}/services`, {
    name: 'Legalisir dokumen',
    letter: 'L',
    dailyCapacity: 50,
    averageMinutes: 5,
    onlineAllowed: true,
    documents: 'Dokumen asli\nFotokopi dokumen',
  });
  const counter = await send(admin, 'POST', `/locations/${location.id}/counters`, {
    number: 7,
    serviceIds: [service.id],
  });
  const kiosk = (await send(admin, 'POST', `/locations/${location.id}/kiosks`, { name: 'Anjungan uji' })) as {
    path: string;
  };
  const locations = (await (await admin.request.get(`/api/t/${TENANT}/queue/locations`)).json()) as {
    items: Array<{ id: string; open: boolean; closedReason: string | null }>;
  };
  const ours = locations.items.find((l) => l.id === location.id);
  // Open around the clock, so only one of the tenant's holidays can close it: then the kiosk must say so.
  if (!ours?.open) {
    expect(ours?.closedReason).toBe('hari libur');
    return;
  }

  // The board, on a TV: speech is recorded instead of said.
  const boardContext = await browser.newContext({ baseURL, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  await boardContext.addInitScript(() => {
    const spoken: string[] = [];
    (window as unknown as { __spoken: string[] }).__spoken = spoken;
    window.speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
      if (utterance.text) spoken.push(`${utterance.lang}|${utterance.text}`);
      setTimeout(() => utterance.onend?.(new Event('end') as SpeechSynthesisEvent), 20);
    };
  });
  const board = await boardContext.newPage();
  await board.goto(`/t/${TENANT}/antrian/papan/${location.id}`);
  await expect(board.getByRole('heading', { level: 1 })).toContainText('Mal Pelayanan Uji');
  await board.getByRole('button', { name: 'Aktifkan suara' }).click();
  await expect(board.getByText('Suara aktif')).toBeVisible();
  await expectAccessible(board, 'queue board');

  // The kiosk: a wrong key says so.
  const kioskContext = await browser.newContext({ baseURL, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  await kioskContext.addInitScript(() => {
    (window as unknown as { __printed: number }).__printed = 0;
    window.print = () => {
      (window as unknown as { __printed: number }).__printed += 1;
    };
  });
  const kioskPage = await kioskContext.newPage();
  await kioskPage.goto(kiosk.path.replace(/k=[^&]+/, 'k=salah'));
  await expect(kioskPage.getByRole('heading', { name: 'Anjungan belum terdaftar' })).toBeVisible();

  // The visitor touches the service; the ticket is printed.
  await kioskPage.goto(`${kiosk.path}&kertas=58`);
  const issued = kioskPage.waitForResponse((r) => r.url().includes('/tickets') && r.request().method() === 'POST');
  await kioskPage.getByRole('button', { name: /Legalisir dokumen/ }).click();
  const ticket = (await (await issued).json()) as { code: string; token: string };
  await expect(kioskPage.getByTestId('issued-code')).toHaveText(ticket.code);
  await expect.poll(() => kioskPage.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
  await expect(kioskPage.getByRole('img', { name: 'Kode QR halaman antrian Anda' })).toBeAttached();
  await expectAccessible(kioskPage, 'queue kiosk');

  // The visitor's phone page.
  const phoneContext = await browser.newContext({
    baseURL,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    viewport: { width: 390, height: 844 },
  });
  const phone = await phoneContext.newPage();
  await phone.goto(`/t/${TENANT}/antrian/tiket/${ticket.token}`);
  await expect(phone.getByTestId('ticket-status')).toHaveText('Menunggu');
  await expect(phone.getByText('Fotokopi dokumen')).toBeVisible();
  await expectAccessible(phone, 'queue ticket page');
  await expectNoHorizontalScroll(phone);

  // The officer signs in to the counter and calls the next visitor.
  const officer = await signedInPage(browser, baseURL, demoLogin(demo, TENANT, 'service_officer'));
  await officer.goto(`/t/${TENANT}/antrian/loket?loket=${counter.id}`);
  await officer.getByRole('button', { name: 'Masuk ke loket ini' }).click();
  await officer.getByRole('button', { name: 'Panggil berikutnya' }).click();
  await expect(officer.getByTestId('current-code')).toHaveText(ticket.code);
  await expectAccessible(officer, 'queue console');

  // The board shows the call and says it in Indonesian; the phone page tells the visitor to go.
  await expect(board.getByRole('region', { name: 'Loket 7' })).toContainText(ticket.code);
  await expect
    .poll(() => board.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken), { timeout: 15_000 })
    .toContainEqual(expect.stringMatching(/^id-ID\|Nomor antrian L nol nol \S+.*loket tujuh$/));
  await expect(phone.getByRole('alert')).toContainText('Silakan menuju loket 7');

  // Served and finished.
  await officer.getByRole('button', { name: 'Mulai layani' }).click();
  await expect(officer.getByRole('button', { name: 'Selesai', exact: true })).toBeVisible();
  await officer.getByRole('button', { name: 'Selesai', exact: true }).click();
  const dialog = officer.getByRole('dialog', { name: 'Selesaikan layanan' });
  await dialog.getByRole('button', { name: 'Selesai', exact: true }).click();
  await expect(officer.getByText('Belum ada antrian yang dipanggil.')).toBeVisible();

  await expect(phone.getByTestId('ticket-status')).toHaveText('Selesai', { timeout: 30_000 });
  await expect(phone.getByText('Selesai dilayani')).toBeVisible();

  await Promise.all([boardContext.close(), kioskContext.close(), phoneContext.close()]);
  await page.close();
});

test('an officer transfers a called visitor to another service, who keeps their place and is called there', async ({
  browser,
  baseURL,
  demo,
}) => {
  test.setTimeout(180_000);
  const admin = await signedInPage(browser, baseURL, demoLogin(demo, TENANT, 'tenant_admin'));
  const setup = (await (await admin.request.get(`/api/t/${TENANT}/queue/admin`)).json()) as {
    locations: Array<{ unitId: string | null }>;
  };
  const location = await send(admin, 'POST', '/locations', {
    name: `Kantor Alih Uji ${Date.now().toString(36)}`,
    address: 'Jalan Uji 2',
    unitId: setup.locations[0]?.unitId ?? null,
    hours: ALL_DAY,
  });
  const first = await send(admin, 'POST', `/locations/${location.id}/services`, {
    name: 'Perekaman KTP-el',
    letter: 'K',
    dailyCapacity: 50,
    averageMinutes: 5,
  });
  const second = await send(admin, 'POST', `/locations/${location.id}/services`, {
    name: 'Pencetakan KTP-el',
    letter: 'P',
    dailyCapacity: 50,
    averageMinutes: 5,
  });
  const counterK = await send(admin, 'POST', `/locations/${location.id}/counters`, {
    number: 1,
    serviceIds: [first.id],
  });
  const counterP = await send(admin, 'POST', `/locations/${location.id}/counters`, {
    number: 2,
    serviceIds: [second.id],
  });
  const kiosk = (await send(admin, 'POST', `/locations/${location.id}/kiosks`, { name: 'Anjungan alih' })) as {
    id: string;
    secret: string;
  };
  const take = async (serviceId: string) => {
    const response = await admin.request.fetch(`/api/t/${TENANT}/queue/kiosks/${kiosk.id}/tickets`, {
      method: 'POST',
      data: { serviceId, priority: null },
      headers: { 'x-csrf-token': await csrfToken(admin), 'x-kiosk-secret': kiosk.secret },
    });
    expect(response.status(), await response.text()).toBe(201);
    return (await response.json()) as { code: string; token: string };
  };
  const moved = await take(first.id);
  const later = await take(second.id);

  // Counter 1 calls the visitor, then sends them on to printing.
  const officer = await signedInPage(browser, baseURL, demoLogin(demo, TENANT, 'service_officer'));
  await officer.goto(`/t/${TENANT}/antrian/loket?loket=${counterK.id}`);
  await officer.getByRole('button', { name: 'Masuk ke loket ini' }).click();
  await officer.getByRole('button', { name: 'Panggil berikutnya' }).click();
  await expect(officer.getByTestId('current-code')).toHaveText(moved.code);
  await officer.getByRole('button', { name: 'Alihkan' }).click();
  const dialog = officer.getByRole('dialog', { name: 'Alihkan antrian' });
  await dialog.getByRole('combobox', { name: 'Ke layanan lain' }).click();
  await officer.getByRole('option', { name: 'Pencetakan KTP-el' }).click();
  await dialog.getByRole('button', { name: 'Alihkan' }).click();
  await expect(officer.getByText('Belum ada antrian yang dipanggil.')).toBeVisible();
  await expectAccessible(officer, 'queue console after a transfer');

  // Waiting again, for printing, and ahead of the visitor who came to printing after them.
  const status = (await (await admin.request.get(`/api/t/${TENANT}/queue/tickets/${moved.token}`)).json()) as {
    status: string;
    service: { name: string };
  };
  expect(status).toMatchObject({ status: 'waiting', service: { name: 'Pencetakan KTP-el' } });
  await send(officer, 'POST', `/counters/${counterP.id}/sign-in`, {});
  const next = (await send(officer, 'POST', `/counters/${counterP.id}/call-next`, {})) as { ticket: { code: string } };
  expect(next.ticket.code).toBe(moved.code);
  expect(later.code).toBe('P-001');
});

/** The booked day arrives: the booking is moved to today, as the calendar would have done (the server's clock runs). */
function bookingComesDue(code: string): void {
  const db = new Database(join(process.env.LENTERA_E2E_DATA_DIR ?? '', 'lentera.db'));
  try {
    db.pragma('busy_timeout = 5000');
    const now = new Date();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(now);
    const windowStart = new Date(now.getTime() - (now.getTime() % 3_600_000)).toISOString();
    const moved = db
      .prepare('update service_queue_tickets set day = ?, line_at = ? where booking_code = ? and status = ?')
      .run(today, windowStart, code, 'booked');
    expect(moved.changes).toBe(1);
  } finally {
    db.close();
  }
}

test('a citizen books a time window on the portal and, on the day, checks in at the kiosk with the booking code', async ({
  browser,
  baseURL,
  demo,
}) => {
  test.setTimeout(180_000);
  const admin = await signedInPage(browser, baseURL, demoLogin(demo, TENANT, 'tenant_admin'));
  const setup = (await (await admin.request.get(`/api/t/${TENANT}/queue/admin`)).json()) as {
    locations: Array<{ unitId: string | null }>;
  };
  const name = `Kantor Pesan Uji ${Date.now().toString(36)}`;
  const location = await send(admin, 'POST', '/locations', {
    name,
    address: 'Jalan Uji 3',
    unitId: setup.locations[0]?.unitId ?? null,
    hours: ALL_DAY,
  });
  await send(admin, 'POST', `/locations/${location.id}/services`, {
    name: 'Konsultasi perizinan',
    letter: 'P',
    dailyCapacity: 40,
    averageMinutes: 10,
    onlineAllowed: false,
    bookingAllowed: true,
    windowMinutes: 60,
    windowCapacity: 4,
  });
  const kiosk = (await send(admin, 'POST', `/locations/${location.id}/kiosks`, { name: 'Anjungan pesan' })) as {
    path: string;
  };

  // The citizen books the first free window of the first day offered.
  const citizen = await signedInPage(browser, baseURL, demoLogin(demo, TENANT, 'citizen'));
  await citizen.goto(`/t/${TENANT}/antrian`);
  const office = citizen.getByRole('region', { name });
  await office.getByRole('button', { name: 'Pesan jadwal: Konsultasi perizinan' }).click();
  const dialog = citizen.getByRole('dialog', { name: 'Pesan jadwal: Konsultasi perizinan' });
  await dialog.getByText('4 tempat tersisa').first().click();
  const booked = citizen.waitForResponse((r) => r.url().includes('/bookings') && r.request().method() === 'POST');
  await dialog.getByRole('button', { name: 'Pesan', exact: true }).click();
  const booking = (await (await booked).json()) as { bookingCode: string };
  await expect(dialog).toContainText(`Kode pemesanan: ${booking.bookingCode}`);
  await expectAccessible(citizen, 'queue booking');

  bookingComesDue(booking.bookingCode);

  // At the entrance, the kiosk takes the code (typed in small letters) and gives the day's number.
  const kioskContext = await browser.newContext({ baseURL, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  await kioskContext.addInitScript(() => {
    window.print = () => {};
  });
  const kioskPage = await kioskContext.newPage();
  await kioskPage.goto(kiosk.path);
  await kioskPage.getByRole('button', { name: 'Sudah memesan jadwal? Lapor kedatangan' }).click();
  const checkIn = kioskPage.getByRole('dialog', { name: 'Lapor kedatangan pemesanan' });
  await checkIn.getByRole('textbox', { name: 'Kode pemesanan' }).fill(booking.bookingCode.toLowerCase());
  await checkIn.getByRole('button', { name: 'Lapor kedatangan' }).click();
  await expect(kioskPage.getByTestId('issued-code')).toHaveText('P-001');
  await expect(kioskPage.getByText(`Kode pemesanan: ${booking.bookingCode}`).filter({ visible: true })).toBeVisible();

  // The same code twice is refused in words.
  await kioskPage.getByRole('button', { name: 'Selesai', exact: true }).click();
  await kioskPage.getByRole('button', { name: 'Sudah memesan jadwal? Lapor kedatangan' }).click();
  await checkIn.getByRole('textbox', { name: 'Kode pemesanan' }).fill(booking.bookingCode);
  await checkIn.getByRole('button', { name: 'Lapor kedatangan' }).click();
  await expect(checkIn.getByRole('alert')).toBeVisible();
  await kioskContext.close();
});
