import { expect, type Locator, type Page } from '@playwright/test';

/** The welcome screen, `#/`. */
export class WelcomePage {
  readonly heading: Locator;
  readonly start: Locator;
  readonly continue: Locator;
  readonly startAgain: Locator;
  /** The four styles, a line each with its emblem. */
  readonly styles: Locator;
  readonly stylesLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'What kind of networker are you?' });
    this.start = page.getByRole('button', { name: 'Start the quiz', exact: true });
    this.continue = page.getByRole('button', { name: 'Continue where you left off', exact: true });
    this.startAgain = page.getByRole('button', { name: 'Start again', exact: true });
    this.styles = page.getByRole('region', { name: 'The four styles', exact: true }).getByRole('listitem');
    this.stylesLink = page.getByRole('link', { name: 'Read about the four styles', exact: true });
  }

  /**
   * Opens the welcome screen and waits for the app to run it: index.html
   * holds a prerendered copy (its Start disabled) that paints before the
   * wasm, and keys pressed into that copy would be lost when the app
   * replaces it.
   */
  async goto() {
    await this.page.goto('/');
    await expect(this.heading).toBeVisible();
    await appStarted(this.page);
  }

  /** Starts a fresh attempt with the mouse. */
  async startQuiz() {
    await this.start.click();
  }
}

/**
 * Waits until the app has started: it replaces the prerendered screen of
 * index.html (`<div id="prerendered">`, see src/prerender.rs) with its own.
 * A test may navigate at once: a fragment change in that moment wins over
 * the app's own URL update (prerender.spec's "is not undone" tests).
 */
export async function appStarted(page: Page) {
  await expect(page.locator('#prerendered')).toHaveCount(0);
}
