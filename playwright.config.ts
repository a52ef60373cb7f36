import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './e2e/chromium.mjs';

// E2E_PORT and E2E_DIST let one engineer test a private build while others rebuild dist/.
const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;

// The browser is Debian's Chromium: Playwright's own browser download cannot
// reach its host here or on CI.
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // The JSON report feeds the test counts in scripts/test.sh's summary.
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
  ],
  webServer: {
    command: 'node e2e/server.mjs',
    url: `${baseURL}/`,
    env: { PORT: String(port), DIST: process.env.E2E_DIST ?? '' },
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
