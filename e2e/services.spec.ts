import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
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

const TENANT = 'kupang';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
/** Where screenshots of every page go when set (for a person to look at them); none are taken otherwise. */
const SHOTS = process.env.LENTERA_E2E_SHOTS;

async function signedInPage(browser: Browser, baseURL: string | undefined, login: DemoLogin): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  const page = await context.newPage();
  await logIn(page, TENANT, login);
  return page;
}

async function send(page: Page, method: 'POST' | 'PUT', path: string, body: unknown) {
  const response = await page.request.fetch(`/api/t/${TENANT}/services${path}`, {
    method,
    data: body,
    headers: { 'x-csrf-token': await csrfToken(page) },
  });
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return response.json();
}

/** A small real PDF, as a scanner would make it (the server checks documents by their content). */
async function scannedPdf(title: string): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage([595, 842]).drawText(title, { x: 72, y: 760, size: 14, font });
  return Buffer.from(await pdf.save());
}

/** The text a PDF draws (its content streams inflated, hex and literal strings decoded), to find words in it. */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const parts: string[] = [raw];
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) continue;
    try {
      parts.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // not a deflated stream
    }
  }
  const text = parts.join('\n');
  const hex = [...text.matchAll(/<([0-9A-Fa-f\s]+)>\s*Tj/g)].map((m) =>
    Buffer.from((m[1] ?? '').replace(/\s/g, ''), 'hex').toString('latin1'),
  );
  const literal = [...text.matchAll(/\(((?:\\.|[^\\)])*)\)\s*Tj/g)].map((m) => m[1] ?? '');
  return [...hex, ...literal].join('\n');
}

/**
 * The page at rest: the notifications that confirm a step have closed themselves (fading in and out, their text is
 * half transparent, which axe measures as too faint) and no dialog is still opening.
 */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 15_000 });
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY),
  );
}

/**
 * The page passes axe (no serious violation); screenshots at 1280 px and 390 px when LENTERA_E2E_SHOTS is set; with
 * `phone`, the page must not scroll sideways at 390 px.
 */
async function look(page: Page, name: string, options: { phone?: boolean } = {}): Promise<void> {
  await settled(page);
  await expectAccessible(page, name);
  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `${name}-1280.png`), fullPage: true });
  }
  if (!options.phone && !SHOTS) return;
  const before = page.viewportSize() ?? DESKTOP;
  await page.setViewportSize(PHONE);
  if (options.phone) await expectNoHorizontalScroll(page);
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}-390.png`), fullPage: true });
  await page.setViewportSize(before);
}

/** Chooses `file` in the document field labelled `label` (Mantine's file input opens the browser's file chooser). */
async function chooseFile(page: Page, scope: ReturnType<Page['locator']>, label: RegExp, file: Buffer, name: string) {
  const chooser = page.waitForEvent('filechooser');
  await scope.getByRole('button', { name: label }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/pdf', buffer: file });
  await expect(scope.getByRole('button', { name: label })).toContainText(name);
}

/** The demo officer of the services module in the Disdukcapil, or (before that seed exists) the queue's officer. */
function officerLogin(demo: DemoLogin[]): DemoLogin {
  return (
    demo.find((l) => l.tenant === TENANT && l.role === 'service_officer (Disdukcapil)') ??
    demoLogin(demo, TENANT, 'service_officer')
  );
}

/** Today's date in Jakarta as YYYY-MM-DD, minus `days`. */
function daysAgo(days: number): string {
  const date = new Date(Date.now() - days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(date);
}

test('a citizen finds a service, reads its standard and applies; the officer asks for a document, the citizen adds it; the letter is generated and downloaded', async ({
  page,
  browser,
  baseURL,
  demo,
}) => {
  test.setTimeout(300_000);
  const suffix = Date.now().toString(36);
  const serviceName = `Surat Keterangan Domisili Uji ${suffix}`;

  // Setup through the admin's API: a service of the unit the demo officer serves, with its standard published.
  const officer = await signedInPage(browser, baseURL, officerLogin(demo));
  const session = (await (await officer.request.get('/api/auth/session')).json()) as {
    account: { tenants: Array<{ slug: string; roles: Array<{ role: string; unitId: string | null }> }> };
  };
  const officerUnit =
    session.account.tenants
      .find((t) => t.slug === TENANT)
      ?.roles.find((r) => r.role === 'service_officer' && r.unitId !== null)?.unitId ?? null;
  const admin = await signedInPage(browser, baseURL, demoLogin(demo, TENANT, 'tenant_admin'));
  const units = (await (await admin.request.get(`/api/t/${TENANT}/people/units`)).json()) as {
    items: Array<{ id: string; name: string }>;
  };
  const unit = units.items.find((u) => u.id === officerUnit) ?? units.items[0];
  expect(unit, 'a unit for the service').toBeTruthy();
  const created = (await send(admin, 'POST', '/admin', {
    unitId: unit?.id,
    name: serviceName,
    summary: 'Surat keterangan tempat tinggal bagi warga yang berdomisili di kota ini.',
  })) as { id: string };
  const draft = (await (await admin.request.get(`/api/t/${TENANT}/services/admin/${created.id}`)).json()) as {
    standards: Array<{ id: string }>;
  };
  const standardId = draft.standards[0]?.id ?? '';
  await send(admin, 'PUT', `/standards/${standardId}`, {
    effectiveFrom: daysAgo(1),
    requirements: 'KTP-el pemohon\nKartu Keluarga',
    procedure: 'Pemohon mengisi formulir dan mengunggah dokumen.\nPetugas memeriksa berkas.\nSurat diterbitkan.',
    durationDays: 3,
    fee: 0,
    feeBasis: 'Tidak dipungut biaya',
    product: 'Surat Keterangan Domisili',
    complaintHandling: 'Sampaikan pengaduan melalui portal pengaduan atau loket pengaduan.',
    legalBasis: 'Peraturan Daerah tentang Administrasi Kependudukan',
    form: [
      { key: 'nama', label: 'Nama lengkap', type: 'text', maxLength: 120 },
      { key: 'nik', label: 'NIK pemohon', type: 'nik' },
      { key: 'ktp', label: 'KTP-el', type: 'document', documentTypes: ['application/pdf', 'image/jpeg'] },
      { key: 'kk', label: 'Kartu Keluarga', type: 'document', documentTypes: ['application/pdf', 'image/jpeg'] },
    ],
    outputKind: 'letter',
    letterTemplate:
      'SURAT KETERANGAN DOMISILI\nNomor: {{code}}\n\nDengan ini menerangkan bahwa {{nama}}, NIK {{nik}}, berdomisili di kota ini.',
  });
  await send(admin, 'POST', `/standards/${standardId}/submit`, {});
  await send(admin, 'POST', `/standards/${standardId}/approve`, {});

  // 1. The citizen, signed in, finds the catalog from the portal home and searches the service by name.
  await logIn(page, TENANT, demoLogin(demo, TENANT, 'citizen'));
  await page.goto(`/t/${TENANT}`);
  await page.getByRole('region', { name: 'Layanan' }).getByRole('link', { name: 'Ajukan layanan online' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Layanan publik' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Cari layanan' }).fill(`Domisili Uji ${suffix}`);
  await expect(page.getByText('1 layanan', { exact: true })).toBeVisible();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: serviceName }) });
  await expect(card).toContainText(unit?.name ?? '');
  await expect(card).toContainText('3 hari kerja');
  await expect(card).toContainText('Rp0');
  // Narrowed to the unit as well, it is still there.
  await page.getByRole('combobox', { name: 'Perangkat daerah' }).click();
  await page.getByRole('option', { name: unit?.name ?? '', exact: true }).click();
  await expect(page).toHaveURL(/unitId=/);
  await expect(page.getByText('1 layanan', { exact: true })).toBeVisible();
  await look(page, 'catalog', { phone: true });

  // Its page: the standard in force, in words.
  await card.getByRole('link', { name: serviceName }).click();
  await expect(page.getByRole('heading', { level: 1, name: serviceName })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Persyaratan' })).toContainText('Kartu Keluarga');
  await expect(page.getByRole('region', { name: 'Jangka waktu penyelesaian' })).toContainText('3 hari kerja');
  await expect(page.getByRole('region', { name: 'Biaya/tarif' })).toContainText('Gratis (Rp0)');
  await expect(page.getByRole('region', { name: 'Produk pelayanan' })).toContainText('Surat Keterangan Domisili');
  await expect(page.getByRole('link', { name: 'Laporkan pungutan liar' })).toHaveAttribute(
    'href',
    /\/pengaduan\/baru\?.*kategori=pungli/,
  );
  await look(page, 'service-page', { phone: true });

  // 2. The form built from the standard: a wrong NIK is refused in the browser, then the request is sent.
  await page.getByRole('link', { name: 'Ajukan permohonan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ajukan permohonan' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Ajukan permohonan' });
  await look(page, 'apply-form');
  await form.getByRole('textbox', { name: 'Nama lengkap' }).fill('Maria Fransiska Lake');
  await form.getByRole('textbox', { name: 'NIK pemohon' }).fill('537101150890000');
  await chooseFile(page, form, /KTP-el/, await scannedPdf('KTP-el Maria Fransiska Lake'), 'ktp.pdf');
  await chooseFile(page, form, /Kartu Keluarga/, await scannedPdf('Kartu Keluarga Lake'), 'kartu-keluarga.pdf');
  // Chosen files add a button to clear them: it must say what it does.
  await look(page, 'apply-form-filled');
  let posted = 0;
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().includes('/services/') && r.url().endsWith('/requests')) posted += 1;
  });
  await form.getByRole('button', { name: 'Kirim permohonan' }).click();
  await expect(form.getByRole('alert')).toContainText('Ada 1 isian yang perlu diperbaiki');
  await expect(form.getByRole('textbox', { name: 'NIK pemohon' })).toHaveAttribute('aria-invalid', 'true');
  expect(posted).toBe(0);
  await form.getByRole('textbox', { name: 'NIK pemohon' }).fill('5371011508900001');
  await form.getByRole('button', { name: 'Kirim permohonan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Permohonan terkirim' })).toBeVisible();
  const code = (await page.getByTestId('request-code').textContent())?.trim() ?? '';
  expect(code).toMatch(new RegExp(`^[A-Z]{3}-LYN-${new Date().getFullYear()}-\\d{6}$`));
  await expect(page.getByText(/^Perkiraan selesai: \S/)).toBeVisible();
  await expect(page.getByText('Biaya resmi: Gratis (Rp0)')).toBeVisible();
  await look(page, 'apply-sent');
  await page.getByRole('link', { name: 'Buka halaman permohonan' }).click();
  await expect(page).toHaveURL(new RegExp(`/t/${TENANT}/layanan/saya/[^/]+$`));
  const requestPath = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { level: 1, name: serviceName })).toBeVisible();
  await expect(page.getByText('Diterima, menunggu pemeriksaan')).toBeVisible();
  await look(page, 'request-submitted', { phone: true });

  // 3. The officer finds it in the inbox by its code and says the family card cannot be read.
  await officer.goto(`/t/${TENANT}/layanan-kotak-masuk`);
  await expect(officer.getByRole('heading', { level: 1, name: 'Kotak masuk permohonan' })).toBeVisible();
  await officer.getByRole('searchbox', { name: 'Cari' }).fill(code);
  await expect(officer.getByRole('link', { name: code })).toBeVisible();
  await expect(officer.getByRole('row').filter({ hasText: code })).toContainText('Diterima, menunggu pemeriksaan');
  await look(officer, 'inbox');
  await officer.getByRole('link', { name: code }).click();
  await expect(officer.getByRole('heading', { level: 1, name: serviceName })).toBeVisible();
  const answers = officer.getByRole('region', { name: 'Data permohonan' });
  await expect(answers).toContainText('Maria Fransiska Lake');
  await expect(answers).toContainText('5371011508900001');
  await expect(answers.getByRole('link', { name: 'kartu-keluarga.pdf' })).toBeVisible();
  await look(officer, 'officer-request');
  await officer.getByRole('button', { name: 'Berkas belum lengkap…' }).click();
  const incomplete = officer.getByRole('dialog', { name: 'Berkas belum lengkap' });
  await incomplete.getByRole('checkbox', { name: 'Kartu Keluarga' }).check();
  const note = 'Kartu Keluarga tidak terbaca, unggah ulang';
  await incomplete.getByRole('textbox', { name: /Pesan untuk pemohon/ }).fill(note);
  await settled(officer);
  await expectAccessible(officer, 'officer incomplete dialog');
  if (SHOTS) await officer.screenshot({ path: join(SHOTS, 'officer-incomplete-dialog-1280.png') });
  await incomplete.getByRole('button', { name: 'Kirim ke pemohon' }).click();
  await expect(incomplete).toBeHidden();
  await expect(officer.getByText('Berkas belum lengkap', { exact: true }).first()).toBeVisible();

  // 4. The citizen reads what is missing and uploads the family card again; the request waits for the check again.
  await page.goto(requestPath);
  const missing = page.getByRole('alert').filter({ hasText: 'Berkas belum lengkap' });
  await expect(missing).toContainText('Yang perlu dilengkapi: Kartu Keluarga.');
  await expect(missing).toContainText(note);
  await expect(page.getByText('Waktu berhenti sampai berkas dilengkapi')).toBeVisible();
  const complete = page.getByRole('region', { name: 'Lengkapi berkas' });
  await look(page, 'request-incomplete', { phone: true });
  await chooseFile(page, complete, /Kartu Keluarga/, await scannedPdf('Kartu Keluarga Lake (jelas)'), 'kk-jelas.pdf');
  await complete.getByRole('button', { name: 'Kirim berkas' }).click();
  await expect(page.getByText('Diterima, menunggu pemeriksaan').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Lengkapi berkas' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Langkah-langkah' })).toContainText('Berkas dilengkapi pemohon');

  // 5. The officer processes, approves and delivers the letter made from the template: done.
  await officer.reload();
  await expect(
    officer.getByRole('region', { name: 'Data permohonan' }).getByRole('link', { name: 'kk-jelas.pdf' }),
  ).toBeVisible();
  await officer.getByRole('button', { name: 'Berkas lengkap, mulai proses' }).click();
  await officer.getByRole('button', { name: 'Setujui' }).click();
  await officer.getByRole('button', { name: 'Serahkan hasil…' }).click();
  const output = officer.getByRole('dialog', { name: 'Serahkan hasil layanan' });
  await output.getByRole('radio', { name: /Surat dibuat dari templat/ }).check();
  await settled(officer);
  await expectAccessible(officer, 'officer output dialog');
  await output.getByRole('button', { name: 'Serahkan' }).click();
  await expect(output).toBeHidden();
  const steps = officer.getByRole('region', { name: 'Langkah-langkah' });
  for (const step of ['Mulai diproses', 'Disetujui', 'Selesai']) await expect(steps).toContainText(step);
  await expect(officer.getByRole('region', { name: 'Langkah berikutnya' })).toHaveCount(0);
  // The one-time survey link is the citizen's: the officer must not be able to answer it in their place.
  await expect(officer.getByRole('link', { name: 'Isi survei kepuasan' })).toHaveCount(0);
  await look(officer, 'officer-request-done');

  // 6. The citizen downloads the letter, and sees the survey and the illegal-levy links.
  await page.goto(requestPath);
  await expect(page.getByText('Selesai', { exact: true }).first()).toBeVisible();
  const result = page.getByRole('region', { name: 'Hasil layanan' });
  const download = page.waitForEvent('download');
  await result.getByRole('link', { name: /^Unduh/ }).click();
  const letter = await (await download).path();
  const bytes = readFileSync(letter);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = pdfText(bytes);
  expect(text).toContain(code);
  expect(text).toContain('Maria Fransiska Lake');
  const href = (await result.getByRole('link', { name: /^Unduh/ }).getAttribute('href')) ?? '';
  const fetched = await page.request.get(href);
  expect(fetched.status()).toBe(200);
  expect(fetched.headers()['content-type']).toContain('application/pdf');
  await expect(page.getByRole('link', { name: 'Isi survei kepuasan' })).toHaveAttribute(
    'href',
    new RegExp(`^/t/${TENANT}/survei/[\\w-]{16,}$`),
  );
  const levy = page.getByRole('link', { name: 'Laporkan pungutan liar' });
  await expect(levy).toHaveAttribute('href', /\/pengaduan\/baru\?kategori=pungli&/);
  await expect(levy).toHaveAttribute('href', new RegExp(`permohonan=${code}`));
  await look(page, 'request-done', { phone: true });

  for (const p of [officer, admin]) await p.context().close();
});
