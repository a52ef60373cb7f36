// Every request of a whole session, recorded on the browser context so that
// the service worker's own fetches and a second tab count too (the guard in
// fixtures.ts watches one page's requests only). Any request to an origin
// other than the app's fails the test.
import { test, expect } from './fixtures';
import { planFor } from './content';
import { NO_SW_REQUESTS } from './engines';

test('a whole session in two tabs, service worker included, asks only the app\'s origin', async ({ page, context, baseURL, browserName, welcome, quiz, result }) => {
  test.skip(browserName === 'firefox', NO_SW_REQUESTS);
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  const requests: { url: string; by: string }[] = [];
  context.on('request', (request) => {
    requests.push({ url: request.url(), by: request.serviceWorker() ? 'service worker' : 'page' });
  });

  await welcome.goto();
  await welcome.startQuiz();
  await quiz.finish(planFor('Pro'));
  await result.expectStyle('Pro');
  await result.checklist.getByRole('checkbox').first().check();
  await page.evaluate(() => navigator.serviceWorker.ready);

  const link = await page.getByLabel('Your share link').inputValue();
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole('heading', { level: 1 })).toBeVisible();
  await other.getByRole('button', { name: 'Take the quiz yourself' }).or(other.getByRole('link', { name: 'Take the quiz yourself' })).click();
  await expect(other.getByRole('heading', { level: 1 })).toBeVisible();

  await page.reload();
  await result.expectStyle('Pro');
  await result.retakeQuiz();
  await quiz.expectQuestion(1);

  expect(requests.some((r) => r.url.endsWith('.wasm')), 'the app was loaded and watched').toBe(true);
  expect(requests.some((r) => r.by === 'service worker'), 'the service worker was watched').toBe(true);
  const foreign = requests.filter(
    (r) => !r.url.startsWith('data:') && !r.url.startsWith('blob:') && new URL(r.url).origin !== origin,
  );
  expect(foreign, `requests to other origins, out of ${requests.length}`).toEqual([]);
});
