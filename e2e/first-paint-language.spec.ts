// The first painted frame is in the visitor's language: index.html holds
// the prerendered welcome in every language (English in the page, the
// others in templates), and static/prerender-gate.js puts the visitor's
// one in place before the first paint, with <html lang>, the title, the
// description and the web app manifest's link. One test per language,
// each starting with a browser that prefers it (Chromium through the
// context's locale, Firefox through intl.accept_languages in the projects
// firefox-de, firefox-es and firefox-fr; English in the default projects),
// which first asserts navigator.languages[0] (on the blank page a test
// starts with, before anything loads). The wasm is held back, so
// what shows is the prerendered copy; every animation frame is recorded
// from the first styled one, so "first painted frame" is checked, not a
// later state.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { appStarted } from './pages/welcome';
import {
  FRENCH,
  GERMAN,
  LanguageMenu,
  NAMES,
  SPANISH,
  START,
  TITLE,
  WELCOME_HEADING,
  browserLocale,
  expectBrowserLanguage,
  type Lang,
} from './language';

// page.route cannot hold back what a service worker serves from its cache.
test.use({ serviceWorkers: 'block' });

type Frame = {
  /** Whether the prerendered copy is still in the page (the app has not started). */
  prerendered: boolean;
  lang: string | null;
  /** Visible level-1 headings (visibility counts: a hidden copy shows nothing). */
  h1: string[];
  /** Visible buttons, "(disabled)" added to disabled ones. */
  buttons: string[];
  headingTop: number | null;
};

/** Records what every animation frame shows, from the first styled one (as e2e/prerender.spec.ts). */
async function recordFrames(page: Page) {
  await page.addInitScript(() => {
    const frames: unknown[] = [];
    (window as unknown as { frames_: unknown[] }).frames_ = frames;
    const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true } as CheckVisibilityOptions);
    const styled = () => [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].some((l) => l.sheet);
    const tick = () => {
      if (!styled()) {
        requestAnimationFrame(tick);
        return;
      }
      const h1s = [...document.querySelectorAll('h1')].filter(shown);
      frames.push({
        prerendered: document.getElementById('prerendered') !== null,
        lang: document.documentElement.getAttribute('lang'),
        h1: h1s.map((h) => h.textContent ?? ''),
        buttons: [...document.querySelectorAll('button')].filter(shown).map((b) => `${b.textContent}${b.disabled ? ' (disabled)' : ''}`),
        headingTop: h1s.length ? Math.round(h1s[0].getBoundingClientRect().top + scrollY) : null,
      });
      if (frames.length < 5000) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function framesOf(page: Page): Promise<Frame[]> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => (window as unknown as { frames_: Frame[] }).frames_);
}

/** Holds every request for the wasm until the returned function is called. */
async function holdWasm(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((done) => (release = done));
  await page.route(/_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** What the page says about itself: title, description, manifest link. */
const head = (page: Page) =>
  page.evaluate(() => ({
    title: document.title,
    description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
    manifest: document.querySelector('link[rel="manifest"]')?.getAttribute('href') ?? '',
  }));

const MANIFEST = { en: 'manifest.webmanifest', de: 'manifest-de.webmanifest', es: 'manifest-es.webmanifest', fr: 'manifest-fr.webmanifest' };

/**
 * Opens `/` with the wasm held, checks the prerendered copy in `lang` from
 * its first painted frame, then lets the app take it over: the same
 * screen, in the same place, in the same language.
 */
async function expectFirstPaintIn(page: Page, lang: Lang, guard: { requests: string[] }) {
  await recordFrames(page);
  const release = await holdWasm(page);
  await page.goto('/', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(WELCOME_HEADING[lang]);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('#prerendered'), 'the prerendered copy, before the app').toHaveCount(1);
  await expect(page.getByRole('button', { name: START[lang], exact: true }), 'not yet active').toBeDisabled();
  const classes = await page.evaluate(() => document.documentElement.className.split(/\s+/));
  expect(classes, 'the fresh welcome shows').not.toContain('prerender-hold');
  expect(classes).not.toContain('prerender-language');

  // The head follows: title, description, this language's manifest, whose
  // id and start_url are English's.
  const before = await head(page);
  expect(before.title).toBe(TITLE[lang]);
  expect(before.manifest).toBe(MANIFEST[lang]);
  const manifest = await (await page.request.get(before.manifest)).json();
  const english = await (await page.request.get(MANIFEST.en)).json();
  expect(manifest).toMatchObject({ lang, name: TITLE[lang], description: before.description, id: english.id, start_url: english.start_url, scope: english.scope });
  expect(manifest.icons).toEqual(english.icons);
  if (lang !== 'en') expect(before.description).not.toBe(english.description);

  release();
  await appStarted(page);
  await expect(page.getByRole('button', { name: START[lang], exact: true })).toBeEnabled();
  await new LanguageMenu(page).expectIn(lang);
  expect(await head(page), 'the app keeps what the gate set').toEqual(before);

  const frames = await framesOf(page);
  const painted = frames.filter((f) => f.h1.length > 0);
  expect(painted.length, 'frames with a heading').toBeGreaterThan(0);
  expect(painted[0], 'the first painted heading is the prerendered copy').toMatchObject({ prerendered: true, h1: [WELCOME_HEADING[lang]] });
  for (const f of frames) {
    expect(f.lang, 'every frame').toBe(lang);
    expect([[], [WELCOME_HEADING[lang]]], 'every frame').toContainEqual(f.h1);
  }
  const names = Object.values(NAMES);
  for (const f of painted.filter((f) => f.prerendered)) expect(f.buttons).toEqual([...names, START[lang]].map((b) => `${b} (disabled)`));
  for (const f of painted.filter((f) => !f.prerendered)) expect(f.buttons).toEqual([...names, START[lang]]);
  expect(new Set(painted.map((f) => f.headingTop)).size, 'nothing moves at the takeover').toBe(1);
  expect(painted.some((f) => !f.prerendered), 'frames after the takeover').toBe(true);

  // The language's texts were fetched once (the gate's preload is the
  // app's fetch), and no other language's.
  const catalogs = guard.requests.filter((url) => /\/catalog-[a-z]+-[0-9a-f]{16}\.nsc$/.test(url));
  expect(catalogs.map((url) => /catalog-([a-z]+)-/.exec(url)![1]), 'catalogs fetched').toEqual(lang === 'en' ? [] : [lang]);
}

test.describe('English', () => {
  test.use(browserLocale('en-GB'));
  test('an English browser: the first painted frame is English, with the English manifest', async ({ page, guard, browserName }) => {
    await expectBrowserLanguage(page, browserName === 'chromium' ? 'en-GB' : /^en\b/);
    await expectFirstPaintIn(page, 'en', guard);
  });
});

for (const [lang, tag, locale] of [
  ['de', GERMAN, 'de-DE'],
  ['es', SPANISH, 'es-ES'],
  ['fr', FRENCH, 'fr-FR'],
] as const) {
  test.describe(NAMES[lang], () => {
    test.use(browserLocale(locale));
    test(`a browser in ${NAMES[lang]}: the first painted frame is in it, with its manifest ${tag}`, async ({ page, guard }) => {
        await expectBrowserLanguage(page, locale);
      await expectFirstPaintIn(page, lang, guard);
    });
  });
}

test.describe('a stored choice', () => {
  test.use(browserLocale('de-DE'));
  test(`French chosen in a German browser paints French, and the prerendered welcome stays ${GERMAN}`, async ({ page, guard }) => {
    await expectBrowserLanguage(page, 'de-DE');
    // (The app's pages only: Firefox runs init scripts in about:blank too.)
    await page.addInitScript(() => {
      if (location.protocol === 'http:') localStorage.setItem('netstyle.v1.language', JSON.stringify({ schema: 1, data: 'fr' }));
    });
    await expectFirstPaintIn(page, 'fr', guard);
  });
});
