// Languages offline: a German browser's first visit keeps German in the
// offline copy; a language never used here cannot be chosen offline (the
// page says so in the language in use and changes nothing); one used once
// is kept offline from then on.
import { watch } from './fixtures';
import { DIST, waitForOfflineReady, expect, test } from './serve-build';
import { goOffline } from './engines';
import { GERMAN, LanguageMenu, WELCOME_HEADING, expectGermanBrowser, germanLocale } from './language';

test.use({ ...germanLocale, serviceWorkers: 'allow' });

/** Whether the worker's cache holds `lang`'s catalog. */
async function kept(page: import('@playwright/test').Page, lang: string): Promise<boolean> {
  return page.evaluate(async (lang) => {
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) {
        if (new RegExp(`/catalog-${lang}-[0-9a-f]{16}\\.nsc$`).test(request.url)) return true;
      }
    }
    return false;
  }, lang);
}

test(`the visitor's language is offline from the first visit, a new one needs a connection once ${GERMAN}`, async ({ page, context, browserName, serve }) => {
  const served = await serve(DIST);
  const guard = watch(page, served.origin);
  const menu = new LanguageMenu(page);
  const heading = page.getByRole('heading', { level: 1 });

  await page.goto(served.url);
  await expectGermanBrowser(page);
  await expect(heading).toHaveText(WELCOME_HEADING.de);
  await waitForOfflineReady(page);
  await expect.poll(() => kept(page, 'de'), { message: 'German is kept offline' }).toBe(true);
  expect(await kept(page, 'es'), 'Spanish is not, never used').toBe(false);
  expect(await kept(page, 'fr')).toBe(false);

  served.stop();
  await goOffline(context, browserName);
  await page.reload();
  await expect(heading).toHaveText(WELCOME_HEADING.de);
  await menu.expectIn('de');

  // Never used: nothing changes, and the page says so in German.
  await menu.button('es').click();
  await expect(menu.status).toHaveText(/^Um diese Sprache zu laden, muss netstyle einmal online sein\./);
  await menu.expectIn('de');
  await expect(heading).toHaveText(WELCOME_HEADING.de);
  expect(await menu.stored(), 'nothing stored').toBeNull();

  // English is in the app: it works offline.
  await menu.button('en').click();
  await menu.expectIn('en');
  await expect(heading).toHaveText(WELCOME_HEADING.en);
  expect(guard.foreign).toEqual([]);
});

test(`a language used once online is kept offline from then on ${GERMAN}`, async ({ page, context, browserName, serve }) => {
  const served = await serve(DIST);
  const guard = watch(page, served.origin);
  const menu = new LanguageMenu(page);
  const heading = page.getByRole('heading', { level: 1 });

  await page.goto(served.url);
  await expectGermanBrowser(page);
  await waitForOfflineReady(page);
  expect(await kept(page, 'fr'), 'French is not kept before it is used').toBe(false);

  // Used once, online: French is fetched and the worker keeps it.
  await menu.button('fr').click();
  await menu.expectIn('fr');
  await expect(heading).toHaveText(WELCOME_HEADING.fr);
  await expect.poll(() => kept(page, 'fr'), { message: 'French is kept offline once used' }).toBe(true);
  await menu.button('de').click();
  await menu.expectIn('de');

  // Offline, after a reload: French can be chosen again, with no network at all.
  served.stop();
  await goOffline(context, browserName);
  await page.reload();
  await expect(heading).toHaveText(WELCOME_HEADING.de);
  await menu.button('fr').click();
  await menu.expectIn('fr');
  await expect(heading).toHaveText(WELCOME_HEADING.fr);
  await expect(menu.status).toHaveText('netstyle est maintenant en français.');
  expect(await menu.stored(), 'the explicit choice is stored').toContain('fr');
  // Spanish was never used: it still needs a connection, and the page says so in French.
  await menu.button('es').click();
  await expect(menu.status).toHaveText(/^Pour télécharger cette langue, netstyle doit être connecté à Internet une fois\./);
  await menu.expectIn('fr');
  expect(guard.foreign).toEqual([]);
});
