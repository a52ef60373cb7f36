// The journal. Events, people met and their follow-ups,
// due and overdue by the device's date (set with Playwright's clock), kept
// across reloads, usable with the keyboard alone, and axe-clean.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { DARK } from './engines';
import { JOURNAL_KEY, JournalPage, STAYS_HERE } from './pages/journal';
import { KEYS, fixture } from './pages/notices';

/** The device's clock for these tests: 10 March 2026, mid-morning local time. */
const TODAY = new Date(2026, 2, 10, 10, 0, 0);

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
});

test('add an event and two people, move their follow-ups, and see them due and overdue by date', async ({ page, welcome }) => {
  const journal = new JournalPage(page);
  await welcome.goto();
  await journal.headerLink.click();
  await expect(journal.heading).toBeVisible();
  await expect(page.getByText(STAYS_HERE)).toBeVisible();
  await expect(page.getByText('No events yet.', { exact: false })).toBeVisible();

  await journal.addEvent({
    name: 'Design week breakfast',
    date: '2026-03-03',
    kind: 'Managed event with an educational part',
    paid: true,
    goal: 'meet one graphic designer',
  });
  const facts = page.locator('.event-facts');
  await expect(facts).toContainText('3 March 2026');
  await expect(facts).toContainText('Managed event with an educational part');
  await expect(facts).toContainText('Paid');
  await expect(facts).toContainText('meet one graphic designer');

  await journal.addPerson({ name: 'Ana Ruiz', does: 'Graphic designer', promise: 'send her portfolio', by: 'They did', due: '2026-03-10' });
  await journal.addPerson({ name: 'Bo Lind', does: 'Accountant', due: '2026-03-06' });
  await expect(journal.person('Ana Ruiz')).toContainText('To do · Due today');
  expect(await journal.facts('Ana Ruiz')).toEqual([
    ['What they do', 'Graphic designer'],
    ['Promised', 'send her portfolio'],
    ['Promised by', 'They did'],
  ]);
  await expect(journal.person('Bo Lind')).toContainText('To do · Overdue by 4 days');

  // Skipping a step: straight to "meeting asked". That step was due, so its date goes.
  await journal.step('Bo Lind', 'Meeting asked').check();
  await expect(journal.person('Bo Lind')).toContainText('Meeting asked · Done');
  await expect(journal.person('Bo Lind').getByLabel('Next step due')).toHaveValue('');

  await journal.openFollowUps();
  await expect(page.getByText('By this device\'s date, today is 10 March 2026.')).toBeVisible();
  await expect(journal.group(/^Due today \(1\)$/)).toHaveCount(1);
  await expect(journal.group(/^Due today/)).toContainText(['Ana Ruiz']);
  await expect(journal.group(/^Done \(1\)$/)).toContainText(['Bo Lind']);
  await expect(page.getByRole('region', { name: /^Overdue/ })).toHaveCount(0);

  // The same journal two days later: Ana's follow-up is overdue, and the welcome screen says so.
  await page.clock.setFixedTime(new Date(2026, 2, 12, 9, 0, 0));
  await page.reload();
  await expect(journal.group(/^Overdue \(1\)$/)).toContainText(['Ana Ruiz']);
  await expect(journal.group(/^Overdue/)).toContainText(['Overdue by 2 days']);
  await journal.go('#/');
  await expect(page.getByText('1 follow-up is overdue.')).toBeVisible();
  await page.getByRole('link', { name: 'See your follow-ups' }).click();
  await page.getByRole('link', { name: 'Ana Ruiz' }).click();
  await journal.step('Ana Ruiz', 'Thank-you sent').check();
  await journal.person('Ana Ruiz').getByLabel('Next step due').fill('2026-03-12');
  await journal.person('Ana Ruiz').getByLabel('Next step due').blur();
  await expect(journal.person('Ana Ruiz')).toContainText('Thank-you sent · Due today');
  await journal.go('#/');
  await expect(page.getByText('1 follow-up is due today.')).toBeVisible();

  // What was kept, and that no share link carries a name.
  const stored = await page.evaluate((key) => localStorage.getItem(key), JOURNAL_KEY);
  const doc = JSON.parse(stored!);
  expect(doc.schema).toBe(1);
  expect(doc.data.events).toHaveLength(1);
  expect(doc.data.events[0].people.map((p: { name: string; steps: string[] }) => [p.name, p.steps])).toEqual([
    ['Ana Ruiz', ['ThankYouSent']],
    ['Bo Lind', ['MeetingAsked']],
  ]);
  await page.evaluate((items) => { for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v); }, { [KEYS.history]: fixture('history') });
  await page.reload();
  await journal.go('#/result');
  const link = await page.getByRole('textbox', { name: 'Your share link' }).inputValue();
  expect(link).not.toMatch(/Ana|Ruiz|Lind|Design/);
  await page.getByRole('link', { name: 'Plan your next event and its follow-ups in the journal' }).click();
  await expect(journal.heading).toBeVisible();
  await expect(page.getByRole('link', { name: 'Design week breakfast' })).toBeVisible();
});

test('the event shows the checklist\'s before tips until its day, then the at and after tips', async ({ page, welcome }) => {
  const journal = new JournalPage(page);
  await welcome.goto();
  await page.evaluate((items) => { for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v); }, { [KEYS.history]: fixture('history') });
  await page.reload();
  await journal.open();
  await journal.addEvent({ name: 'Spring trade fair', date: '2026-03-11', kind: 'Trade show' });
  await expect(page.getByRole('heading', { level: 2, name: 'Before you go' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Before the event' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'After the event' })).toHaveCount(0);
  const tip = page.locator('.journal-event .checklist input[type=checkbox]').first();
  await tip.check();

  await page.clock.setFixedTime(new Date(2026, 2, 11, 8, 0, 0));
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'At and after the event' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'At the event' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'After the event' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Before the event' })).toHaveCount(0);

  // The tick made here is the checklist's own.
  await journal.go('#/result');
  await expect(page.getByText(/^1 of \d+ done$/)).toBeVisible();
});

test('forms say what is missing, the hours are kept, and an event can be removed', async ({ page, welcome }) => {
  const journal = new JournalPage(page);
  await welcome.goto();
  await journal.open();
  await page.getByRole('button', { name: 'Add the event' }).click();
  const name = page.getByLabel('Name of the event');
  await expect(name).toBeFocused();
  await expect(name).toHaveAccessibleDescription('Give the event a name.');
  await name.fill('Chamber mixer');
  await page.getByRole('button', { name: 'Add the event' }).click();
  await expect(page.getByLabel('Date', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Date', { exact: true })).toHaveAccessibleDescription('Give the date of the event.');
  await journal.addEvent({ name: 'Chamber mixer', date: '2026-03-09', kind: 'Open mixer' });

  await page.getByRole('button', { name: 'Add the person' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveAccessibleDescription('Give the person\'s name.');

  const hours = page.getByLabel('Hours, with travel and follow-up');
  await hours.fill('two');
  await page.getByRole('button', { name: 'Save the hours' }).click();
  await expect(hours).toBeFocused();
  await expect(page.getByText('Give the hours as a number from 0 to 200, such as 2.5.')).toBeVisible();
  await hours.fill('2,5');
  await page.getByRole('button', { name: 'Save the hours' }).click();
  await expect(page.getByText('Noted: 2.5 hours.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Noted: 2.5 hours.')).toBeVisible();

  // Cancel puts focus back on the button it asked for, not at the top of the page.
  const remove = page.getByRole('button', { name: 'Remove the event' });
  await remove.click();
  await expect(page.getByRole('button', { name: 'Yes, remove it' })).toBeFocused();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(remove).toBeFocused();
  await remove.click();
  await expect(page.getByRole('button', { name: 'Yes, remove it' })).toBeFocused();
  await page.getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(journal.heading).toBeVisible();
  await expect(page.getByRole('link', { name: 'Chamber mixer' })).toHaveCount(0);

  await journal.go('#/journal/12345');
  await expect(page.getByRole('heading', { level: 1, name: 'This event is not in your journal' })).toBeVisible();
});

test('the journal works with the keyboard alone', async ({ page, welcome }) => {
  const journal = new JournalPage(page);
  await welcome.goto();
  await journal.open();
  await page.getByLabel('Name of the event').focus();
  await page.keyboard.type('Library talk');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Date', { exact: true })).toBeFocused();
  // A date field's parts and the order they are typed in differ by engine and
  // locale, so the date itself is filled in; the rest is typed.
  await page.getByLabel('Date', { exact: true }).fill('2026-03-10');
  await page.getByLabel('Your goal for it (optional)').focus();
  await page.keyboard.type('hear the talk');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Library talk' })).toBeVisible();

  await page.getByLabel('Name', { exact: true }).focus();
  await page.keyboard.type('Cy Okafor');
  await page.keyboard.press('Enter');
  await expect(journal.person('Cy Okafor')).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true }), 'ready for the next person').toBeFocused();
  await journal.step('Cy Okafor', 'Thank-you sent').focus();
  await page.keyboard.press('Space');
  await expect(journal.step('Cy Okafor', 'Thank-you sent')).toBeChecked();
  await expect(journal.person('Cy Okafor')).toContainText('Thank-you sent · Done');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the journal screens have no axe violation (${scheme})`, { tag: scheme === 'dark' ? DARK : [] }, async ({ page, welcome }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const journal = new JournalPage(page);
    await welcome.goto();
    await journal.open();
    const axe = () => new AxeBuilder({ page }).withRules([]).options({ rules: { 'target-size': { enabled: true } } }).analyze();
    expect((await axe()).violations).toEqual([]);
    await journal.addEvent({ name: 'Guild dinner', date: '2026-03-01', paid: true });
    await journal.addPerson({ name: 'Di Park', due: '2026-03-05' });
    await page.getByRole('button', { name: 'Add the person' }).click();
    expect((await axe()).violations).toEqual([]);
    await journal.openFollowUps();
    expect((await axe()).violations).toEqual([]);
    await journal.go('#/');
    await expect(page.getByText('1 follow-up is overdue.')).toBeVisible();
    expect((await axe()).violations).toEqual([]);
  });
}
