// The journal keeps the storage guarantees of the other
// documents: a change in one tab shows in the other, damaged data is set
// aside under a backup key, and a newer version's journal is left untouched.
import { test, expect, watch } from './fixtures';
import { JOURNAL_KEY, JournalPage, SAMPLE_JOURNAL } from './pages/journal';
import { NOTICE, Notices } from './pages/notices';
import { appStarted } from './pages/welcome';

test('an event added in one tab shows in the other without a reload', async ({ page, welcome, baseURL }) => {
  const journal = new JournalPage(page);
  await welcome.goto();
  await journal.open();
  const other = await page.context().newPage();
  const guard = watch(other, new URL(baseURL ?? 'http://127.0.0.1:4173').origin);
  const otherJournal = new JournalPage(other);
  await other.goto('/');
  // Both apps must be running before the change (the app's files load
  // after the first paint).
  await appStarted(other);
  await otherJournal.open();
  let loads = 0;
  other.on('load', () => loads++);

  await journal.addEvent({ name: 'Two-tab breakfast', date: '2026-03-10' });
  await expect(other.getByRole('link', { name: 'Two-tab breakfast' })).toBeVisible();
  expect(loads, 'no reload in the other tab').toBe(0);
  expect(guard.errors).toEqual([]);
});

test('a damaged journal is set aside, and a newer one is left untouched', async ({ page, welcome }) => {
  const notices = new Notices(page);
  const journal = new JournalPage(page);
  await welcome.goto();
  const damaged = JSON.stringify(SAMPLE_JOURNAL).replace('"2026-03-03"', '"2026-02-30"');
  await notices.reloadWith({ [JOURNAL_KEY]: damaged });
  await notices.expectShown(NOTICE.corrupt);
  const stored = await notices.stored();
  const backups = Object.keys(stored).filter((k) => k.startsWith(`${JOURNAL_KEY}.backup.`));
  expect(backups).toHaveLength(1);
  expect(stored[backups[0]]).toBe(damaged);
  expect(stored[JOURNAL_KEY]).toBeUndefined();
  await journal.open();
  await expect(page.getByText('No events yet.', { exact: false })).toBeVisible();

  const newer = JSON.stringify({ ...SAMPLE_JOURNAL, schema: 2 });
  await notices.reloadWith({ [JOURNAL_KEY]: newer });
  await notices.expectShown(NOTICE.newer);
  await journal.addEvent({ name: 'Kept in memory', date: '2026-03-10' });
  expect(await notices.stored()).toEqual({ [JOURNAL_KEY]: newer });
});
