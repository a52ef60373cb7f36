// Small helpers shared by the benchmark scripts.
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

// Launched exactly like the end-to-end suite's browser.
export { CHROMIUM, CHROMIUM_ARGS } from '../e2e/chromium.mjs';

// Only for the timing benchmarks (interaction.mjs, trace.mjs), not for the
// tests (e2e/chromium.mjs): headless Chromium starts a frame at most every
// 16.7 ms, so "2 frames" would include
// up to two idle waits for the next vsync and could not go below 16.7 ms on
// any page (the floor page measured p50 22-23 ms with the limit). With
// --disable-frame-rate-limit a frame begins as soon as there is something to
// draw: a page that changes its text in every animation frame ran about 800
// frames a second here instead of 60, and the floor's "2 frames" p50 fell to
// 11-14 ms. (--disable-gpu-vsync alone changed nothing: 60 frames a second,
// with the GPU already off.)
export const FRAME_ARGS = ['--disable-frame-rate-limit'];

export function median(values) {
  return percentile(values, 50);
}

/** Nearest-rank percentile: the value at or below which `p` percent of the values lie. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** Every file under `dir`, as paths relative to it, sorted. */
export async function filesUnder(dir) {
  const out = [];
  async function walk(d) {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) out.push(relative(dir, path));
    }
  }
  await walk(dir);
  return out.sort();
}

export const kB = (bytes) => (bytes / 1000).toFixed(1);

/** Prints rows as a table with aligned columns; numbers are right-aligned. */
export function table(header, rows) {
  const all = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r) =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(line(all[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of all.slice(1)) console.log(line(r));
}

/** A verdict line that a reader can grep for. */
export function verdict(name, ok, detail) {
  console.log(`budget ${ok ? 'met   ' : 'MISSED'}  ${name}: ${detail}`);
  return ok;
}
