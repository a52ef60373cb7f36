// After one visit the journal works with the host gone and the
// browser offline: add an event and a person, move the follow-up, see it in
// the follow-ups list, and download the calendar and a backup.
import { watch } from './fixtures';
import { JournalPage, captureDownloads, savedFiles } from './pages/journal';
import { WelcomePage } from './pages/welcome';
import { DIST, waitForOfflineReady, expect, test } from './serve-build';
import { goOffline } from './engines';

test('after one visit the journal works offline', async ({ page, context, browserName, serve }) => {
  await page.clock.setFixedTime(new Date(2026, 2, 10, 10, 0, 0));
  await captureDownloads(page);
  const served = await serve(DIST);
  const guard = watch(page, served.origin);
  const welcome = new WelcomePage(page);
  const journal = new JournalPage(page);

  await page.goto(served.url);
  await expect(welcome.heading).toBeVisible();
  await waitForOfflineReady(page);
  served.stop();
  await goOffline(context, browserName);

  await page.reload();
  await expect(welcome.heading).toBeVisible();
  await journal.headerLink.click();
  await expect(journal.heading).toBeVisible();
  await journal.addEvent({ name: 'Offline meetup', date: '2026-03-09', kind: 'Other' });
  await journal.addPerson({ name: 'Eve Moss', does: 'Bookkeeper', due: '2026-03-10' });
  await journal.openFollowUps();
  await expect(journal.group(/^Due today \(1\)$/)).toContainText(['Eve Moss']);
  await page.getByRole('button', { name: 'Download the calendar file (.ics)' }).click();
  await journal.open();
  await page.getByRole('button', { name: 'Download a backup' }).click();
  await expect.poll(async () => (await savedFiles(page)).map((f) => f.name)).toEqual([
    'netstyle-follow-ups.ics',
    expect.stringMatching(/^netstyle-backup-\d{8}\.json$/),
  ]);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Offline meetup' })).toBeVisible();

  expect(guard.errors, 'console errors and uncaught exceptions').toEqual([]);
  expect(guard.foreign, 'requests to other origins').toEqual([]);
});
