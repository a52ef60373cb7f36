import { test, expect } from './fixtures';
import { ALL_TIPS, HABITS, ITEMS, PHASES, STYLES, STYLE_TIPS, blendPlan, planFor, scenesOnly, type Plan } from './content';
import type { QuizPage } from './pages/quiz';
import type { WelcomePage } from './pages/welcome';

async function takeQuiz(welcome: WelcomePage, quiz: QuizPage, plan: Plan) {
  await welcome.goto();
  await (await welcome.start.isVisible() ? welcome.start : welcome.startAgain).click();
  await quiz.expectQuestion(1);
  await quiz.finish(plan);
}

for (const style of STYLES) {
  test(`answering every scene the ${style} way gives ${style}`, async ({ welcome, quiz, result }) => {
    await takeQuiz(welcome, quiz, planFor(style));
    await result.expectStyle(style);
    await expect(result.blend).toHaveCount(0);
    const shares = await result.profileShares();
    expect(shares[style]).toBe(100);
  });
}

test('the result page explains the result and gives a checklist', async ({ page, welcome, quiz, result }) => {
  await takeQuiz(welcome, quiz, planFor('Mensch'));
  await result.expectStyle('Mensch');

  // Profile: a chart with a name, and four shares in text that add up to 100.
  await expect(result.chart).toBeVisible();
  await expect(result.chart).toHaveAccessibleName(/\S/);
  const shares = await result.profileShares();
  expect(Object.keys(shares).sort()).toEqual([...STYLES].sort());
  expect(Object.values(shares).reduce((a, b) => a + b, 0)).toBe(100);

  // Habits: one meter per habit whose value matches the score shown.
  for (const habit of HABITS) {
    const meter = result.meter(habit);
    await expect(meter).toBeVisible();
    const row = result.habitRow(habit);
    await expect(row).toContainText(habit);
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    const m = /(\d{1,3}) \/ 100/.exec(text);
    expect(m, `${habit} shows "NN / 100" when its statements were answered`).not.toBeNull();
    await expect(meter).toHaveAttribute('aria-valuenow', m![1]);
  }

  // Why: the answers behind the result, in an ordered list.
  const why = result.whyItems();
  await expect(why.first()).toBeVisible();
  const reasons = await why.allInnerTexts();
  expect(reasons.length).toBeGreaterThan(0);
  expect(reasons.length).toBeLessThanOrEqual(5);
  const answered = ITEMS.flatMap((i) => (i.kind === 'scene' ? [i.prompt, i.options.Mensch] : [i.prompt]));
  for (const reason of reasons) {
    expect(answered.some((t) => reason.includes(t)), `"${reason}" names a question or answer`).toBe(true);
  }

  // Checklist: the style's own tips and more, each under its phase heading.
  for (const phase of Object.keys(PHASES) as (keyof typeof PHASES)[]) {
    await expect(result.phaseHeading(phase)).toBeVisible();
  }
  for (const tip of STYLE_TIPS[STYLES.indexOf('Mensch')]) {
    await expect(result.tip(tip.text)).toBeVisible();
  }
  const boxes = result.checklist.getByRole('checkbox');
  const count = await boxes.count();
  expect(count).toBeGreaterThanOrEqual(5 + 2 * 3);
  for (let i = 0; i < count; i++) {
    const label = await result.labelOf(boxes.nth(i));
    const tip = ALL_TIPS.find((t) => t.text === label);
    expect(tip, `checkbox "${label}" is one of the app's tips`).toBeDefined();
    expect(await result.phaseOf(boxes.nth(i)), `"${label}" sits under its phase`).toBe(PHASES[tip!.phase]);
  }

  await expect(result.noEarlierResults).toBeVisible();
  await expect(result.earlierItems()).toHaveCount(0);
  await expect(page).toHaveTitle(/\S/);
});

test('a close second style shows as a blend', async ({ welcome, quiz, result }) => {
  await takeQuiz(welcome, quiz, blendPlan('Mensch', 'Pro'));
  await result.expectStyle('Mensch');
  await expect(result.blend).toHaveText('with a Pro streak');
  const shares = await result.profileShares();
  expect(shares.Mensch).toBeGreaterThan(shares.Pro);
  expect(shares.Rookie + shares.Imposter).toBe(0);
});

test('a habit whose statements were all skipped shows "No answers"', async ({ welcome, quiz, result }) => {
  await takeQuiz(welcome, quiz, scenesOnly('Pro'));
  await result.expectStyle('Pro');
  for (const habit of HABITS) {
    await expect(result.meter(habit)).toBeVisible();
    await expect(result.habitRow(habit)).toContainText('No answers');
  }
});

test('a checked tip stays checked after a reload', async ({ page, welcome, quiz, result }) => {
  await takeQuiz(welcome, quiz, planFor('Pro'));
  await result.expectStyle('Pro');
  const [checked, unchecked] = STYLE_TIPS[STYLES.indexOf('Pro')];
  await result.tip(checked.text).check();
  await expect(result.tip(checked.text)).toBeChecked();

  await page.reload();
  await result.expectStyle('Pro');
  await expect(result.tip(checked.text)).toBeChecked();
  await expect(result.tip(unchecked.text)).not.toBeChecked();

  await result.tip(checked.text).uncheck();
  await page.reload();
  await expect(result.tip(checked.text)).not.toBeChecked();
});

test('retaking asks first, and the earlier result joins the history', async ({ page, welcome, quiz, result }) => {
  await takeQuiz(welcome, quiz, planFor('Mensch'));
  await result.expectStyle('Mensch');
  await expect(result.noEarlierResults).toBeVisible();

  await result.retake.click();
  await expect(result.retakeQuestion).toBeVisible();
  await result.cancelRetake.click();
  await expect(result.retakeQuestion).toBeHidden();
  await result.expectStyle('Mensch');

  await result.retakeQuiz();
  await expect(page).toHaveURL(/#\/quiz$/);
  const first = await quiz.expectQuestion(1);
  await expect(quiz.radios(first).and(page.locator(':checked'))).toHaveCount(0);
  await quiz.finish(planFor('Rookie'));
  await result.expectStyle('Rookie');

  await expect(result.noEarlierResults).toHaveCount(0);
  const earlier = result.earlierItems().filter({ hasText: 'Mensch' });
  await expect(earlier).toHaveCount(1);
  await expect(earlier).toContainText(String(new Date().getFullYear()));
});
