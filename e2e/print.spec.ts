// The checklist as a tool: its progress, kept across reloads, and
// "Print my checklist", whose print stylesheet keeps the checklist with its
// tick boxes and drops navigation and every control.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { KEYS, fixture } from './pages/notices';
import { NO_PRINT_EMULATION } from './engines';
import { appStarted } from './pages/welcome';

/** Opens the stored result of a person who took the quiz before (Mensch). */
async function openResult(page: Page) {
  await page.goto('/#/result');
  await appStarted(page);
  await page.evaluate((h) => {
    localStorage.clear();
    localStorage.setItem('netstyle.v1.history', h);
  }, fixture('history'));
  await page.reload();
}

test('the checklist shows its progress, and it is kept', async ({ page, result }) => {
  await openResult(page);
  await result.expectStyle('Mensch');
  const boxes = result.checklist.getByRole('checkbox');
  const total = await boxes.count();
  await expect(result.progress).toHaveText(`0 of ${total} done`);
  await boxes.nth(0).check();
  await boxes.nth(2).check();
  await boxes.nth(4).check();
  await expect(result.progress).toHaveText(`3 of ${total} done`);
  await boxes.nth(2).uncheck();
  await expect(result.progress).toHaveText(`2 of ${total} done`);
  await page.reload();
  await expect(result.progress).toHaveText(`2 of ${total} done`);
  expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEYS.checklist))!)).toBeTruthy();
});

test('"Print my checklist" prints the checklist with its tick boxes and no controls', async ({ page, browserName, result }) => {
  test.skip(browserName === 'firefox', NO_PRINT_EMULATION);
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  await openResult(page);
  await result.expectStyle('Mensch');
  const boxes = result.checklist.getByRole('checkbox');
  await boxes.nth(1).check();
  await result.print.click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  await expect(result.heading, 'the style stays as a title').toBeVisible();
  await expect(result.checklist).toBeVisible();
  const count = await boxes.count();
  expect(count).toBeGreaterThan(5);
  for (let i = 0; i < count; i++) await expect(boxes.nth(i)).toBeVisible();
  await expect(boxes.nth(1)).toBeChecked();
  await expect(result.progress).toBeVisible();
  // No navigation and no controls: every button and button-like link is hidden.
  await expect(result.nav).toBeHidden();
  await expect(page.locator('header.masthead')).toBeHidden();
  await expect(page.locator('footer')).toBeHidden();
  const shown = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, a, input:not([type="checkbox"])')]
      .filter((el) => el.checkVisibility())
      .map((el) => el.outerHTML.slice(0, 60)),
  );
  expect(shown, 'controls left in the printout').toEqual([]);
  for (const gone of [result.chart, result.habits, result.why, result.earlier, result.share]) await expect(gone).toBeHidden();

  // The same as a PDF: one or two A4 pages.
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);

  await page.emulateMedia({ media: 'screen' });
  await expect(result.print).toBeVisible();
  await expect(result.nav).toBeVisible();
});
