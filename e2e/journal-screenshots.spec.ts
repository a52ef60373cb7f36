// The README's pictures of the journal, taken from the real app: the
// journal, an event with its people, and the follow-ups list, on a phone
// and on a laptop, light and dark.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { NO_MEDIA_EMULATION } from './engines';
import { JOURNAL_KEY, JournalPage } from './pages/journal';
import { KEYS, fixture } from './pages/notices';

test.use({ reducedMotion: 'reduce' });

/** A journal a few weeks into use, as the app stores it. */
export const SAMPLE_JOURNAL = {
  schema: 1,
  data: {
    events: [
      {
        id: 101, name: 'Design week breakfast', date: '2026-03-03', kind: 'Managed', paid: true,
        goal: 'meet one graphic designer', minutes: 150,
        people: [
          { id: 201, name: 'Ana Ruiz', does: 'Graphic designer', promise: 'send her portfolio', promised_by: 'Them', due: '2026-03-10', steps: ['ThankYouSent'] },
          { id: 202, name: 'Bo Lind', does: 'Accountant for small studios', promise: 'an introduction to my printer', promised_by: 'Me', due: '2026-03-06', steps: [] },
          { id: 203, name: 'Cy Okafor', does: 'Runs a co-working space', promise: '', promised_by: 'Me', due: null, steps: ['ThankYouSent', 'MeetingAsked', 'MeetingHeld', 'ReferralGiven'] },
        ],
      },
      {
        id: 102, name: 'Chamber mixer', date: '2026-02-12', kind: 'OpenMixer', paid: false, goal: '', minutes: 180,
        people: [
          { id: 204, name: 'Di Park', does: 'Photographer', promise: 'coffee next month', promised_by: 'Both', due: '2026-03-20', steps: ['ThankYouSent', 'MeetingAsked'] },
        ],
      },
      {
        id: 103, name: 'Spring trade fair', date: '2026-03-24', kind: 'TradeShow', paid: true, goal: 'find two print suppliers', minutes: null, people: [],
      },
    ],
  },
};

async function shoot(page: Page, name: string, width: number) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.evaluate(() => window.scrollTo(0, 0));
  const shot = await page.screenshot({ path: join(__dirname, '..', 'docs', `${name}.png`), fullPage: true });
  expect(shot.byteLength, `${name} has content`).toBeGreaterThan(10_000);
  expect(shot.readUInt32BE(16)).toBe(width);
}

test('the journal, an event and the follow-ups list, for the README', async ({ page, browserName, welcome }) => {
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
