// The return on the hours, per event and in total, as a
// chart with the values as text, and the quiz's habits next to the journal.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { DARK } from './engines';
import { JOURNAL_KEY, JournalPage, SAMPLE_JOURNAL } from './pages/journal';
import { KEYS, Notices, fixture } from './pages/notices';

test('each event\'s hours, people, follow-ups, meetings and referrals, and the total', async ({ page, welcome }) => {
  const journal = new JournalPage(page);
  await welcome.goto();
  await new Notices(page).reloadWith({ [KEYS.history]: fixture('history'), [JOURNAL_KEY]: JSON.stringify(SAMPLE_JOURNAL) });
  await journal.open();
  const section = page.getByRole('region', { name: 'Return on your hours' });
  await expect(section.locator('svg.roi-chart rect')).toHaveCount(6);
  const table = section.getByRole('table', { name: 'What each event brought' });
  const rows = await table.getByRole('row').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
  expect(rows).toEqual([
    ['Event', 'Hours', 'People met', 'Follow-ups done', 'Meetings held', 'Referrals given', 'Referrals received', 'Follow-ups per hour'],
    ['Chamber mixer, 12 February 2026', '3', '1', '1', '0', '0', '0', '0.3'],
    ['Design week breakfast, 3 March 2026', '2.5', '3', '2', '1', '1', '0', '0.8'],
    ['Spring trade fair, 24 March 2026', '–', '0', '0', '0', '0', '0', '–'],
    ['All events', '5.5', '4', '3', '1', '1', '0', '0.5'],
  ]);
  const followUp = section.getByRole('listitem').filter({ hasText: /^Follow-up/ });
  await expect(followUp).toContainText(/The quiz says \d+; the journal says 3 of 4 follow-ups done\./);
  await expect(section.getByRole('listitem').filter({ hasText: /^Event choice/ })).toContainText('1 of 3 events were managed, with an educational part');

  // Ticking a step shows at once in the figures.
  await journal.go('#/journal/101');
  await journal.step('Bo Lind', 'Referral received').check();
  await journal.open();
  await expect(table.getByRole('row', { name: /^All events/ })).toHaveText(/All events5\.5441110\.7/);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the return on the hours has no axe violation (${scheme})`, { tag: scheme === 'dark' ? DARK : [] }, async ({ page, welcome }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const journal = new JournalPage(page);
    await welcome.goto();
    await new Notices(page).reloadWith({ [KEYS.history]: fixture('history'), [JOURNAL_KEY]: JSON.stringify(SAMPLE_JOURNAL) });
    await page.setViewportSize({ width: 320, height: 800 });
    await journal.open();
    await expect(page.getByRole('table', { name: 'What each event brought' })).toBeVisible();
    const axe = await new AxeBuilder({ page }).options({ rules: { 'target-size': { enabled: true } } }).analyze();
    expect(axe.violations).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scroll at 320 px').toBeLessThanOrEqual(320);
  });
}
