// In person: the share link as a full-screen QR code that a camera
// reads back exactly, in both colour schemes, closed by keyboard with focus
// back on its button; the screen kept awake where the browser allows it; the
// result card, a 1200 x 630 PNG whose QR code is the link, downloaded or
// shared as a file.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { test, expect } from './fixtures';
import { open } from './open';
import { codeFor } from './content';
import { KEYS, fixture } from './pages/notices';
import { QrView, readQr, shareLinkOf } from './pages/qr';
import { captureDownloads, savedFiles } from './pages/journal';
import { NO_MEDIA_EMULATION, SCHEMES_TAG, schemesOf, useScheme } from './engines';

const SHARED = `/#/r/${codeFor([1, 35, 15, 10, 40, 0b0111, 50, 60, 70, 80, 90])}`;
const RETURNING = { [KEYS.history]: fixture('history') };
/** axe's default rules plus the WCAG A/AA ones it leaves off, as in accessibility.spec.ts. */
const AXE_OPTIONS = {
  rules: Object.fromEntries(
    ['target-size', 'css-orientation-lock', 'label-content-name-mismatch', 'p-as-heading', 'table-fake-caption', 'td-has-header'].map((id) => [id, { enabled: true }]),
  ),
};

test('the QR code on the result page reads back as the exact share link, light and dark', { tag: SCHEMES_TAG }, async ({ page, result }) => {
  await open(page, '/#/result', RETURNING);
  await result.expectStyle('Mensch');
  const link = await shareLinkOf(page);
  const qr = new QrView(page);
  for (const colorScheme of await schemesOf(page)) {
    await useScheme(page, colorScheme);
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

test('the lock is asked for again when the page shows again with the code still open', async ({ page, result }) => {
  await page.addInitScript(() => {
    const log: string[] = [];
    const held: { released: boolean }[] = [];
    (window as any).__wake = log;
    (window as any).__held = held;
    Object.defineProperty(navigator, 'wakeLock', {
      configurable: true,
      value: {
        async request(type: string) {
          log.push(`request ${type}`);
          const sentinel = { released: false, release: async () => log.push('release') };
          held.push(sentinel);
          return sentinel;
        },
      },
    });
  });
  await open(page, '/#/result', RETURNING);
  await result.expectStyle('Mensch');
  const qr = new QrView(page);
  await qr.open();
  await expect.poll(() => page.evaluate(() => (window as any).__wake)).toEqual(['request screen']);
  // What a browser does when the page is hidden: it lets go of the lock by itself.
  // The page then shows again (headless pages stay "visible").
  await page.evaluate(() => {
    (window as any).__held[0].released = true;
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect.poll(() => page.evaluate(() => (window as any).__wake)).toEqual(['request screen', 'request screen']);
  // A lock still held is not asked for twice.
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await qr.close.click();
  await expect.poll(() => page.evaluate(() => (window as any).__wake)).toEqual(['request screen', 'request screen', 'release']);
});

test('a tie is titled with every tied style, and the QR view names each style once', async ({ page }) => {
  // Pro and Mensch tied (format 2: primary Pro, Mensch in the tie bits).
  await open(page, `/#/r/${codeFor([2, 40, 10, 10, 40, 0b1000_0000, 50, 60, 70, 80, 90])}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pro and Mensch');
  const qr = new QrView(page);
  await qr.open();
  await expect(qr.dialog.getByRole('heading', { level: 2 })).toHaveText('Pro and Mensch');
  await expect(qr.dialog).toHaveAccessibleName('Pro and Mensch');
  const text = await qr.dialog.innerText();
  for (const style of ['Pro', 'Mensch']) {
    expect(text.split(new RegExp(`\\b${style}\\b`)).length - 1, `${style} named once in the QR view`).toBe(1);
  }
  await expect(qr.dialog.getByText('A tie: equal points for each')).toBeVisible();
  expect(await qr.scan()).toBe(page.url());
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

test('Download result card saves a 1200 x 630 PNG named after the style, whose QR code is the link', async ({ page, browserName, result }) => {
  await captureDownloads(page);
  await open(page, '/#/result', RETURNING);
  await result.expectStyle('Mensch');
  const link = await shareLinkOf(page);
  const button = page.getByRole('button', { name: 'Download result card', exact: true });
  let saved: Buffer | undefined;
  if (browserName === 'chromium') {
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('netstyle-mensch.png');
    saved = readFileSync(await download.path());
  } else {
    await button.click();
  }
  await expect(page.getByRole('status').filter({ hasText: 'Card saved as netstyle-mensch.png.' })).toBeVisible();
  await expect.poll(async () => (await savedFiles(page)).length).toBe(1);
  const [file] = await savedFiles(page);
  expect([file.name, file.type]).toEqual(['netstyle-mensch.png', 'image/png']);
  if (saved !== undefined) expect(saved.equals(file.bytes), 'the file the browser saved').toBe(true);
  expect(file.bytes.subarray(0, 8).toString('hex'), 'a PNG signature').toBe('89504e470d0a1a0a');
  const png = PNG.sync.read(file.bytes);
  expect([png.width, png.height]).toEqual([1200, 630]);
  expect(readQr(png), "the card's QR code").toBe(link);
  if (browserName === 'chromium') {
    const docs = join(__dirname, '..', 'docs', 'result-card.png');
    writeFileSync(docs, file.bytes);
  }
});

test('where the browser can share files, Share result card hands over the PNG', async ({ page, result }) => {
  await page.addInitScript(() => {
    (window as any).__shared = [];
    (navigator as any).canShare = (data: { files?: File[] }) => !!data.files?.every((f) => f.type === 'image/png');
    (navigator as any).share = async (data: { files: File[]; title: string }) => {
      const file = data.files[0];
      const head = new Uint8Array(await file.slice(0, 24).arrayBuffer());
      const view = new DataView(head.buffer);
      (window as any).__shared.push({ title: data.title, name: file.name, type: file.type, size: [view.getUint32(16), view.getUint32(20)] });
    };
  });
  await open(page, '/#/result', RETURNING);
  await result.expectStyle('Mensch');
  await page.getByRole('button', { name: 'Share result card', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Card shared.' })).toBeVisible();
  expect(await page.evaluate(() => (window as any).__shared)).toEqual([
    { title: 'My networking style', name: 'netstyle-mensch.png', type: 'image/png', size: [1200, 630] },
  ]);
});

test('where the browser cannot share files, only the download is offered', async ({ page, result }) => {
  await page.addInitScript(() => {
    (navigator as any).canShare = () => false;
    (navigator as any).share = async () => {};
  });
  await open(page, '/#/result', RETURNING);
  await result.expectStyle('Mensch');
  await expect(page.getByRole('button', { name: 'Download result card', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Share result card' })).toHaveCount(0);
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
          await useScheme(page, colorScheme);
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
