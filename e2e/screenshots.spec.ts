// The README's pictures of the result page, light and dark, taken from the
// real app so they never drift from what people see.
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { blendPlan } from './content';

test.use({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });

test('the result page in light and dark, for the README', async ({ page, welcome, quiz, result }) => {
  await welcome.goto();
  await welcome.startQuiz();
  await quiz.finish(blendPlan('Mensch', 'Pro', 4));
  await result.expectStyle('Mensch');
  await expect(result.blend).toHaveText('Mensch with a Pro streak');
  // The shot starts at the top, not at the button last pressed.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

  const backgrounds: Record<string, string> = {};
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    backgrounds[colorScheme] = background;
    const shot = await page.screenshot({ path: join(__dirname, '..', 'docs', `result-${colorScheme}.png`), fullPage: true });
    expect(shot.byteLength, `the ${colorScheme} shot has content`).toBeGreaterThan(10_000);
    // PNG header: width and height at bytes 16 and 20. Full page means taller than the window.
    expect(shot.readUInt32BE(16)).toBe(1280);
    expect(shot.readUInt32BE(20)).toBeGreaterThan(900);
  }
  expect(backgrounds.light, 'the two shots differ in colour scheme').not.toBe(backgrounds.dark);
});
