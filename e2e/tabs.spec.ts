// Two tabs of the app in one browser: what one does shows up in the other
// through the `storage` event, without a reload, and bad data written by
// the other tab costs this one nothing.
import { test as base, expect, watch, type Guard } from './fixtures';
import type { Page } from '@playwright/test';
import { ITEMS, planFor } from './content';
import { NOTICE, KEYS, Notices, fixture } from './pages/notices';
import { WelcomePage } from './pages/welcome';
import { QuizPage } from './pages/quiz';
import { ResultPage } from './pages/result';

type Tab = { page: Page; guard: Guard; welcome: WelcomePage; quiz: QuizPage; result: ResultPage; notices: Notices };

/** `second` is another tab in the same browser, under the same guard. */
const test = base.extend<{ second: Tab }>({
  second: async ({ page, baseURL }, use) => {
    const other = await page.context().newPage();
    const guard = watch(other, new URL(baseURL ?? 'http://127.0.0.1:4173').origin);
    await use({
      page: other,
      guard,
      welcome: new WelcomePage(other),
      quiz: new QuizPage(other),
      result: new ResultPage(other),
      notices: new Notices(other),
    });
    expect(guard.errors, 'console errors in the second tab').toEqual([]);
    expect(guard.foreign, 'requests to other origins from the second tab').toEqual([]);
  },
});

/** Nothing but the storage event may bring the news: no reload, no navigation. */
function countLoads(page: Page): () => number {
  let loads = 0;
  page.on('load', () => loads++);
  return () => loads;
}

test('an attempt started in one tab can be continued in the other', async ({ second, welcome, quiz }) => {
  await welcome.goto();
  await second.welcome.goto();
  const loads = countLoads(second.page);
  await expect(second.welcome.start).toBeVisible();

  await welcome.startQuiz();
  const first = await quiz.expectQuestion(1);
  await quiz.choose(first, quiz.labels(first)[2]);
  await quiz.next.click();
  await quiz.expectQuestion(2);

  await expect(second.welcome.continue).toBeVisible();
  await expect(second.page.getByText(`You answered 1 of ${ITEMS.length} questions so far.`)).toBeVisible();
  await second.welcome.continue.click();
  await second.quiz.expectQuestion(2);
  await second.quiz.back.click();
  await second.quiz.expectQuestion(1);
  await expect(second.quiz.option(first, quiz.labels(first)[2])).toBeChecked();
  expect(loads()).toBe(0);
});

test('a finished result and a ticked tip show up in the other tab', async ({ page, second, welcome, quiz, result }) => {
  // Two whole quizzes: three times the project's time.
  test.slow();
  await welcome.goto();
  await welcome.startQuiz();
  await quiz.finish(planFor('Mensch'));
  await result.expectStyle('Mensch');

  await second.page.goto('/#/result');
  await second.result.expectStyle('Mensch');
  const loads = countLoads(second.page);
  const tip = result.checklist.getByRole('checkbox').first();
  const name = await result.labelOf(tip);
  await tip.check();
  await expect(second.result.tip(name)).toBeChecked();
  await second.result.tip(name).uncheck();
  await expect(result.tip(name)).not.toBeChecked();

  await second.result.retakeQuiz();
  await second.quiz.finish(planFor('Pro'));
  await second.result.expectStyle('Pro');
  await expect(result.heading).toHaveText('Pro');
  await expect(result.earlierItems()).toHaveCount(1);
  expect(loads()).toBe(0);
  expect(await page.evaluate(() => location.hash)).toBe('#/result');
});

test('damaged data written by another tab is set aside and this tab keeps its own', async ({ page, second, welcome, quiz, result }) => {
  await welcome.goto();
  await welcome.startQuiz();
  await quiz.finish(planFor('Rookie'));
  await result.expectStyle('Rookie');
  // The second tab's app must be running before the damaged write, or it
  // would only read the damage at its start (the app's files load after
  // the first paint).
  await second.welcome.goto();
  const ours = await second.notices.stored();

  // As an older, buggy build in the first tab might.
  await page.evaluate((key) => localStorage.setItem(key, '[{"finished_at":"soon"}]'), KEYS.history);

  await second.notices.expectShown(NOTICE.corrupt);
  await second.page.getByRole('link', { name: 'See your latest result' }).click();
  await second.result.expectStyle('Rookie');
  const stored = await second.notices.stored();
  const backups = Object.keys(stored).filter((k) => k.startsWith(`${KEYS.history}.backup.`));
  expect(backups).toHaveLength(1);
  expect(stored[backups[0]]).toBe('[{"finished_at":"soon"}]');
  expect(stored[KEYS.history], 'the second tab put its history back').toBe(ours[KEYS.history]);
});

test('a newer version in another tab stops this one writing over its data', async ({ page, second, welcome }) => {
  await welcome.goto();
  await second.welcome.goto();
  await second.welcome.startQuiz();
  const first = await second.quiz.expectQuestion(1);
  await second.quiz.choose(first, second.quiz.labels(first)[0]);
  await second.quiz.next.click();
  await second.quiz.expectQuestion(2);

  const newer = fixture('attempt').replace('"schema":1', '"schema":2');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEYS.attempt, newer]);

  await second.notices.expectShown(NOTICE.newer);
  await second.quiz.expectQuestion(2);
  const item = ITEMS[1];
  await second.quiz.choose(item, second.quiz.labels(item)[0]);
  await second.quiz.next.click();
  await second.quiz.expectQuestion(3);
  expect(await second.page.evaluate((key) => localStorage.getItem(key), KEYS.attempt)).toBe(newer);
});
