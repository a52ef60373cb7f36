import { test, expect } from './fixtures';
import { planFor } from './content';

// The fixture already fails any test on a console error or a request to
// another origin; this one walks every screen and action to make sure.
test('the whole flow logs no error and talks to no other origin', async ({ page, guard, welcome, quiz, result }) => {
  await welcome.goto();
  await welcome.startQuiz();
  const plan = planFor('Mensch');
  for (let n = 1; n <= 4; n++) {
    const item = await quiz.expectQuestion(n);
    const choice = plan(item, n - 1);
    if (n === 3) await quiz.skip.click();
    else if ('pick' in choice) {
      await quiz.choose(item, choice.pick);
      await quiz.next.click();
    }
  }
  await quiz.back.click();
  await quiz.expectQuestion(4);
  await page.reload();
  await quiz.expectQuestion(4);
  await welcome.goto();
  await welcome.continue.click();
  await quiz.finish(plan);
  await result.expectStyle('Mensch');
  await result.checklist.getByRole('checkbox').first().check();
  await page.reload();
  await result.expectStyle('Mensch');
  await result.retake.click();
  await result.cancelRetake.click();
  await result.retakeQuiz();
  await quiz.expectQuestion(1);
  await page.goto('/#/no-such-page');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  expect(guard.requests.some((url) => url.endsWith('.wasm')), 'the app was loaded and watched').toBe(true);
  expect(guard.foreign).toEqual([]);
  expect(guard.errors).toEqual([]);

  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.length).toBeGreaterThan(0);
  for (const key of keys) expect(key).toMatch(/^netstyle\.v1\./);
});
