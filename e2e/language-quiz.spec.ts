// The quiz's questions speak the reader's language: a German browser (the
// firefox-de project, and Chromium with a German locale) and a Spanish one
// (Chromium) get the first question and its answers in their language, the
// language menu re-renders the open question in place with its answer and
// focus kept, the screen reader's announcement follows, the "why" list of a
// result made with retired questions too, and no question's words overflow
// a 320 px screen. The expected words come from locales/<lang>/bank*.ftl
// (e2e/bank.ts).
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { ITEMS, RETIRED, type SceneItem } from './content';
import { answerLabels, inLanguage, type BankLang } from './bank';
import { appStarted } from './pages/welcome';
import { QUESTION_COUNT } from './pages/quiz';
import { KEYS, fixture } from './pages/notices';
import { GERMAN, LanguageMenu, expectGermanBrowser, germanLocale } from './language';

const QUESTION = {
  en: (n: number) => `Question ${n} of ${QUESTION_COUNT}`,
  de: (n: number) => `Frage ${n} von ${QUESTION_COUNT}`,
  es: (n: number) => `Pregunta ${n} de ${QUESTION_COUNT}`,
  fr: (n: number) => `Question ${n} sur ${QUESTION_COUNT}`,
} as const;

const START = { de: 'Quiz starten', es: 'Empezar el test', fr: 'Commencer le quiz' } as const;

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Question `n` is on screen in `lang`: heading, legend, every answer, and the live region. */
async function expectQuestionIn(page: Page, n: number, lang: BankLang) {
  const item = inLanguage(ITEMS[n - 1], lang);
  await expect(heading(page)).toHaveText(QUESTION[lang](n));
  const group = page.getByRole('group', { name: item.prompt, exact: true });
  await expect(group).toBeVisible();
  const labels = answerLabels(item);
  await expect(group.getByRole('radio')).toHaveCount(labels.length);
  for (const label of labels) await expect(group.getByRole('radio', { name: label, exact: true })).toBeVisible();
  await expect(page.locator('.quiz [role="status"]')).toHaveText(new RegExp(`${escape(item.prompt)}$`));
  return { item, group };
}

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The first question is a scene: its answer of `style`'s words in `lang`. */
function sceneOption(lang: BankLang, style: keyof SceneItem['options']) {
  const item = inLanguage(ITEMS[0], lang);
  if (item.kind !== 'scene') throw new Error('the first question is a scene');
  return item.options[style];
}

test.describe('a German browser', () => {
  test.use(germanLocale);

  test(`asks the questions in German, and the menu switches the open question in place ${GERMAN}`, async ({ page }) => {
    await page.goto('/');
    await expectGermanBrowser(page);
    await appStarted(page);
    const menu = new LanguageMenu(page);
    // The German words are a translation, not the English copy.
    expect(inLanguage(ITEMS[0], 'de').prompt).not.toBe(ITEMS[0].prompt);
    await page.getByRole('button', { name: START.de, exact: true }).click();
    const { group } = await expectQuestionIn(page, 1, 'de');
    await group.getByRole('radio', { name: sceneOption('de', 'Mensch'), exact: true }).check();

    // French from the menu: the same question and answer, focus on the menu.
    await menu.button('fr').click();
    await menu.expectIn('fr');
    const fr = await expectQuestionIn(page, 1, 'fr');
    await expect(fr.group.getByRole('radio', { name: sceneOption('fr', 'Mensch'), exact: true })).toBeChecked();
    await expect(fr.group.getByRole('radio', { checked: true })).toHaveCount(1);
    await expect(menu.button('fr')).toBeFocused();

    // Back to German by keyboard (Deutsch is two before Français).
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(menu.button('de')).toBeFocused();
    await page.keyboard.press('Enter');
    await menu.expectIn('de');
    const de = await expectQuestionIn(page, 1, 'de');
    await expect(de.group.getByRole('radio', { name: sceneOption('de', 'Mensch'), exact: true })).toBeChecked();
    await expect(menu.button('de')).toBeFocused();
    await page.getByRole('button', { name: 'Weiter', exact: true }).click();
    await expectQuestionIn(page, 2, 'de');
  });

  test(`explains an old result with its retired questions in German, and in French from the menu ${GERMAN}`, async ({ page }) => {
    await page.goto('/');
    await expectGermanBrowser(page);
    await appStarted(page);
    // The first release's history: the last result is Mensch, from two retired scenes.
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEYS.history, fixture('history')]);
    await page.goto('/#/result');
    await page.reload();
    await appStarted(page);
    const why = page.locator('ol.why > li');
    const reasons = ['scene-arrival', 'scene-buffet'].map((id) => RETIRED.find((i) => i.id === id)!);
    const expectWhy = async (lang: BankLang) => {
      await expect(why).toHaveCount(reasons.length);
      for (const [k, english] of reasons.entries()) {
        const item = inLanguage(english, lang);
        if (item.kind !== 'scene') throw new Error(`${item.id} was a scene`);
        await expect(why.nth(k).locator('.why-prompt')).toHaveText(item.prompt);
        await expect(why.nth(k).locator('.why-answer')).toHaveText(item.options.Mensch);
      }
    };
    expect(inLanguage(reasons[0], 'de').prompt, 'the retired questions are translated').not.toBe(reasons[0].prompt);
    await expectWhy('de');
    const menu = new LanguageMenu(page);
    await menu.button('fr').click();
    await menu.expectIn('fr');
    await expectWhy('fr');
  });
});

test.describe('a Spanish browser', () => {
  test.use({ locale: 'es-ES' });

  test('asks the questions in Spanish, and switching keeps the answer', async ({ page, browserName }) => {
    test.skip(browserName !== 'chromium', 'the stock Firefox takes no locale per context; firefox-de runs the German test');
    await page.goto('/');
    expect(await page.evaluate(() => navigator.languages[0]), 'the browser prefers Spanish').toBe('es-ES');
    await appStarted(page);
    const menu = new LanguageMenu(page);
    await menu.expectIn('es');
    expect(inLanguage(ITEMS[0], 'es').prompt).not.toBe(ITEMS[0].prompt);
    await page.getByRole('button', { name: START.es, exact: true }).click();
    const { group } = await expectQuestionIn(page, 1, 'es');
    await group.getByRole('radio', { name: sceneOption('es', 'Imposter'), exact: true }).check();
    await page.getByRole('button', { name: 'Siguiente', exact: true }).click();
    const second = await expectQuestionIn(page, 2, 'es');
    const answer = answerLabels(second.item)[1];
    await second.group.getByRole('radio', { name: answer, exact: true }).check();

    await menu.button('fr').click();
    await menu.expectIn('fr');
    const fr = await expectQuestionIn(page, 2, 'fr');
    await expect(fr.group.getByRole('radio', { name: answerLabels(fr.item)[1], exact: true })).toBeChecked();
    await expect(menu.button('fr')).toBeFocused();
    await menu.button('en').click();
    await menu.expectIn('en');
    await expectQuestionIn(page, 2, 'en');
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    const first = await expectQuestionIn(page, 1, 'en');
    await expect(first.group.getByRole('radio', { name: sceneOption('en', 'Imposter'), exact: true })).toBeChecked();
  });
});

/** Every question of the quiz in `lang` at 320 px: nothing wider than the screen or its box. */
async function walkAt320(page: Page, lang: 'de' | 'fr') {
  await page.setViewportSize({ width: 320, height: 640 });
  const menu = new LanguageMenu(page);
  await menu.button(lang).click();
  await menu.expectIn(lang);
  await page.getByRole('button', { name: START[lang], exact: true }).click();
  for (let n = 1; n <= QUESTION_COUNT; n++) {
    await expectQuestionIn(page, n, lang);
    const overflow = await page.evaluate(() => {
      const wide: string[] = [];
      if (document.documentElement.scrollWidth > window.innerWidth) wide.push(`page ${document.documentElement.scrollWidth}px`);
      for (const el of document.querySelectorAll<HTMLElement>('.quiz legend, .quiz label, .quiz h1, .quiz button, .quiz .hint')) {
        if (el.scrollWidth > el.clientWidth + 1) wide.push(`${el.tagName} "${el.textContent}" ${el.scrollWidth} > ${el.clientWidth}`);
        if (el.getBoundingClientRect().right > window.innerWidth + 0.5) wide.push(`${el.tagName} "${el.textContent}" ends beyond the screen`);
      }
      return wide;
    });
    expect(overflow, `question ${n} in ${lang} at 320 px`).toEqual([]);
    if (n < QUESTION_COUNT) {
      await page.keyboard.press('1');
      await page.keyboard.press('Enter');
    }
  }
}

for (const lang of ['de', 'fr'] as const) {
  test(`every question in ${lang === 'de' ? 'German' : 'French'} fits a 320 px screen`, async ({ page, browserName }) => {
    test.skip(browserName !== 'chromium', 'layout is checked in Chromium; the German walk above runs in Firefox');
    test.info().setTimeout(test.info().timeout + 60_000);
    await page.goto('/');
    await appStarted(page);
    await walkAt320(page, lang);
  });
}
