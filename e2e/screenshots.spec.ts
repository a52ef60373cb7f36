// The README's pictures, taken from the real app so they never drift from
// what people see: the result on a phone and on a laptop, light and dark,
// and the styles page.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { blendPlan } from './content';
import { StylesPage } from './pages/styles';
import { NO_MEDIA_EMULATION } from './engines';

test.use({ reducedMotion: 'reduce' });

const SCHEMES = ['light', 'dark'] as const;

/** A full-page shot into docs/, checked to be that wide and taller than the window. */
async function shoot(page: Page, name: string, width: number, height: number) {
  // The shot starts at the top, not at the button last pressed.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const shot = await page.screenshot({ path: join(__dirname, '..', 'docs', `${name}.png`), fullPage: true });
  expect(shot.byteLength, `${name} has content`).toBeGreaterThan(10_000);
  // PNG header: width and height at bytes 16 and 20.
  expect(shot.readUInt32BE(16)).toBe(width);
  expect(shot.readUInt32BE(20)).toBeGreaterThan(height);
}

test('the result page at 390 and 1280 px, light and dark, and the styles page, for the README', async ({ page, browserName, welcome, quiz, result }) => {
  test.skip(browserName === 'firefox', NO_MEDIA_EMULATION);
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await welcome.goto();
  await welcome.startQuiz();
  await quiz.finish(blendPlan('Mensch', 'Pro'));
  await result.expectStyle('Mensch');
  await expect(result.blend).toHaveText('with a Pro streak');

  const backgrounds: Record<string, string> = {};
  for (const [width, height] of [[390, 844], [1280, 800]] as const) {
    await page.setViewportSize({ width, height });
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      backgrounds[colorScheme] = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await shoot(page, `result-${width}-${colorScheme}`, width, height);
    }
  }
  expect(backgrounds.light, 'the two schemes differ').not.toBe(backgrounds.dark);

  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await result.stylesLink.click();
  await new StylesPage(page).expectOpen();
  await shoot(page, 'styles-light', 1280, 800);
});
