import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appStarted } from './welcome';

/** The sentences the app shows about storage, word for word. */
export const NOTICE = {
  unavailable:
    'Your browser does not let this page store data, so your progress will not be kept once you close it.',
  saveFailed:
    'Your progress could not be saved, perhaps because storage is full, so it will not be kept once you close this page.',
  corrupt:
    'Earlier saved data could not be read, so netstyle carries on without it. The damaged data was set aside, not deleted.',
  newer:
    'Your saved data comes from a newer version of netstyle. It was left untouched, so this page saves nothing and your progress will not be kept.',
  questionsChanged:
    'Some questions have changed since you started. Your answers to the ones still asked were kept, so you can carry on from here.',
} as const;

export const KEYS = {
  attempt: 'netstyle.v1.attempt',
  history: 'netstyle.v1.history',
  checklist: 'netstyle.v1.checklist',
} as const;
export type Kind = keyof typeof KEYS;

/**
 * From the next page load on, every save of `key` throws the quota error a
 * full store gives; other keys still save. Pass no key to make every save fail.
 */
export async function fillStorage(page: Page, key?: string) {
  await page.addInitScript((full) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k: string, value: string) {
      if (full === null || k === full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, k, value);
    };
  }, key ?? null);
}

/** A document exactly as schema `version` wrote it (tests/fixtures). */
export function fixture(kind: Kind, version = 1): string {
  return readFileSync(join(__dirname, '..', '..', 'tests', 'fixtures', `v${version}`, `${kind}.json`), 'utf8');
}

/** The storage notices above the page: a polite live region. */
export class Notices {
  readonly dismiss: Locator;

  constructor(readonly page: Page) {
    this.dismiss = page.getByRole('button', { name: 'Dismiss', exact: true });
  }

  /** The notice with this sentence, inside a status region. */
  notice(sentence: string): Locator {
    return this.page.getByRole('status').getByText(sentence, { exact: true });
  }

  /** Waits for `sentence` to be on screen, once. */
  async expectShown(sentence: string) {
    await expect(this.notice(sentence)).toBeVisible();
    await expect(this.page.getByText(sentence, { exact: true })).toHaveCount(1);
  }

  async expectNone() {
    for (const sentence of Object.values(NOTICE)) {
      await expect(this.page.getByText(sentence, { exact: true })).toHaveCount(0);
    }
  }

  /** Replaces everything in localStorage with `items`, then reloads. */
  async reloadWith(items: Record<string, string>) {
    await this.page.evaluate((items) => {
      localStorage.clear();
      for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
    }, items);
    await this.page.reload();
    await appStarted(this.page);
  }

  /** Every key and value in localStorage. */
  async stored(): Promise<Record<string, string>> {
    return this.page.evaluate(() => {
      const all: Record<string, string> = {};
      for (let i = 0; i < localStorage.length; i++) {
        const key = localStorage.key(i)!;
        all[key] = localStorage.getItem(key)!;
      }
      return all;
    });
  }
}
