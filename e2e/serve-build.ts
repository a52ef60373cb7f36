// Helpers for the offline, update and sub-path tests. Each test gets its own
// static server (e2e/server.mjs on a free port) so it can take the server
// down to go offline, or deploy a new build into it, without touching the
// shared server on :4173.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, relative, resolve, sep } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { adaptPagesToEngine } from './engines';

export const ROOT = resolve(__dirname, '..');
/** The release build under test: dist/, or E2E_DIST for a private build. */
export const DIST = resolve(ROOT, process.env.E2E_DIST || 'dist');

export type Served = {
  /** The app's address, e.g. http://127.0.0.1:40123/some/path/ */
  url: string;
  origin: string;
  /** Takes the host down for good: nothing answers on its port any more. */
  stop(): void;
};

type Fixtures = {
  /** Serves a build directory; the server is killed when the test ends. */
  serve: (dir: string, basePath?: string) => Promise<Served>;
};

export const test = base.extend<Fixtures>({
  context: async ({ context, browserName, baseURL }, use) => {
    adaptPagesToEngine(context, browserName, baseURL);
    await use(context);
  },
  // eslint-disable-next-line no-empty-pattern
  serve: async ({}, use) => {
    const started: ChildProcess[] = [];
    await use(async (dir, basePath = '/') => {
      const child = spawn(process.execPath, [join(ROOT, 'e2e/server.mjs')], {
        env: { ...process.env, PORT: '0', DIST: dir, BASE_PATH: basePath },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      started.push(child);
      const url = await new Promise<string>((done, fail) => {
        let out = '';
        child.stdout!.on('data', (chunk) => {
          out += chunk;
          const found = / on (http:\/\/\S+)/.exec(out);
          if (found) done(found[1]);
        });
        child.on('exit', (code) => fail(new Error(`e2e server exited with ${code}: ${out}`)));
      });
      return { url, origin: new URL(url).origin, stop: () => child.kill('SIGKILL') };
    });
    for (const child of started) child.kill('SIGKILL');
  },
});

export { expect };

/** Files of a build for the host, not the app (scripts/headers.mjs). */
export const HOST_FILES = ['_headers'];

/**
 * Every file of a build the app may ask for, as URL paths relative to it:
 * all but the worker itself and the host files. The PNG icons are in it:
 * Chrome on Android uses them for the home-screen icon and splash screen.
 */
export async function builtFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((path) => path !== 'sw.js' && !HOST_FILES.includes(path))
    .sort();
}

/** A language's catalog file: the worker keeps it once used, never precaches it. */
const CATALOG = /^catalog-[a-z]{2,8}-[0-9a-f]{16}\.nsc$/;

/** The files of a build the worker precaches: all of builtFiles but the languages' catalogs. */
export async function precachedFiles(dir: string): Promise<string[]> {
  return (await builtFiles(dir)).filter((path) => !CATALOG.test(path));
}

/** A private copy of a build that a test may change, as a host would by deploying. */
export async function copyBuild(from: string, to: string): Promise<string> {
  await cp(from, to, { recursive: true });
  return to;
}

/** Waits until the worker of the page's scope is active and controls the page. */
export async function waitForOfflineReady(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
}

/** The app's caches, each with the paths of the URLs it holds. */
export async function cachedPaths(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const all: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const keys = await (await caches.open(name)).keys();
      all[name] = keys.map((r) => new URL(r.url).pathname).sort();
    }
    return all;
  });
}

/**
 * The single netstyle cache holds exactly the precached files of the build
 * in `dir`, served under `base` (and so no language's catalog: an English
 * browser's visit keeps none).
 */
export async function expectCacheHoldsBuild(page: Page, dir: string, base: string) {
  const expected = (await precachedFiles(dir)).map((path) => base + path);
  const caches = await cachedPaths(page);
  const ours = Object.keys(caches).filter((name) => name.startsWith(`netstyle:${base}:`));
  expect(ours, 'one cache for this build').toHaveLength(1);
  expect(caches[ours[0]]).toEqual(expected);
  return ours[0];
}

/**
 * Deploys a second, different build into `dir`: index.html gains a
 * `<meta name="netstyle-build" content="2">` mark and the post-build hook
 * regenerates the service worker, so the browser sees a new version.
 */
export async function deploySecondBuild(dir: string) {
  const page = join(dir, 'index.html');
  const html = await readFile(page, 'utf8');
  // The release build's HTML is minified and has no <head> tag to anchor on.
  const changed = html.replace(/<meta charset[^>]*>/i, (charset) => `${charset}<meta name="netstyle-build" content="2">`);
  expect(changed, 'the build has a <meta charset> to put the mark after').not.toBe(html);
  await writeFile(page, changed);
  execFileSync(process.execPath, [join(ROOT, 'scripts/post-build.mjs'), dir, '/']);
}

/**
 * Deploys a build whose wasm differs from `dir`'s only in its bytes, as one
 * with another wasm-opt flag or other post-processing would: trunk gives the
 * files the same names in both (it hashes wasm-bindgen's output), so only the
 * post-build hook can tell them apart. A custom section is appended to the
 * wasm, index.html's integrity for it follows if the page has one (as the
 * hook's release step does for its own changes), and the hook runs again. Returns the wasm's
 * name before and the SHA-256 (hex) of its new bytes.
 */
export async function deployChangedWasm(dir: string): Promise<{ before: string; sha256: string }> {
  const page = join(dir, 'index.html');
  const html = await readFile(page, 'utf8');
  const before = (await readdir(dir)).find((name) => /^netstyle-[0-9a-f]{16}_bg\.wasm$/.test(name));
  expect(before, 'the build has a wasm').toBeTruthy();
  const old = await readFile(join(dir, before!));
  const name = Buffer.from('netstyle-deploy');
  const payload = Buffer.from('2');
  const section = Buffer.concat([Buffer.from([0, 1 + name.length + payload.length, name.length]), name, payload]);
  const changed = Buffer.concat([old, section]);
  const sri = (data: Buffer) => `sha384-${createHash('sha384').update(data).digest('base64')}`;
  await writeFile(join(dir, before!), changed);
  await writeFile(page, html.replaceAll(sri(old), sri(changed)));
  execFileSync(process.execPath, [join(ROOT, 'scripts/post-build.mjs'), dir, '/']);
  return { before: before!, sha256: createHash('sha256').update(changed).digest('hex') };
}

/**
 * Every file at the top of a build whose name carries a hash
 * (`<stem>-<16 hex digits>[_bg].<ext>`), with the hash in its name and the
 * first 16 hex digits of its bytes' SHA-256.
 */
export async function hashedNames(dir: string): Promise<{ name: string; named: string; sha256: string }[]> {
  const found = [];
  for (const name of (await readdir(dir)).sort()) {
    const hash = /-([0-9a-f]{16})(?:_bg)?\.[a-z0-9]+$/.exec(name);
    if (!hash) continue;
    const sha256 = createHash('sha256').update(await readFile(join(dir, name))).digest('hex').slice(0, 16);
    found.push({ name, named: hash[1], sha256 });
  }
  return found;
}
