// The open follow-ups as an .ics file, read back with an
// independent parser (ical.js) that checks every field.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import { test, expect } from './fixtures';
import { JOURNAL_KEY, JournalPage, captureDownloads, savedFiles } from './pages/journal';

/** 10 March 2026, 10:15:30 UTC. */
const NOW = Date.UTC(2026, 2, 10, 10, 15, 30);

async function downloadCalendar(page: Page, browserName: string) {
  const before = (await savedFiles(page)).length;
  const button = page.getByRole('button', { name: 'Download the calendar file (.ics)' });
  let real: string | undefined;
  if (browserName === 'chromium') {
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('netstyle-follow-ups.ics');
    real = await readFile(await download.path(), 'utf8');
  } else {
    await button.click();
  }
  await expect.poll(async () => (await savedFiles(page)).length).toBe(before + 1);
  const saved = (await savedFiles(page))[before];
  expect(saved.name).toBe('netstyle-follow-ups.ics');
  expect(saved.type).toBe('text/calendar');
  const text = saved.text;
  if (real !== undefined) expect(real, 'the file the browser saved').toBe(text);
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { text, calendar, events: calendar.getAllSubcomponents('vevent') };
}

test('the open follow-ups download as a calendar that a second import updates', async ({ page, browserName, welcome }) => {
  await page.clock.setFixedTime(NOW);
  await captureDownloads(page);
  const journal = new JournalPage(page);
  await welcome.goto();
  await journal.open();
  await journal.addEvent({ name: 'Guild dinner; west wing, room 2', date: '2026-03-01' });
  await journal.addPerson({ name: 'Ana Ruiz', does: 'Designer, printer\\binder', promise: 'send the deck', by: 'We both did', due: '2026-03-31' });
  await journal.addPerson({ name: 'Bo Lind', due: '2026-03-05' });
  await journal.addPerson({ name: 'Cy Okafor' });
  const ids = await page.evaluate((key) => {
    const doc = JSON.parse(localStorage.getItem(key)!);
    return Object.fromEntries(doc.data.events[0].people.map((p: { id: number; name: string }) => [p.name, p.id]));
  }, JOURNAL_KEY);

  await journal.openFollowUps();
  await expect(page.getByText('Put every open follow-up that has a due date into your calendar app')).toBeVisible();
  const first = await downloadCalendar(page, browserName);
  await expect(page.getByText('Saved netstyle-follow-ups.ics with 2 follow-ups.', { exact: false })).toBeVisible();
  expect(first.calendar.getFirstPropertyValue('version')).toBe('2.0');
  expect(first.calendar.getFirstPropertyValue('prodid')).toBe('-//netstyle//follow-ups//EN');
  expect(first.calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
  expect(first.events).toHaveLength(2);

  const fields = (e: ICAL.Component) => ({
    uid: e.getFirstPropertyValue('uid'),
    dtstamp: (e.getFirstPropertyValue('dtstamp') as ICAL.Time).toString(),
    start: (e.getFirstPropertyValue('dtstart') as ICAL.Time).toString(),
    startIsDate: (e.getFirstPropertyValue('dtstart') as ICAL.Time).isDate,
    end: (e.getFirstPropertyValue('dtend') as ICAL.Time).toString(),
    summary: e.getFirstPropertyValue('summary'),
    description: e.getFirstPropertyValue('description'),
    transp: e.getFirstPropertyValue('transp'),
  });
  expect(first.events.map(fields)).toEqual([
    {
      uid: `follow-up-${ids['Bo Lind']}@netstyle`,
      dtstamp: '2026-03-10T10:15:30Z',
      start: '2026-03-05',
      startIsDate: true,
      end: '2026-03-06',
      summary: 'Follow up with Bo Lind',
      description: 'Met at Guild dinner; west wing, room 2 on 1 March 2026.\nSo far: To do',
      transp: 'TRANSPARENT',
    },
    {
      uid: `follow-up-${ids['Ana Ruiz']}@netstyle`,
      dtstamp: '2026-03-10T10:15:30Z',
      start: '2026-03-31',
      startIsDate: true,
      end: '2026-04-01',
      summary: 'Follow up with Ana Ruiz',
      description: 'Met at Guild dinner; west wing, room 2 on 1 March 2026.\nWhat they do: Designer, printer\\binder\nPromised: send the deck (We both did)\nSo far: To do',
      transp: 'TRANSPARENT',
    },
  ]);

  // Bo's thank-you goes out, and Ana's date moves: a second file keeps Ana's UID.
  await page.getByRole('link', { name: 'Bo Lind' }).click();
  await journal.step('Bo Lind', 'Thank-you sent').check();
  await journal.person('Ana Ruiz').getByLabel('Next step due').fill('2026-04-02');
  await journal.person('Ana Ruiz').getByLabel('Next step due').blur();
  await expect(journal.person('Ana Ruiz')).toContainText('Due in 23 days');
  await journal.openFollowUps();
  const second = await downloadCalendar(page, browserName);
  expect(second.events.map(fields).map((f) => [f.uid, f.start, f.end])).toEqual([
    [`follow-up-${ids['Ana Ruiz']}@netstyle`, '2026-04-02', '2026-04-03'],
  ]);
});

test('with no open follow-up on a date there is nothing to download', async ({ page, welcome }) => {
  const journal = new JournalPage(page);
  await welcome.goto();
  await journal.openFollowUps();
  await expect(page.getByText('No open follow-up has a due date yet.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download the calendar file (.ics)' })).toHaveCount(0);
});
