// The time to the first possible answer of a first visit, per browser
// language: from the start of the navigation until the welcome's Start
// button works (the app has taken over the prerendered copy, in the
// visitor's language). A German visitor's app needs its catalog before it
// can render, so this shows what that costs against English. Not part of
// scripts/bench.sh, and it judges nothing.
//
// Each load is a fresh Chromium context (nothing stored, no service worker,
// no HTTP cache) with the browser's language set (`locale`), on the network
// Lighthouse's mobile preset simulates (150 ms round trip, 1.6 Mbit/s down,
// 750 kbit/s up, DevTools throttling) with the CPU slowed 4x, served
// compressed by bench/server.mjs. Languages are loaded in turn, so a busy
// machine weighs on each alike.
//
//   node bench/first-answer.mjs [dist-dir] [loads=5] [locales=en-GB,de-DE]
import { chromium } from '@playwright/test';
import { startServer } from './server.mjs';
import { CHROMIUM, CHROMIUM_ARGS, median } from './lib.mjs';

const dist = process.argv[2] ?? 'dist';
const loads = Number(process.argv[3] ?? 5);
const locales = (process.argv[4] ?? 'en-GB,de-DE').split(',');
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

const server = await startServer(dist);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const results = Object.fromEntries(locales.map((locale) => [locale, []]));
try {
  for (let i = 0; i < loads; i++) {
    for (const locale of locales) {
      const context = await browser.newContext({ locale, serviceWorkers: 'block' });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', NETWORK);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      // When the app's Start button (not the prerendered, disabled one) is in the page.
      await page.addInitScript(() => {
        const seen = {};
        window.firstAnswer_ = seen;
        new MutationObserver((_, observer) => {
          const start = document.querySelector('#app main button.primary:not([disabled])');
          if (start && seen.ready === undefined) {
            seen.ready = performance.now();
            seen.lang = document.documentElement.lang;
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true, attributes: true });
      });
      await page.goto(server.url);
      await page.waitForFunction(() => window.firstAnswer_?.ready !== undefined, null, { timeout: 60_000 });
      const seen = await page.evaluate(() => ({
        ...window.firstAnswer_,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        catalog: performance.getEntriesByType('resource').find((r) => r.name.endsWith('.nsc')),
        wasm: performance.getEntriesByType('resource').find((r) => r.name.endsWith('_bg.wasm')),
      }));
      const row = {
        lang: seen.lang,
        fcp: seen.fcp,
        ready: seen.ready,
        wasmEnd: seen.wasm?.responseEnd,
        catalogStart: seen.catalog?.startTime,
        catalogEnd: seen.catalog?.responseEnd,
      };
      results[locale].push(row);
      const ms = (v) => (v === undefined ? '-' : `${Math.round(v)}`);
      console.log(
        `${locale} load ${i + 1}: lang ${row.lang}, first paint ${ms(row.fcp)} ms, wasm arrived ${ms(row.wasmEnd)} ms, ` +
          `catalog ${ms(row.catalogStart)}-${ms(row.catalogEnd)} ms, Start works at ${ms(row.ready)} ms`,
      );
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`\ntime to the first possible answer (ms from navigation start; ${loads} loads each; slow 4G, 4x CPU)`);
for (const [locale, rows] of Object.entries(results)) {
  const ready = rows.map((r) => r.ready).sort((a, b) => a - b);
  const fcp = rows.map((r) => r.fcp).filter((v) => v !== undefined);
  console.log(
    `${locale}: Start works median ${Math.round(median(ready))} ms (min ${Math.round(ready[0])}, max ${Math.round(ready.at(-1))}); ` +
      `first paint median ${Math.round(median(fcp))} ms`,
  );
}
