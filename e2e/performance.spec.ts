import type { Browser, Page } from '@playwright/test';
import { demoLogin, expect, expectAccessible, expectNoHorizontalScroll, logIn, test } from './fixtures';

/**
 * The SKP journey (issue 5): an employee drafts a plan; the superior returns it; the employee fixes it and it is
 * approved; a monthly report is returned, revised, and approved with ratings; the predikat shows; the annual
 * evaluation is rated and confirmed (by an acting appraiser for the superior's superior); the employee objects and
 * that superior decides; the portal shows the distribution. Evidence files and month names on the way.
 */

const TENANT = 'dumai';
// The demo data fills 2026 (the demo employee's annual result there is already under objection); the journey
// runs in 2025, a past year the hr_admin opens, so every period has ended and the steps do not depend on the seed.
const YEAR = 2025;
const PERIOD = 10;

async function personPage(browser: Browser, baseURL: string | undefined, login: { login: string; password: string }) {
  const context = await browser.newContext({ baseURL, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  const page = await context.newPage();
  await logIn(page, TENANT, login);
  return page;
}

async function apiGet<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  expect(response.ok(), `${path}: ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}

test('SKP: plan returned and approved, report returned and approved with ratings, annual confirmed, portal', async ({
  browser,
  baseURL,
  demo,
}) => {
  test.setTimeout(480_000);
  const hr = await personPage(browser, baseURL, demoLogin(demo, TENANT, 'hr_admin'));
  const superior = await personPage(browser, baseURL, demoLogin(demo, TENANT, 'supervisor'));
  const employee = await personPage(browser, baseURL, demoLogin(demo, TENANT, 'employee'));
  const actingLogin = demoLogin(demo, TENANT, 'unit_admin');

  // hr_admin opens the year (unless the demo data already did) and names an acting appraiser for the superior's
  // own superior, who confirms annual results.
  await hr.goto(`/t/${TENANT}/performance/admin`);
  await expect(hr.getByRole('heading', { name: 'Pengaturan kinerja', level: 1 })).toBeVisible();
  const years = await apiGet<{ items: Array<{ year: number }> }>(hr, `/api/t/${TENANT}/performance/years`);
  if (!years.items.some((y) => y.year === YEAR)) {
    await hr.getByLabel('Tahun baru').fill(String(YEAR));
    await hr.getByRole('button', { name: 'Buka tahun' }).click();
    await expect(hr.getByText(`Tahun ${YEAR} dibuka.`)).toBeVisible();
  }
  await expectAccessible(hr, 'performance admin');
  const superiorMe = await apiGet<{ id: string; superior: { id: string } | null }>(
    superior,
    `/api/t/${TENANT}/people/me`,
  );
  const grandSuperior = await apiGet<{ nip: string }>(
    hr,
    `/api/t/${TENANT}/people/employees/${superiorMe.superior?.id}`,
  );
  const acting = hr.getByRole('region', { name: 'Pejabat penilai pengganti' });
  await acting.getByLabel('NIP atasan yang berhalangan').fill(grandSuperior.nip);
  await acting.getByLabel('NIP pejabat pengganti').fill(actingLogin.login);
  await acting.getByLabel('Alasan').fill('Kepala dinas cuti besar');
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  await acting.getByLabel('Dari tanggal').fill(day(-1));
  await acting.getByLabel('Sampai tanggal').fill(day(30));
  await acting.getByRole('button', { name: 'Tunjuk pengganti' }).click();
  await expect(hr.getByText('Pejabat penilai pengganti ditunjuk.')).toBeVisible();

  // The superior (a unit head) needs RHK to cascade from: a top-level draft if the demo data has none.
  const mine = await apiGet<{ superiorRhk: unknown[] }>(employee, `/api/t/${TENANT}/performance/me/plan?year=${YEAR}`);
  if (mine.superiorRhk.length === 0) {
    await superior.goto(`/t/${TENANT}/performance/plan?year=${YEAR}`);
    const rhk = superior.getByRole('group', { name: 'RHK 1' });
    await rhk.getByRole('combobox', { name: 'Diturunkan dari RHK atasan' }).click();
    await superior.getByRole('option', { name: 'Tanpa induk (khusus pimpinan unit)' }).click();
    await rhk.getByLabel('Rencana hasil kerja').fill('Meningkatnya layanan aplikasi pemerintahan berbasis elektronik');
    await rhk.getByRole('textbox', { name: 'Indikator 1', exact: true }).fill('Aplikasi terintegrasi');
    await rhk.getByRole('textbox', { name: 'Target indikator 1', exact: true }).fill('12 aplikasi');
    await superior.getByRole('button', { name: 'Simpan draf' }).click();
    await expect(superior.getByText('Draf tersimpan.')).toBeVisible();
  }

  // The employee drafts the plan, cascaded from the superior's RHK, and submits it.
  await employee.goto(`/t/${TENANT}/performance/plan?year=${YEAR}`);
  await expect(employee.getByRole('heading', { name: `SKP ${YEAR}`, level: 1 })).toBeVisible();
  const change = employee.getByRole('button', { name: 'Ubah SKP (versi baru)' });
  if (await change.isVisible()) await change.click();
  const rhk = employee.getByRole('group', { name: 'RHK 1' });
  await rhk.getByLabel('Rencana hasil kerja').fill('Tersedianya aplikasi layanan perizinan terintegrasi');
  await rhk.getByRole('textbox', { name: 'Indikator 1', exact: true }).fill('Modul perizinan yang terintegrasi');
  await rhk.getByRole('textbox', { name: 'Target indikator 1', exact: true }).fill('4 modul');
  await employee.getByLabel('Kolaboratif').fill('Aktif berbagi pengetahuan dengan tim');
  await expectAccessible(employee, 'plan editor');
  await employee.getByRole('button', { name: 'Ajukan ke atasan' }).click();
  await expect(employee.getByText('SKP diajukan ke atasan langsung.')).toBeVisible();
  await expect(employee.getByText('Menunggu penilaian').first()).toBeVisible();

  // The superior returns it with a note.
  await superior.goto(`/t/${TENANT}/performance/inbox`);
  await expect(superior.getByRole('heading', { name: 'Penilaian kinerja bawahan', level: 1 })).toBeVisible();
  await expectAccessible(superior, 'review inbox');
  await superior.getByRole('link', { name: new RegExp(`^Nilai SKP ${YEAR} Syahrul`) }).click();
  await expect(superior.getByText('Tersedianya aplikasi layanan perizinan terintegrasi')).toBeVisible();
  await superior.getByRole('button', { name: 'Kembalikan' }).click();
  await expect(superior.getByText('Tulis catatan perbaikan sebelum mengembalikan.')).toBeVisible();
  await superior.getByLabel('Catatan untuk pegawai').fill('Tambahkan indikator kualitas');
  await expectAccessible(superior, 'plan review');
  await superior.getByRole('button', { name: 'Kembalikan' }).click();
  await expect(superior.getByText('SKP dikembalikan ke pegawai.')).toBeVisible();

  // The employee sees the note, adds a quality indicator and submits again.
  await employee.goto(`/t/${TENANT}/performance/plan?year=${YEAR}`);
  await expect(employee.getByText('Tambahkan indikator kualitas').first()).toBeVisible();
  const firstRhk = employee.getByRole('group', { name: 'RHK 1' });
  await firstRhk.getByRole('button', { name: 'Tambah indikator' }).click();
  const added = firstRhk.getByRole('combobox', { name: 'Aspek indikator' }).last();
  const n = await firstRhk.getByRole('combobox', { name: 'Aspek indikator' }).count();
  await added.click();
  await employee.getByRole('option', { name: 'Kualitas' }).click();
  await firstRhk.getByRole('textbox', { name: `Indikator ${n}`, exact: true }).fill('Kepuasan pengguna modul');
  await firstRhk.getByRole('textbox', { name: `Target indikator ${n}`, exact: true }).fill('80%');
  await employee.getByRole('button', { name: 'Ajukan ke atasan' }).click();
  await expect(employee.getByText('SKP diajukan ke atasan langsung.')).toBeVisible();

  // The superior approves.
  await superior.goto(`/t/${TENANT}/performance/inbox`);
  await superior.getByRole('link', { name: new RegExp(`^Nilai SKP ${YEAR} Syahrul`) }).click();
  await expect(superior.getByText('Kepuasan pengguna modul')).toBeVisible();
  await superior.getByRole('button', { name: 'Setujui' }).click();
  await expect(superior.getByText('SKP disetujui.')).toBeVisible();

  // The employee reports October.
  await employee.goto(`/t/${TENANT}/performance/reports?year=${YEAR}&period=${PERIOD}`);
  await expect(employee.getByRole('heading', { name: `Laporan Oktober ${YEAR}` })).toBeVisible();
  await employee.getByLabel('Realisasi: Modul perizinan yang terintegrasi').fill('3 modul');
  await employee.getByLabel('Realisasi: Kepuasan pengguna modul').fill('78%');
  await employee.getByLabel('Kegiatan 1', { exact: true }).fill('Integrasi modul IMB dengan OSS');
  await employee.getByRole('button', { name: 'Tambah bukti dukung' }).click();
  await employee.getByLabel('Nama bukti 1').fill('Berita acara uji');
  await employee.getByLabel('Tautan bukti 1').fill('https://arsip.dumai.go.id/ba-uji.pdf');
  await employee.getByLabel('Kendala', { exact: true }).fill('Server OSS sering tidak tersedia');
  await employee.getByLabel('Rencana tindak lanjut').fill('Jadwalkan uji ulang');
  await expectAccessible(employee, 'report form');
  await employee.getByRole('button', { name: 'Ajukan laporan' }).click();
  await expect(employee.getByText('Laporan diajukan ke atasan langsung.')).toBeVisible();

  // The superior returns the report.
  await superior.goto(`/t/${TENANT}/performance/inbox`);
  await superior.getByRole('link', { name: new RegExp(`^Nilai Oktober ${YEAR} Syahrul`) }).click();
  await expect(superior.getByText('3 modul')).toBeVisible();
  await superior.getByLabel('Umpan balik').fill('Lampirkan daftar hadir uji');
  await superior.getByRole('button', { name: 'Kembalikan' }).click();
  await expect(superior.getByText('Laporan dikembalikan ke pegawai.')).toBeVisible();

  // The employee revises and resubmits.
  await employee.goto(`/t/${TENANT}/performance/reports?year=${YEAR}&period=${PERIOD}`);
  await expect(employee.getByText('Lampirkan daftar hadir uji').first()).toBeVisible();
  await employee.getByRole('button', { name: 'Tambah bukti dukung' }).click();
  await employee.getByLabel('Nama bukti 2').fill('Daftar hadir uji');
  await employee.getByLabel('Tautan bukti 2').fill('https://arsip.dumai.go.id/hadir-uji.pdf');
  // And attaches the scanned attendance list as a file (checked by its content on the server).
  await employee.locator('input[type="file"]').setInputFiles({
    name: 'daftar-hadir-uji.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
  });
  await employee.getByRole('button', { name: 'Unggah' }).click();
  await expect(employee.getByText('Berkas bukti diunggah.')).toBeVisible();
  await expect(employee.getByRole('link', { name: 'Unduh daftar-hadir-uji.pdf' })).toBeVisible();
  await employee.getByRole('button', { name: 'Ajukan ulang laporan' }).click();
  await expect(employee.getByText('Laporan diajukan ke atasan langsung.')).toBeVisible();

  // The superior rates: the predikat follows from the matrix as the ratings are chosen; then approves.
  await superior.goto(`/t/${TENANT}/performance/inbox`);
  await superior.getByRole('link', { name: new RegExp(`^Nilai Oktober ${YEAR} Syahrul`) }).click();
  await expect(superior.getByRole('link', { name: 'Daftar hadir uji' })).toBeVisible();
  const evidence = superior.getByRole('link', { name: 'Unduh daftar-hadir-uji.pdf' });
  await expect(evidence).toBeVisible();
  const download = await superior.request.get((await evidence.getAttribute('href')) ?? '');
  expect(download.status()).toBe(200);
  expect((await download.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await superior.getByRole('combobox', { name: 'Hasil kerja' }).click();
  await superior.getByRole('option', { name: 'Di atas ekspektasi' }).click();
  await superior.getByRole('combobox', { name: 'Perilaku kerja' }).click();
  await superior.getByRole('option', { name: 'Sesuai ekspektasi' }).click();
  await expect(superior.getByTestId('predikat')).toHaveText('Baik');
  await superior.getByRole('combobox', { name: 'Perilaku kerja' }).click();
  await superior.getByRole('option', { name: 'Di atas ekspektasi' }).click();
  await expect(superior.getByTestId('predikat')).toHaveText('Sangat Baik');
  await expectAccessible(superior, 'report review');
  await superior.getByRole('button', { name: 'Setujui' }).click();
  await expect(superior.getByText('Laporan disetujui dan dinilai.')).toBeVisible();

  // The employee sees the predikat and both rounds.
  await employee.goto(`/t/${TENANT}/performance/reports?year=${YEAR}&period=${PERIOD}`);
  const report = employee.getByRole('region', { name: `Laporan Oktober ${YEAR}` });
  await expect(report.getByTestId('predikat').first()).toHaveText('Sangat Baik');
  await expect(report.getByText('Pengajuan ke-2')).toBeVisible();

  // The superior rates the year from the team page, with the periodic ratings in view.
  await superior.goto(`/t/${TENANT}/performance/team?year=${YEAR}&period=${PERIOD}`);
  const annualLink = superior.getByRole('link', { name: /^Evaluasi tahunan Syahrul/ });
  await expect(annualLink).toBeVisible();
  await expectAccessible(superior, 'team status');
  await annualLink.click();
  await expect(superior.getByRole('heading', { name: 'Predikat periodik' })).toBeVisible();
  await superior.getByRole('combobox', { name: 'Hasil kerja' }).click();
  await superior.getByRole('option', { name: 'Di atas ekspektasi' }).click();
  await superior.getByRole('combobox', { name: 'Perilaku kerja' }).click();
  await superior.getByRole('option', { name: 'Di atas ekspektasi' }).click();
  await expect(superior.getByTestId('predikat').last()).toHaveText('Sangat Baik');
  await expectAccessible(superior, 'annual rating');
  await superior.getByRole('button', { name: 'Simpan penilaian' }).click();
  await expect(superior.getByText(/Evaluasi tahunan tersimpan/)).toBeVisible();

  // The acting appraiser for the superior's superior confirms.
  const confirmer = await personPage(browser, baseURL, actingLogin);
  await confirmer.goto(`/t/${TENANT}/performance/inbox`);
  await confirmer.getByRole('link', { name: new RegExp(`^Nilai Evaluasi tahunan ${YEAR} Syahrul`) }).click();
  await expectAccessible(confirmer, 'annual confirmation');
  await confirmer.getByRole('button', { name: 'Konfirmasi' }).click();
  await expect(confirmer.getByText('Evaluasi tahunan dikonfirmasi.')).toBeVisible();

  // The employee sees the annual predikat in the history (periods by month name) and files an objection.
  await employee.goto(`/t/${TENANT}/performance/history`);
  const year = employee.getByRole('region', { name: `Tahun ${YEAR}` });
  await expect(year.getByTestId('predikat').first()).toHaveText('Sangat Baik');
  await expect(year.getByRole('rowheader', { name: 'Oktober', exact: true })).toBeVisible();
  await expectAccessible(employee, 'history');
  await year.getByLabel('Alasan keberatan').fill('Realisasi November belum diperhitungkan');
  await year.getByRole('button', { name: 'Ajukan keberatan' }).click();
  await expect(year.getByText('Keberatan diajukan').first()).toBeVisible();

  // The appraiser's superior (here their acting appraiser) decides it from the inbox.
  await confirmer.goto(`/t/${TENANT}/performance/inbox`);
  await confirmer.getByRole('link', { name: new RegExp(`^Nilai Evaluasi tahunan ${YEAR} Syahrul`) }).click();
  const decide = confirmer.getByRole('region', { name: 'Putuskan keberatan' });
  await expect(decide).toBeVisible();
  await decide.getByRole('radio', { name: 'Keberatan ditolak' }).check();
  await decide.getByLabel('Pertimbangan').fill('Penilaian sudah sesuai bukti dukung');
  await expectAccessible(confirmer, 'objection decision');
  await decide.getByRole('button', { name: 'Simpan keputusan' }).click();
  await expect(confirmer.getByText('Keberatan diputus').first()).toBeVisible();

  // The employee sees the decision.
  await employee.goto(`/t/${TENANT}/performance/history`);
  await expect(year.getByText('Keberatan diputus').first()).toBeVisible();
  await expect(year.getByText('Penilaian sudah sesuai bukti dukung')).toBeVisible();

  // The dashboard counts it; the portal publishes the distribution, never the person.
  await hr.goto(`/t/${TENANT}/performance/dashboard?year=${YEAR}&period=${PERIOD}`);
  await expect(hr.getByRole('heading', { name: 'Per unit kerja' })).toBeVisible();
  await expectAccessible(hr, 'dashboard');
  const visitor = await browser.newContext({ baseURL, locale: 'id-ID', viewport: { width: 360, height: 800 } });
  const portal = await visitor.newPage();
  await portal.goto(`/t/${TENANT}/kinerja?year=${YEAR}`);
  await expect(portal.getByRole('heading', { name: `Hasil kinerja ASN ${YEAR}`, level: 1 })).toBeVisible();
  const evaluated = Number((await portal.getByTestId('kinerja-evaluated').textContent())?.replace(/\D/g, ''));
  expect(evaluated).toBeGreaterThanOrEqual(1);
  const total = portal.getByRole('row', { name: /^Seluruh pemerintah daerah/ });
  await expect(total).toBeVisible();
  await expect(portal.getByText('Syahrul')).toHaveCount(0);
  await expectAccessible(portal, 'public performance');
  await expectNoHorizontalScroll(portal);
  const csv = await portal.request.get(`/api/t/${TENANT}/performance/published?year=${YEAR}&format=csv`);
  expect(csv.ok()).toBe(true);
  expect(await csv.text()).toContain('persen_sangat_baik');
});
