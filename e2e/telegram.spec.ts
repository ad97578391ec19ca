import type { Page } from '@playwright/test';
import { demoLogin, expect, expectAccessible, logIn, test } from './fixtures';

const TENANT = 'serang';
const telegramUrl = () => process.env.LENTERA_E2E_TELEGRAM_URL ?? '';
const telegramToken = () => process.env.LENTERA_E2E_TELEGRAM_TOKEN ?? '';

interface Sent {
  chatId: string;
  text: string;
}

/** Messages the stand-in Bot API received for a chat (it runs in the suite's global setup). */
async function sentTo(chatId: string): Promise<Sent[]> {
  const response = await fetch(`${telegramUrl()}/__stand-in/sent`);
  return ((await response.json()) as Sent[]).filter((m) => m.chatId === chatId);
}

async function waitForMessage(chatId: string, pattern: RegExp): Promise<string> {
  let found: string | undefined;
  await expect
    .poll(
      async () => {
        found = (await sentTo(chatId)).map((m) => m.text).find((t) => pattern.test(t));
        return found !== undefined;
      },
      { timeout: 20_000, message: `a Telegram message to ${chatId} matching ${pattern}` },
    )
    .toBe(true);
  return found ?? '';
}

test('a Telegram conversation files a complaint; the officer answers it in the browser; the chat hears each step', async ({
  page,
  browser,
  baseURL,
  demo,
}) => {
  test.setTimeout(180_000);
  expect(telegramUrl(), 'the global setup starts the stand-in Bot API').not.toBe('');

  // 1. The tenant admin sets the bot and its webhook on the settings page; Telegram (the stand-in) is told the address.
  await logIn(page, TENANT, demoLogin(demo, TENANT, 'tenant_admin'));
  await page.goto(`/t/${TENANT}/complaints-settings`);
  const card = page.getByRole('region', { name: 'Bot Telegram' });
  await card.getByLabel('Token bot dari @BotFather').fill(telegramToken());
  await card.getByRole('button', { name: 'Pasang bot' }).click();
  await expect(card.getByText(/Bot aktif/)).toBeVisible();
  await card.getByRole('button', { name: 'Pasang webhook di Telegram' }).click();
  const result = card.getByTestId('webhook-result');
  await expect(result).toContainText('Webhook terpasang');
  await expect(result).toContainText('Jawaban Telegram: Webhook was set');
  // The address shown when the bot was set had the old secret: it is gone; the deadlines card reads fine.
  await expect(card.getByText('Alamat webhook', { exact: true })).toHaveCount(0);
  await expect(page.getByText('Anda tidak berwenang melakukan tindakan ini.')).toHaveCount(0);
  await expectAccessible(page, 'telegram settings');
  const webhookUrl = ((await result.locator('pre, code').first().textContent()) ?? '').trim();
  expect(webhookUrl).toMatch(new RegExp(`^${baseURL}/api/t/${TENANT}/channels/telegram/[A-Za-z0-9_-]{24,}$`));
  const webhooks = (await (await fetch(`${telegramUrl()}/__stand-in/webhooks`)).json()) as string[];
  expect(webhooks).toContain(webhookUrl);

  // 2. A citizen talks to the bot: Telegram posts each Update to the webhook.
  const chatId = String(800_000_000 + Math.floor(Math.random() * 99_999_999));
  let updateId = Math.floor(Math.random() * 1_000_000);
  const say = async (text: string) => {
    updateId += 1;
    const response = await page.request.post(webhookUrl, {
      data: {
        update_id: updateId,
        message: {
          message_id: updateId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: Number(chatId), type: 'private', first_name: 'Dewi' },
          from: { id: Number(chatId), is_bot: false, first_name: 'Dewi', last_name: 'Warga' },
          text,
        },
      },
    });
    expect(response.status(), await response.text()).toBe(200);
  };
  await say('/start');
  const welcome = await waitForMessage(chatId, /Pilih kategori/);
  const category = /^(\d+)\. /m.exec(welcome)?.[1] ?? '1';
  await say(category);
  await waitForMessage(chatId, /Tuliskan pengaduan Anda/);
  const title = `Drainase tersumbat ${Date.now().toString(36)}`;
  await say(`${title}\nSaluran air di depan pasar tersumbat sampah dan meluap saat hujan.`);
  const received = await waitForMessage(chatId, /telah kami terima/);
  const code = /[A-Z]{2,5}-ADU-\d{4}-\d{6}/.exec(received)?.[0] ?? '';
  expect(code, received).not.toBe('');

  // 3. The desk officer finds it in the browser, on the Telegram channel, routes it, assigns an officer and answers.
  const desk = await officerPage(browser, baseURL, demoLogin(demo, TENANT, 'complaint_officer'));
  await desk.goto(`/t/${TENANT}/complaints/verification`);
  await desk.getByLabel('Cari kode, judul atau isi').fill(code);
  await desk.getByRole('link', { name: code }).click();
  await expect(desk.getByRole('heading', { level: 1, name: `Pengaduan ${code}` })).toBeVisible();
  const facts = desk.getByRole('region', { name: title });
  await expect(facts.getByRole('row', { name: /Kanal/ })).toContainText('Telegram');
  const units = (await (await desk.request.get(`/api/t/${TENANT}/people/units`)).json()) as {
    items: { code: string; name: string }[];
  };
  const pu = units.items.find((u) => u.code === 'DPUPR');
  expect(pu?.name).toContain('Pekerjaan Umum');
  const verify = desk.getByTestId('verify-form');
  await verify.getByRole('combobox', { name: /Teruskan ke unit/ }).fill(pu?.name ?? '');
  await desk
    .getByRole('option', { name: new RegExp(pu?.name ?? '') })
    .first()
    .click();
  await verify.getByRole('button', { name: 'Verifikasi dan teruskan' }).click();
  await expect(facts).toContainText('Diteruskan ke OPD');
  await waitForMessage(chatId, /diverifikasi dan diteruskan/);

  // The assignment lists the officers who may handle DPUPR's complaints: names only.
  const assign = desk.getByTestId('assign-step');
  await assign.getByRole('combobox', { name: 'Tugaskan kepada' }).click();
  const option = desk.getByRole('option', { name: /Petugas Pengaduan DPUPR · petugas unit/ });
  await expect(option).toBeVisible();
  expect(await desk.getByRole('listbox').textContent()).not.toContain('@');
  await option.click();
  await assign.getByRole('button', { name: 'Tugaskan petugas', exact: true }).click();
  await expect(assign).toContainText('Petugas: Petugas Pengaduan DPUPR');
  await expectAccessible(desk, 'follow-up with assignment');

  const answer = desk.getByTestId('answer-form');
  await answer.getByLabel('Jawaban untuk pelapor').fill('Saluran sudah dibersihkan oleh tim DPUPR pagi ini.');
  await answer.getByRole('button', { name: 'Kirim jawaban' }).click();
  await expect(facts).toContainText('Dijawab');

  // 4. The chat hears the answer (the status change) through the outbox.
  const answered = await waitForMessage(chatId, /telah dijawab/);
  expect(answered).toContain(code);
  expect(answered).toContain('Saluran sudah dibersihkan');
  await desk.context().close();
});

async function officerPage(
  browser: import('@playwright/test').Browser,
  baseURL: string | undefined,
  login: { login: string; password: string },
): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  const page = await context.newPage();
  await logIn(page, TENANT, login);
  return page;
}
