// Part 2 of the benchmark: Lighthouse with its default mobile settings
// (emulated phone, simulated slow 4G and 4x slower CPU) against the release
// build served compressed on loopback. Prints each run and the medians.
//
//   node bench/lighthouse.mjs [dist-dir] [runs]
//   BENCH_LANG=de-DE node bench/lighthouse.mjs   (a browser that prefers German)
//
// The full reports stay in target/bench/lighthouse-<run>.json for a closer look.
import { spawn } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startServer } from './server.mjs';
import { CHROMIUM, CHROMIUM_ARGS, median, table, verdict } from './lib.mjs';

const dist = process.argv[2] ?? 'dist';
const runs = Math.max(3, Number(process.argv[3] ?? process.env.BENCH_RUNS ?? 3));
// The browser's preferred language (navigator.languages and Accept-Language),
// so a first visit in another language is measured as such.
const lang = process.env.BENCH_LANG;
const langFlags = lang ? [`--lang=${lang}`, `--accept-lang=${lang}`] : [];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const LCP_BUDGET_MS = 1200;
const TBT_BUDGET_MS = 50;
const METRICS = [
  ['FCP ms', 'first-contentful-paint'],
  ['LCP ms', 'largest-contentful-paint'],
  ['TBT ms', 'total-blocking-time'],
  ['CLS', 'cumulative-layout-shift'],
  ['SI ms', 'speed-index'],
];

function lighthouse(url, out) {
  const args = [
    url,
    '--quiet',
    '--output=json',
    `--output-path=${out}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=--headless=new ${[...CHROMIUM_ARGS, ...langFlags].join(' ')}`,
  ];
  return new Promise((ok, fail) => {
    const child = spawn('node_modules/.bin/lighthouse', args, {
      env: { ...process.env, CHROME_PATH: CHROMIUM },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`lighthouse exited with ${code}`))));
  });
}

const server = await startServer(dist);
const dir = join('target', 'bench');
await mkdir(dir, { recursive: true });
const results = [];
try {
  for (let i = 1; i <= runs; i++) {
    const out = join(dir, `lighthouse-${i}.json`);
    await lighthouse(server.url, out);
    const lhr = JSON.parse(await readFile(out, 'utf8'));
    if (lhr.runtimeError) throw new Error(`lighthouse run ${i}: ${lhr.runtimeError.message}`);
    const failed = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric'].includes(a.scoreDisplayMode))
      .map((a) => `${a.id} (${a.score})`);
    // What the largest paint showed (its text says which language painted).
    const lcpItems = lhr.audits['largest-contentful-paint-element']?.details?.items ?? [];
    const lcpNode = lcpItems.flatMap((item) => item.items ?? [item]).find((i) => i.node)?.node;
    if (i === 1 && lcpNode) console.log(`largest paint: ${lcpNode.nodeLabel?.slice(0, 70)}`);
    results.push({
      scores: CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100)),
      metrics: METRICS.map(([, id]) => lhr.audits[id]?.numericValue ?? NaN),
      failed,
    });
  }
} finally {
  await server.close();
}

const fmt = (v, i) => (METRICS[i][0] === 'CLS' ? v.toFixed(3) : Math.round(v));
const header = ['run', 'perf', 'a11y', 'best', 'seo', ...METRICS.map(([name]) => name)];
const rows = results.map((r, i) => [String(i + 1), ...r.scores, ...r.metrics.map(fmt)]);
const medScores = CATEGORIES.map((_, c) => median(results.map((r) => r.scores[c])));
const medMetrics = METRICS.map((_, m) => median(results.map((r) => r.metrics[m])));
console.log(`Lighthouse ${runs} runs, mobile (simulated slow 4G, 4x CPU), ${server.url}${lang ? `, browser language ${lang}` : ''}`);
table(header, [...rows, ['median', ...medScores, ...medMetrics.map(fmt)]]);
const below = [...new Set(results.flatMap((r) => r.failed))];
if (below.length) console.log(`audits below full score in some run: ${below.join(', ')}`);
// PRODUCT.md section 6: every category 100, LCP at most 1.2 s, TBT at most
// 50 ms, each as the median of the runs.
verdict(
  'Lighthouse 100 in all four categories (median)',
  medScores.every((s) => s === 100),
  CATEGORIES.map((c, i) => `${c} ${medScores[i]}`).join(', '),
);
const metric = (id) => medMetrics[METRICS.findIndex(([, m]) => m === id)];
const lcp = metric('largest-contentful-paint');
const tbt = metric('total-blocking-time');
verdict('Lighthouse LCP (median)', lcp <= LCP_BUDGET_MS, `${Math.round(lcp)} ms of ${LCP_BUDGET_MS} ms`);
verdict('Lighthouse TBT (median)', tbt <= TBT_BUDGET_MS, `${Math.round(tbt)} ms of ${TBT_BUDGET_MS} ms`);
