import { expect, type Locator, type Page } from '@playwright/test';

/** The result screen when too few scenes were answered to tell a style. */
export class NotEnoughPage {
  readonly heading: Locator;
  readonly explanation: Locator;
  readonly answerSkipped: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.explanation = page.locator('.not-enough .lead');
    this.answerSkipped = page.getByRole('button', { name: 'Answer the skipped scenes', exact: true });
  }

  async expectShown(answered: number, scenes: number, needed: number) {
    await expect(this.page).toHaveURL(/#\/result$/);
    await expect(this.heading).toHaveText('Not enough answers to tell your style yet');
    const told = answered === 0 ? 'You skipped every scene' : `You answered ${answered} of the ${scenes} scenes`;
    await expect(this.explanation).toContainText(told);
    await expect(this.explanation).toContainText(`at least ${needed} of them`);
    await expect(this.answerSkipped).toBeVisible();
  }
}
