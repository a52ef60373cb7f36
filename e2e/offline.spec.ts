// After one visit the whole app works with the host gone and the browser
// offline: reload, the full quiz, the result and a shared link.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { watch } from './fixtures';
import { planFor } from './content';
import { WelcomePage } from './pages/welcome';
import { QuizPage } from './pages/quiz';
import { ResultPage } from './pages/result';
import { DIST, cachedPaths, copyBuild, expectCacheHoldsBuild, waitForOfflineReady, expect, test } from './serve-build';
import { goOffline } from './engines';

test('after one visit the app works offline, shared links included', async ({ page, context, browserName, serve }) => {
  const served = await serve(DIST);
  const guard = watch(page, served.origin);
  const welcome = new WelcomePage(page);
  const quiz = new QuizPage(page);
  const result = new ResultPage(page);

  await page.goto(served.url);
  await expect(welcome.heading).toBeVisible();
  await waitForOfflineReady(page);
  expect(
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.updateViaCache),
    'the browser always fetches sw.js itself to look for a new version',
  ).toBe('none');
  const cache = await expectCacheHoldsBuild(page, DIST, '/');
  expect(
    (await cachedPaths(page))[cache].filter((path) => path.endsWith('.png')),
    'the PNG icons are in the offline copy (home-screen icon and splash screen)',
  ).toEqual(['/icons/icon-192.png', '/icons/icon-512.png', '/icons/icon-maskable-512.png']);

  served.stop();
  await goOffline(context, browserName);

  await page.reload();
  await expect(welcome.heading).toBeVisible();
  const icon = await page.evaluate(async () => {
    const response = await fetch('icons/icon-maskable-512.png');
    return { ok: response.ok, type: response.headers.get('content-type'), size: (await response.arrayBuffer()).byteLength };
  });
  expect(icon, 'an icon comes from the offline copy').toEqual({ ok: true, type: 'image/png', size: expect.any(Number) });
  expect(icon.size).toBeGreaterThan(1000);
  await welcome.startQuiz();
  await quiz.finish(planFor('Mensch'));
  await result.expectStyle('Mensch');

  const link = await page.getByRole('textbox', { name: 'Your share link' }).inputValue();
  expect(link).toMatch(new RegExp(`^${served.url}#/r/`));

  // A new tab, so the link is a real navigation and not just a new fragment.
  const tab = await context.newPage();
  const tabGuard = watch(tab, served.origin);
  await tab.goto(link);
  await expect(tab.getByText('A shared result', { exact: true })).toBeVisible();
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText('Mensch');
  await expect(tab.getByRole('link', { name: 'Take the quiz yourself' })).toBeVisible();

  for (const g of [guard, tabGuard]) {
    expect(g.errors, 'console errors and uncaught exceptions').toEqual([]);
    expect(g.foreign, 'requests to other origins').toEqual([]);
  }
});

test('a file missing on the host does not stop the rest from being cached', async ({ page, serve }, testInfo) => {
  const dir = await copyBuild(DIST, testInfo.outputPath('site'));
  // Listed in sw.js, gone from the host: all-or-nothing precaching would
  // never activate the worker.
  await rm(join(dir, 'icons', 'icon-maskable.svg'));
  const served = await serve(dir);
  const guard = watch(page, served.origin);

  await page.goto(served.url);
  await waitForOfflineReady(page);
  await expectCacheHoldsBuild(page, dir, '/');
  served.stop();
  expect(guard.errors).toEqual([]);
});
