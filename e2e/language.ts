// Helpers for the language tests: a German browser in both engines, and
// the language menu.
//
// Chromium takes the browser's languages from Playwright's `locale`; the
// stock Firefox over BiDi cannot be told one per context, so the project
// `firefox-de` (playwright.config.ts) sets the user preference
// intl.accept_languages at launch, as `firefox-dark` sets the colour
// scheme. Tests tagged GERMAN run there, and in Chromium with `locale`.
import { expect, type Locator, type Page } from '@playwright/test';

/** The tag of tests that start with a German browser. */
export const GERMAN = '@de';

/** The tag of tests that start with a Spanish browser (project firefox-es in Firefox). */
export const SPANISH = '@es';
/** The tag of tests that start with a French browser (project firefox-fr in Firefox). */
export const FRENCH = '@fr';

/**
 * For test.use: a browser whose first language is `tag`, where Playwright
 * can set one per context (Chromium); Firefox runs the test in the project
 * whose intl.accept_languages is that language (playwright.config.ts).
 */
export const browserLocale = (tag: string) => ({
  locale: async ({ browserName }: { browserName: string }, use: (locale: string | undefined) => Promise<void>) =>
    use(browserName === 'chromium' ? tag : undefined),
});

/** Checks first that the browser's most preferred language is `tag`, as the test assumes. */
export async function expectBrowserLanguage(page: Page, tag: string | RegExp) {
  const first = await page.evaluate(() => navigator.languages[0]);
  if (typeof tag === 'string') expect(first, `the browser prefers ${tag}`).toBe(tag);
  else expect(first, `the browser prefers ${tag}`).toMatch(tag);
}

/** For test.use: a German browser where Playwright can set one per context (Chromium). */
export const germanLocale = {
  locale: async ({ browserName }: { browserName: string }, use: (locale: string | undefined) => Promise<void>) =>
    use(browserName === 'chromium' ? 'de-DE' : undefined),
};

/** Checks first that the browser's most preferred language is German, as the test assumes. */
export async function expectGermanBrowser(page: Page) {
  expect(await page.evaluate(() => navigator.languages[0]), 'the browser prefers German').toBe('de-DE');
}

/** The welcome screen's heading in each language (locales/<lang>/welcome.ftl). */
export const WELCOME_HEADING = {
  en: 'What kind of networker are you?',
  de: 'Welcher Networking-Typ bist du?',
  es: '¿Cuál es tu estilo de networking?',
  fr: 'Quel est votre style de networking\u202f?',
} as const;

/** The welcome screen's Start button in each language (welcome.ftl). */
export const START = {
  en: 'Start the quiz',
  de: 'Quiz starten',
  es: 'Empezar el test',
  fr: 'Commencer le quiz',
} as const;

/** The page's title in each language (language.ftl). */
export const TITLE = {
  en: 'netstyle: what kind of networker are you?',
  de: 'netstyle: Welcher Networking-Typ bist du?',
  es: 'netstyle: ¿cuál es tu estilo de networking?',
  fr: 'netstyle\u00a0: quel est votre style de networking\u202f?',
} as const;

/** What the menu's live region says once the page is in each language (language.ftl). */
export const CHANGED = {
  en: 'netstyle is now in English.',
  de: 'netstyle ist jetzt auf Deutsch.',
  es: 'netstyle está ahora en español.',
  fr: 'netstyle est maintenant en français.',
} as const;

/** Each language's name in itself, as the menu lists it. */
export const NAMES = { en: 'English', de: 'Deutsch', es: 'Español', fr: 'Français' } as const;

export type Lang = keyof typeof NAMES;

/** The language menu of the app frame (found by its languages, in any language). */
export class LanguageMenu {
  readonly group: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.group = page.locator('.language-choices[role="group"]');
    this.status = page.locator('.language-menu [role="status"]');
  }

  button(lang: Lang): Locator {
    return this.group.getByRole('button', { name: NAMES[lang], exact: true });
  }

  /** The page is in `lang`: <html lang>, the menu's pressed button. */
  async expectIn(lang: Lang) {
    await expect(this.page.locator('html')).toHaveAttribute('lang', lang);
    await expect(this.button(lang)).toHaveAttribute('aria-pressed', 'true');
    for (const other of Object.keys(NAMES) as Lang[]) {
      if (other !== lang) await expect(this.button(other)).toHaveAttribute('aria-pressed', 'false');
    }
  }

  /** What the page stored as the person's choice, if anything. */
  async stored(): Promise<string | null> {
    return this.page.evaluate(() => localStorage.getItem('netstyle.v1.language'));
  }
}
