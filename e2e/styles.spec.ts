// The four styles explained on `#/styles`, introduced on the
// welcome screen and reachable from the welcome, result and shared pages.
import { test, expect } from './fixtures';
import { open } from './open';
import { STYLES, PORTRAITS, codeFor } from './content';
import { KEYS, fixture } from './pages/notices';
import { StylesPage } from './pages/styles';

test('the welcome screen introduces the four styles, each with its emblem, and leads to the styles page', async ({ page, welcome }) => {
  await welcome.goto();
  await expect(welcome.styles).toHaveCount(STYLES.length);
  for (const [i, style] of STYLES.entries()) {
    const line = welcome.styles.nth(i);
    await expect(line).toContainText(new RegExp(`^${style}: \\S.{20,}`));
    await expect(line.locator('svg.emblem')).toHaveAttribute('data-style', style);
    await expect(line.locator('svg.emblem')).toBeVisible();
    // What the name means here, so that "Imposter" is not read as "fraud".
    await expect(line.locator('.style-gloss')).toHaveText(PORTRAITS[i].gloss);
  }
  await welcome.stylesLink.click();
  const styles = new StylesPage(page);
  await styles.expectOpen();
  // No result yet: the way on is the quiz.
  await page.getByRole('link', { name: 'Find your style', exact: true }).click();
  await expect(welcome.heading).toBeVisible();
});

test('the styles page lists all four with emblem, portrait, strength, trap and what helps', async ({ page }) => {
  const styles = new StylesPage(page);
  await styles.goto();
  const emblems: string[] = [];
  for (const style of STYLES) {
    const card = styles.card(style);
    await expect(card).toBeVisible();
    await expect(styles.emblem(style)).toBeVisible();
    await expect(styles.emblem(style)).toHaveAttribute('data-style', style);
    emblems.push(await styles.emblem(style).locator('g').innerHTML());
    for (const term of ['Strength', 'Trap', 'What helps']) {
      const dd = card.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
      expect((await dd.innerText()).trim().length, `${style}: ${term}`).toBeGreaterThan(30);
    }
    await expect(card.locator('dd li')).toHaveCount(3);
    await expect(card.locator('.style-gloss')).toHaveText(PORTRAITS.find((p) => p.name === style)!.gloss);
  }
  expect(new Set(emblems).size, 'four different emblems').toBe(4);
  // The trap is the one the result page names for that style.
  const portrait = await styles.card('Mensch').locator('.style-gist').innerText();
  expect(portrait.length).toBeGreaterThan(30);
});

test('the result page links to the styles page, which marks your style and leads back', async ({ page, result }) => {
  await open(page, '/#/result', { [KEYS.history]: fixture('history') });
  await result.expectStyle('Mensch');
  // The result's own portrait is the one on the styles page.
  const tagline = await page.locator('.result-head .lead').innerText();
  await expect(page.locator('.result-head .style-gloss')).toHaveText(PORTRAITS.find((p) => p.name === 'Mensch')!.gloss);
  const strength = await result.section('Being a Mensch').locator('dd').first().innerText();
  await result.stylesLink.click();
  const styles = new StylesPage(page);
  await styles.expectOpen();
  expect(await page.evaluate(() => document.scrollingElement?.scrollTop), 'the page opens at its top').toBe(0);
  await expect(styles.card('Mensch')).toContainText('Your latest result');
  await expect(styles.card('Pro')).not.toContainText('Your latest result');
  await expect(styles.card('Mensch').locator('.style-gist')).toHaveText(tagline);
  await expect(styles.card('Mensch').locator('dd').first()).toHaveText(strength);
  await page.getByRole('link', { name: 'Back to your result', exact: true }).click();
  await result.expectStyle('Mensch');
});

test('a shared result links to the styles page', async ({ page }) => {
  await page.goto(`/#/r/${codeFor([1, 35, 15, 10, 40, 0b0111, 50, 60, 70, 80, 90])}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mensch');
  await page.getByRole('link', { name: 'Read about the four styles', exact: true }).click();
  await new StylesPage(page).expectOpen();
  await expect(page.getByText('Your latest result')).toHaveCount(0);
});

test('#/styles opens directly, also with a result stored', async ({ page }) => {
  await open(page, '/#/styles', { [KEYS.history]: fixture('history') });
  const styles = new StylesPage(page);
  await styles.expectOpen();
  await expect(styles.card('Mensch')).toContainText('Your latest result');
  for (const style of STYLES) await expect(styles.card(style)).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), KEYS.attempt), 'reading about styles starts nothing').toBeNull();
});
