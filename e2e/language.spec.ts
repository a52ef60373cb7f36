// Choosing the language: a German browser's first visit is in German, the
// menu on every screen switches in place (by keyboard too), an explicit
// choice survives a reload and reaches other tabs, and an attempt in
// progress keeps its answers. Every test starts with a German browser
// (e2e/language.ts).
import { test, expect, watch } from './fixtures';
import { appStarted } from './pages/welcome';
import { QUESTION_COUNT } from './pages/quiz';
import { CHANGED, GERMAN, LanguageMenu, NAMES, WELCOME_HEADING, expectGermanBrowser, germanLocale, type Lang } from './language';

test.use(germanLocale);

const heading = (page: import('@playwright/test').Page) => page.getByRole('heading', { level: 1 });

test(`a German browser's first visit is in German, and nothing is stored for it ${GERMAN}`, async ({ page, guard }) => {
  await page.goto('/');
  await expectGermanBrowser(page);
  const menu = new LanguageMenu(page);
  await expect(heading(page)).toHaveText(WELCOME_HEADING.de);
  await appStarted(page);
  await menu.expectIn('de');
  await expect(page).toHaveTitle('netstyle: Welcher Networking-Typ bist du?');
  await expect(page.getByRole('button', { name: 'Quiz starten', exact: true })).toBeEnabled();
  // Each language is named in itself, and marked as such.
  for (const [lang, name] of Object.entries(NAMES)) {
    await expect(menu.button(lang as Lang)).toHaveText(name);
    await expect(menu.button(lang as Lang)).toHaveAttribute('lang', lang);
  }
  await expect(menu.group).toHaveAttribute('aria-label', 'Sprache');
  expect(await menu.stored(), 'only an explicit choice is stored').toBeNull();
  expect(guard.requests.filter((url) => /\/catalog-de-[0-9a-f]{16}\.nsc$/.test(url)), 'the German texts were fetched once').toHaveLength(1);
  expect(guard.requests.filter((url) => /\/catalog-(es|fr)-/.test(url)), 'and no other language').toEqual([]);
});

test(`the menu works by keyboard, keeps focus and announces the change in the new language ${GERMAN}`, async ({ page }) => {
  await page.goto('/');
  await expectGermanBrowser(page);
  await appStarted(page);
  const menu = new LanguageMenu(page);
  await menu.expectIn('de');
  // Tab from the top of the page to Español.
  let reached = false;
  for (let i = 0; i < 12 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await menu.button('es').evaluate((el) => el === document.activeElement);
  }
  expect(reached, 'Tab reaches the menu').toBe(true);
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(WELCOME_HEADING.es);
  await menu.expectIn('es');
  await expect(menu.status).toHaveText(CHANGED.es);
  await expect(menu.button('es'), 'focus stays on the menu').toBeFocused();
  await expect(page).toHaveTitle('netstyle: ¿cuál es tu estilo de networking?');
  // Space on the next one, reached with Tab.
  await page.keyboard.press('Tab');
  await expect(menu.button('fr')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(heading(page)).toHaveText(WELCOME_HEADING.fr);
  await menu.expectIn('fr');
  await expect(menu.status).toHaveText(CHANGED.fr);
  await expect(menu.button('fr')).toBeFocused();
  // English is in the app itself.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(menu.button('en')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText(WELCOME_HEADING.en);
  await menu.expectIn('en');
  await expect(menu.status).toHaveText(CHANGED.en);
  await expect(page).toHaveTitle('netstyle: what kind of networker are you?');
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded), 'no reload').toBe(true);
});

test(`a chosen language survives a reload and reaches another tab ${GERMAN}`, async ({ page, context, baseURL }) => {
  await page.goto('/');
  await expectGermanBrowser(page);
  await appStarted(page);
  const menu = new LanguageMenu(page);
  await menu.button('fr').click();
  await menu.expectIn('fr');
  expect(JSON.parse((await menu.stored())!), 'the choice is a versioned document').toEqual({ schema: 1, data: 'fr' });

  await page.reload();
  await expect(heading(page)).toHaveText(WELCOME_HEADING.fr);
  await appStarted(page);
  await menu.expectIn('fr');

  const tab = await context.newPage();
  const tabGuard = watch(tab, new URL(baseURL!).origin);
  await tab.goto('/');
  const tabMenu = new LanguageMenu(tab);
  await expect(heading(tab)).toHaveText(WELCOME_HEADING.fr);
  await appStarted(tab);
  await tabMenu.expectIn('fr');

  // A choice in one tab reaches the other, which stores nothing itself.
  await menu.button('en').click();
  await menu.expectIn('en');
  await expect(heading(tab)).toHaveText(WELCOME_HEADING.en);
  await tabMenu.expectIn('en');
  await tab.bringToFront();
  await tabMenu.button('es').click();
  await tabMenu.expectIn('es');
  await expect(heading(page)).toHaveText(WELCOME_HEADING.es);
  await menu.expectIn('es');
  expect(JSON.parse((await menu.stored())!)).toEqual({ schema: 1, data: 'es' });
  expect(tabGuard.errors).toEqual([]);
});

test(`a stored language alone keeps the prerendered welcome, in that language ${GERMAN}`, async ({ page }) => {
  await page.goto('/');
  await expectGermanBrowser(page);
  await appStarted(page);
  const menu = new LanguageMenu(page);
  // A German browser: the gate showed the German copy, neither held nor hidden.
  const german = await page.evaluate(() => document.documentElement.className.split(/\s+/));
  expect(german).not.toContain('prerender-language');
  expect(german).not.toContain('prerender-hold');
  await menu.button('en').click();
  await menu.expectIn('en');
  await page.reload();
  await appStarted(page);
  const classes = await page.evaluate(() => document.documentElement.className.split(/\s+/));
  expect(classes, 'the stored choice of English is no data: the fresh welcome shows').not.toContain('prerender-hold');
  expect(classes).not.toContain('prerender-language');
  await expect(heading(page)).toHaveText(WELCOME_HEADING.en);
  await menu.expectIn('en');
});

test(`switching in the middle of the quiz keeps the answers and the place ${GERMAN}`, async ({ page }) => {
  await page.goto('/');
  await expectGermanBrowser(page);
  await appStarted(page);
  const menu = new LanguageMenu(page);
  await page.getByRole('button', { name: 'Quiz starten', exact: true }).click();
  await expect(heading(page)).toHaveText(`Frage 1 von ${QUESTION_COUNT}`);
  const radios = page.locator('main input[type="radio"]');
  await radios.nth(0).check();
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  await expect(heading(page)).toHaveText(`Frage 2 von ${QUESTION_COUNT}`);
  await radios.nth(1).check();
  const chosen = await radios.nth(1).getAttribute('value');

  await menu.button('en').click();
  await menu.expectIn('en');
  await expect(heading(page)).toHaveText(`Question 2 of ${QUESTION_COUNT}`);
  await expect(menu.status).toHaveText(CHANGED.en);
  await expect(radios.nth(1), 'the answer on screen stays').toBeChecked();
  expect(await radios.nth(1).getAttribute('value')).toBe(chosen);
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(heading(page)).toHaveText(`Question 1 of ${QUESTION_COUNT}`);
  await expect(radios.nth(0), 'the earlier answer too').toBeChecked();

  await menu.button('de').click();
  await menu.expectIn('de');
  await expect(heading(page)).toHaveText(`Frage 1 von ${QUESTION_COUNT}`);
  await expect(radios.nth(0)).toBeChecked();
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  await expect(heading(page)).toHaveText(`Frage 2 von ${QUESTION_COUNT}`);
  await expect(radios.nth(1)).toBeChecked();
});
