// Sharing a result by link (PRODUCT.md 2.4, 2.5 and 4): the link opens the
// same result in a fresh browser, compare works for a visitor with a result
// of their own, and every kind of damaged link gets a plain explanation.
import { test, expect, watch } from './fixtures';
import { planFor, blendPlan, codeFor } from './content';
import type { Browser, Page } from '@playwright/test';
import { WelcomePage } from './pages/welcome';
import { QuizPage } from './pages/quiz';
import { ResultPage } from './pages/result';

/** Takes the quiz in its own fresh context and returns the share link and the profile. */
async function resultLink(browser: Browser, baseURL: string, plan = planFor('Mensch')) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await new WelcomePage(page).goto();
  await new WelcomePage(page).startQuiz();
  await new QuizPage(page).finish(plan);
  const result = new ResultPage(page);
  const style = (await result.heading.textContent()) ?? '';
  const shares = await result.profileShares();
  const link = await page.getByRole('textbox', { name: 'Your share link' }).inputValue();
  await context.close();
  return { link, style, shares };
}

function sharedHeading(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

test('a link made in one browser opens the same result in another', async ({ browser, baseURL, page }) => {
  const made = await resultLink(browser, baseURL!, blendPlan('Mensch', 'Pro'));
  expect(made.link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#\/r\/[A-Za-z0-9_-]{18}$/);
  expect(made.link.length).toBeLessThan(200);

  await page.goto(made.link);
  await expect(page.getByText('A shared result', { exact: true })).toBeVisible();
  await expect(sharedHeading(page)).toHaveText(made.style);
  const result = new ResultPage(page);
  const profile = result.section('Their profile');
  for (const [style, share] of Object.entries(made.shares)) {
    await expect(profile.getByRole('listitem').filter({ hasText: style })).toHaveText(new RegExp(`${style}\\s+${share}%`));
  }
  await expect(result.section('Their habits').getByRole('meter')).toHaveCount(5);
  // Read-only: no checklist, no retake, no compare without a result of one's own.
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Compare with mine' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Take the quiz yourself' })).toBeVisible();
  // Opening a link stores nothing.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('netstyle.v1.')))).toEqual([]);

  await page.getByRole('link', { name: 'Take the quiz yourself' }).click();
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
});

test('share copies the link and says so', async ({ page, context, welcome, quiz }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await welcome.goto();
  await welcome.startQuiz();
  await quiz.finish(planFor('Rookie'));
  const link = await page.getByRole('textbox', { name: 'Your share link' }).inputValue();
  await page.getByRole('button', { name: 'Share your result' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied to the clipboard.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
});

test('the Web Share API is used where the browser has it', async ({ page, welcome, quiz }) => {
  await page.addInitScript(() => {
    (window as any).__shared = [];
    (navigator as any).share = async (data: unknown) => {
      (window as any).__shared.push(data);
    };
  });
  await welcome.goto();
  await welcome.startQuiz();
  await quiz.finish(planFor('Pro'));
  const link = await page.getByRole('textbox', { name: 'Your share link' }).inputValue();
  await page.getByRole('button', { name: 'Share your result' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Shared.' })).toBeVisible();
  expect(await page.evaluate(() => (window as any).__shared)).toEqual([{ title: 'My networking style', url: link }]);
});

test('compare shows both profiles and tips for the pair, without touching my data', async ({ browser, baseURL, page, welcome, quiz }) => {
  // Two whole quizzes of 32 items.
  // Two whole quizzes: three times the project's time (Firefox's is twice Chromium's).
  test.slow();
  const theirs = await resultLink(browser, baseURL!, planFor('Imposter'));
  await welcome.goto();
  await welcome.startQuiz();
  await quiz.finish(planFor('Pro'));
  const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

  await page.goto(theirs.link);
  await page.getByRole('button', { name: 'Compare with mine' }).click();
  await expect(page.getByRole('heading', { name: 'Side by side' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Theirs: Imposter/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Yours: Pro/ })).toBeVisible();
  await expect(page.locator('svg[role="img"]')).toHaveCount(2);
  await expect(page.getByRole('table', { name: 'Habit scores out of 100' }).getByRole('row')).toHaveCount(6);
  await expect(page.getByRole('heading', { name: 'How an Imposter and a Pro work best together' })).toBeVisible();
  await expect(page.locator('.pair-tips li')).toHaveCount(2);
  expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()))).toBe(before);
});


/** Version 1, Mensch 40% with a Pro streak (35%), habits 50 to 90. */
const VALID = codeFor([1, 35, 15, 10, 40, 0b0111, 50, 60, 70, 80, 90]);

test('a hand-made valid code opens, so the damaged cases below start from a good one', async ({ page }) => {
  await page.goto(`/#/r/${VALID}`);
  await expect(sharedHeading(page)).toHaveText('Mensch');
  await expect(page.locator('p.blend')).toHaveText('with a Pro streak');
});

const damaged: [string, (code: string) => string, RegExp][] = [
  ['empty', () => '', /has no result in it/],
  ['truncated', (c) => c.slice(0, 12), /incomplete/],
  ['one character changed', (c) => c.slice(0, 5) + (c[5] === 'A' ? 'B' : 'A') + c.slice(6), /checksum does not match/],
  ['too long', (c) => c + 'A'.repeat(5000), /incomplete/],
  ['not base64', () => 'hello%20world', /characters that a netstyle result never has/],
  ['non-ASCII', () => 'ÄÖÜ-ünïcødé-ÄÖÜ-üx', /characters that a netstyle result never has/],
];

for (const [name, damage, message] of damaged) {
  test(`a damaged link (${name}) gets a plain explanation and a way in`, async ({ page }) => {
    await page.goto(`/#/r/${damage(VALID)}`);
    await expect(sharedHeading(page)).toHaveText('This result link could not be opened');
    await expect(page.getByText(message)).toBeVisible();
    await page.getByRole('link', { name: 'Take the quiz yourself' }).click();
    await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
  });
}

test('an unknown address is explained too', async ({ page }) => {
  await page.goto('/#/no/such/screen');
  await expect(sharedHeading(page)).toHaveText('This link does not lead anywhere');
  await page.getByRole('link', { name: 'Go to the quiz' }).click();
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
});

test('markup in a link is shown as text and never runs', async ({ page }) => {
  await page.addInitScript(() => {
    (window as any).__ran = false;
  });
  const payload = '<img src=x onerror="window.__ran=true"><script>window.__ran=true</script>';
  await page.goto(`/#/r/${payload}`);
  await expect(sharedHeading(page)).toHaveText('This result link could not be opened');
  await expect(page.locator('main img')).toHaveCount(0);
  await expect(page.locator('main script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as any).__ran)).toBe(false);
});

test('a link from a newer version says to reload', async ({ page }) => {
  // Version 2 carries ties; 3 is from the future.
  await page.goto(`/#/r/${codeFor([3, 40, 30, 20, 10, 0, 50, 50, 50, 50, 50])}`);
  await expect(page.getByText(/made by a newer version of netstyle/)).toBeVisible();
});

test('a link with values no result can have is refused', async ({ page }) => {
  // Shares summing to 120, then a habit score of 101.
  for (const body of [[1, 40, 40, 20, 20, 0, 1, 1, 1, 1, 1], [1, 40, 30, 20, 10, 0, 101, 1, 1, 1, 1]]) {
    await page.goto(`/#/r/${codeFor(body)}`);
    await expect(page.getByText('The link holds values that no quiz result can have.')).toBeVisible();
  }
});
