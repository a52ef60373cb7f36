import { expect, type Locator, type Page } from '@playwright/test';

/** "Compare a group", `#/group`, and a shared group, `#/g/<code>`. */
export class GroupPage {
  readonly heading: Locator;
  readonly links: Locator;
  readonly add: Locator;
  readonly addMine: Locator;
  readonly addStatus: Locator;
  readonly entries: Locator;
  readonly table: Locator;
  readonly profile: Locator;
  readonly tips: Locator;
  readonly namesInLink: Locator;
  readonly groupLink: Locator;
  readonly shareButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.links = page.getByRole('textbox', { name: 'Result links, one a line' });
    this.add = page.getByRole('button', { name: 'Add to the group', exact: true });
    this.addMine = page.getByRole('button', { name: 'Add my own result', exact: true });
    this.addStatus = page.getByRole('status').filter({ hasText: /^(Added|Nothing|Paste)/ });
    this.entries = page.locator('.group-members > li');
    this.table = page.getByRole('table', { name: /Everyone's style and habit scores/ });
    this.profile = page.getByRole('img', { name: /^Profile: / });
    this.tips = page.getByRole('region', { name: 'Tips for the mix' }).getByRole('listitem');
    this.namesInLink = page.getByRole('checkbox', { name: 'Put the names in the link' });
    this.groupLink = page.getByRole('textbox', { name: 'Group link' });
    this.shareButton = page.getByRole('button', { name: 'Share the group link', exact: true });
  }

  /** Goes to the group from the header link, as a person would. */
  async openFromHeader() {
    await this.page.getByRole('link', { name: 'Compare a group' }).first().click();
    await expect(this.heading).toHaveText('Compare a group');
  }

  /** Pastes `lines` (one entry each) and adds them. */
  async paste(lines: string[]) {
    await this.links.fill(lines.join('\n'));
    await this.add.click();
  }

  nameField(entry: number): Locator {
    return this.page.getByRole('textbox', { name: `Name for entry ${entry} (optional)` });
  }

  /** Names entry `entry` (1-based); the name is kept when the field loses focus. */
  async name(entry: number, name: string) {
    await this.nameField(entry).fill(name);
    await this.nameField(entry).press('Tab');
  }

  remove(entry: number): Locator {
    return this.page.getByRole('button', { name: `Remove entry ${entry}`, exact: true });
  }

  /** The table's rows as text: person, style, then five habit scores. */
  async rows(): Promise<string[][]> {
    return this.table.locator('tbody tr').evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? '')),
    );
  }

  /** The average row of the table. */
  async averages(): Promise<string[]> {
    return this.table.locator('tfoot tr').evaluate((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? ''));
  }
}
