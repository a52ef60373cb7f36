// What the journal holds can be corrected where it is shown. Each
// field has an Edit button named with the field and whose it is; Escape or
// Cancel leaves the value as it was and puts focus back on Edit; the add
// forms' sentences say what is wrong; a save is announced and kept; a
// change from another tab never replaces an open edit; a person is removed
// only after a confirmation.
import type { Page } from '@playwright/test';
import { test, expect, watch } from './fixtures';
import { JOURNAL_KEY, JournalPage, SAMPLE_JOURNAL } from './pages/journal';
import { Notices } from './pages/notices';
import { appStarted } from './pages/welcome';

type Stored = typeof SAMPLE_JOURNAL;

async function openSample(page: Page, hash = '#/journal/101') {
  await page.goto('/');
  await appStarted(page);
  await new Notices(page).reloadWith({ [JOURNAL_KEY]: JSON.stringify(SAMPLE_JOURNAL) });
  await new JournalPage(page).go(hash);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function stored(page: Page): Promise<Stored> {
  return JSON.parse((await page.evaluate((key) => localStorage.getItem(key), JOURNAL_KEY))!);
}

/** Opens a field's editor by its Edit button, fills or picks `value`, and saves. */
async function edit(page: Page, button: string, label: string, value: string, select = false) {
  const edit = page.getByRole('button', { name: button, exact: true });
  await edit.click();
  const field = page.getByLabel(label, { exact: true });
  await expect(field, `${label}: focus moves into the editor`).toBeFocused();
  if (select) await field.selectOption({ label: value });
  else await field.fill(value);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved: ${label}.` }), 'the save is announced').toHaveCount(1);
}

test('every field of an event and of a person can be corrected, and the change is kept', async ({ page }) => {
  await openSample(page);

  await edit(page, 'Edit the name of Design week breakfast', 'Name of the event', 'Design week brunch');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Design week brunch');
  await expect(page.getByRole('button', { name: 'Edit the name of Design week brunch' }), 'focus back on Edit').toBeFocused();
  await edit(page, 'Edit the date of Design week brunch', 'Date of the event', '2026-03-04');
  await edit(page, 'Edit the kind of Design week brunch', 'Kind of event', 'Trade show', true);
  await edit(page, 'Edit the entry of Design week brunch', 'Entry', 'Free', true);
  await edit(page, 'Edit the goal of Design week brunch', 'Your goal for it (optional)', 'meet two designers');
  const facts = page.locator('.event-facts');
  for (const text of ['4 March 2026', 'Trade show', 'Free', 'meet two designers']) await expect(facts).toContainText(text);

  const journal = new JournalPage(page);
  await edit(page, 'Edit the name of Ana Ruiz', 'Name of Ana Ruiz', 'Ana Ruiz-Soto');
  await expect(journal.person('Ana Ruiz-Soto')).toBeVisible();
  await edit(page, 'Edit what Ana Ruiz-Soto does', 'What Ana Ruiz-Soto does', 'Illustrator');
  await edit(page, 'Edit what was promised with Ana Ruiz-Soto', 'What was promised with Ana Ruiz-Soto', 'send two sketches');
  await edit(page, 'Edit who made the promise with Ana Ruiz-Soto', 'Who made the promise with Ana Ruiz-Soto', 'We both did', true);
  const ana = journal.person('Ana Ruiz-Soto');
  for (const text of ['Illustrator', 'send two sketches', 'We both did']) await expect(ana).toContainText(text);

  // A field left empty in the add form can be filled in later.
  await edit(page, 'Edit what was promised with Cy Okafor', 'What was promised with Cy Okafor', 'a desk for a day');
  await expect(journal.person('Cy Okafor')).toContainText('a desk for a day');

  const doc = await stored(page);
  const event = doc.data.events[0];
  expect([event.name, event.date, event.kind, event.paid, event.goal]).toEqual([
    'Design week brunch', '2026-03-04', 'TradeShow', false, 'meet two designers',
  ]);
  const [a, , c] = event.people;
  expect([a.name, a.does, a.promise, a.promised_by, a.steps, a.due]).toEqual([
    'Ana Ruiz-Soto', 'Illustrator', 'send two sketches', 'Both', ['ThankYouSent'], '2026-03-10',
  ]);
  expect(c.promise).toBe('a desk for a day');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Design week brunch');
  await expect(journal.person('Ana Ruiz-Soto')).toContainText('Illustrator');
});

test('Escape and Cancel leave the value as it was, with focus back on Edit; the add forms\' sentences say what is wrong', async ({ page }) => {
  await openSample(page);
  const before = await stored(page);
  const editName = page.getByRole('button', { name: 'Edit the name of Design week breakfast' });

  await editName.click();
  const name = page.getByLabel('Name of the event', { exact: true });
  await expect(name).toHaveValue('Design week breakfast');
  await name.fill('');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(name, 'the editor stays open on what to fix').toBeFocused();
  await expect(name).toHaveAccessibleDescription('Give the event a name.');
  await name.fill('Something else');
  await page.keyboard.press('Escape');
  await expect(name).toHaveCount(0);
  await expect(editName).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Design week breakfast');

  // Opened again, it starts from the stored value, not from what was typed.
  await editName.click();
  await expect(name).toHaveValue('Design week breakfast');
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(editName).toBeFocused();

  const editDate = page.getByRole('button', { name: 'Edit the date of Design week breakfast' });
  await editDate.click();
  await page.getByLabel('Date of the event', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByLabel('Date of the event', { exact: true })).toHaveAccessibleDescription('Give the date of the event.');
  await page.keyboard.press('Escape');
  await expect(editDate).toBeFocused();

  const editPerson = page.getByRole('button', { name: 'Edit the name of Bo Lind' });
  await editPerson.click();
  const personName = page.getByLabel('Name of Bo Lind', { exact: true });
  await personName.fill('   ');
  await personName.press('Enter');
  await expect(personName).toHaveAccessibleDescription('Give the person\'s name.');
  await personName.fill('x'.repeat(501));
  await personName.press('Enter');
  await expect(personName).toHaveAccessibleDescription('That is longer than 500 characters; please shorten it.');
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(editPerson).toBeFocused();

  // A select keeps its old choice too.
  const editKind = page.getByRole('button', { name: 'Edit the kind of Design week breakfast' });
  await editKind.click();
  await page.getByLabel('Kind of event', { exact: true }).selectOption({ label: 'Open mixer' });
  await page.keyboard.press('Escape');
  await expect(editKind).toBeFocused();
  await expect(page.locator('.event-facts')).toContainText('Managed event with an educational part');

  expect(await stored(page), 'nothing was stored').toEqual(before);
});

test('a change from another tab never replaces an open edit; the open one says so', async ({ page, baseURL }) => {
  await openSample(page);
  const other = await page.context().newPage();
  const guard = watch(other, new URL(baseURL ?? 'http://127.0.0.1:4173').origin);
  await other.goto('/#/journal/101');
  await appStarted(other);
  const journal = new JournalPage(page);

  await page.getByRole('button', { name: 'Edit the name of Ana Ruiz' }).click();
  // By its id: its label follows the name, which the other tab changes.
  const id = await page.getByLabel('Name of Ana Ruiz', { exact: true }).getAttribute('id');
  const draft = page.locator(`[id="${id}"]`);
  await draft.fill('Ana R.');

  // Another field changes in the other tab: the open edit takes no notice.
  await new JournalPage(other).step('Ana Ruiz', 'Meeting asked').check();
  await expect(journal.step('Ana Ruiz', 'Meeting asked')).toBeChecked();
  await expect(page.getByText('This was changed in another tab', { exact: false })).toHaveCount(0);
  await expect(draft).toHaveValue('Ana R.');

  // The same field changes there: the draft stays, with a notice.
  await edit(other, 'Edit the name of Ana Ruiz', 'Name of Ana Ruiz', 'Ana Ruiz Soto');
  await expect(journal.person('Ana Ruiz Soto'), 'the other tab\'s name shows').toBeVisible();
  await expect(page.getByText('This was changed in another tab', { exact: false })).toBeVisible();
  await expect(draft, 'what was typed here is kept').toHaveValue('Ana R.');
  // Asked of the document: this tab is in the background, so the window itself has no focus.
  await expect(draft).toHaveAccessibleName('Name of Ana Ruiz Soto');
  expect(await page.evaluate(() => document.activeElement?.id), 'and focus stays in it').toBe(id);

  // Saving keeps this tab's text, and the other tab follows.
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(journal.person('Ana R.')).toBeVisible();
  await expect(new JournalPage(other).person('Ana R.')).toBeVisible();
  const ana = (await stored(page)).data.events[0].people[0];
  expect([ana.name, ana.steps]).toEqual(['Ana R.', ['ThankYouSent', 'MeetingAsked']]);
  expect(guard.errors).toEqual([]);
});

test('a person is removed only after a confirmation', async ({ page }) => {
  await openSample(page);
  const journal = new JournalPage(page);
  const remove = page.getByRole('button', { name: 'Remove Bo Lind', exact: true });
  await remove.click();
  await expect(journal.person('Bo Lind')).toContainText('Remove Bo Lind and the follow-up with them from the journal? This cannot be undone.');
  const yes = page.getByRole('button', { name: 'Yes, remove Bo Lind', exact: true });
  await expect(yes).toBeFocused();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(remove).toBeFocused();
  expect((await stored(page)).data.events[0].people).toHaveLength(3);

  await remove.click();
  await yes.click();
  await expect(journal.person('Bo Lind')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'People you met' }), 'focus stays in the list\'s section').toBeFocused();
  expect((await stored(page)).data.events[0].people.map((p) => p.name)).toEqual(['Ana Ruiz', 'Cy Okafor']);
});
