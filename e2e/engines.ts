// What differs between the two engines the suite runs in, in one place.
// Playwright drives Chromium over CDP and Debian's Firefox 153 ESR over
// WebDriver BiDi; Firefox 153's BiDi lacks some commands Playwright uses.
//
// - A page.goto to a URL that differs from the current one only in its
//   fragment never settles in Firefox. A browser makes such a navigation
//   within the same document (the fragment changes, `hashchange` fires,
//   nothing loads; Chromium's goto resolves with null), so in Firefox the
//   same navigation is made from inside the page, by setting location.
// - Firefox 153's BiDi has no emulation.setMediaFeaturesOverride: Playwright
//   1.64 cannot emulate prefers-color-scheme or prefers-reduced-motion there
//   and silently does nothing (1.65 sends it and fails every new context,
//   which is why package.json pins 1.64.1). So in Firefox page.emulateMedia
//   only goes ahead when the browser already is as asked, and otherwise
//   throws: a test must never believe it saw dark mode when it did not.
// - Firefox 153's BiDi has no emulation.setNetworkConditions either, so
//   context.setOffline fails there; see goOffline.
import type { BrowserContext, Page } from '@playwright/test';

export const NO_MEDIA_EMULATION =
  'Firefox 153 ESR over WebDriver BiDi cannot emulate prefers-color-scheme or prefers-reduced-motion (no emulation.setMediaFeaturesOverride)';

export const NO_PRINT_EMULATION =
  'Firefox 153 ESR over WebDriver BiDi cannot emulate print media (no emulation.setMediaFeaturesOverride), and window.print() would open a dialog';

export const NO_SW_REQUESTS = "Playwright reports a service worker's own requests in Chromium only";

/**
 * Tags that route tests about the colour scheme and motion in Firefox, where
 * a test cannot switch them: the project `firefox` runs Firefox as it comes
 * (light, motion allowed) and `firefox-dark` runs it with the user
 * preferences for a dark scheme and reduced motion set at launch.
 * - DARK: a test of the dark scheme or of reduced motion; in Firefox it runs
 *   in `firefox-dark` only.
 * - SCHEMES: a test that checks every scheme the engine can show
 *   (`schemesOf`); in Firefox it runs in both projects, once per scheme.
 * Chromium runs every test and switches the scheme inside the test.
 */
export const DARK = '@dark';
export const SCHEMES_TAG = '@schemes';

/** Whether Playwright can switch colour scheme and reduced motion in this page's engine. */
export function canEmulateMedia(page: Page): boolean {
  return page.context().browser()?.browserType().name() !== 'firefox';
}

/**
 * The colour schemes a test can show in this page: both where Playwright can
 * switch them (Chromium), otherwise the one the browser was launched with.
 */
export async function schemesOf(page: Page): Promise<('light' | 'dark')[]> {
  if (canEmulateMedia(page)) return ['light', 'dark'];
  return [(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)) ? 'dark' : 'light'];
}

/**
 * Switches `page` to `colorScheme` and waits for the colour transitions
 * that starts (buttons fade their colours in 0.15 s) to end, so axe
 * measures colours as they are meant to be seen: an axe run in the middle
 * of one once found a button's contrast too low.
 */
export async function useScheme(page: Page, colorScheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme });
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => null))));
}

const patched = new WeakSet<Page>();

function withoutFragment(url: URL): string {
  return url.href.slice(0, url.href.length - url.hash.length).replace(/#$/, '');
}

function adaptToFirefox(page: Page, baseURL: string | undefined) {
  if (patched.has(page)) return;
  patched.add(page);

  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    const here = new URL(page.url());
    const there = new URL(url, baseURL ?? here);
    if (!url.includes('#') || withoutFragment(here) !== withoutFragment(there)) return goto(url, options);
    await page.evaluate((href) => {
      location.href = href;
    }, there.href);
    return null;
  };

  page.emulateMedia = async (options = {}) => {
    if (options.media || options.forcedColors || options.contrast) throw new Error(NO_MEDIA_EMULATION);
    const asked: string[] = [];
    if (options.colorScheme) asked.push(`(prefers-color-scheme: ${options.colorScheme})`);
    if (options.reducedMotion) asked.push(`(prefers-reduced-motion: ${options.reducedMotion})`);
    const unmet = await page.evaluate((queries) => queries.filter((q) => !matchMedia(q).matches), asked);
    if (unmet.length) throw new Error(`${NO_MEDIA_EMULATION}, and this page does not match ${unmet.join(', ')}`);
  };
}

/** Makes every page of `context` work around Firefox's BiDi gaps above. */
export function adaptPagesToEngine(context: BrowserContext, browserName: string, baseURL: string | undefined) {
  if (browserName !== 'firefox') return;
  for (const page of context.pages()) adaptToFirefox(page, baseURL);
  context.on('page', (page) => adaptToFirefox(page, baseURL));
}

/**
 * Takes the browser off the network, after the test has stopped the host.
 * Firefox 153's BiDi cannot switch the network off (no
 * emulation.setNetworkConditions); there the stopped host is what the app
 * meets: every request for it fails, as offline. The app never reads
 * navigator.onLine, so nothing else differs for it.
 */
export async function goOffline(context: BrowserContext, browserName: string) {
  if (browserName !== 'firefox') await context.setOffline(true);
}
