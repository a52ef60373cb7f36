import { join } from 'node:path';
import { test, expect } from './fixtures';
import { blendPlan } from './content';

test.use({ viewport: { width: 1280, height: 900 }, colorScheme: 'light', reducedMotion: 'reduce' });

test('screenshot of a result page for the README', async ({ page, welcome, quiz, result }) => {
  await welcome.goto();
  await welcome.startQuiz();
  await quiz.finish(blendPlan('Mensch', 'Pro', 4));
  await result.expectStyle('Mensch');
  await expect(result.chart).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  const shot = await page.screenshot({ path: join(__dirname, '..', 'docs', 'screenshot-result.png'), fullPage: true });
  expect(shot.byteLength).toBeGreaterThan(10_000);
});
