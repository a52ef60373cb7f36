// The long tasks of a first load, for the Total Blocking Time budget (not
// part of scripts/bench.sh, and it judges nothing). Lighthouse's default
// mode loads the page unthrottled and multiplies each main-thread task by
// 4, so a task after the first contentful paint (FCP) longer than about
// 12.5 ms here adds blocking time. This loads the release build LOADS times,
// each in a fresh browser context (nothing stored, no service worker, no
// HTTP cache), records a Chromium trace until the page is idle, and lists
// the renderer main thread's top-level tasks after FCP whose thread time
// (tdur) is over MIN_MS, with what ran inside them (self time per trace
// event: the app's wasm and JS are "FunctionCall", V8 compiling a wasm
// function on its first call "wasm.CompileLazy", then layout, style, paint).
// It ends with the longest task of each load and their median and maximum.
//
//   node bench/start-tasks.mjs [dist-dir] [loads=5] [min-ms=5]
//   START_PROFILE=1 node bench/start-tasks.mjs dist 3   # and where the time went by function
//
// START_PROFILE=1 also samples the JS/wasm stack every 100 us (V8's CPU
// profiler) and prints, for the longest task of each load, the functions
// with the most self time. Function names need a build that keeps the wasm's
// name section (trunk's release build strips it: see bench/wasm-top.mjs for
// how to make one), and the profiler itself makes the task slower: read its
// figures as shares, not durations. START_HASH=#/quiz loads another route.
// Traces stay in target/bench/start-<n>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { startServer } from './server.mjs';
import { CHROMIUM, CHROMIUM_ARGS, median } from './lib.mjs';

const dist = process.argv[2] ?? 'dist';
const loads = Number(process.argv[3] ?? 5);
const MIN_MS = Number(process.argv[4] ?? 5);
const PROFILE = process.env.START_PROFILE === '1';
const HASH = process.env.START_HASH ?? '';
// Past the idle rehearsals (several idle callbacks after the takeover).
const IDLE_MS = 5000;
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'loading',
  'blink.user_timing',
  'v8',
  'v8.wasm',
  'v8.execute',
];

const ms = (us) => (us / 1000).toFixed(1);

/** The tasks after FCP on the page's renderer main thread, with self time per event name inside. */
function tasksOf(trace) {
  const events = trace.traceEvents;
  const threads = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
  const fcp = events.find((e) => e.name === 'firstContentfulPaint');
  if (!fcp) throw new Error('no firstContentfulPaint in the trace');
  const key = (e) => `${e.pid}:${e.tid}`;
  const mainKey = key(fcp);
  if (threads.get(mainKey) !== 'CrRendererMain') throw new Error(`FCP on thread ${threads.get(mainKey)}`);
  const navigation = fcp.args?.data?.navigationId;
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.navigationId === navigation) ?? fcp;
  const main = events
    .filter((e) => e.ph === 'X' && key(e) === mainKey && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = [];
  const stack = [];
  for (const e of main) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (!parent) {
      if (e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask') continue;
      const task = { event: e, self: new Map([[e, e.dur]]), calls: [] };
      tasks.push(task);
      stack.push(e);
      e.task = task;
      continue;
    }
    const task = parent.task;
    task.self.set(parent, task.self.get(parent) - e.dur);
    task.self.set(e, e.dur);
    if (e.name === 'FunctionCall' || e.name === 'EventDispatch' || e.name === 'TimerFire' || e.name === 'FireAnimationFrame' || e.name === 'FireIdleCallback') {
      task.calls.push(e);
    }
    e.task = task;
    stack.push(e);
  }
  return {
    fcp: fcp.ts,
    nav: nav.ts,
    tasks: tasks
      .filter((t) => t.event.ts >= fcp.ts)
      .map((t) => {
        const byName = new Map();
        for (const [e, us] of t.self) byName.set(e.name, (byName.get(e.name) ?? 0) + us);
        const compiles = [...t.self.keys()].filter((e) => e.name === 'wasm.CompileLazy').length;
        const what = [...new Set(t.calls.map((c) => c.args?.data?.type ?? c.args?.data?.functionName ?? c.name))];
        return { ts: t.event.ts, dur: t.event.dur, tdur: t.event.tdur ?? t.event.dur, byName, compiles, what };
      }),
  };
}

/**
 * Samples per function in [from, to] (trace clock, us) from a V8 CPU
 * profile: `self` where the sample was taken, `inclusive` where the function
 * was anywhere on the stack (counted once per sample).
 */
function profileIn(profile, from, to) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const nameOf = (n) => n.callFrame.functionName || `(${n.callFrame.url.split('/').pop() || 'anonymous'})`;
  const self = new Map();
  const inclusive = new Map();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    if (t < from || t > to) continue;
    const name = nameOf(nodes.get(profile.samples[i]));
    self.set(name, (self.get(name) ?? 0) + 1);
    const seen = new Set();
    for (let id = profile.samples[i]; id !== undefined; id = parent.get(id)) seen.add(nameOf(nodes.get(id)));
    for (const s of seen) inclusive.set(s, (inclusive.get(s) ?? 0) + 1);
  }
  return { self, inclusive };
}

const server = await startServer(dist);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
mkdirSync('target/bench', { recursive: true });
const longest = [];
const longestWall = [];
const over = [];
try {
  for (let n = 1; n <= loads; n++) {
    // Lighthouse's phone: 412 x 823 CSS px at 1.75 device pixels per px.
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    let cdp;
    if (PROFILE) {
      cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    await browser.startTracing(page, { categories: CATEGORIES });
    // Nothing is evaluated in the page while the trace runs: Playwright's
    // injected script would be a long task of its own.
    await page.goto(server.url + HASH);
    await new Promise((done) => setTimeout(done, IDLE_MS));
    const trace = JSON.parse((await browser.stopTracing()).toString());
    const started = await page.evaluate(() => !document.getElementById('prerendered') && !!document.querySelector('main'));
    if (!started) throw new Error(`load ${n}: the app had not replaced the prerendered copy after ${IDLE_MS} ms`);
    const profile = PROFILE ? (await cdp.send('Profiler.stop')).profile : null;
    await context.close();
    writeFileSync(`target/bench/start-${n}.json`, JSON.stringify(trace));

    const { fcp, nav, tasks } = tasksOf(trace);
    const shown = tasks.filter((t) => t.tdur >= MIN_MS * 1000);
    console.log(`load ${n}: FCP at ${ms(fcp - nav)} ms; ${tasks.length} tasks after it, ${shown.length} with thread time >= ${MIN_MS} ms`);
    for (const t of shown) {
      const top = [...t.byName].sort((a, b) => b[1] - a[1]).slice(0, 6);
      console.log(
        `  at ${ms(t.ts - nav).padStart(7)} ms  wall ${ms(t.dur).padStart(5)}  thread ${ms(t.tdur).padStart(5)} ms  [${t.what.join(', ')}]` +
          (t.compiles ? `  ${t.compiles} lazy wasm compiles` : ''),
      );
      console.log(`      ${top.map(([name, us]) => `${name} ${ms(us)}`).join(', ')}`);
    }
    const worst = tasks.reduce((a, b) => (b.tdur > a.tdur ? b : a), { tdur: 0, dur: 0 });
    longest.push(worst.tdur / 1000);
    longestWall.push(worst.dur / 1000);
    over.push(tasks.filter((t) => t.tdur > 12.5 * 1000).length);
    if (profile && worst.ts) {
      const { self, inclusive } = profileIn(profile, worst.ts, worst.ts + worst.dur);
      const total = [...self.values()].reduce((a, b) => a + b, 0);
      const share = (count) => `${((100 * count) / total).toFixed(1).padStart(5)} %`;
      console.log(`      profile of the longest task (${total} samples), self time share:`);
      for (const [name, count] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
        console.log(`        ${share(count)}  ${name.slice(0, 140)}`);
      }
      console.log('      and the app\'s own functions (netstyle::) anywhere on the stack:');
      const ours = [...inclusive].filter(([name]) => name.includes('netstyle::'));
      for (const [name, count] of ours.sort((a, b) => b[1] - a[1]).slice(0, 30)) {
        console.log(`        ${share(count)}  ${name.slice(0, 140)}`);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
const f = (xs) => xs.map((x) => x.toFixed(1)).join(', ');
console.log(`longest task after FCP, thread time: median ${median(longest).toFixed(1)} ms, max ${Math.max(...longest).toFixed(1)} ms (${f(longest)})`);
console.log(`longest task after FCP, wall time:   median ${median(longestWall).toFixed(1)} ms, max ${Math.max(...longestWall).toFixed(1)} ms (${f(longestWall)})`);
console.log(`tasks over 12.5 ms thread time per load: ${over.join(', ')}`);
