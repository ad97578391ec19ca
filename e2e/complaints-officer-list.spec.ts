import type { Page } from '@playwright/test';
import { demoLogin, expect, expectAccessible, expectNoHorizontalScroll, logIn, test } from './fixtures';

const TENANT = 'kupang';

/** The status cells of the list's rows, as shown. */
async function shownStatuses(page: Page): Promise<Set<string>> {
  const table = page.getByTestId('officer-list');
  // An empty list shows a sentence instead of the table.
  if (!(await table.isVisible())) return new Set();
  const cells = await table.locator('tbody tr td:nth-child(5)').allTextContents();
  return new Set(cells.map((c) => c.trim()));
}

test('the follow-up list filters on several statuses chosen in a multi-select, kept in the address', async ({
  page,
  demo,
}) => {
  // The desk officer sees every unit's complaints; the demo year has complaints in every state.
  await logIn(page, TENANT, demoLogin(demo, TENANT, 'complaint_officer'));
  await page.goto(`/t/${TENANT}/complaints/follow-up`);
  const filter = page.getByRole('combobox', { name: 'Status' });
  /** Picks one more status; the list of choices stays open after a pick. */
  const choose = async (label: string) => {
    const option = page.getByRole('option', { name: label });
    if (!(await option.isVisible())) await filter.click();
    await option.click();
  };

  await choose('Diteruskan ke OPD');
  await expect(page).toHaveURL(/status=routed(&|$)/);
  // Only the chosen status is listed (the demo's states move with the hour it starts: a status may have no row).
  await expect.poll(async () => [...(await shownStatuses(page))].filter((s) => s !== 'Diteruskan ke OPD')).toEqual([]);

  await choose('Sedang ditindaklanjuti');
  await expect(page).toHaveURL(/status=routed%2Cin_progress|status=routed,in_progress/);
  const both = async () => {
    const shown = [...(await shownStatuses(page))];
    return shown.length > 0 && shown.every((s) => s === 'Diteruskan ke OPD' || s === 'Sedang ditindaklanjuti');
  };
  await expect.poll(both).toBe(true);
  await page.keyboard.press('Escape');
  await expectAccessible(page, 'officer list with two statuses');

  // The address keeps the choice: opened again, the same two are chosen and listed.
  await page.reload();
  await expect(
    page.getByTestId('status-filter').or(page.locator('[data-testid="status-filter"]')).first(),
  ).toBeAttached();
  await expect.poll(both).toBe(true);

  // On a phone the filter and the list fit the screen.
  await page.setViewportSize({ width: 360, height: 800 });
  await page.reload();
  await expect(page.getByTestId('officer-list')).toBeVisible();
  await expectNoHorizontalScroll(page);
});
