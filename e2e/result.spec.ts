import { test, expect } from './fixtures';
import {
  ALL_TIPS,
  HABITS,
  HABIT_TIPS,
  ITEMS,
  KEEP_TIPS,
  PHASES,
  STYLES,
  STYLE_TIPS,
  blendPlan,
  codeFor,
  planFor,
  scenesOnly,
  strongHabitsPlan,
  tiedHabitsPlan,
  type Plan,
} from './content';
import { QUESTION_COUNT, type QuizPage } from './pages/quiz';
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

test('a habit whose items were all skipped shows "Too few answers"', async ({ welcome, quiz, result }) => {
  await takeQuiz(welcome, quiz, scenesOnly('Pro'));
  await result.expectStyle('Pro');
  for (const habit of HABITS) {
    await expect(result.meter(habit)).toBeVisible();
    await expect(result.habitRow(habit)).toContainText('Too few answers');
  }
});

test('equal habit scores: the tips are for the habits chosen least in the practice questions, also after a reload', async ({ page, welcome, quiz, result }) => {
  // Every habit at 50; Event choice and Goal & ROI never picked, Expectations
  // and Follow-up twice, Giving first once. Without the picks the tips would
  // be Expectations' and Follow-up's (the habits' fixed order).
  await takeQuiz(welcome, quiz, tiedHabitsPlan('Pro', ['Expectations', 'Follow-up', 'Expectations', 'Giving first', 'Follow-up']));
  await result.expectStyle('Pro');
  for (let pass = 0; pass < 2; pass++) {
    for (const habit of HABITS) {
      await expect(result.habitRow(habit)).toContainText('50 / 100');
    }
    for (const habit of ['Event choice', 'Goal & ROI'] as const) {
      for (const tip of HABIT_TIPS[HABITS.indexOf(habit)]) await expect(result.tip(tip.text)).toBeVisible();
    }
    for (const habit of ['Expectations', 'Follow-up', 'Giving first'] as const) {
      for (const tip of HABIT_TIPS[HABITS.indexOf(habit)]) await expect(result.tip(tip.text)).toHaveCount(0);
    }
    if (pass === 0) {
      await page.reload();
      await result.expectStyle('Pro');
    }
  }
});

test('strong habits are said plainly, the tips turn to keeping them, and a shared link says so', async ({ page, welcome, quiz, result }) => {
  await takeQuiz(welcome, quiz, strongHabitsPlan('Pro'));
  await result.expectStyle('Pro');
  await expect(result.summary.getByText('Your habits are strong: every habit scores 70 or more.')).toBeVisible();
  await expect(result.summary).toContainText('Your style is how you come across; your habits say your hours at events pay off.');
  for (const habit of HABITS) {
    await expect(result.habitRow(habit)).toContainText('100 / 100');
  }
  await expect(result.checklist).toContainText('Tips for your style and for keeping your habits strong.');
  for (const tip of KEEP_TIPS) {
    await expect(result.tip(tip.text)).toBeVisible();
  }
  for (const tip of HABIT_TIPS.flat()) {
    await expect(result.tip(tip.text)).toHaveCount(0);
  }

  // The shared page reads the rule from the habit figures in the link: all at
  // 70 is strong; one at 69, or one with too few answers (255), is not.
  const strong = 'Their habits are strong: every habit scores 70 or more.';
  await page.goto(`/#/r/${codeFor([1, 35, 15, 10, 40, 0b0111, 70, 70, 70, 70, 70])}`);
  await expect(page.getByText(strong)).toBeVisible();
  await page.goto(`/#/r/${codeFor([1, 35, 15, 10, 40, 0b0111, 70, 70, 69, 70, 70])}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Their habits' })).toBeVisible();
  await expect(page.getByText(strong)).toHaveCount(0);
  await page.goto(`/#/r/${codeFor([1, 35, 15, 10, 40, 0b0111, 70, 255, 90, 90, 90])}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Their habits' })).toBeVisible();
  await expect(page.getByText(strong)).toHaveCount(0);
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

test('the style paints first, and the heading stays put when the profile and Share follow (1280 px)', async ({ page, welcome, quiz }) => {
  // A whole quiz walk: a minute more, as QuizPage.finish gives itself.
  test.info().setTimeout(test.info().timeout + 60_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await welcome.goto();
  await welcome.start.click();
  const plan = planFor('Rookie');
  for (let n = 1; n <= QUESTION_COUNT; n++) {
    const item = await quiz.expectQuestion(n);
    const choice = plan(item, n - 1);
    if (!('pick' in choice)) throw new Error('the plan answers every item');
    await quiz.choose(item, choice.pick);
    if (n < QUESTION_COUNT) await quiz.next.click();
  }
  // Every frame from the last answer on: where the heading is, and whether
  // the profile is there yet.
  await page.evaluate(() => {
    const frames: { box: string; profile: boolean }[] = [];
    (window as unknown as { frames_: typeof frames }).frames_ = frames;
    const tick = () => {
      const h1 = document.querySelector('.result-head h1');
      if (h1) {
        const r = h1.getBoundingClientRect();
        frames.push({ box: `${r.x},${r.y},${r.width},${r.height}`, profile: !!document.querySelector('.summary-profile') });
      }
      if (frames.filter((f) => f.profile).length < 3 && frames.length < 600) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await quiz.seeResult.click();
  const frames = await page.waitForFunction(() => {
    const f = (window as unknown as { frames_: { box: string; profile: boolean }[] }).frames_;
    return f.filter((x) => x.profile).length >= 3 && f;
  }).then((h) => h.jsonValue());
  expect(frames[0].profile, 'the first frame with the result shows the style before the profile').toBe(false);
  expect(new Set(frames.map((f) => f.box)).size, `the heading's box in every frame: ${JSON.stringify(frames)}`).toBe(1);
});
