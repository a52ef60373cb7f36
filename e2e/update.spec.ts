// A new build deployed while the app is open: the app offers the update and
// keeps the attempt in progress; only the person's click lets the new
// version take over.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { watch } from './fixtures';
import { ITEMS } from './content';
import { QuizPage } from './pages/quiz';
import { WelcomePage } from './pages/welcome';
import { DIST, copyBuild, deploySecondBuild, expectCacheHoldsBuild, waitForOfflineReady, expect, test } from './serve-build';

/** Marks the running document; a reload loses the mark. */
async function mark(page: Page) {
  await page.evaluate(() => Object.assign(window, { netstyleSameDocument: true }));
}
async function stillSameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => 'netstyleSameDocument' in window);
}

test('a new version waits for consent and keeps the attempt in progress', async ({ page, context, serve }, testInfo) => {
  const dir = await copyBuild(DIST, testInfo.outputPath('site'));
  const served = await serve(dir);
  const guard = watch(page, served.origin);
  const welcome = new WelcomePage(page);
  const quiz = new QuizPage(page);
  const update = page.getByRole('button', { name: 'Update now', exact: true });

  await page.goto(served.url);
  await waitForOfflineReady(page);
  const firstCache = await expectCacheHoldsBuild(page, dir, '/');
  await expect(update, 'no update is offered on the first visit').toHaveCount(0);

  await welcome.startQuiz();
  const first = await quiz.expectQuestion(1);
  const answer = quiz.labels(first)[2];
  await quiz.choose(first, answer);
  await quiz.next.click();
  await quiz.expectQuestion(2);
  await mark(page);

  await deploySecondBuild(dir);
  // The person opens the app in another tab; that navigation is when the
  // browser looks for a new worker.
  const tab = await context.newPage();
  const tabGuard = watch(tab, served.origin);
  await tab.goto(served.url);
  await mark(tab);

  await expect(page.getByText('Update available.')).toBeVisible();
  await expect(update).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Update available.' }),
    'the offer is announced and says the answers are kept',
  ).toContainText('you keep your place');
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`), 'axe on the quiz with the offer shown').toEqual([]);
  expect(await stillSameDocument(page), 'the open tab was not reloaded').toBe(true);
  await quiz.expectQuestion(2);
  expect(
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state),
    'the new worker waits',
  ).toBe('installed');

  await Promise.all([page.waitForEvent('load'), update.click()]);
  expect(await stillSameDocument(page), 'the update reloads this tab').toBe(false);
  await expect(page.locator('meta[name="netstyle-build"]')).toHaveAttribute('content', '2');
  await expect(update).toHaveCount(0);
  await quiz.expectQuestion(2);
  await quiz.back.click();
  await quiz.expectQuestion(1);
  await expect(quiz.option(ITEMS[0], answer)).toBeChecked();

  await waitForOfflineReady(page);
  const secondCache = await expectCacheHoldsBuild(page, dir, '/');
  expect(secondCache, 'the new version has its own cache; the old one is gone').not.toBe(firstCache);
  expect(await stillSameDocument(tab), 'the other tab is not reloaded under its user').toBe(true);

  for (const g of [guard, tabGuard]) {
    expect(g.errors, 'console errors and uncaught exceptions').toEqual([]);
    expect(g.foreign, 'requests to other origins').toEqual([]);
  }
});

test('when the browser keeps nothing, the offer says an update starts afresh', async ({ page, context, serve }, testInfo) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The user denied access to storage.', 'SecurityError');
      },
    });
  });
  const dir = await copyBuild(DIST, testInfo.outputPath('site'));
  const served = await serve(dir);
  const guard = watch(page, served.origin);
  await page.goto(served.url);
  await waitForOfflineReady(page);
  await new WelcomePage(page).startQuiz();
  await new QuizPage(page).expectQuestion(1);
  await mark(page);

  await deploySecondBuild(dir);
  await (await context.newPage()).goto(served.url);

  const offer = page.getByRole('status').filter({ hasText: 'Update available.' });
  await expect(offer).toContainText('updating now starts you afresh');
  await expect(offer).not.toContainText('you keep your place');
  expect(await stillSameDocument(page), 'the open tab was not reloaded').toBe(true);
  expect(guard.errors).toEqual([]);
});

test('a new version takes the page from the HTTP cache only if it is its own', async ({ page, serve }, testInfo) => {
  const dir = await copyBuild(DIST, testInfo.outputPath('site'));
  const served = await serve(dir);
  const guard = watch(page, served.origin);
  await page.goto(served.url);
  await waitForOfflineReady(page);
  const firstCache = await expectCacheHoldsBuild(page, dir, '/');

  // Only index.html changes, and no navigation fetches it again: the HTTP
  // cache still holds the old page when the new worker installs.
  await deploySecondBuild(dir);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration!.update();
  });
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state))
    .toBe('installed');

  const pages = await page.evaluate(async () => {
    const found: Record<string, string> = {};
    for (const name of await caches.keys()) {
      const response = await (await caches.open(name)).match('index.html');
      if (response) found[name] = await response.text();
    }
    return found;
  });
  const names = Object.keys(pages);
  expect(names, 'the old and the new version each have a cache').toHaveLength(2);
  const secondCache = names.find((name) => name !== firstCache)!;
  expect(pages[firstCache]).not.toContain('name="netstyle-build"');
  expect(pages[secondCache], 'the new version holds the new page, not the old copy').toContain('name="netstyle-build"');
  expect(guard.errors).toEqual([]);
});
