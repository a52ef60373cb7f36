// The honest edge cases of a result: too few scenes answered gives
// no style and leads back to the skipped ones; an exact tie is shown as a tie.
import { test, expect } from './fixtures';
import { ITEMS, SCENES, SCORING, planFor, statementsOnly, tiePlan, type Plan } from './content';
import { NotEnoughPage } from './pages/not-enough';
import { ResultPage } from './pages/result';

test('skipping the scenes gives no style, keeps the answers and leads back to the skipped scenes', async ({
  page,
  welcome,
  quiz,
  result,
}) => {
  await welcome.goto();
  await welcome.startQuiz();
  await quiz.finish(statementsOnly());

  const notEnough = new NotEnoughPage(page);
  await notEnough.expectShown(0, SCENES.length, SCORING.minScenes);
  // No style, no profile, nothing filed in the history.
  await expect(result.profile).toHaveCount(0);
  for (const style of ['Pro', 'Rookie', 'Imposter', 'Mensch']) {
    await expect(page.getByRole('heading', { level: 1, name: style, exact: true })).toHaveCount(0);
  }

  // Still there after a reload.
  await page.reload();
  await notEnough.expectShown(0, SCENES.length, SCORING.minScenes);

  await notEnough.answerSkipped.click();
  const first = ITEMS.indexOf(SCENES[0]) + 1;
  const item = await quiz.expectQuestion(first);
  await expect(quiz.heading).toBeFocused();
  // The statements answered before are still answered.
  await quiz.finish(planFor('Imposter'));
  await result.expectStyle('Imposter');
  await expect(result.noEarlierResults).toBeVisible();
  expect(item.kind).toBe('scene');
});

test('too few scenes: the count of answered scenes is told, and one more scene can settle it', async ({
  page,
  welcome,
  quiz,
  result,
}) => {
  const few = SCENES.slice(0, SCORING.minScenes - 1).map((s) => s.id);
  const plan: Plan = (item, i) =>
    item.kind === 'scene' ? (few.includes(item.id) ? { pick: item.options.Pro } : { skip: true }) : statementsOnly()(item, i);
  await welcome.goto();
  await welcome.startQuiz();
  await quiz.finish(plan);
  const notEnough = new NotEnoughPage(page);
  await notEnough.expectShown(few.length, SCENES.length, SCORING.minScenes);

  await notEnough.answerSkipped.click();
  const next = SCENES[SCORING.minScenes - 1];
  await quiz.expectQuestion(ITEMS.indexOf(next) + 1);
  await quiz.finish((item, i) => (item.id === next.id ? { pick: next.options.Pro } : plan(item, i)));
  await result.expectStyle('Pro');
});

test('an exact tie is shown as a tie, here and through a share link', async ({ page, welcome, quiz, result }) => {
  await welcome.goto();
  await welcome.startQuiz();
  await quiz.finish(tiePlan('Pro', 'Mensch'));

  await result.expectStyle('Pro and Mensch');
  await expect(result.blend).toHaveText('Equal parts Pro and Mensch');
  const shares = await result.profileShares();
  expect(shares.Pro).toBe(50);
  expect(shares.Mensch).toBe(50);
  await expect(result.why).toContainText('These answers pulled most towards the Pro and Mensch:');

  const link = await page.getByRole('textbox', { name: 'Your share link' }).inputValue();
  await page.goto('about:blank');
  await page.goto(link);
  await expect(page.getByText('A shared result', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pro and Mensch');
  await expect(new ResultPage(page).blend).toHaveText('Equal parts Pro and Mensch');
});
