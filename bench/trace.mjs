// Where the renderer's main thread spends an answer, for finding what to
// make faster (not part of scripts/bench.sh, and it judges nothing): loads
// the release build, warms up on three items, then records a Chromium trace
// while answering the next STEPS items by keyboard (a number key, then
// Enter) with the CPU slowed 4x and the frame-rate limit off, as
// bench/interaction.mjs does. Prints the main thread's self time per trace
// event name, in ms per step (one choose plus one next). "FunctionCall" is
// mostly the app's own wasm; performLayout, recalcStyle, Paint, PrePaint
// and text shaping are the browser rendering what changed. The raw trace
// stays in target/bench/trace.json (open it in chrome://tracing or Perfetto).
//
//   node bench/trace.mjs [dist-dir]
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { startServer } from './server.mjs';
import { CHROMIUM, CHROMIUM_ARGS, FRAME_ARGS } from './lib.mjs';
import { startQuiz } from './answering.mjs';

const STEPS = 15;
const dist = process.argv[2] ?? 'dist';
const server = await startServer(dist);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...FRAME_ARGS] });
let trace;
try {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(server.url);
  await startQuiz(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const step = async () => {
    await page.keyboard.press('1');
    await page.waitForTimeout(100);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(150);
  };
  for (let i = 0; i < 3; i++) await step();
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8'] });
  for (let i = 0; i < STEPS; i++) await step();
  trace = await browser.stopTracing();
} finally {
  await browser.close();
  await server.close();
}
mkdirSync('target/bench', { recursive: true });
writeFileSync('target/bench/trace.json', trace);

const { traceEvents: events } = JSON.parse(trace.toString());
const threads = new Map();
for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
const main = events
  .filter((e) => e.ph === 'X' && e.dur && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain')
  .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
// Self time: an event's duration less that of the events nested in it.
const self = new Map();
const stack = [];
for (const e of main) {
  while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
  const parent = stack.at(-1);
  if (parent) self.set(parent, self.get(parent) - e.dur);
  self.set(e, e.dur);
  stack.push(e);
}
const byName = new Map();
for (const [e, us] of self) byName.set(e.name, (byName.get(e.name) ?? 0) + us);
const total = [...byName.values()].reduce((a, b) => a + b, 0);
console.log(`renderer main thread, self time per step (choose + next), CPU 4x, ${STEPS} steps: ${(total / 1000 / STEPS).toFixed(1)} ms in all`);
for (const [name, us] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
  console.log(`${(us / 1000 / STEPS).toFixed(2).padStart(8)} ms  ${name}`);
}
