// Every test runs under a guard: any console error, uncaught exception or
// request to an origin other than the app's fails it. The page objects come
// ready made.
import { test as base, expect, type Page } from '@playwright/test';
import { adaptPagesToEngine } from './engines';
import { WelcomePage } from './pages/welcome';
import { QuizPage } from './pages/quiz';
import { ResultPage } from './pages/result';

export type Guard = {
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** URLs requested from any other origin so far. */
  foreign: string[];
  /** Every URL the page requested, for tests that want to look. */
  requests: string[];
};

type Fixtures = {
  guard: Guard;
  welcome: WelcomePage;
  quiz: QuizPage;
  result: ResultPage;
};

export function watch(page: Page, appOrigin: string): Guard {
  const guard: Guard = { errors: [], foreign: [], requests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !isPlaywrightsOwnStyle(msg.text())) guard.errors.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => {
    if (!isPlaywrightsOwnStyle(err.message)) guard.errors.push(`uncaught: ${err.message}`);
  });
  page.on('request', (req) => {
    const url = req.url();
    guard.requests.push(url);
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== appOrigin) guard.foreign.push(url);
  });
  return guard;
}

/**
 * Playwright takes a screenshot in Firefox by adding a <style> of its own to
 * the page, which the app's CSP blocks and Firefox reports as an error. That
 * one stylesheet, known by its hash, is not the app's doing; any other
 * blocked style still fails the test.
 */
function isPlaywrightsOwnStyle(message: string): boolean {
  return message.includes('(style-src-elem)') && message.includes("'sha256-YjaKGiklmzC6wjXA513HAMmzus8VE61XCOT+SmwNZWA='");
}

export const test = base.extend<Fixtures>({
  context: async ({ context, browserName, baseURL }, use) => {
    adaptPagesToEngine(context, browserName, baseURL);
    await use(context);
  },
  guard: [
    async ({ page, baseURL }, use) => {
      const guard = watch(page, new URL(baseURL ?? 'http://127.0.0.1:4173').origin);
      await use(guard);
      expect(guard.errors, 'console errors and uncaught exceptions').toEqual([]);
      expect(guard.foreign, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
  welcome: async ({ page }, use) => use(new WelcomePage(page)),
  quiz: async ({ page }, use) => use(new QuizPage(page)),
  result: async ({ page }, use) => use(new ResultPage(page)),
});

export { expect };
