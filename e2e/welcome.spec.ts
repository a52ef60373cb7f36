import { test, expect } from './fixtures';
import { ITEMS } from './content';

test('the welcome screen says what the quiz is and starts it', async ({ page, welcome, quiz }) => {
  await welcome.goto();
  await expect(page.getByText(/about 5 minutes/)).toBeVisible();
  await expect(page.getByText(/Nothing leaves your device/)).toBeVisible();
  await expect(welcome.continue).toHaveCount(0);

  await welcome.startQuiz();
  await expect(page).toHaveURL(/#\/quiz$/);
  await quiz.expectQuestion(1);
});

test('an attempt in progress can be continued or started again', async ({ page, welcome, quiz }) => {
  const [first, second] = ITEMS;
  await welcome.goto();
  await welcome.startQuiz();
  await quiz.expectQuestion(1);
  await quiz.choose(first, quiz.labels(first)[0]);
  await quiz.next.click();
  await quiz.expectQuestion(2);

  await welcome.goto();
  await expect(welcome.start).toHaveCount(0);
  await expect(welcome.startAgain).toBeVisible();
  await welcome.continue.click();
  await quiz.expectQuestion(2);
  await expect(quiz.radios(second).and(page.locator(':checked'))).toHaveCount(0);

  await welcome.goto();
  await welcome.startAgain.click();
  await quiz.expectQuestion(1);
  await expect(quiz.radios(first).and(page.locator(':checked'))).toHaveCount(0);
});
