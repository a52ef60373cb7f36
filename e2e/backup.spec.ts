// "Download a backup" and "Restore from a backup". Every
// document comes back after storage is cleared; a damaged, a newer and a
// foreign file are refused with a clear sentence and nothing changed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { JOURNAL_KEY, JournalPage, SAMPLE_JOURNAL, captureDownloads, savedFiles } from './pages/journal';
import { KEYS, Notices, fixture } from './pages/notices';

const GROUP_KEY = 'netstyle.v1.group';

const EVERYTHING = {
  [KEYS.history]: fixture('history'),
  [KEYS.checklist]: fixture('checklist'),
  [GROUP_KEY]: readFileSync(join(__dirname, '..', 'tests', 'fixtures', 'v1', 'group.json'), 'utf8'),
  [JOURNAL_KEY]: JSON.stringify(SAMPLE_JOURNAL),
};

const REFUSED = {
  foreign: 'This file is not a netstyle backup, so nothing was restored. Choose a file saved with "Download a backup".',
  damaged: 'This backup is damaged and cannot be read, so nothing was restored. Your data here is as it was.',
  newer: 'This backup was saved by a newer version of netstyle, so this version cannot restore it. Nothing was changed; open netstyle\'s latest version to restore it.',
};

/** Every stored document, parsed, so the comparison does not hang on spacing. */
async function documents(notices: Notices) {
  const all = await notices.stored();
  return Object.fromEntries(Object.entries(all).map(([k, v]) => [k, JSON.parse(v)]));
}

async function downloadBackup(page: Page) {
  const before = (await savedFiles(page)).length;
  await page.getByRole('button', { name: 'Download a backup' }).click();
  await expect.poll(async () => (await savedFiles(page)).length).toBe(before + 1);
  const saved = (await savedFiles(page))[before];
  expect(saved.name).toMatch(/^netstyle-backup-\d{8}\.json$/);
  expect(saved.type).toBe('application/json');
  await expect(page.getByRole('status').getByText(`Saved ${saved.name}.`, { exact: false })).toBeVisible();
  return saved.text;
}

async function choose(page: Page, text: string, name = 'netstyle-backup.json') {
  await page.getByLabel('Restore from a backup').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('download a backup, clear storage, restore it, and everything is back', async ({ page, welcome, result }) => {
  await page.clock.setFixedTime(new Date(2026, 2, 10, 10, 0, 0));
  await captureDownloads(page);
  const notices = new Notices(page);
  const journal = new JournalPage(page);
  await welcome.goto();
  await notices.reloadWith(EVERYTHING);
  await journal.open();
  await expect(
    page.getByRole('region', { name: 'Your data' }),
    'it names everything a backup holds, the group too',
  ).toContainText('your quiz in progress, your results, your ticked tips, your group and this journal');
  const before = await documents(notices);
  expect(Object.keys(before).sort()).toEqual([KEYS.checklist, KEYS.history, GROUP_KEY, JOURNAL_KEY].sort());

  const file = await downloadBackup(page);
  const parsed = JSON.parse(file);
  expect(parsed.format).toBe('netstyle-backup');
  expect(parsed.version).toBe(1);
  expect(parsed.documents).toEqual(before);

  await notices.reloadWith({});
  await expect(page.getByRole('link', { name: 'Design week breakfast' })).toHaveCount(0);

  await choose(page, file);
  const yes = page.getByRole('button', { name: 'Yes, restore it' });
  await expect(page.getByText('Replace what netstyle keeps in this browser with the backup saved on 10 March 2026?', { exact: false })).toBeVisible();
  // Focus moved to the question's first answer. (Asked of the document:
  // in Firefox the file input leaves the window itself without focus, which
  // toBeFocused would count against the app.)
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Yes, restore it');
  await yes.click();
  await expect(page.getByRole('link', { name: 'Design week breakfast' })).toBeVisible();
  expect(await documents(notices)).toEqual(before);
  await notices.expectNone();
  await journal.go('#/result');
  await result.expectStyle('Mensch');

  // Restoring over data keeps that data under a backup key first.
  await journal.open();
  await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ schema: 1, data: { events: [] } })), JOURNAL_KEY);
  await page.reload();
  await choose(page, file);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Nothing was restored.')).toBeVisible();
  expect(JSON.parse((await notices.stored())[JOURNAL_KEY]).data.events).toEqual([]);
  await choose(page, file);
  await page.getByRole('button', { name: 'Yes, restore it' }).click();
  await expect(page.getByRole('link', { name: 'Design week breakfast' })).toBeVisible();
  const after = await notices.stored();
  const kept = Object.keys(after).filter((k) => k.startsWith(`${JOURNAL_KEY}.backup.`));
  expect(kept).toHaveLength(1);
  expect(JSON.parse(after[kept[0]]).data.events).toEqual([]);
  for (const key of [KEYS.history, KEYS.checklist]) {
    expect(Object.keys(after).filter((k) => k.startsWith(`${key}.backup.`)), key).toHaveLength(1);
  }
});

test('a damaged, a newer and a foreign file are refused and nothing changes', async ({ page, welcome }) => {
  await captureDownloads(page);
  const notices = new Notices(page);
  const journal = new JournalPage(page);
  await welcome.goto();
  await notices.reloadWith(EVERYTHING);
  await journal.open();
  const file = await downloadBackup(page);
  // What is here now differs from the file, so a restore would show.
  await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ schema: 1, data: { events: [] } })), JOURNAL_KEY);
  await page.reload();
  const before = await notices.stored();

  const good = JSON.parse(file);
  const damaged = structuredClone(good);
  damaged.documents[JOURNAL_KEY].data.events[0].date = '2026-02-30';
  const newer = { ...structuredClone(good), version: 2 };
  const newerDocument = structuredClone(good);
  newerDocument.documents[JOURNAL_KEY].schema = 2;
  for (const [text, sentence] of [
    [JSON.stringify(damaged), REFUSED.damaged],
    [file.slice(0, file.length / 2), REFUSED.damaged],
    [JSON.stringify(newer), REFUSED.newer],
    [JSON.stringify(newerDocument), REFUSED.newer],
    [JSON.stringify({ name: 'a shopping list' }), REFUSED.foreign],
    ['not json at all', REFUSED.foreign],
  ] as const) {
    await choose(page, text);
    await expect(page.getByRole('status').getByText(sentence, { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Yes, restore it' })).toHaveCount(0);
    expect(await notices.stored(), sentence).toEqual(before);
    await page.reload();
    expect(await notices.stored(), sentence).toEqual(before);
  }
});
