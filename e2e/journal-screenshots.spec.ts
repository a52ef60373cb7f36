// The pictures of the journal in docs/journal.md, taken from the real app: the
// journal, an event with its people, and the follow-ups list, on a phone
// and on a laptop, light and dark.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { NO_MEDIA_EMULATION } from './engines';
import { JOURNAL_KEY, JournalPage, SAMPLE_JOURNAL } from './pages/journal';
import { KEYS, fixture } from './pages/notices';

test.use({ reducedMotion: 'reduce' });

async function shoot(page: Page, name: string, width: number) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.evaluate(() => window.scrollTo(0, 0));
  const shot = await page.screenshot({ path: join(__dirname, '..', 'docs', `${name}.png`), fullPage: true });
  expect(shot.byteLength, `${name} has content`).toBeGreaterThan(10_000);
  expect(shot.readUInt32BE(16)).toBe(width);
}

test('the journal, an event and the follow-ups list, for docs/journal.md', async ({ page, browserName, welcome }) => {
  test.skip(browserName === 'firefox', NO_MEDIA_EMULATION);
  test.setTimeout(120_000);
  await page.clock.setFixedTime(new Date(2026, 2, 10, 10, 0, 0));
  const journal = new JournalPage(page);
  await welcome.goto();
  await page.evaluate((items) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v);
  }, { [KEYS.history]: fixture('history'), [JOURNAL_KEY]: JSON.stringify(SAMPLE_JOURNAL) });
  await page.reload();
  for (const [width, height, scheme] of [[390, 844, 'light'], [1280, 800, 'dark']] as const) {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: scheme });
    await journal.open();
    await shoot(page, `journal-${width}-${scheme}`, width);
    await journal.go('#/journal/101');
    await expect(page.getByRole('heading', { level: 1, name: 'Design week breakfast' })).toBeVisible();
    await shoot(page, `journal-event-${width}-${scheme}`, width);
    await journal.openFollowUps();
    await expect(journal.group(/^Overdue \(1\)$/)).toContainText(['Bo Lind']);
    await shoot(page, `follow-ups-${width}-${scheme}`, width);
  }
});
