import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, FIREFOX } from './e2e/chromium.mjs';

// E2E_PORT and E2E_DIST let one engineer test a private build while others rebuild dist/.
const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;

/** Debian's Firefox ESR over WebDriver BiDi with user preferences set at
 * launch (Playwright cannot change them over BiDi once it runs). */
function firefoxWith(firefoxUserPrefs: Record<string, string | number>) {
  return {
    browserName: 'firefox' as const,
    viewport: devices['Desktop Firefox'].viewport,
    channel: 'moz-firefox',
    launchOptions: { executablePath: FIREFOX, firefoxUserPrefs },
  };
}

// Every spec runs in two engines on the same build: Debian's Chromium and
// Debian's Firefox ESR (Playwright's own browser download cannot reach its
// host here or on CI). A test that needs what only one engine has says so
// with test.skip and a reason; the summary of scripts/test.sh lists those.
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // The JSON report feeds the per-engine counts in scripts/test.sh's summary.
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? 'target/e2e-report.json' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
      },
    },
    {
      name: 'firefox',
      // Each command over BiDi, and axe, takes about twice as long in Firefox
      // as in Chromium here (axe on the welcome screen: 17-21 s against
      // 7-11 s, same machine, same load), so a test gets twice the time.
      timeout: 120_000,
      // Tests of the dark scheme and reduced motion run in firefox-dark
      // (engines.ts), tests with a German, Spanish or French browser in
      // firefox-de, firefox-es and firefox-fr (language.ts).
      grepInvert: /@dark|@(de|es|fr)\b/,
      use: {
        // The stock Firefox over WebDriver BiDi, not Playwright's patched
        // build, with its own user agent; the window of 'Desktop Chrome'.
        browserName: 'firefox',
        viewport: devices['Desktop Firefox'].viewport,
        channel: 'moz-firefox',
        launchOptions: { executablePath: FIREFOX },
      },
    },
    {
      // Firefox with the user's preferences for a dark scheme and reduced
      // motion set at launch, since Playwright cannot switch them over BiDi:
      // the tests tagged @dark or @schemes (e2e/engines.ts).
      name: 'firefox-dark',
      timeout: 120_000,
      grep: /@dark|@schemes/,
      use: firefoxWith({ 'layout.css.prefers-color-scheme.content-override': 0, 'ui.prefersReducedMotion': 1 }),
    },
    {
      // Firefox whose user prefers German (intl.accept_languages, set at
      // launch: Playwright cannot give the stock Firefox a locale over BiDi):
      // the tests tagged @de (e2e/language.ts). Chromium runs them with
      // Playwright's `locale`.
      name: 'firefox-de',
      timeout: 120_000,
      grep: /@de\b/,
      use: firefoxWith({ 'intl.accept_languages': 'de-DE, de' }),
    },
    {
      // The same with Spanish and French: the first painted frame in each
      // language (e2e/first-paint-language.spec.ts), tagged @es and @fr.
      name: 'firefox-es',
      timeout: 120_000,
      grep: /@es\b/,
      use: firefoxWith({ 'intl.accept_languages': 'es-ES, es' }),
    },
    {
      name: 'firefox-fr',
      timeout: 120_000,
      grep: /@fr\b/,
      use: firefoxWith({ 'intl.accept_languages': 'fr-FR, fr' }),
    },
  ],
  webServer: {
    command: 'node e2e/server.mjs',
    url: `${baseURL}/`,
    env: { PORT: String(port), DIST: process.env.E2E_DIST ?? '' },
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
