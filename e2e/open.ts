import type { Page } from '@playwright/test';

/**
 * Opens `path` with exactly `items` in localStorage: loads it once to reach
 * the app's origin, replaces what storage holds, and loads it again so the
 * app starts from those items.
 */
export async function open(page: Page, path: string, items: Record<string, string> = {}) {
  await page.goto(path);
  await page.evaluate((items) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
  }, items);
  await page.reload();
}
