// A new build deployed while the app is open: the app offers the update and
// keeps the attempt in progress; only the person's click lets the new
// version take over.
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { watch } from './fixtures';
import { ITEMS } from './content';
import { QuizPage } from './pages/quiz';
import { WelcomePage, appStarted } from './pages/welcome';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DIST,
  type Served,
  copyBuild,
  deployChangedWasm,
  deploySecondBuild,
  expectCacheHoldsBuild,
  hashedNames,
  waitForOfflineReady,
  expect,
  test,
} from './serve-build';

/** Marks the running document; a reload loses the mark. */
async function mark(page: Page) {
  await page.evaluate(() => Object.assign(window, { netstyleSameDocument: true }));
}
async function stillSameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => 'netstyleSameDocument' in window);
}

/** A copy of the build, served, open in `page` and ready offline. */
async function openCopy(page: Page, serve: (dir: string) => Promise<Served>, testInfo: TestInfo) {
  const dir = await copyBuild(DIST, testInfo.outputPath('site'));
  const served = await serve(dir);
  const guard = watch(page, served.origin);
  await page.goto(served.url);
  await waitForOfflineReady(page);
  return { dir, served, guard };
}

test('a new version waits for consent and keeps the attempt in progress', async ({ page, context, serve }, testInfo) => {
  const { dir, served, guard } = await openCopy(page, serve, testInfo);
  const welcome = new WelcomePage(page);
  const quiz = new QuizPage(page);
  const update = page.getByRole('button', { name: 'Update now', exact: true });
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
  const { dir, served, guard } = await openCopy(page, serve, testInfo);
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
  const { dir, served, guard } = await openCopy(page, serve, testInfo);
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

// A host or the browser may keep a file whose name carries a hash for ever
// (the worker itself takes such files from the HTTP cache), so a name must
// never carry other bytes: every one is the hash of what the build ships.
test('every hashed file name of the build is the hash of its bytes', async () => {
  const names = await hashedNames(DIST);
  expect(names.map(({ name }) => name.replace(/-[0-9a-f]{16}/, '-…')).sort()).toEqual([
    'catalog-de-….nsc',
    'catalog-es-….nsc',
    'catalog-fr-….nsc',
    'catalog-qps-….nsc',
    'favicon-….svg',
    'loader-….js',
    'netstyle-….js',
    'netstyle-…_bg.wasm',
    'style-….css',
  ]);
  for (const { name, named, sha256 } of names) expect(named, `${name}: SHA-256 ${sha256}`).toBe(sha256);
});

test('a deploy that changes only the wasm\'s bytes ships it under a new name, and the update runs', async ({ page, serve }, testInfo) => {
  const { dir, served, guard } = await openCopy(page, serve, testInfo);
  await expectCacheHoldsBuild(page, dir, '/');

  const { before, sha256 } = await deployChangedWasm(dir);
  const files = await readdir(dir);
  const wasm = files.find((name) => name.endsWith('_bg.wasm'))!;
  expect(wasm, 'the changed wasm has a new name').not.toBe(before);
  expect(files, 'and the old name is gone').not.toContain(before);
  for (const { name, named, sha256: bytes } of await hashedNames(dir)) expect(named, name).toBe(bytes);
  const loader = files.find((name) => name.startsWith('loader-'))!;
  expect(await readFile(join(dir, loader), 'utf8'), 'the loader passes the new name to the glue').toContain(`'/${wasm}'`);

  // The old page is open; the browser looks for the new worker.
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
  const update = page.getByRole('button', { name: 'Update now', exact: true });
  await expect(update).toBeVisible();
  await Promise.all([page.waitForEvent('load'), update.click()]);
  await appStarted(page);
  await expect(new WelcomePage(page).start).toBeEnabled();
  await waitForOfflineReady(page);
  const cache = await expectCacheHoldsBuild(page, dir, '/');
  const cached = await page.evaluate(
    async ([name, path]) => {
      const response = await (await caches.open(name)).match(path);
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await response!.arrayBuffer()));
      return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
    },
    [cache, `/${wasm}`],
  );
  expect(cached, 'the new version caches the new bytes, not an old copy from the HTTP cache').toBe(sha256);
  expect(guard.errors, 'console errors (an integrity failure among them)').toEqual([]);
});
