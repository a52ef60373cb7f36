// The main screens in the browser's language: a German, Spanish or French
// browser (Chromium through Playwright's locale, Firefox through the
// firefox-de, firefox-es and firefox-fr projects) opens a stored result, the
// journal and the group in its language with no language stored, and a
// result link made in English opens in that language with the same figures
// (links carry figures, never words). The words expected are read from the
// catalogs the app is built from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { open } from './open';
import { appStarted } from './pages/welcome';
import { KEYS, fixture } from './pages/notices';
import { JOURNAL_KEY, SAMPLE_JOURNAL } from './pages/journal';
import { codeFor } from './content';
import { FRENCH, GERMAN, LanguageMenu, SPANISH, browserLocale, expectBrowserLanguage, type Lang } from './language';

/** A group of three, one entry of them damaged (tests/fixtures). */
const GROUP = readFileSync(join(__dirname, '..', 'tests', 'fixtures', 'v1', 'group.json'), 'utf8');

/**
 * A message of locales/<lang>/<file>: its text, or the text of one variant
 * of its select. Terms are not resolved, so only messages without them are
 * asked for.
 */
function message(lang: Lang, file: string, id: string, variant?: string): string {
  const text = readFileSync(join(__dirname, '..', 'locales', lang, file), 'utf8');
  if (variant === undefined) {
    const m = new RegExp(`^${id} = (.+)$`, 'm').exec(text);
    if (!m) throw new Error(`locales/${lang}/${file}: no message ${id}`);
    return m[1].trim();
  }
  const block = new RegExp(`^${id} = \\{[^\\n]*\\n((?:[ \\t]+.*\\n)+)\\}`, 'm').exec(text);
  const line = block && new RegExp(`^\\s+\\*?\\[${variant}\\] (.+)$`, 'm').exec(block[1]);
  if (!line) throw new Error(`locales/${lang}/${file}: no variant [${variant}] of ${id}`);
  return line[1].trim();
}

/** Version 1, Mensch 40 % with a Pro streak (35 %), habits 50, 60, 70, 80 and 90. */
const ENGLISH_LINK = `/#/r/${codeFor([1, 35, 15, 10, 40, 0b0111, 50, 60, 70, 80, 90])}`;
const HABITS = ['expectations', 'follow-up', 'giving-first', 'event-choice', 'goal-roi'] as const;

const BROWSERS: [Lang, string, string][] = [
  ['de', 'de-DE', GERMAN],
  ['es', 'es-ES', SPANISH],
  ['fr', 'fr-FR', FRENCH],
];

for (const [lang, locale, tag] of BROWSERS) {
  test.describe(`a browser in ${locale}`, () => {
    test.use(browserLocale(locale));

    test(`opens the result, the journal and the group in its language ${tag}`, async ({ page }) => {
      await open(page, '/#/result', {
        [KEYS.history]: fixture('history'),
        [JOURNAL_KEY]: JSON.stringify(SAMPLE_JOURNAL),
        'netstyle.v1.group': GROUP,
      });
      await expectBrowserLanguage(page, locale);
      await appStarted(page);
      const menu = new LanguageMenu(page);
      const heading = page.getByRole('heading', { level: 1 });
      await menu.expectIn(lang);
      await expect(heading).toHaveText('Mensch');
      await expect(page.locator('.result-head .style-gloss')).toHaveText(message(lang, 'styles.ftl', 'style-gloss', 'mensch'));
      await page.evaluate(() => (location.hash = '#/journal'));
      await expect(heading).toHaveText(message(lang, 'journal.ftl', 'journal-title'));
      await menu.expectIn(lang);
      await page.evaluate(() => (location.hash = '#/group'));
      await expect(heading).toHaveText(message(lang, 'group.ftl', 'group-title'));
      await menu.expectIn(lang);
      expect(await menu.stored(), 'only an explicit choice is stored').toBeNull();
    });

    test(`opens a result link made in English in its language, with the same figures ${tag}`, async ({ page }) => {
      await page.goto(ENGLISH_LINK);
      await expectBrowserLanguage(page, locale);
      await appStarted(page);
      await new LanguageMenu(page).expectIn(lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mensch');
      await expect(page.locator('.result-head .style-gloss')).toHaveText(message(lang, 'styles.ftl', 'style-gloss', 'mensch'));
      for (const [i, habit] of HABITS.entries()) {
        const meter = page.getByRole('meter', { name: message(lang, 'habits.ftl', 'habit-name', habit), exact: true });
        await expect(meter).toHaveAttribute('aria-valuenow', String(50 + 10 * i));
      }
    });
  });
}
