// Compares two builds' answering cost, for deciding whether a change made
// answering faster (it judges no budget: bench/interaction.mjs does that).
//
// On this shared 2-core machine the wall-clock figures of one run of
// interaction.mjs move by tens of ms between runs of the same build (one
// build's "next" p95 above the floor: 46.3 ms in one run, 16.8 in the next),
// because the browser waits for a core whenever something else runs. So
// this script:
//   - runs the builds interleaved, A B B A A B ..., each run a fresh
//     browser context answering the whole quiz at 4x (the same steps and
//     timing as interaction.mjs, bench/answering.mjs), so load that comes
//     and goes hits both builds alike;
//   - records a Chromium trace around each run and takes, per step, the
//     CPU time (thread time) of the renderer's main thread between the key
//     press and the second frame: time spent waiting for a core is not in
//     it, and neither is the throttling's pause, so it is close to the
//     step's unthrottled cost;
//   - prints, per build, the wall-clock figures as the budget reads them
//     (2 frames p50/p95, busy p50: for the result page the budget's figure)
//     and the CPU figures (to the second frame: mean, p50, p95; to the end
//     of "busy": mean), and per round the difference of the mean CPU per
//     step, B minus A, so one can see whether it has the same sign in
//     every round.
//
//   node bench/ab.mjs <dist-A> <dist-B> [rounds]     (default 3 rounds = 6 runs per build)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { startServer } from './server.mjs';
import { CHROMIUM, CHROMIUM_ARGS, FRAME_ARGS, percentile, table } from './lib.mjs';
import { answerAll, cpuPerStep, itemCount, startQuiz } from './answering.mjs';

const [dirA, dirB] = [process.argv[2], process.argv[3]];
if (!dirA || !dirB) throw new Error('usage: node bench/ab.mjs <dist-A> <dist-B> [rounds]');
const rounds = Math.max(1, Number(process.argv[4] ?? 3));
// The CPU figures are taken unthrottled by default: Chromium's throttling
// keeps the thread busy while it holds it back, so at 4x the thread time
// grows with the wall time and its noise. AB_RATE=4 times the steps at 4x.
const rate = Number(process.env.AB_RATE ?? 1);

const builds = [
  { name: 'A', dir: dirA, runs: [] },
  { name: 'B', dir: dirB, runs: [] },
];
for (const b of builds) b.server = await startServer(b.dir);
const floor = { name: 'floor', runs: [], server: await startServer(fileURLToPath(new URL('floor', import.meta.url))) };
const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...FRAME_ARGS] });

async function run(build) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(build.server.url);
  const items = build === floor ? await itemCount(page) : await startQuiz(page);
  const samples = { choose: [], next: [] };
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
  await answerAll(context, page, items, samples, rate);
  const trace = JSON.parse((await browser.stopTracing()).toString());
  await context.close();
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  // The steps alternate choose, next, choose, next, ...
  const cpu = cpuPerStep(trace.traceEvents);
  if (cpu.length !== 2 * items) throw new Error(`${cpu.length} timed steps in the trace, expected ${2 * items}`);
  samples.choose.forEach((s, i) => Object.assign(s, { cpu: cpu[2 * i].frames, cpuBusy: cpu[2 * i].busy }));
  samples.next.forEach((s, i) => Object.assign(s, { cpu: cpu[2 * i + 1].frames, cpuBusy: cpu[2 * i + 1].busy }));
  build.runs.push({ items, samples });
}

/** The load average over 1, 5 and 15 minutes, or "?" off Linux. */
function load() {
  try {
    return String(readFileSync('/proc/loadavg')).split(' ').slice(0, 3).join(' ');
  } catch {
    return '?';
  }
}

try {
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? builds : [...builds].reverse();
    for (const b of order) {
      await run(b);
      console.error(`round ${r + 1}, ${b.name} done (load ${load()})`);
    }
    await run(floor);
  }
} finally {
  await browser.close();
  for (const b of [...builds, floor]) await b.server.close();
}

const ms = (v) => v.toFixed(1);
const mean = (v) => v.reduce((a, b) => a + b, 0) / v.length;
const kinds = (run) => ({
  choose: run.samples.choose,
  next: run.samples.next.filter((s) => s.n < run.items),
  result: run.samples.next.filter((s) => s.n === run.items),
});
const rows = [];
for (const b of [...builds, floor]) {
  for (const kind of ['choose', 'next', 'result']) {
    const all = b.runs.flatMap((r) => kinds(r)[kind]);
    const frames = all.map((s) => s.frames);
    const busy = all.map((s) => s.busy);
    const cpu = all.map((s) => s.cpu);
    const cpuBusy = all.map((s) => s.cpuBusy);
    rows.push([
      `${b.name} ${kind}`,
      all.length,
      ms(percentile(frames, 50)),
      ms(percentile(frames, 95)),
      ms(percentile(busy, 50)),
      ms(mean(cpu)),
      ms(percentile(cpu, 50)),
      ms(percentile(cpu, 95)),
      ms(mean(cpuBusy)),
    ]);
  }
}
console.log(`A = ${dirA}, B = ${dirB}, floor = bench/floor/ (once a round); ${rounds} rounds, interleaved, CPU ${rate}x slower (ms)`);
table(['build step', 'n', '2 frames p50', '2 frames p95', 'busy p50', 'cpu mean', 'cpu p50', 'cpu p95', 'cpu busy mean'], rows);
console.log('');
console.log('per round, mean main-thread CPU per step to the second frame (result: to the end of "busy"), B minus A (ms):');
table(
  ['round', 'choose', 'next', 'result busy'],
  builds[0].runs.map((ra, i) => {
    const rb = builds[1].runs[i];
    const d = (kind, f = 'cpu') => mean(kinds(rb)[kind].map((s) => s[f])) - mean(kinds(ra)[kind].map((s) => s[f]));
    return [i + 1, ms(d('choose')), ms(d('next')), ms(d('result', 'cpuBusy'))];
  }),
);
