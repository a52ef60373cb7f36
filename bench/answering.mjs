// The answering steps that bench/interaction.mjs (the budget's verdict) and
// bench/ab.mjs (comparing two builds) both time, so the two measure the
// same thing: a number key picks the first option ("choose"), Enter goes on
// ("next"), each timed in the page from the keydown (see interaction.mjs for
// what "script", "busy" and "2 frames" mean).
//
// Each step also leaves User Timing marks, `bench:start` at the keydown,
// `bench:rendered` where "busy" ends and `bench:end` at the second frame, so
// a Chromium trace recorded around the steps can say how much CPU time the
// renderer's main thread spent inside each one (bench/ab.mjs). A mark costs
// microseconds.
import { expect } from '@playwright/test';

// Runs in the page before the key press: resolves two animation frames
// after the DOM first shows the change. A mutation observer catches the
// change as it happens; the per-frame check catches changes that only set a
// DOM property (a radio's `checked`), which observers do not see.
export function arm(kind) {
  window.__bench = new Promise((resolve) => {
    let t0 = null;
    let dom = null;
    let frame1 = null;
    let rendered = null;
    const heading = () => document.querySelector('h1')?.textContent ?? '';
    const before = heading();
    const done =
      kind === 'choose'
        ? () => document.querySelector('.options input[type="radio"]')?.checked === true
        : () => heading() !== before;
    const seen = () => {
      if (t0 !== null && dom === null && done()) {
        dom = performance.now();
        observer.disconnect();
      }
    };
    const observer = new MutationObserver(seen);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    const frame = () => {
      seen();
      const now = performance.now();
      if (dom === null) requestAnimationFrame(frame);
      else if (frame1 === null) {
        frame1 = now;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          rendered = performance.now();
          performance.mark('bench:rendered');
        };
        channel.port2.postMessage(null);
        requestAnimationFrame(frame);
      } else {
        performance.mark('bench:end');
        const script = dom - t0;
        // A change first seen in a frame callback was made before the frame began.
        const render = (rendered ?? now) - frame1;
        resolve({ script, busy: script + render, frames: now - t0, to: heading() });
      }
    };
    const start = () => {
      t0 = performance.now();
      performance.mark('bench:start');
      requestAnimationFrame(frame);
    };
    window.addEventListener('keydown', start, { capture: true, once: true });
  });
}

/**
 * Starts the quiz from the welcome screen by keyboard, as the answers are
 * given: focus on "Start the quiz" (once the app has taken over the
 * prerendered copy, whose button is disabled), then Enter. No pointer is
 * ever over the page, as on the floor page: a click would leave Playwright's
 * mouse over the page, and Chromium then updates hover (a hit test) after
 * every layout of the app's steps but not of the floor's, a cost of the
 * measurement's own making (docs/performance.md). Resolves when
 * the first item is on screen and returns how many items the quiz has.
 */
export async function startQuiz(page) {
  const start = page.getByRole('button', { name: 'Start the quiz', exact: true });
  await expect(start).toBeEnabled({ timeout: 30_000 });
  await start.press('Enter');
  await page.getByRole('heading', { level: 1 }).filter({ hasText: /^Question 1 of \d+$/ }).waitFor();
  return itemCount(page);
}

/** How many items the page's "Question N of M" heading says there are (the app's quiz or the floor page). */
export async function itemCount(page) {
  return Number(/of (\d+)/.exec(await page.getByRole('heading', { level: 1 }).textContent())[1]);
}

/** Answers `total` items by keyboard with the CPU slowed `rate` times (4, as the budget says, unless asked otherwise), timing each step. */
export async function answerAll(context, page, total, samples, rate = 4) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  for (let n = 1; n <= total; n++) {
    await page.evaluate(arm, 'choose');
    await page.keyboard.press('1');
    samples.choose.push({ n, ...(await page.evaluate(() => window.__bench)) });
    await page.evaluate(arm, 'next');
    await page.keyboard.press('Enter');
    const next = await page.evaluate(() => window.__bench);
    const expected = n < total ? `Question ${n + 1} of ${total}` : null;
    if (expected ? next.to !== expected : /^Question /.test(next.to)) {
      throw new Error(`after item ${n} the page shows "${next.to}"`);
    }
    samples.next.push({ n, ...next });
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
}

/**
 * CPU time of the renderer's main thread inside each step of a trace
 * recorded with the `toplevel` and `blink.user_timing` categories: for each
 * step, in order, the thread time (`tdur`) of the outermost tasks that
 * overlap `bench:start`..`bench:end` (`frames`) and `bench:start`..
 * `bench:rendered` (`busy`), in ms. Thread time leaves out the time
 * the thread waited for a core, which on a shared machine is most of the
 * noise in wall-clock figures; CPU throttling pauses the thread, so this is
 * about the unthrottled cost.
 */
export function cpuPerStep(traceEvents) {
  const threads = new Map();
  for (const e of traceEvents) {
    if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
  }
  const marks = traceEvents
    .filter((e) => e.name === 'bench:start' || e.name === 'bench:end' || e.name === 'bench:rendered')
    .sort((a, b) => a.ts - b.ts);
  if (!marks.length) return [];
  const main = `${marks[0].pid}:${marks[0].tid}`;
  const tasks = traceEvents
    .filter((e) => e.ph === 'X' && e.tdur !== undefined && `${e.pid}:${e.tid}` === main && threads.get(main) === 'CrRendererMain')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const outer = [];
  for (const t of tasks) {
    const last = outer.at(-1);
    if (!last || t.ts >= last.ts + last.dur) outer.push(t);
  }
  const cpu = (from, to) => outer.filter((t) => t.ts < to && t.ts + t.dur > from).reduce((s, t) => s + t.tdur, 0) / 1000;
  // The message that marks "rendered" can come after the second frame; the
  // measure then ends "busy" at the second frame too, and so does this.
  const steps = [];
  marks.forEach((start, i) => {
    if (start.name !== 'bench:start') return;
    const rest = marks.slice(i + 1);
    const until = rest.findIndex((m) => m.name === 'bench:start');
    const own = until === -1 ? rest : rest.slice(0, until);
    const end = own.find((m) => m.name === 'bench:end');
    if (!end) return;
    const rendered = own.find((m) => m.name === 'bench:rendered' && m.ts <= end.ts) ?? end;
    steps.push({ frames: cpu(start.ts, end.ts), busy: cpu(start.ts, rendered.ts) });
  });
  return steps;
}
