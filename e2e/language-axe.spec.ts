// axe in every language: the result, the journal and the group, each in
// English, German, Spanish and French, at 320 and 1280 px. A translation can
// break what English passes: a label that no longer matches the visible
// text, a name left empty, a lang attribute, a target squeezed by a longer
// word. One page load per language; the screens are reached by their links'
// addresses and each width is a resize.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { open } from './open';
import { appStarted } from './pages/welcome';
import { KEYS, fixture } from './pages/notices';
import { JOURNAL_KEY, SAMPLE_JOURNAL } from './pages/journal';
import { axeViolations } from './axe';
import { LanguageMenu, NAMES, type Lang } from './language';

const WIDTHS = [320, 1280] as const;
/** A group of three, one entry of them damaged (tests/fixtures). */
const GROUP = readFileSync(join(__dirname, '..', 'tests', 'fixtures', 'v1', 'group.json'), 'utf8');
const SCREENS = [
  ['result', '#/result'],
  ['journal', '#/journal'],
  ['group', '#/group'],
] as const;

/** A person with a result, a journal a few weeks in use and a group of three, who chose `lang`. */
function storedFor(lang: Lang): Record<string, string> {
  return {
    'netstyle.v1.language': JSON.stringify({ schema: 1, data: lang }),
    [KEYS.history]: fixture('history'),
    [JOURNAL_KEY]: JSON.stringify(SAMPLE_JOURNAL),
    'netstyle.v1.group': GROUP,
  };
}

async function goTo(page: Page, hash: string) {
  const before = await page.getByRole('heading', { level: 1 }).textContent();
  await page.evaluate((h) => (location.hash = h), hash);
  if (hash !== '#/result') await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(before ?? '');
}

test.describe('axe finds no violation on the result, the journal and the group in every language, at 320 and 1280 px', () => {
  // Six audits a test, on two cores shared with the rest of the suite.
  test.describe.configure({ timeout: 180_000 });

  for (const lang of Object.keys(NAMES) as Lang[]) {
    test(`in ${NAMES[lang]}`, async ({ page }) => {
      await open(page, '/#/result', storedFor(lang));
      await appStarted(page);
      await new LanguageMenu(page).expectIn(lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mensch');
      const found: string[] = [];
      for (const [screen, hash] of SCREENS) {
        await goTo(page, hash);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          found.push(...(await axeViolations(page, `${lang} ${screen} ${width}px`)));
        }
      }
      expect(found).toEqual([]);
    });
  }
});
