// Issue 13, in person: the share link as a full-screen QR code that a camera
// reads back exactly, in both colour schemes, closed by keyboard with focus
// back on its button; the screen kept awake where the browser allows it.
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { codeFor } from './content';
import { KEYS, fixture } from './pages/notices';
import { QrView, shareLinkOf } from './pages/qr';
import { NO_MEDIA_EMULATION, SCHEMES_TAG, schemesOf } from './engines';

const SHARED = `/#/r/${codeFor([1, 35, 15, 10, 40, 0b0111, 50, 60, 70, 80, 90])}`;
const RETURNING = { [KEYS.history]: fixture('history') };
/** axe's default rules plus the WCAG A/AA ones it leaves off, as in accessibility.spec.ts. */
const AXE_OPTIONS = {
  rules: Object.fromEntries(
    ['target-size', 'css-orientation-lock', 'label-content-name-mismatch', 'p-as-heading', 'table-fake-caption', 'td-has-header'].map((id) => [id, { enabled: true }]),
  ),
};

async function open(page: Page, path: string, items: Record<string, string> = {}) {
  await page.goto(path);
  await page.evaluate((items) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
  }, items);
  await page.reload();
}

test('the QR code on the result page reads back as the exact share link, light and dark', { tag: SCHEMES_TAG }, async ({ page, result }) => {
  await open(page, '/#/result', RETURNING);
  await result.expectStyle('Mensch');
  const link = await shareLinkOf(page);
  const qr = new QrView(page);
  for (const colorScheme of await schemesOf(page)) {
    await page.emulateMedia({ colorScheme });
    await qr.open();
    await expect(qr.dialog.getByRole('heading', { level: 2 })).toHaveText('Mensch');
    await expect(qr.dialog).toHaveAccessibleName('Mensch');
    await expect(qr.dialog.getByText(link, { exact: true })).toBeVisible();
    await expect(qr.close).toBeFocused();
    expect(await qr.scan(), `scanned in the ${colorScheme} scheme`).toBe(link);
    await page.keyboard.press('Escape');
    await expect(qr.dialog).toBeHidden();
    await expect(qr.button).toBeFocused();
  }
});

test('the Close button returns to the page, by keyboard, with focus on Show QR code', async ({ page, result }) => {
  await open(page, '/#/result', RETURNING);
  await result.expectStyle('Mensch');
  const qr = new QrView(page);
  await qr.button.focus();
  await page.keyboard.press('Enter');
  await expect(qr.dialog).toBeVisible();
  await expect(qr.close).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(qr.dialog).toBeHidden();
  await expect(qr.button).toBeFocused();

  // The page behind is inert: Tab never lands on it. (Chromium wraps round
  // inside the dialog; Firefox lets Tab leave for the browser's own toolbar,
  // where the document has no focused element.)
  await page.keyboard.press('Enter');
  await expect(qr.close).toBeFocused();
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return 'outside the page';
      return el.closest('dialog') ? 'in the view' : `behind the view: ${el.outerHTML.slice(0, 80)}`;
    });
    expect(['in the view', 'outside the page']).toContain(where);
  }
});

test('a shared result shows its own link as a QR code', async ({ page }) => {
  await open(page, SHARED);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mensch');
  const qr = new QrView(page);
  await qr.open();
  expect(await qr.scan()).toBe(page.url());
  await page.keyboard.press('Escape');
  await expect(qr.button).toBeFocused();
});

test('the screen is kept awake while the code shows, and let go after', async ({ page, result }) => {
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as any).__wake = log;
    Object.defineProperty(navigator, 'wakeLock', {
      configurable: true,
      value: {
        async request(type: string) {
          log.push(`request ${type}`);
          return { release: async () => log.push('release') };
        },
      },
    });
  });
  await open(page, '/#/result', RETURNING);
  await result.expectStyle('Mensch');
  const qr = new QrView(page);
  await qr.open();
  await expect.poll(() => page.evaluate(() => (window as any).__wake)).toEqual(['request screen']);
  await qr.close.click();
  await expect.poll(() => page.evaluate(() => (window as any).__wake)).toEqual(['request screen', 'release']);
});

test('without the Wake Lock API the code still shows', async ({ page, result }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'wakeLock', { configurable: true, get: () => undefined });
  });
  await open(page, '/#/result', RETURNING);
  await result.expectStyle('Mensch');
  const qr = new QrView(page);
  await qr.open();
  expect(await qr.scan()).toBe(await shareLinkOf(page));
});

test('the QR view on a phone, light and dark, for the docs', async ({ page, browserName, result }) => {
  test.skip(browserName === 'firefox', NO_MEDIA_EMULATION);
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, '/#/result', RETURNING);
  await result.expectStyle('Mensch');
  const qr = new QrView(page);
  await qr.open();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.screenshot({ path: join(__dirname, '..', 'docs', `qr-view-${colorScheme}.png`) });
    expect(await qr.scan(), `the ${colorScheme} shot scans`).toBe(await shareLinkOf(page));
  }
});

test.describe('axe finds no violation in the QR view', { tag: SCHEMES_TAG }, () => {
  test.describe.configure({ timeout: 120_000 });
  for (const [screen, path, items] of [
    ['result', '/#/result', RETURNING],
    ['shared result', SHARED, {}],
  ] as const) {
    test(`on the ${screen} page, light and dark, 320 and 1280 px`, async ({ page }) => {
      await open(page, path, items);
      const qr = new QrView(page);
      await qr.open();
      const found: string[] = [];
      for (const width of [320, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        for (const colorScheme of await schemesOf(page)) {
          await page.emulateMedia({ colorScheme });
          const results = await new AxeBuilder({ page }).options(AXE_OPTIONS).analyze();
          for (const v of results.violations) found.push(`${colorScheme} ${width}px ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          const { scroll, client } = await page.evaluate(() => ({
            scroll: document.documentElement.scrollWidth,
            client: document.documentElement.clientWidth,
          }));
          expect(scroll, `${width} px wide scrolls sideways`).toBeLessThanOrEqual(client);
        }
      }
      expect(found).toEqual([]);
    });
  }
});
