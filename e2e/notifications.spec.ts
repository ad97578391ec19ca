import { demoLogin, expect, expectAccessible, expectNoHorizontalScroll, logIn, test } from './fixtures';

const TENANT = 'medan';
const telegramUrl = () => process.env.LENTERA_E2E_TELEGRAM_URL ?? '';
const telegramToken = () => process.env.LENTERA_E2E_TELEGRAM_TOKEN ?? '';

const isSave = (r: import('@playwright/test').Response) =>
  r.url().endsWith(`/api/t/${TENANT}/me/messaging`) && r.request().method() === 'PUT';

/** Messages the stand-in Bot API received for a chat (it runs in the suite's global setup). */
async function sentTo(chatId: string): Promise<string[]> {
  const response = await fetch(`${telegramUrl()}/__stand-in/sent`);
  return ((await response.json()) as Array<{ chatId: string; text: string }>)
    .filter((m) => m.chatId === chatId)
    .map((m) => m.text);
}

test('a citizen links Telegram with a code from the account page, chooses it, stops it with BERHENTI, and turns notices off', async ({
  page,
  otherPage,
  demo,
}) => {
  test.setTimeout(180_000);
  expect(telegramUrl(), 'the global setup starts the stand-in Bot API').not.toBe('');

  let webhookUrl = '';
  await test.step('the tenant admin connects the Telegram bot', async () => {
    await logIn(otherPage, TENANT, demoLogin(demo, TENANT, 'tenant_admin'));
    await otherPage.goto(`/t/${TENANT}/complaints-settings`);
    const card = otherPage.getByRole('region', { name: 'Bot Telegram' });
    await card.getByLabel('Token bot dari @BotFather').fill(telegramToken());
    await card.getByRole('button', { name: 'Pasang bot' }).click();
    await expect(card.getByText(/Bot aktif/)).toBeVisible();
    await card.getByRole('button', { name: 'Pasang webhook di Telegram' }).click();
    const result = card.getByTestId('webhook-result');
    await expect(result).toContainText('Webhook terpasang');
    webhookUrl = ((await result.locator('pre, code').first().textContent()) ?? '').trim();
    expect(webhookUrl).toContain(`/api/t/${TENANT}/channels/telegram/`);
  });

  const chatId = String(700_000_000 + Math.floor(Math.random() * 99_999_999));
  let updateId = Math.floor(Math.random() * 1_000_000);
  const say = async (text: string) => {
    updateId += 1;
    const response = await page.request.post(webhookUrl, {
      data: {
        update_id: updateId,
        message: {
          message_id: updateId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: Number(chatId), type: 'private', first_name: 'Rina' },
          from: { id: Number(chatId), is_bot: false, first_name: 'Rina' },
          text,
        },
      },
    });
    expect(response.status(), await response.text()).toBe(200);
  };

  const section = page.getByRole('region', { name: 'Pemberitahuan' });
  await test.step('the citizen opens the account page: notices go by e-mail', async () => {
    await logIn(page, TENANT, demoLogin(demo, TENANT, 'citizen'));
    await page.goto(`/t/${TENANT}/account`);
    await expect(section.getByRole('switch', { name: 'Terima pemberitahuan' })).toBeChecked();
    await expect(section.getByRole('radio', { name: /^E-mail \(/ })).toBeChecked();
    await expect(section.getByRole('radio', { name: /^Telegram — hubungkan dulu/ })).toBeDisabled();
    await expect(section).toContainText('balas BERHENTI');
    await expectAccessible(page, 'account notifications');
  });

  await test.step('asks for a link code and sends it from Telegram', async () => {
    await section.getByRole('button', { name: 'Hubungkan Telegram' }).click();
    const code = ((await section.getByTestId('link-code').textContent()) ?? '').trim();
    expect(code).toMatch(/^LNT-\d{6}$/);
    await expect(section.getByRole('status')).toContainText('Kirim kode ini dari Telegram');
    await expectAccessible(page, 'link code');
    await say(`/start ${code}`);
    await expect.poll(async () => (await sentTo(chatId)).join('\n'), { timeout: 20_000 }).toMatch(/terhubung/);
    await section.getByRole('button', { name: 'Sudah saya kirim' }).click();
    await expect(section.getByText(`…${chatId.slice(-4)}`, { exact: true })).toBeVisible();
  });

  await test.step('the linked chat becomes the channel; the citizen can move between it and e-mail', async () => {
    const telegram = section.getByRole('radio', { name: new RegExp(`^Telegram \\(…${chatId.slice(-4)}\\)`) });
    await expect(telegram).toBeChecked();
    const email = section.getByRole('radio', { name: /^E-mail \(/ });
    const [toEmail] = await Promise.all([page.waitForResponse(isSave), email.click()]);
    expect(toEmail.status()).toBe(200);
    await expect(email).toBeChecked();
    const [toChat] = await Promise.all([page.waitForResponse(isSave), telegram.click()]);
    expect(toChat.status()).toBe(200);
    await page.reload();
    await expect(section.getByRole('radio', { name: /^Telegram \(/ })).toBeChecked();
  });

  await test.step('BERHENTI in the chat shows on the page as stopped', async () => {
    await say('BERHENTI');
    await expect.poll(async () => (await sentTo(chatId)).join('\n'), { timeout: 20_000 }).toMatch(/MULAI/);
    await page.reload();
    await expect(section.getByText('Dihentikan (BERHENTI)')).toBeVisible();
    await expectAccessible(page, 'stopped chat');
  });

  await test.step('on a phone, the section fits; the one switch turns every notice off', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expectNoHorizontalScroll(page);
    const [saved] = await Promise.all([
      page.waitForResponse(isSave),
      section.getByRole('switch', { name: 'Terima pemberitahuan' }).click({ force: true }),
    ]);
    expect(saved.status(), 'the switch saves with e-mail, the stopped chat being unusable').toBe(200);
    await page.reload();
    await expect(section.getByRole('switch', { name: 'Terima pemberitahuan' })).not.toBeChecked();
  });

  await test.step('back as it was for other journeys: notices on, by e-mail, Telegram unlinked', async () => {
    await section.getByRole('switch', { name: 'Terima pemberitahuan' }).click({ force: true });
    await expect(section.getByRole('switch', { name: 'Terima pemberitahuan' })).toBeChecked();
    await section.getByRole('button', { name: 'Putuskan Telegram' }).click();
    await expect(section.getByText('Belum ada chat yang terhubung ke akun Anda.')).toBeVisible();
    await expect(section.getByRole('radio', { name: /^E-mail \(/ })).toBeChecked();
  });
});
