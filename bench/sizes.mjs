// Part 1 of the benchmark: the size of every file of the build, raw, gzip and
// brotli, and what a first visit downloads. The first visit is measured, not
// assumed: Chromium loads the app from the compressing server (with its
// service worker, if the build has one, fully installed) and the server counts
// the compressed bytes it sent.
//
//   node bench/sizes.mjs [dist-dir]
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { brotli, gzip, startServer } from './server.mjs';
import { CHROMIUM, CHROMIUM_ARGS, filesUnder, kB, table, verdict } from './lib.mjs';

/** PRODUCT.md section 6: 230 kB since 2026-12-07 (200 kB before). */
const BUDGET_BYTES = 230_000;
/** Files for the host, not the browser (scripts/headers.mjs): outside the budget. */
const HOST_FILES = new Set(['_headers']);
const dist = process.argv[2] ?? 'dist';

const rows = [];
const sum = { raw: 0, gz: 0, br: 0 };
for (const name of await filesUnder(dist)) {
  // Precompressed copies are alternatives to a file, not files of the app.
  if (/\.(br|gz)$/.test(name) || HOST_FILES.has(name)) continue;
  const raw = await readFile(join(dist, name));
  const gz = gzip(raw).length;
  const br = brotli(raw).length;
  sum.raw += raw.length;
  sum.gz += gz;
  sum.br += br;
  rows.push([name, raw.length, gz, br]);
}
console.log(`files of ${dist}/ (bytes; gzip -9, brotli q11)`);
table(['file', 'raw', 'gzip', 'brotli'], [...rows, ['total', sum.raw, sum.gz, sum.br]]);

const server = await startServer(dist);
// A profile on disk, not an incognito context: Chromium then runs its
// installability check on its own (it fetches the manifest and the icon it
// would install with), as it does for a person, and those bytes count too.
const profile = await mkdtemp(join(tmpdir(), 'netstyle-sizes-'));
const browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  const page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(server.url, { waitUntil: 'networkidle' });
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  // A service worker precaches the build on the first visit: that is part of
  // what the visit costs, so wait until it is installed and active.
  const worker = await page.evaluate(async () => {
    if (!('serviceWorker' in navigator)) return false;
    const reg = await navigator.serviceWorker.getRegistration();
    if (!reg) return false;
    await navigator.serviceWorker.ready;
    return true;
  });
  await page.waitForLoadState('networkidle');
  // The installability check starts after the load; give it time to fetch.
  await page.waitForTimeout(3000);
  const visit = [...server.tally.entries()].map(([path, t]) => [path, t.requests, t.encoding ?? 'none', t.bytes]);
  const total = visit.reduce((n, r) => n + r[3], 0);
  console.log(`\nfirst visit (service worker: ${worker ? 'installed' : 'none'}), bytes sent over the wire, body only`);
  table(['path', 'requests', 'encoding', 'bytes'], [...visit, ['total', '', '', total]]);
  verdict('first visit, compressed', total <= BUDGET_BYTES, `${kB(total)} kB of ${kB(BUDGET_BYTES)} kB`);
} finally {
  await browser.close();
  await server.close();
  await rm(profile, { recursive: true, force: true });
}
