// WCAG 2.2 AA: axe on every screen in light and dark at 320 and
// 1280 px; the keyboard alone; visible focus; focus and announcements after
// an answer and for notices; reduced motion; reflow at 320 px and at 200%
// zoom; targets of at least 24 by 24 px; meaning never carried by colour only.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { open } from './open';
import { ITEMS, codeFor, planFor } from './content';
import { KEYS, NOTICE, Notices, fillStorage, fixture } from './pages/notices';
import { QUESTION_COUNT } from './pages/quiz';
import * as built from './serve-build';
import { axeOptions } from './axe';
import { DARK, SCHEMES_TAG, canEmulateMedia, schemesOf, useScheme } from './engines';

const SCHEMES = ['light', 'dark'] as const;
const WIDTHS = [320, 1280] as const;
/** 200% zoom of a 1280 px window lays the page out in 640 CSS px. */
const ZOOMED = 640;

const SHARED = `/#/r/${codeFor([1, 35, 15, 10, 40, 0b0111, 50, 60, 70, 80, 90])}`;

/** The stored result of a person who took the quiz before (Mensch, with one earlier result). */
const RETURNING = { [KEYS.history]: fixture('history') };

function h1(page: Page) {
  return page.getByRole('heading', { level: 1 });
}


/**
 * Controls smaller than 24 by 24 CSS px (WCAG 2.5.8), leaving out what the
 * criterion exempts: a link inside a sentence, and the skip link that sits
 * off screen until it has focus.
 */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')) {
      const box = el.getBoundingClientRect();
      if (box.right <= 0 || box.bottom <= 0 || (box.width === 0 && box.height === 0)) continue;
      const inSentence = el.tagName === 'A' && el.parentElement?.textContent?.trim() !== el.textContent?.trim();
      if (inSentence) continue;
      if (box.width < 24 || box.height < 24) small.push(`${el.outerHTML.slice(0, 80)}: ${box.width.toFixed(1)} x ${box.height.toFixed(1)}`);
    }
    return small;
  });
}

/** How many axe rules ran on each screen, for the report at the end. */
const ruleCounts = new Map<string, number>();

/**
 * Runs axe (its default rule set, WCAG 2.0 to 2.2 A and AA plus best
 * practices, and the A/AA rules above) in both colour schemes at both
 * widths; then checks, at 320 px and at 200% zoom, that nothing scrolls
 * sideways and that every control is at least 24 by 24 px. In Firefox
 * Playwright cannot switch the colour scheme, so there each project audits
 * the scheme its Firefox was launched with (`schemesOf`): light in
 * `firefox`, dark in `firefox-dark`.
 */
async function audit(page: Page, screen: string) {
  const found: string[] = [];
  const schemes = await schemesOf(page);
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    for (const colorScheme of schemes) {
      await useScheme(page, colorScheme);
      const results = await new AxeBuilder({ page }).options(axeOptions).analyze();
      const rules = results.passes.length + results.violations.length + results.incomplete.length + results.inapplicable.length;
      expect(rules, 'axe ran its rules').toBeGreaterThan(50);
      ruleCounts.set(screen, rules);
      for (const v of results.violations) {
        found.push(`${colorScheme} ${width}px ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      }
    }
  }
  expect(found, `axe on the ${screen} screen`).toEqual([]);
  for (const width of [320, ZOOMED]) {
    await page.setViewportSize({ width, height: 800 });
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll, `${screen} at ${width} px wide scrolls sideways`).toBeLessThanOrEqual(client);
    expect(await smallTargets(page), `${screen} at ${width} px: targets under 24 by 24 px`).toEqual([]);
  }
  if (canEmulateMedia(page)) await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 800 });
}

test.afterAll(() => {
  if (ruleCounts.size) console.log(`axe rules run per screen: ${[...ruleCounts].map(([s, n]) => `${s} ${n}`).join(', ')}`);
});

test.describe('axe finds no violation, light and dark, 320 and 1280 px, and nothing scrolls sideways', { tag: SCHEMES_TAG }, () => {
  // Each screen is audited four times over, on two cores shared with the rest of the suite.
  test.describe.configure({ timeout: 120_000 });

  test('welcome, first visit and with an attempt in progress', async ({ page, welcome }) => {
    await welcome.goto();
    await audit(page, 'welcome');
    await open(page, '/', { [KEYS.attempt]: fixture('attempt') });
    await expect(welcome.continue).toBeVisible();
    await audit(page, 'welcome (continue)');
  });

  test('question, a scene and a rating', async ({ page, welcome, quiz }) => {
    await welcome.goto();
    await welcome.startQuiz();
    const first = await quiz.expectQuestion(1);
    await audit(page, `question (${first.kind})`);
    const other = ITEMS.findIndex((i) => i.kind !== first.kind);
    for (let n = 1; n <= other; n++) {
      await quiz.skip.click();
      await quiz.expectQuestion(n + 1);
    }
    await quiz.choose(ITEMS[other], quiz.labels(ITEMS[other])[1]);
    await audit(page, `question (${ITEMS[other].kind}, answered)`);
  });

  test('result, with the retake question open', async ({ page, result }) => {
    await open(page, '/#/result', RETURNING);
    await result.expectStyle('Mensch');
    await audit(page, 'result');
    await result.retake.click();
    await expect(result.retakeQuestion).toBeVisible();
    await audit(page, 'result (retake question)');
  });

  test('shared result and compare', async ({ page }) => {
    await open(page, SHARED);
    await expect(h1(page)).toHaveText('Mensch');
    await audit(page, 'shared result');
    await open(page, SHARED, RETURNING);
    await page.getByRole('button', { name: 'Compare with mine' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Side by side' })).toBeVisible();
    await audit(page, 'compare');
  });

  test('the four styles, first visit and with a result', async ({ page }) => {
    await open(page, '/#/styles');
    await expect(h1(page)).toHaveText('The four networking styles');
    await audit(page, 'styles');
    await open(page, '/#/styles', RETURNING);
    await expect(page.getByText('Your latest result')).toBeVisible();
    await audit(page, 'styles (with a result)');
  });

  test('damaged link and unknown address', async ({ page }) => {
    await open(page, '/#/r/garbage');
    await expect(h1(page)).toHaveText('This result link could not be opened');
    await audit(page, 'damaged link');
    await open(page, '/#/nowhere');
    await expect(h1(page)).toHaveText('This link does not lead anywhere');
    await audit(page, 'unknown address');
  });

  test('notice: storage blocked', async ({ page, welcome }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The user denied access to storage.', 'SecurityError');
        },
      });
    });
    await welcome.goto();
    await new Notices(page).expectShown(NOTICE.unavailable);
    await audit(page, 'storage notice');
  });

  test('notice: link copied', async ({ page, context, result }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, '/#/result', RETURNING);
    await result.expectStyle('Mensch');
    await page.getByRole('button', { name: 'Share your result' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied to the clipboard.' })).toBeVisible();
    await audit(page, 'result (copied notice)');
  });
});

built.test('the update prompt passes axe and is announced', { tag: SCHEMES_TAG }, async ({ page, context, serve }, testInfo) => {
  const dir = await built.copyBuild(built.DIST, testInfo.outputPath('site'));
  const served = await serve(dir);
  await page.goto(served.url);
  await built.waitForOfflineReady(page);
  await markLiveRegions(page);
  await built.deploySecondBuild(dir);
  const tab = await context.newPage();
  await tab.goto(served.url);
  await built.expect(announced(page, 'Update available.')).toBeVisible();
  // The person goes back to the first tab to answer the offer; a tab in the
  // background has no keyboard focus to show (Firefox shows no ring there).
  await page.bringToFront();
  await tabTo(page, page.getByRole('button', { name: 'Update now', exact: true }));
  await audit(page, 'update prompt');
});

/**
 * Where focus is and whether it shows: a ring of at least 2 px with 3:1
 * contrast against the page, in view. A visually hidden radio shows its
 * focus on its label.
 */
async function focusRing(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { what: 'nothing', problem: 'focus is on nothing' };
    const input = el as HTMLInputElement;
    const shown = (getComputedStyle(el).opacity === '0' && input.labels?.[0]) || el;
    const style = getComputedStyle(shown);
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: string) => {
      const [r, g, b] = rgb(c).map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [hi, lo] = [lum(style.outlineColor), lum(getComputedStyle(document.body).backgroundColor)].sort((a, b) => b - a);
    const contrast = (hi + 0.05) / (lo + 0.05);
    const box = shown.getBoundingClientRect();
    const what = `${el.tagName.toLowerCase()} "${(el.textContent || input.labels?.[0]?.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}"`;
    let problem = '';
    if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) problem = 'no focus ring';
    else if (contrast < 3) problem = `focus ring contrast ${contrast.toFixed(2)}`;
    else if (box.bottom <= 0 || box.top >= innerHeight || box.right <= 0 || box.left >= innerWidth) problem = 'out of view';
    return { what, problem };
  });
}

/** Presses Tab until `target` has focus, checking the ring at every stop. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const ring = await focusRing(page);
    expect(ring.problem, `focus on ${ring.what}`).toBe('');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Whether focus is on the last element of the page that Tab can reach. */
async function onLastTabStop(page: Page) {
  return page.evaluate(() => {
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex]';
    const stops = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && !el.closest('[inert]'),
    );
    return stops.length > 0 && stops[stops.length - 1] === document.activeElement;
  });
}

/** Tabs through every stop on the screen, once round, checking each ring. */
async function walkFocus(page: Page, screen: string) {
  await expect(h1(page)).toBeVisible();
  // A click on the bare page corner drops focus; the caret at the start of
  // the page makes the walk start from the top (Firefox starts Tab from the
  // caret the click left, which may be past the first links).
  await page.mouse.click(1, 1);
  await page.evaluate(() => getSelection()?.collapse(document.body, 0));
  const seen: string[] = [];
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const ring = await focusRing(page);
    if (ring.what === 'nothing' || seen.includes(ring.what)) break;
    seen.push(ring.what);
    expect(ring.problem, `${screen}: focus on ${ring.what}`).toBe('');
    // The walk stops on the last stop rather than Tab out of the page: once
    // focus has left for the browser's toolbar, headless Firefox never
    // gives the window focus back, and no later ring would show.
    if (await onLastTabStop(page)) break;
  }
  expect(seen.length, `${screen}: Tab reaches the controls`).toBeGreaterThan(2);
}

test('the keyboard alone takes the quiz, uses the result and compares', async ({ page, context, welcome, quiz, result }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await welcome.goto();
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await tabTo(page, skip, 1);
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expect(page).toHaveURL(/\/(#\/)?$/);

  await tabTo(page, welcome.start);
  await page.keyboard.press('Enter');
  await quiz.finish(planFor('Pro'), { keyboard: true });
  await result.expectStyle('Pro');
  // The last Next went away with the quiz: focus moves to the result's
  // heading rather than falling back to nothing.
  await expect(page.getByRole('heading', { level: 1 }), 'focus is on the result heading').toBeFocused();

  // Share comes first, in the summary; the checklist follows further down.
  const share = page.getByRole('button', { name: 'Share your result' });
  await tabTo(page, share);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Link copied to the clipboard.' })).toBeVisible();

  const tip = result.checklist.getByRole('checkbox').first();
  await tabTo(page, tip);
  await page.keyboard.press('Space');
  await expect(tip).toBeChecked();

  await tabTo(page, result.retake);
  await page.keyboard.press('Enter');
  await expect(result.confirmRetake, 'focus moves to the question that replaced the button').toBeFocused();
  await page.keyboard.press('Tab');
  await expect(result.cancelRetake).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(result.retake, 'and back again on Cancel').toBeFocused();

  const link = await page.getByRole('textbox', { name: 'Your share link' }).inputValue();
  await open(page, link.replace(/^https?:\/\/[^/]+/, ''), RETURNING);
  const compare = page.getByRole('button', { name: 'Compare with mine' });
  await expect(compare).toBeVisible();
  await tabTo(page, compare);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Side by side' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hide the comparison' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Hide the comparison' })).toHaveAttribute('aria-expanded', 'true');
});

for (const colorScheme of SCHEMES) {
  test(`focus is visible at every Tab stop on every screen (${colorScheme})`, { tag: colorScheme === 'dark' ? DARK : [] }, async ({ page, welcome, quiz }) => {
    await page.emulateMedia({ colorScheme });
    await open(page, '/', { [KEYS.attempt]: fixture('attempt') });
    await walkFocus(page, 'welcome');
    await welcome.continue.click();
    await quiz.current();
    await walkFocus(page, 'question');
    await open(page, '/#/result', RETURNING);
    await walkFocus(page, 'result');
    await open(page, SHARED, RETURNING);
    await page.getByRole('button', { name: 'Compare with mine' }).click();
    await walkFocus(page, 'compare');
    await open(page, '/#/r/garbage');
    await walkFocus(page, 'damaged link');
  });
}

/** Marks the live regions now in the page: only a region that was there before a change announces it. */
async function markLiveRegions(page: Page) {
  await page.evaluate(() => document.querySelectorAll('[aria-live], [role="status"]').forEach((el) => el.setAttribute('data-live-before', '')));
}
function announced(page: Page, text: string | RegExp) {
  return page.locator('[data-live-before]:is([aria-live="polite"], [aria-live="assertive"], [role="status"])').filter({ hasText: text });
}

test('after an answer, Skip or Back, focus moves into the new question and it is announced', async ({ page, welcome, quiz }) => {
  await welcome.goto();
  await welcome.startQuiz();
  const first = await quiz.expectQuestion(1);
  await markLiveRegions(page);
  await quiz.choose(first, quiz.labels(first)[0]);
  await quiz.next.click();
  await quiz.expectQuestion(2);
  await expect(quiz.heading).toBeFocused();
  await expect(announced(page, `Question 2 of ${QUESTION_COUNT}: ${ITEMS[1].prompt}`)).toHaveCount(1);

  await quiz.skip.click();
  await quiz.expectQuestion(3);
  await expect(quiz.heading).toBeFocused();
  await expect(announced(page, `Question 3 of ${QUESTION_COUNT}: ${ITEMS[2].prompt}`)).toHaveCount(1);

  await quiz.back.click();
  await quiz.expectQuestion(2);
  await expect(quiz.heading).toBeFocused();
  await expect(announced(page, `Question 2 of ${QUESTION_COUNT}: ${ITEMS[1].prompt}`)).toHaveCount(1);
  // Clipped to nothing, not moved off screen: Firefox's IntersectionObserver
  // (toBeInViewport) counts the clipped pixel as in view, so measure the box.
  const box = await page.getByText(`Question 2 of ${QUESTION_COUNT}: `).boundingBox();
  expect(box && box.width <= 1 && box.height <= 1, 'the announcement is for screen readers only').toBe(true);
});

test('notices are announced: a save that fails mid-quiz, the link copied, storage blocked', async ({ page, context, welcome, quiz }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await fillStorage(page, KEYS.attempt);
  await welcome.goto();
  await welcome.startQuiz();
  const first = await quiz.expectQuestion(1);
  await markLiveRegions(page);
  await quiz.choose(first, quiz.labels(first)[0]);
  await expect(announced(page, NOTICE.saveFailed)).toHaveCount(1);

  await quiz.finish(planFor('Mensch'));
  await markLiveRegions(page);
  await page.getByRole('button', { name: 'Share your result' }).click();
  await expect(announced(page, 'Link copied to the clipboard.')).toHaveCount(1);

  const blocked = await context.newPage();
  await blocked.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The user denied access to storage.', 'SecurityError');
      },
    });
  });
  await blocked.goto('/');
  await expect(blocked.getByRole('status').filter({ hasText: NOTICE.unavailable })).toHaveAttribute('aria-live', 'polite');
});

test('prefers-reduced-motion turns off every animation and transition', { tag: DARK }, async ({ page, welcome, quiz }) => {
  const moving = () =>
    page.evaluate(() => {
      const runs = (durations: string) => durations.split(',').some((d) => parseFloat(d) > 0);
      return [...document.querySelectorAll<HTMLElement>('*')]
        .filter((el) => {
          const s = getComputedStyle(el);
          return (s.animationName !== 'none' && runs(s.animationDuration)) || runs(s.transitionDuration);
        })
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    });
  await welcome.goto();
  await welcome.startQuiz();
  const first = await quiz.expectQuestion(1);
  await quiz.choose(first, quiz.labels(first)[0]);
  // Where Playwright can switch the preference, first see that it matters;
  // Firefox was launched with it (the firefox-dark project).
  if (canEmulateMedia(page)) expect(await moving(), 'without the preference, controls ease their colours').not.toEqual([]);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await moving()).toEqual([]);
  await quiz.next.click();
  await quiz.expectQuestion(2);
  expect(await page.evaluate(() => document.getAnimations().length), 'the next question appears without animation').toBe(0);
});

test('colour never carries meaning alone: chart and bars have text values, the picked option a mark, links an underline', async ({ page, welcome, quiz, result }) => {
  await open(page, '/#/result', RETURNING);
  await result.expectStyle('Mensch');
  const shares = await result.profileShares();
  expect(shares).toEqual({ Pro: 20, Rookie: 10, Imposter: 5, Mensch: 65 });
  await expect(result.chart).toHaveAccessibleName('Profile: Pro 20%, Rookie 10%, Imposter 5%, Mensch 65%');
  for (const [habit, text] of [['Expectations', '75 / 100'], ['Giving first', 'Too few answers'], ['Goal & ROI', '0 / 100']]) {
    await expect(result.habitRow(habit)).toContainText(text);
    await expect(result.meter(habit)).toHaveAttribute('aria-valuetext', text);
  }

  const plain = await page.evaluate(() =>
    [...document.querySelectorAll('main p a, main li a')]
      .filter((a) => !a.classList.contains('button') && !getComputedStyle(a).textDecorationLine.includes('underline'))
      .map((a) => a.textContent),
  );
  expect(plain, 'links in text are underlined').toEqual([]);

  await welcome.goto();
  await welcome.startQuiz();
  const first = await quiz.expectQuestion(1);
  const [picked, other] = quiz.labels(first);
  await quiz.choose(first, picked);
  const mark = (label: string) =>
    quiz.option(first, label).evaluate((el) => getComputedStyle((el as HTMLInputElement).labels![0], '::after').content);
  expect(await mark(picked)).toContain('✓');
  expect(await mark(other)).toBe('none');
});

test('the colours follow prefers-color-scheme', { tag: SCHEMES_TAG }, async ({ page, welcome }) => {
  const colours = () =>
    page.evaluate(() => {
      const s = getComputedStyle(document.body);
      return { background: s.backgroundColor, text: s.color };
    });
  const brightness = (c: string) => (c.match(/\d+/g) ?? []).slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3;
  await welcome.goto();
  for (const colorScheme of await schemesOf(page)) {
    await page.emulateMedia({ colorScheme });
    const c = await colours();
    if (colorScheme === 'light') {
      expect(brightness(c.background), 'light background').toBeGreaterThan(200);
      expect(brightness(c.text), 'dark text').toBeLessThan(60);
    } else {
      expect(brightness(c.background), 'dark background').toBeLessThan(60);
      expect(brightness(c.text), 'light text').toBeGreaterThan(200);
    }
  }
});
