// A build made with `trunk build --release --public-url /some/path/`, served
// under that path only: links, manifest, icons and the service worker's scope
// all follow it, online and offline.
import { execFile } from 'node:child_process';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { watch } from './fixtures';
import { planFor } from './content';
import { WelcomePage, appStarted } from './pages/welcome';
import { QuizPage } from './pages/quiz';
import { ResultPage } from './pages/result';
import { ROOT, expectCacheHoldsBuild, waitForOfflineReady, expect, test } from './serve-build';
import { goOffline } from './engines';

const BASE = '/some/path/';
// One build per engine's project: the two may run this file at the same time.
let SUBPATH_DIST = '';

// eslint-disable-next-line no-empty-pattern
test.beforeAll(async ({}, testInfo) => {
  SUBPATH_DIST = join(ROOT, 'target', `e2e-subpath-dist-${testInfo.project.name}`);
  // Same cargo build as dist/, so only trunk's own steps run again.
  test.setTimeout(15 * 60_000);
  const path = [join(homedir(), '.cargo', 'bin'), join(ROOT, 'node_modules', '.bin'), process.env.PATH].join(':');
  await promisify(execFile)(
    'trunk',
    ['build', '--release', '--offline', '--public-url', BASE, '--dist', SUBPATH_DIST],
    {
      cwd: ROOT,
      // The nginx snippet for this sub-path goes beside the build, not over docs/nginx.conf.
      env: { ...process.env, PATH: path, TRUNK_OFFLINE: 'true', NETSTYLE_NGINX_SNIPPET: `${SUBPATH_DIST}.nginx.conf` },
      maxBuffer: 64 << 20,
    },
  );
});

test('a sub-path build works online and offline', async ({ page, context, browserName, serve }) => {
  const served = await serve(SUBPATH_DIST, BASE);
  expect(served.url).toBe(`${served.origin}${BASE}`);
  const guard = watch(page, served.origin);

  await page.goto(served.url);
  await expect(new WelcomePage(page).heading).toBeVisible();
  // index.html holds the prerendered welcome and its (inline) gate script,
  // the loader under the sub-path, and the app takes the welcome over
  // (e2e/prerender.spec.ts has the rest).
  const html = await (await page.request.get(`${served.url}index.html`)).text();
  expect(html).toContain('<div id="prerendered">');
  expect(html).toContain('<script id="prerender-gate">');
  expect(html).toMatch(new RegExp(`src="${BASE}loader-[0-9a-f]{16}\\.js"`));
  await appStarted(page);
  await waitForOfflineReady(page);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toBe(served.url);
  await expectCacheHoldsBuild(page, SUBPATH_DIST, BASE);

  const manifest = await page.evaluate(async () => {
    const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href;
    const json = await (await fetch(href)).json();
    const icons = [];
    for (const icon of json.icons) {
      const url = new URL(icon.src, href);
      const response = await fetch(url);
      icons.push({ path: url.pathname, ok: response.ok, type: response.headers.get('content-type'), purpose: icon.purpose });
    }
    return { href, start: json.start_url, scope: json.scope, display: json.display, icons };
  });
  expect(manifest.href).toBe(`${served.url}manifest.webmanifest`);
  expect(manifest).toMatchObject({ start: BASE, scope: BASE, display: 'standalone' });
  expect(manifest.icons).toEqual([
    { path: `${BASE}icons/icon-192.png`, ok: true, type: 'image/png', purpose: 'any' },
    { path: `${BASE}icons/icon-512.png`, ok: true, type: 'image/png', purpose: 'any' },
    { path: `${BASE}icons/icon-maskable-512.png`, ok: true, type: 'image/png', purpose: 'maskable' },
    { path: `${BASE}icons/icon.svg`, ok: true, type: 'image/svg+xml', purpose: 'any' },
  ]);

  served.stop();
  await goOffline(context, browserName);
  await page.reload();
  await new WelcomePage(page).startQuiz();
  await new QuizPage(page).finish(planFor('Imposter'));
  await new ResultPage(page).expectStyle('Imposter');
  const link = await page.getByRole('textbox', { name: 'Your share link' }).inputValue();
  expect(link.startsWith(`${served.url}#/r/`), `share link ${link} keeps the sub-path`).toBe(true);

  const tab = await context.newPage();
  const tabGuard = watch(tab, served.origin);
  await tab.goto(link);
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText('Imposter');

  const outside = [...guard.requests, ...tabGuard.requests].filter((url) => !url.startsWith(served.url));
  expect(outside, 'every request stays under the sub-path').toEqual([]);
  for (const g of [guard, tabGuard]) {
    expect(g.errors, 'console errors and uncaught exceptions').toEqual([]);
    expect(g.foreign, 'requests to other origins').toEqual([]);
  }
});
