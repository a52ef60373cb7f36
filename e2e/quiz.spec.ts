import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ITEMS, planFor } from './content';
import { QUESTION_COUNT, type QuizPage } from './pages/quiz';
import type { WelcomePage } from './pages/welcome';

async function isFocused(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
}

async function startQuiz(welcome: WelcomePage, quiz: QuizPage) {
  await welcome.goto();
  await welcome.startQuiz();
  await quiz.expectQuestion(1);
}

test('the whole quiz can be taken with the keyboard alone', async ({ page, welcome, quiz, result }) => {
  await welcome.goto();
  for (let i = 0; i < 20 && !(await welcome.start.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(welcome.start).toBeFocused();
  await page.keyboard.press('Enter');
  const first = await quiz.expectQuestion(1);

  // Tab reaches the options, and the arrow keys move within the group.
  for (let i = 0; i < 10 && !(await isFocused(page, 'input[type="radio"]')); i++) {
    await page.keyboard.press('Tab');
  }
  expect(await isFocused(page, 'input[type="radio"]'), 'Tab reaches the options').toBe(true);
  await page.keyboard.press('ArrowDown');
  await expect(quiz.radios(first).and(page.locator(':checked'))).toHaveCount(1);

  await quiz.finish(planFor('Rookie'), { keyboard: true });
  await result.expectStyle('Rookie');
});

test('the quiz screen follows its contract', async ({ page, welcome, quiz }) => {
  await startQuiz(welcome, quiz);
  const [first, second] = ITEMS;
  expect(first.kind).toBe('scene');
  await expect(quiz.radios(first)).toHaveCount(4);
  await expect(quiz.back).toBeDisabled();
  await expect(quiz.next).toBeDisabled();
  await expect(quiz.skip).toBeEnabled();

  const label = quiz.labels(first)[3];
  await quiz.choose(first, label);
  await expect(quiz.next).toBeEnabled();
  await quiz.next.click();

  await quiz.expectQuestion(2);
  // A habit item counts what the person did: five anchored answers, fewest
  // first, then "I have not been to an event in that time".
  expect(second.kind).toBe('count');
  await expect(quiz.radios(second)).toHaveCount(6);
  const scale = second.kind === 'count' ? [...second.labels, second.noEvent] : [];
  expect(scale.at(-1)).toBe('I have not been to an event in that time.');
  expect(await quiz.shownOrder(second)).toEqual(scale);
  await expect(quiz.back).toBeEnabled();
  await expect(quiz.next).toBeDisabled();

  await quiz.back.click();
  await quiz.expectQuestion(1);
  await expect(quiz.option(first, label)).toBeChecked();

  // Skip to the last question: its forward button is "See my result".
  await quiz.next.click();
  for (let n = 2; n < QUESTION_COUNT; n++) {
    await quiz.expectQuestion(n);
    await quiz.skip.click();
  }
  const last = await quiz.expectQuestion(QUESTION_COUNT);
  await expect(quiz.next).toHaveCount(0);
  await expect(quiz.seeResult, 'like Next, "See my result" waits for an answer (Skip is the way on without one)').toBeDisabled();
  await quiz.choose(last, quiz.labels(last)[0]);
  await quiz.seeResult.click();
  await expect(page).toHaveURL(/#\/result$/);
});

test('number keys pick the option shown at that position, and Enter moves on', async ({ page, welcome, quiz }) => {
  await startQuiz(welcome, quiz);
  const first = ITEMS[0];
  const shown = await quiz.shownOrder(first);
  for (const [i, label] of shown.entries()) {
    await page.keyboard.press(String(i + 1));
    await expect(quiz.option(first, label)).toBeChecked();
  }
  await page.keyboard.press('Enter');
  await quiz.expectQuestion(2);
  await expect(quiz.heading).toBeFocused();
  await page.keyboard.press('Enter');
  await quiz.expectQuestion(2); // nothing chosen yet: Enter waits like the disabled Next button
});

test('a reload mid-quiz returns to the same question with its answer checked', async ({ page, welcome, quiz }) => {
  await startQuiz(welcome, quiz);
  const plan = planFor('Imposter');
  for (let n = 1; n <= 5; n++) {
    const item = await quiz.expectQuestion(n);
    const choice = plan(item, n - 1);
    if ('pick' in choice) await quiz.choose(item, choice.pick);
    await quiz.next.click();
  }
  const sixth = await quiz.expectQuestion(6);
  expect(sixth.kind).toBe('scene');
  const picked = quiz.labels(sixth)[2];
  await quiz.choose(sixth, picked);
  const order = await quiz.shownOrder(sixth);

  await page.reload();
  await quiz.expectQuestion(6);
  await expect(quiz.option(sixth, picked)).toBeChecked();
  expect(await quiz.shownOrder(sixth), 'option order survives a reload').toEqual(order);

  await quiz.back.click();
  const fifth = await quiz.expectQuestion(5);
  const answer = plan(fifth, 4);
  if ('pick' in answer) await expect(quiz.option(fifth, answer.pick)).toBeChecked();
});

test('back and on, each item shows its own answer checked and no other', async ({ page, welcome, quiz }) => {
  // The options' elements are reused from item to item: an answer further
  // down on one item must not clear the answer higher up on the other.
  await startQuiz(welcome, quiz);
  const first = await quiz.expectQuestion(1);
  const firstPick = (await quiz.shownOrder(first))[0];
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  const second = await quiz.expectQuestion(2);
  const secondPick = (await quiz.shownOrder(second))[2];
  await page.keyboard.press('3');
  await expect(quiz.option(second, secondPick)).toBeChecked();

  for (const [n, item, pick] of [[1, first, firstPick], [2, second, secondPick], [1, first, firstPick]] as const) {
    await (n === 1 ? quiz.back : quiz.next).click();
    await quiz.expectQuestion(n);
    await expect(quiz.option(item, pick)).toBeChecked();
    await expect(quiz.radios(item).and(page.locator(':checked'))).toHaveCount(1);
  }
});

test('scene options are shuffled for each new attempt', async ({ page, welcome, quiz }) => {
  const scenes = [1, 3, 6];
  const orders = async () => {
    const seen: string[][] = [];
    for (let n = 1; n <= Math.max(...scenes); n++) {
      const item = await quiz.expectQuestion(n);
      if (scenes.includes(n)) seen.push(await quiz.shownOrder(item));
      await quiz.choose(item, quiz.labels(item)[0]);
      await quiz.next.click();
    }
    return seen;
  };
  await startQuiz(welcome, quiz);
  const before = await orders();
  await welcome.goto();
  await welcome.startAgain.click();
  await quiz.expectQuestion(1);
  const after = await orders();
  expect(after, 'a new attempt shows the scene options in another order').not.toEqual(before);
  await expect(page).toHaveURL(/#\/quiz$/);
});
