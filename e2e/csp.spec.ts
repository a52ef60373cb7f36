// The Content-Security-Policy that scripts/post-build.mjs writes into
// index.html: every screen runs under it without a single violation, and it
// really blocks what it should.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { planFor } from './content';

declare global {
  interface Window {
    cspViolations: string[];
    injectedRan?: boolean;
    pwned?: boolean;
  }
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`),
    );
  });
});

async function expectCleanScreen(page: Page, screen: string) {
  expect(await page.evaluate(() => window.cspViolations), `CSP violations on ${screen}`).toEqual([]);
  expect(await page.locator('[style]').count(), `style attributes on ${screen}`).toBe(0);
}

test('every screen runs under the policy without a violation', async ({ page, welcome, quiz, result }) => {
  await welcome.goto();
  await expectCleanScreen(page, 'welcome');

  await welcome.startQuiz();
  await quiz.expectQuestion(1);
  await expectCleanScreen(page, 'quiz');
  await quiz.finish(planFor('Pro'));

  await result.expectStyle('Pro');
  await expect(result.chart).toBeVisible();
  await expectCleanScreen(page, 'result');

  const link = await page.getByRole('textbox', { name: 'Your share link' }).inputValue();
  await page.goto(link);
  await expect(page.getByText('A shared result', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Compare with mine' }).click();
  await expect(page.getByRole('button', { name: 'Hide the comparison' })).toBeVisible();
  await expectCleanScreen(page, 'shared result with comparison');

  await page.goto('/#/r/not-a-code');
  await expect(page.getByRole('heading', { level: 1, name: 'This result link could not be opened' })).toBeVisible();
  await expectCleanScreen(page, 'damaged link');

  await page.goto('/#/nowhere');
  await expect(page.getByRole('heading', { level: 1, name: 'This link does not lead anywhere' })).toBeVisible();
  await expectCleanScreen(page, 'unknown link');
});

test('the policy allows only the app’s own files and blocks inline code', async ({ page, welcome, guard }) => {
  await welcome.goto();

  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = new Map(
    (policy ?? '').split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  // The one inline script, the prerender gate, is allowed by its hash and
  // nothing else inline is (scripts/post-build.mjs).
  const inline = await page.evaluate(async () => {
    const hashes = [];
    for (const script of document.querySelectorAll('script:not([src])')) {
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(script.textContent ?? ''));
      hashes.push(`'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`);
    }
    return { ids: [...document.querySelectorAll('script:not([src])')].map((s) => s.id), hashes };
  });
  expect(inline.ids).toEqual(['prerender-gate']);
  expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", ...inline.hashes]);
  expect(directives.get('style-src')).toEqual(["'self'"]);
  expect(directives.get('connect-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'self'"]);
  expect(policy).not.toMatch(/unsafe-inline|\*/);

  const outcome = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.injectedRan = true;';
    document.body.append(script);
    const styled = document.createElement('p');
    styled.setAttribute('style', 'color: rgb(255, 0, 0)');
    document.body.append(styled);
    const color = getComputedStyle(styled).color;
    const fetched = await fetch('http://127.0.0.2:9/').then(
      () => 'fetched',
      () => 'refused',
    );
    return { ran: window.injectedRan === true, color, fetched };
  });
  expect(outcome.ran, 'an injected inline script does not run').toBe(false);
  expect(outcome.color, 'an inline style is not applied').not.toBe('rgb(255, 0, 0)');
  expect(outcome.fetched, 'another origin cannot be reached').toBe('refused');
  expect(await page.evaluate(() => window.cspViolations)).toEqual([
    'script-src-elem blocked inline',
    'style-src-attr blocked inline',
    'connect-src blocked http://127.0.0.2:9/',
  ]);

  // These three were provoked on purpose; anything else still fails the test.
  // Chromium words them "Content Security Policy", Firefox "The page’s settings blocked".
  const expected = /Content Security Policy|Failed to fetch|The page’s settings blocked/;
  guard.errors.splice(0, guard.errors.length, ...guard.errors.filter((e) => !expected.test(e)));
});

test('a link carrying markup is shown as text, never parsed', async ({ page }) => {
  await page.goto('/#/r/<img src=x onerror="window.pwned=true">');
  await expect(page.getByRole('heading', { level: 1, name: 'This result link could not be opened' })).toBeVisible();
  expect(await page.locator('main img, main script').count()).toBe(0);
  expect(await page.evaluate(() => window.pwned)).toBeUndefined();
  await expectCleanScreen(page, 'link with markup');
});
