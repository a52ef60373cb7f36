// The result's first screenful holds the style, the profile ring
// and Share, on a phone and on a laptop; a face for each style; two columns
// on a wide screen and no sideways scroll from 320 px; an in-page navigation.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { open } from './open';
import { blendPlan, codeFor, planFor } from './content';
import { KEYS, fixture } from './pages/notices';

const SIZES = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const;

/** Exactly these items in localStorage, then a fresh load of `path`. */
async function scrollTop(page: Page) {
  return page.evaluate(() => document.scrollingElement?.scrollTop ?? -1);
}

for (const size of SIZES) {
  test(`at ${size.width} x ${size.height} the style, the ring and Share are in the first viewport`, async ({ page, welcome, quiz, result }) => {
    await page.setViewportSize(size);
    await welcome.goto();
    await welcome.startQuiz();
    await quiz.finish(blendPlan('Mensch', 'Pro', 4));
    await result.expectStyle('Mensch');
    expect(await scrollTop(page), 'the result opens at its top').toBe(0);

    for (const [what, locator] of [
      ['style heading', result.heading],
      ['blend', result.blend],
      ['emblem', result.emblem],
      ['profile ring', result.chart],
      ['Share', result.share],
    ] as const) {
      await expect(locator, `${what} is wholly inside the first viewport`).toBeInViewport({ ratio: 1 });
    }
    // The four shares are listed as text beside the ring.
    const shares = await result.profileShares();
    expect(Object.values(shares).reduce((a, b) => a + b, 0)).toBe(100);
    // The blend is said once: the heading names the style, the line under it the streak.
    await expect(result.blend).toHaveText('with a Pro streak');
    expect(await result.summary.locator('.result-head').innerText()).not.toMatch(/Mensch[\s\S]*Mensch/);
    expect(await scrollTop(page), 'nothing scrolled to find them').toBe(0);
  });
}

test('from 960 px the result uses two columns; at 390 px it is one', async ({ page, result }) => {
  await open(page, '/#/result', { [KEYS.history]: fixture('history') });
  await result.expectStyle('Mensch');
  const left = async (title: string) =>
    (await page.getByRole('heading', { level: 2, name: title, exact: true }).boundingBox())!.x;

  await page.setViewportSize({ width: 1280, height: 800 });
  const [habits, checklist] = [await left('Your habits'), await left('Your checklist')];
  expect(checklist - habits, 'the checklist stands beside the habits').toBeGreaterThan(400);
  const checklistTop = (await page.getByRole('heading', { level: 2, name: 'Your checklist', exact: true }).boundingBox())!.y;
  const habitsTop = (await page.getByRole('heading', { level: 2, name: 'Your habits', exact: true }).boundingBox())!.y;
  expect(checklistTop, 'and starts near the top of the columns').toBeLessThan(habitsTop + 10);

  await page.setViewportSize({ width: 390, height: 844 });
  expect(await left('Your checklist')).toBe(await left('Your habits'));
});

test('nothing scrolls sideways from 320 px up, on the result, shared and styles pages', async ({ page }) => {
  const shared = `/#/r/${codeFor([1, 35, 15, 10, 40, 0b0111, 50, 60, 70, 80, 90])}`;
  await open(page, '/#/result', { [KEYS.history]: fixture('history') });
  for (const path of ['/#/result', shared, '/#/styles', '/']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    for (const width of [320, 390, 768, 960, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll, `${path} at ${width} px`).toBeLessThanOrEqual(client);
    }
  }
});

test('the in-page navigation takes you to each part and keeps the address', async ({ page, result }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, '/#/result', { [KEYS.history]: fixture('history') });
  await result.expectStyle('Mensch');
  for (const [link, heading] of [
    ['Checklist', 'Your checklist'],
    ['History', 'Earlier results'],
    ['Habits', 'Your habits'],
    ['Why', 'Why you got this'],
    ['Your style', 'Being a Mensch'],
  ]) {
    await result.nav.getByRole('link', { name: link, exact: true }).click();
    const target = page.getByRole('heading', { level: 2, name: heading, exact: true });
    await expect(target).toBeInViewport();
    await expect(target).toBeFocused();
    await expect(page).toHaveURL(/#\/result$/);
    await result.expectStyle('Mensch');
  }
});

test('each style has its own emblem and accent, on the result, its history and a shared link', async ({ page, welcome, quiz, result }) => {
  await welcome.goto();
  await welcome.startQuiz();
  await quiz.finish(planFor('Pro'));
  await result.expectStyle('Pro');
  await expect(result.emblem).toHaveAttribute('data-style', 'Pro');
  const accent = (el: Awaited<ReturnType<typeof result.emblem.elementHandle>>) =>
    el!.evaluate((svg) => getComputedStyle(svg.querySelector('.emblem-disc')!).fill);
  const proAccent = await accent(await result.emblem.elementHandle());

  await result.retakeQuiz();
  await quiz.finish(planFor('Imposter'));
  await result.expectStyle('Imposter');
  await expect(result.emblem).toHaveAttribute('data-style', 'Imposter');
  expect(await accent(await result.emblem.elementHandle()), 'another style, another colour').not.toBe(proAccent);
  // The earlier Pro result carries the Pro emblem, next to its name.
  const earlier = result.earlierItems().filter({ hasText: 'Pro' });
  await expect(earlier.locator('svg.emblem')).toHaveAttribute('data-style', 'Pro');
  // A shape, not only a colour: the four glyphs differ.
  const glyphs = await page.evaluate(() => document.querySelector('.summary svg.emblem g')!.innerHTML);
  const earlierGlyph = await earlier.locator('svg.emblem g').innerHTML();
  expect(glyphs).not.toBe(earlierGlyph);

  const link = await page.getByRole('textbox', { name: 'Your share link' }).inputValue();
  await page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(page.getByText('A shared result', { exact: true })).toBeVisible();
  await expect(page.locator('.summary svg.emblem')).toHaveAttribute('data-style', 'Imposter');
  await page.getByRole('button', { name: 'Compare with mine' }).click();
  await expect(page.getByRole('heading', { level: 3, name: /^Theirs: / }).locator('svg.emblem')).toHaveAttribute('data-style', 'Imposter');
  await expect(page.getByRole('heading', { level: 3, name: /^Yours: / }).locator('svg.emblem')).toHaveAttribute('data-style', 'Imposter');
});
