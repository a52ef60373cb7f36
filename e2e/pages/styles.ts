import { expect, type Locator, type Page } from '@playwright/test';
import type { Style } from '../content';

/** The four styles explained, `#/styles`. */
export class StylesPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'The four networking styles', exact: true });
  }

  async goto() {
    await this.page.goto('/#/styles');
    await this.expectOpen();
  }

  async expectOpen() {
    await expect(this.page).toHaveURL(/#\/styles$/);
    await expect(this.heading).toBeVisible();
  }

  /** One style's part of the page, named by its heading ("The Pro"). */
  card(style: Style): Locator {
    return this.page.getByRole('region', { name: `The ${style}`, exact: true });
  }

  emblem(style: Style): Locator {
    return this.card(style).locator('svg.emblem');
  }
}
