import type { Page } from '@playwright/test';
import { appStarted } from './pages/welcome';

/**
 * Opens `path` with exactly `items` in localStorage: loads it once to reach
 * the app's origin, replaces what storage holds, and loads it again so the
 * app starts from those items.
 *
 * The first load's app must have started before storage is replaced: its
 * files load after the first paint, so `goto` can return before it runs, and
 * an app starting after the change would read the items itself (setting a
 * damaged document aside, say) before the second load could.
 */
export async function open(page: Page, path: string, items: Record<string, string> = {}) {
  await page.goto(path);
  await appStarted(page);
  await page.evaluate((items) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
  }, items);
  await page.reload();
}
