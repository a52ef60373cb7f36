// Issue 6, WCAG 2.2 AA: axe on every screen in light and dark at 320 and
// 1280 px; the keyboard alone; visible focus; focus and announcements after
// an answer and for notices; reduced motion; reflow at 320 px and at 200%
// zoom; targets of at least 24 by 24 px; meaning never carried by colour only.
import { readFile, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ITEMS, planFor } from './content';
import { KEYS, NOTICE, Notices, fixture } from './pages/notices';
import { QUESTION_COUNT } from './pages/quiz';
import * as built from './serve-build';

const SCHEMES = ['light', 'dark'] as const;
const WIDTHS = [320, 1280] as const;
/** 200% zoom of a 1280 px window lays the page out in 640 CSS px. */
const ZOOMED = 640;

/** A share code as the app makes it (see share.spec.ts): version 1, Mensch with a Pro streak. */
function codeFor(body: number[]): string {
  const crc = body.reduce((c, b) => {
    c ^= b << 8;
    for (let i = 0; i < 8; i++) c = c & 0x8000 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
    return c;
  }, 0xffff);
  return Buffer.from([...body, crc >> 8, crc & 0xff]).toString('base64url');
}
const SHARED = `/#/r/${codeFor([1, 35, 15, 10, 40, 0b0111, 50, 60, 70, 80, 90])}`;

/** The stored result of a person who took the quiz before (Mensch, with one earlier result). */
const RETURNING = { [KEYS.history]: fixture('history') };

/** Opens `path` with exactly `items` in localStorage. */
async function open(page: Page, path: string, items: Record<string, string> = {}) {
  await page.goto(path);
  await page.evaluate((items) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
  }, items);
  await page.reload();
}

function h1(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

/** How many axe rules ran on each screen, for the report at the end. */
const ruleCounts = new Map<string, number>();

/**
 * Runs axe (its whole default rule set: WCAG 2.0 to 2.2 A and AA plus best
 * practices) in both colour schemes at both widths, and checks that nothing
 * scrolls sideways at 320 px or at 200% zoom.
 */
async function audit(page: Page, screen: string) {
  const found: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).analyze();
      const rules = results.passes.length + results.violations.length + results.incomplete.length + results.inapplicable.length;
      expect(rules, 'axe ran its rules').toBeGreaterThan(50);
      ruleCounts.set(screen, rules);
      for (const v of results.violations) {
        found.push(`${colorScheme} ${width}px ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      }
    }
  }
  expect(found, `axe on the ${screen} screen`).toEqual([]);
  for (const width of [320, ZOOMED]) {
    await page.setViewportSize({ width, height: 800 });
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll, `${screen} at ${width} px wide scrolls sideways`).toBeLessThanOrEqual(client);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 800 });
}

test.afterAll(() => {
  if (ruleCounts.size) console.log(`axe rules run per screen: ${[...ruleCounts].map(([s, n]) => `${s} ${n}`).join(', ')}`);
});

test.describe('axe finds no violation, light and dark, 320 and 1280 px, and nothing scrolls sideways', () => {
  test('welcome, first visit and with an attempt in progress', async ({ page, welcome }) => {
    await welcome.goto();
    await audit(page, 'welcome');
    await open(page, '/', { [KEYS.attempt]: fixture('attempt') });
    await expect(welcome.continue).toBeVisible();
    await audit(page, 'welcome (continue)');
  });

  test('question, a scene and a rating', async ({ page, welcome, quiz }) => {
    await welcome.goto();
    await welcome.startQuiz();
    const first = await quiz.expectQuestion(1);
    await audit(page, `question (${first.kind})`);
    const other = ITEMS.findIndex((i) => i.kind !== first.kind);
    for (let n = 1; n <= other; n++) {
      await quiz.skip.click();
      await quiz.expectQuestion(n + 1);
    }
    await quiz.choose(ITEMS[other], quiz.labels(ITEMS[other])[1]);
    await audit(page, `question (${ITEMS[other].kind}, answered)`);
  });

  test('result, with the retake question open', async ({ page, result }) => {
    await open(page, '/#/result', RETURNING);
    await result.expectStyle('Mensch');
    await audit(page, 'result');
    await result.retake.click();
    await expect(result.retakeQuestion).toBeVisible();
    await audit(page, 'result (retake question)');
  });

  test('shared result and compare', async ({ page }) => {
    await open(page, SHARED);
    await expect(h1(page)).toHaveText('Mensch');
    await audit(page, 'shared result');
    await open(page, SHARED, RETURNING);
    await page.getByRole('button', { name: 'Compare with mine' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Side by side' })).toBeVisible();
    await audit(page, 'compare');
  });

  test('damaged link and unknown address', async ({ page }) => {
    await open(page, '/#/r/garbage');
    await expect(h1(page)).toHaveText('This result link could not be opened');
    await audit(page, 'damaged link');
    await open(page, '/#/nowhere');
    await expect(h1(page)).toHaveText('This link does not lead anywhere');
    await audit(page, 'unknown address');
  });

  test('notices: storage blocked, link copied', async ({ page, context, welcome, quiz }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The user denied access to storage.', 'SecurityError');
        },
      });
    });
    const notices = new Notices(page);
    await welcome.goto();
    await notices.expectShown(NOTICE.unavailable);
    await audit(page, 'storage notice');
    await welcome.startQuiz();
    await quiz.finish(planFor('Rookie'));
    await page.getByRole('button', { name: 'Share your result' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied to the clipboard.' })).toBeVisible();
    await audit(page, 'result (copied notice)');
  });
});

/** Deploys a different build into `dir`, as update.spec.ts does. */
async function deploySecondBuild(dir: string) {
  const index = join(dir, 'index.html');
  const html = await readFile(index, 'utf8');
  await writeFile(index, html.replace('<head>', '<head>\n    <meta name="netstyle-build" content="2" />'));
  execFileSync(process.execPath, [join(built.ROOT, 'scripts/post-build.mjs'), dir, '/']);
}

built.test('the update prompt passes axe and is announced', async ({ page, context, serve }, testInfo) => {
  const dir = await built.copyBuild(built.DIST, testInfo.outputPath('site'));
  const served = await serve(dir);
  await page.goto(served.url);
  await built.waitForOfflineReady(page);
  await deploySecondBuild(dir);
  const tab = await context.newPage();
  await tab.goto(served.url);
  await built.expect(page.getByRole('status').filter({ hasText: 'Update available.' })).toBeVisible();
  await audit(page, 'update prompt');
});
