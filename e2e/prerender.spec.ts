// The prerendered first screen: index.html holds the welcome
// screen as a first-time visitor sees it, rendered at build time from the
// app's own components (src/prerender.rs), so it paints before any wasm.
// static/prerender-gate.js hides it before the first paint wherever the app
// will draw something else.
//
// "What shows before the app starts" is checked with the wasm held back
// (page.route), and "no flash" frame by frame: an init script records, at
// every animation frame from the first one, which level-1 heading and which
// buttons are visible and where, until the test reads the record.
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, watch } from './fixtures';
import { codeFor } from './content';
import { WelcomePage, appStarted } from './pages/welcome';
import { DIST, waitForOfflineReady, test as servedTest } from './serve-build';
import { goOffline } from './engines';

// page.route cannot hold back what a service worker serves from its cache:
// the tests that hold the wasm run without one (the offline test has its own).
test.use({ serviceWorkers: 'block' });

const HEADING = 'What kind of networker are you?';
const START = 'Start the quiz';
/** The language menu's buttons, in the masthead of every screen. */
const LANGUAGES = ['English', 'Deutsch', 'Español', 'Français'];
const SHARED = `#/r/${codeFor([1, 35, 15, 10, 40, 0b0111, 50, 60, 70, 80, 90])}`;
/** Three people, without names (the example in docs/group.md). */
const GROUP = '#/g/AQADARQKCjwDUEZaPDId1gFGCgoKABQKHigypIICKAAUKIAy_zIyMsG1tW8';

type Frame = {
  /** Whether the prerendered screen is still in the page (the app has not started). */
  prerendered: boolean;
  masthead: boolean;
  /** Visible level-1 headings. */
  h1: string[];
  /** Visible buttons, "(disabled)" added to disabled ones. */
  buttons: string[];
  /** Top of the visible welcome heading and of the visible Start button, in CSS pixels. */
  headingTop: number | null;
  startTop: number | null;
};

/** Records what every animation frame shows, from the first painted one (see the top). */
async function recordFrames(page: Page) {
  await page.addInitScript(() => {
    const frames: unknown[] = [];
    (window as unknown as { frames_: unknown[] }).frames_ = frames;
    const shown = (el: Element) => el.checkVisibility();
    const top = (el: Element | undefined) => (el ? Math.round(el.getBoundingClientRect().top + scrollY) : null);
    // Until the stylesheet has loaded, neither engine paints (unless a
    // script forces a layout, which Firefox then paints unstyled): those
    // frames are skipped without touching layout.
    const styled = () => [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].some((l) => l.sheet);
    const tick = () => {
      if (!styled()) {
        requestAnimationFrame(tick);
        return;
      }
      const h1s = [...document.querySelectorAll('h1')].filter(shown);
      const buttons = [...document.querySelectorAll('button')].filter(shown);
      frames.push({
        prerendered: document.getElementById('prerendered') !== null,
        masthead: [...document.querySelectorAll('.masthead')].some(shown),
        h1: h1s.map((h) => h.textContent ?? ''),
        buttons: buttons.map((b) => `${b.textContent}${b.disabled ? ' (disabled)' : ''}`),
        headingTop: top(h1s.find((h) => h.textContent === 'What kind of networker are you?')),
        startTop: top(buttons.find((b) => b.textContent === 'Start the quiz')),
      });
      if (frames.length < 5000) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/**
 * The frames recorded so far, from the first that shows the masthead; from
 * then on every frame must show it (the page never goes blank, not even
 * while the app replaces the prerendered copy).
 */
async function framesOf(page: Page): Promise<Frame[]> {
  // A few more frames after the app's first render, so they are recorded too.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const all = await page.evaluate(() => (window as unknown as { frames_: Frame[] }).frames_);
  const at = all.findIndex((f) => f.masthead);
  const frames = at < 0 ? [] : all.slice(at);
  expect(frames.length, 'frames with the masthead').toBeGreaterThan(0);
  expect(frames.filter((f) => !f.masthead), 'frames without the masthead once it showed').toEqual([]);
  return frames;
}

/** Holds every request for the wasm until the returned function is called. */
async function holdWasm(page: Page): Promise<() => void> {
  return hold(page, /_bg\.wasm$/);
}

/** Holds every request whose URL matches until the returned function is called. */
async function hold(page: Page, url: RegExp): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((done) => (release = done));
  await page.route(url, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Stores an attempt in progress with one answer, through the app itself. */
async function storeAnAttempt(page: Page, welcome: WelcomePage) {
  await welcome.goto();
  await welcome.startQuiz();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Question 1 of/);
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Question 2 of/);
}

/**
 * A new page in the same browser (same storage) opening `path` with the
 * wasm held back and every frame recorded; a new page, because going to a
 * URL that differs from the current one only by its fragment hangs Firefox.
 */
async function openHeld(context: BrowserContext, baseURL: string, path: string) {
  const page = await context.newPage();
  const guard = watch(page, new URL(baseURL).origin);
  await recordFrames(page);
  const release = await holdWasm(page);
  await page.goto(path, { waitUntil: 'commit' });
  await expect(page.locator('.masthead')).toBeVisible();
  return { page, guard, release };
}

test('the welcome screen is in index.html before any script runs', async ({ request }) => {
  for (const path of ['/', '/index.html']) {
    const html = await (await request.get(path)).text();
    const body = /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
    expect(body, `${path}: the prerendered block`).toMatch(/^<div id="prerendered">/);
    expect(body).toContain(`<h1>${HEADING}</h1>`);
    expect(body).toMatch(new RegExp(`<button disabled class="primary">${START}</button>`));
    expect(body, 'its only button is disabled').not.toMatch(/<button(?! disabled)/);
    expect(body, 'the four styles').toContain('<h2 id="h-four-styles">The four styles</h2>');
    // The gate is inline in <head>, right after the policy that allows it by
    // its hash (e2e/csp.spec.ts checks the hash): no request before the first paint.
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]+" \/><script id="prerender-gate">/);
    expect(html, 'no separate gate file').not.toMatch(/prerender-gate-[0-9a-f]+\.js/);
    // Nothing of the app is fetched before the first paint (see the next test).
    expect(html, 'no preload of the app').not.toMatch(/rel=("?)(modulepreload|preload)\1[ >]/);
  }
});

test('the app’s files are fetched only once the welcome has painted', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: Record<string, number> = {};
    (window as unknown as { seen_: Record<string, number> }).seen_ = seen;
    // The largest paint inside the copy, where the engine reports it.
    if (PerformanceObserver.supportedEntryTypes.includes('largest-contentful-paint')) {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as PerformanceEntry[] & { element?: Element | null }[]) {
          const element = (e as unknown as { element: Element | null }).element;
          if (element?.closest('#prerendered main') && seen.copyPainted === undefined) seen.copyPainted = e.startTime;
        }
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    }
  });
  const welcome = new WelcomePage(page);
  await welcome.goto();
  await expect(welcome.start).toBeEnabled();
  const times = await page.evaluate(() => {
    const start = (suffix: string) => performance.getEntriesByType('resource').find((r) => r.name.endsWith(suffix))?.startTime;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    const seen = (window as unknown as { seen_: Record<string, number> }).seen_;
    return { fcp, copyPainted: seen.copyPainted, css: start('.css'), glue: [...performance.getEntriesByType('resource')].find((r) => /\/netstyle-[0-9a-f]+\.js$/.test(r.name))?.startTime, wasm: start('_bg.wasm') };
  });
  expect(times.fcp, JSON.stringify(times)).toBeDefined();
  expect(times.wasm, JSON.stringify(times)).toBeGreaterThan(times.fcp!);
  expect(times.glue, JSON.stringify(times)).toBeGreaterThan(times.fcp!);
  // Chromium reports the largest paint: the app waits for the copy's.
  if (times.copyPainted !== undefined) expect(times.glue, JSON.stringify(times)).toBeGreaterThanOrEqual(times.copyPainted);
});

test('the prerendered screen is the one the app draws, from the same components', async ({ page, request }) => {
  const html = await (await request.get('/')).text();
  const welcome = new WelcomePage(page);
  await welcome.goto();
  // The same text and the same elements, in the same order, as the running
  // app's page: the copy in index.html cannot drift from the component.
  const outline = (root: string) =>
    page.evaluate(
      ([html, root]) => {
        const from = html ? new DOMParser().parseFromString(html, 'text/html') : document;
        const el = from.querySelector(root)!;
        return {
          text: el.textContent,
          elements: [...el.querySelectorAll('*')].map(
            (e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${e.getAttribute('class') ?? ''}`,
          ),
        };
      },
      [root === '#prerendered' ? html : '', root] as const,
    );
  const prerendered = await outline('#prerendered');
  const app = await outline('#app');
  expect(prerendered.text).toContain(HEADING);
  expect(app).toEqual(prerendered);
  await expect(welcome.heading).toHaveText(HEADING);
  await expect(welcome.start).toBeEnabled();
});

test('a first visit: the welcome paints before the wasm and the app takes over without a jump', async ({ context, baseURL }) => {
  const { page, guard, release } = await openHeld(context, baseURL!, '/');
  const welcome = new WelcomePage(page);
  await expect(welcome.heading).toBeVisible();
  await expect(welcome.start).toBeVisible();
  await expect(welcome.start, 'not yet active before the app runs').toBeDisabled();
  await expect(welcome.start).toHaveCSS('cursor', 'progress');
  await expect(page.locator('#prerendered')).toHaveCount(1);
  expect(await page.evaluate(() => document.documentElement.classList.contains('prerender-hold'))).toBe(false);

  release();
  await appStarted(page);
  await expect(welcome.start).toBeEnabled();
  const frames = (await framesOf(page));
  const before = frames.filter((f) => f.prerendered);
  const after = frames.filter((f) => !f.prerendered);
  expect(before.length, 'frames painted before the app started').toBeGreaterThan(0);
  expect(after.length, 'frames painted after').toBeGreaterThan(0);
  // (A frame painted while <body> was still arriving may lack the heading.)
  for (const f of frames) expect([[], [HEADING]]).toContainEqual(f.h1);
  // The language menu in the masthead, then Start; disabled until the app runs.
  for (const f of before.filter((f) => f.h1.length)) expect(f.buttons).toEqual([...LANGUAGES, START].map((b) => `${b} (disabled)`));
  for (const f of after) expect(f.h1).toEqual([HEADING]);
  for (const f of after) expect(f.buttons).toEqual([...LANGUAGES, START]);
  // Nothing moves when the app replaces the prerendered copy.
  const placed = frames.filter((f) => f.headingTop !== null && f.startTop !== null);
  expect(placed.length).toBe(frames.filter((f) => f.h1.length).length);
  expect(new Set(placed.map((f) => `${f.headingTop} ${f.startTop}`)).size, JSON.stringify(placed.slice(-3))).toBe(1);
  expect(guard.errors).toEqual([]);
});

test('an attempt in progress: the fresh welcome never shows, only the masthead until the app starts', async ({ page, context, baseURL, welcome }) => {
  await storeAnAttempt(page, welcome);
  for (const path of ['/', '/#/', '/#/quiz']) {
    const held = await openHeld(context, baseURL!, path);
    await expect(held.page.locator('main').first()).toBeHidden();
    held.release();
    await appStarted(held.page);
    const expected = path === '/#/quiz' ? /^Question 2 of/ : HEADING;
    await expect(held.page.getByRole('heading', { level: 1 })).toHaveText(expected);
    if (path !== '/#/quiz') await expect(new WelcomePage(held.page).continue).toBeVisible();
    const frames = (await framesOf(held.page));
    for (const f of frames.filter((f) => f.prerendered)) expect(f, path).toMatchObject({ h1: [], buttons: [] });
    for (const f of frames) expect(f.buttons, path).not.toContain(START);
    expect(frames.filter((f) => !f.prerendered).length, path).toBeGreaterThan(0);
    expect(held.guard.errors).toEqual([]);
    await held.page.close();
  }
});

test('a shared link, a group link and other routes never show the welcome first', async ({ context, baseURL }) => {
  const routes: [string, string | RegExp][] = [
    [`/${SHARED}`, /Mensch/],
    [`/${GROUP}`, 'A group of 3'],
    ['/#/quiz', 'No quiz in progress'],
    ['/#/journal', /./],
    ['/#/styles', /./],
    ['/#/nowhere', 'This link does not lead anywhere'],
  ];
  for (const [path, heading] of routes) {
    const held = await openHeld(context, baseURL!, path);
    await expect(held.page.getByRole('heading', { level: 1 })).toHaveCount(0);
    held.release();
    await appStarted(held.page);
    await expect(held.page.getByRole('heading', { level: 1 })).toHaveText(heading);
    const frames = (await framesOf(held.page));
    expect(frames.filter((f) => f.prerendered).length, `${path}: frames before the app`).toBeGreaterThan(0);
    for (const f of frames) expect(f.h1, path).not.toContain(HEADING);
    for (const f of frames.filter((f) => f.prerendered)) expect(f, path).toMatchObject({ h1: [], buttons: [] });
    expect(held.guard.errors).toEqual([]);
    await held.page.close();
  }
});

test('before the app starts, links lead where they say and the skip link moves focus', async ({ context, baseURL }) => {
  const { page, guard, release } = await openHeld(context, baseURL!, '/');
  const welcome = new WelcomePage(page);
  await expect(welcome.heading).toBeVisible();

  // The skip link moves focus to the content and leaves the route alone.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#prerendered main')).toBeFocused();
  expect(await page.evaluate(() => location.hash)).toBe('');

  // A link changes the route: the welcome gives way at once, and the app
  // opens that route when it starts.
  await welcome.stylesLink.click();
  await expect(welcome.heading).toBeHidden();
  await expect(page.locator('.masthead')).toBeVisible();
  release();
  await appStarted(page);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(HEADING);
  expect(await page.evaluate(() => location.hash)).toBe('#/styles');
  expect(guard.errors).toEqual([]);
});

// The app writes its route to the URL after its first paint (src/app.rs,
// `use_route_sync`). A link followed around that moment, before or after
// the hashchange arrives, must win: the app once put its welcome back.
for (const [moment, delay] of [
  ['as the app’s screen appears', 'now'],
  ['in the app’s first frame', 'frame'],
  ['just after the app’s first frame', 'task'],
] as const) {
  test(`a link followed ${moment} is not undone`, async ({ page, guard }) => {
    await page.addInitScript((delay) => {
      const follow = () => (location.hash = '#/styles');
      const seen = new MutationObserver(() => {
        if (document.getElementById('prerendered') || !document.querySelector('main h1')) return;
        seen.disconnect();
        if (delay === 'now') follow();
        else if (delay === 'frame') requestAnimationFrame(follow);
        else requestAnimationFrame(() => setTimeout(follow, 0));
      });
      seen.observe(document, { childList: true, subtree: true });
    }, delay);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The four networking styles');
    // Long enough for any write the app had queued.
    await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The four networking styles');
    expect(await page.evaluate(() => location.hash)).toBe('#/styles');
    expect(guard.errors).toEqual([]);
  });
}

test('the app takes over where the person is: focus and scroll position stay', async ({ context }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 390, height: 500 });
  // The page's height in the task that takes the copy out: a mutation
  // observer runs right after that task's rendering, before any paint, and
  // this one before the prerender gate's (it was created first).
  await page.addInitScript(() => {
    const takeover = new MutationObserver(() => {
      if (document.getElementById('prerendered') || !document.querySelector('main')) return;
      takeover.disconnect();
      (window as unknown as { takeoverHeight_: number }).takeoverHeight_ = document.documentElement.scrollHeight;
    });
    takeover.observe(document, { childList: true, subtree: true });
  });
  const release = await holdWasm(page);
  // A person scrolls only a page they see, and neither engine shows one
  // before its style sheet. Scrolled earlier (a script's focus() can), the
  // unstyled copy is taller and the page moves when the style sheet
  // arrives, whatever the app does; so the style sheet always comes late
  // here, and the test waits for it like a person would.
  const releaseStyle = await hold(page, /\.css$/);
  await page.goto('/', { waitUntil: 'commit' });
  const welcome = new WelcomePage(page);
  await expect(welcome.stylesLink).toBeAttached();
  releaseStyle();
  await page.waitForFunction(() => {
    const copy = document.getElementById('prerendered');
    return copy !== null && getComputedStyle(copy).display === 'contents';
  });
  await expect(welcome.stylesLink).toBeVisible();
  await welcome.stylesLink.focus();
  const before = await page.evaluate(() => scrollY);
  expect(before, 'scrolled down to the focused link').toBeGreaterThan(0);
  const copyHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  release();
  await appStarted(page);
  await expect(welcome.stylesLink, 'the same link, in the app').toBeFocused();
  expect(await page.evaluate(() => scrollY)).toBe(before);
  const heights = await page.evaluate(() => ({
    atTakeover: (window as unknown as { takeoverHeight_?: number }).takeoverHeight_,
    after: document.documentElement.scrollHeight,
  }));
  expect(heights, 'the app is as tall as the prerendered copy, from the task that swaps them on').toEqual({
    atTakeover: copyHeight,
    after: copyHeight,
  });
  await page.close();
});

test('storage the browser refuses: the gate holds and nothing throws', async ({ page, guard }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The user denied access to storage.', 'SecurityError');
      },
    });
  });
  await recordFrames(page);
  const release = await holdWasm(page);
  await page.goto('/', { waitUntil: 'commit' });
  await expect(page.locator('.masthead')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.classList.contains('prerender-hold'))).toBe(true);
  release();
  await appStarted(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADING);
  for (const f of (await framesOf(page)).filter((f) => f.prerendered)) expect(f).toMatchObject({ h1: [], buttons: [] });
  expect(guard.errors).toEqual([]);
});

servedTest.describe('with the service worker', () => {
  servedTest.use({ serviceWorkers: 'allow' });
  servedTest('offline, the cached index.html is the prerendered one and the app takes it over', async ({ page, context, browserName, serve }) => {
    const served = await serve(DIST);
    const guard = watch(page, served.origin);
    await page.goto(served.url);
    await waitForOfflineReady(page);
    served.stop();
    await goOffline(context, browserName);

    const cached = await page.evaluate(async () => {
      for (const name of await caches.keys()) {
        const hit = await (await caches.open(name)).match(new URL('index.html', location.href).href);
        if (hit) return hit.text();
      }
      return '';
    });
    expect(cached).toContain(`<div id="prerendered">`);
    expect(cached).toContain(`<h1>${HEADING}</h1>`);

    await recordFrames(page);
    await page.reload();
    const welcome = new WelcomePage(page);
    await appStarted(page);
    await welcome.startQuiz();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Question 1 of/);
    const frames = (await framesOf(page));
    for (const f of frames.filter((f) => f.prerendered)) expect([[], [HEADING]]).toContainEqual(f.h1);
    expect(guard.errors).toEqual([]);
    expect(guard.foreign).toEqual([]);
  });
});
