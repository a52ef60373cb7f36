// Every test runs under a guard: any console error, uncaught exception or
// request to an origin other than the app's fails it. The page objects come
// ready made.
import { test as base, expect, type Page } from '@playwright/test';
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
    if (msg.type() === 'error') guard.errors.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => guard.errors.push(`uncaught: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    guard.requests.push(url);
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== appOrigin) guard.foreign.push(url);
  });
  return guard;
}

export const test = base.extend<Fixtures>({
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
