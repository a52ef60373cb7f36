// trunk's post_build hook (see Trunk.toml): turns the staged build into the
// one that ships. In order, because the last step must hash the final files:
//
//   0. In a release build, gives the wasm's imports short names in the wasm
//      and the glue (scripts/wasm-imports.mjs), minifies wasm-bindgen's JS
//      glue with terser (trunk's own minifier gives up on it), and the
//      integrity hashes that index.html holds for both follow.
//   1. The prerendered first screen: runs `cargo run --bin prerender` (on
//      the build machine; src/prerender.rs renders the welcome screen with
//      the app's own components through yew's server renderer) and puts its
//      markup into <body> as <div id="prerendered">, so the heading, text
//      and Start button paint before any wasm. The app replaces it when it
//      starts; static/prerender-gate.js hides it on other routes.
//   2. Content-Security-Policy. trunk's loader is an inline module script,
//      which a policy without 'unsafe-inline' would block; it moves to an
//      external, content-hashed loader-<hash>.js, and the policy goes into
//      index.html as <meta http-equiv="Content-Security-Policy">. The one
//      inline script left is the prerender gate (static/prerender-gate.js,
//      minified in a release build), put into <head> right after the policy:
//      a separate file would be one more render-blocking request before the
//      first paint. The policy allows it by its sha256 hash and nothing else
//      inline; the build stops if any inline script's hash is not listed.
//   3. The web app manifest, from static/manifest.webmanifest, with start_url
//      and scope set to the public URL.
//   4. The service worker, from static/sw.js, with the list of every built
//      file and a cache version hashed from their contents.
//
// trunk runs it with TRUNK_STAGING_DIR and TRUNK_PUBLIC_URL set. It can also
// be run by hand on a built directory (it is idempotent):
//
//   node scripts/post-build.mjs [dir] [public-url] [--release]
//
// Hosts that can send headers may send the same policy as a
// Content-Security-Policy response header (the build prints it), adding
// `frame-ancestors 'none'`, which only works as a header.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import { renameImports } from './wasm-imports.mjs';

/** Only the app's own files; wasm needs 'wasm-unsafe-eval' to compile. */
export const POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

const SOURCES = fileURLToPath(new URL('../static/', import.meta.url));
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SW = 'sw.js';
const MANIFEST = 'manifest.webmanifest';
/** trunk's content-hashed names, as static/sw.js tells them apart. */
const HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z]+$/;
/** Files the service worker does not precache (see writeServiceWorker). */
const INSTALL_ONLY = /^icons\/[^/]+\.png$/;

const hex = (data) => createHash('sha256').update(data).digest('hex');
const sri = (data) => `sha384-${createHash('sha384').update(data).digest('base64')}`;

function fail(message) {
  console.error(`post-build: ${message}`);
  process.exit(1);
}

/**
 * `trunk serve` fills these placeholders of its inline autoreload script
 * when it serves the HTML, never in a .js file; once the script is external
 * they take the values trunk uses by default.
 */
function devServerValues(script, publicUrl) {
  return script
    .replaceAll("'{{__TRUNK_ADDRESS__}}'", 'window.location.host')
    .replaceAll('`{{__TRUNK_ADDRESS__}}`', 'window.location.host')
    .replaceAll('{{__TRUNK_WS_BASE__}}', publicUrl);
}

const GATE = 'prerender-gate.js';

/** The CSP source for an inline script whose text is `code`. */
export const scriptHash = (code) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

/** POLICY with these extra sources in script-src (the hashes of inline scripts). */
export function policyWith(hashes) {
  return POLICY.replace("script-src 'self' 'wasm-unsafe-eval'", ["script-src 'self' 'wasm-unsafe-eval'", ...hashes].join(' '));
}

/** The gate script as it goes inline: minified in a release build. */
async function gateScript() {
  const source = await readFile(join(SOURCES, GATE), 'utf8');
  const code = release ? (await minify(source, terser(false))).code : source;
  if (!code) fail(`terser returned nothing for static/${GATE}`);
  if (/<\/script|<!--/i.test(code)) fail(`static/${GATE} must not contain "</script" or "<!--": it goes inline.`);
  return code;
}

/** The first line of trunk's loader: it imports wasm-bindgen's glue. */
const APP_IMPORT = /^import init, \* as bindings from '([^']+)';\n/;

/**
 * The app's files wait for the prerendered screen to paint. trunk's loader
 * imports the glue at once and index.html preloads the glue and the wasm,
 * so all of them would be fetched alongside the style sheet before the first
 * paint (and Lighthouse counts a download that finished before the largest
 * paint was reported as needed for it). Instead the preload links go, and
 * the loader first waits for static/prerender-gate.js
 * (`window.netstyleWhenShown`, which says when), then preloads the glue with
 * the same integrity hash the removed link gave it, and imports it; the rest
 * of trunk's loader (fetching the wasm) is unchanged. Returns the page
 * without the preload links and the rewrite for the loader.
 */
function deferApp(html) {
  const links = [...html.matchAll(/<link\b[^>]*>/gi)].map(([tag]) => tag);
  const attr = (tag, name) => new RegExp(`\\s${name}=(?:"([^"]*)"|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);
  const glue = links.find((tag) => attr(tag, 'rel') === 'modulepreload');
  const wasm = links.find((tag) => attr(tag, 'rel') === 'preload' && /_bg\.wasm$/.test(attr(tag, 'href') ?? ''));
  if (!glue || !wasm) fail('index.html has no modulepreload of the glue or no preload of the wasm (trunk changed?).');
  const href = attr(glue, 'href');
  const integrity = attr(glue, 'integrity');
  if (!href || !integrity) fail(`the glue's modulepreload has no href or no integrity: ${glue}`);
  for (const tag of [glue, wasm]) html = html.replace(tag, '');
  const loader = (body) => {
    const [line, url] = APP_IMPORT.exec(body);
    if (url !== href) fail(`trunk's loader imports ${url}, but the modulepreload names ${href}.`);
    const wait = [
      '// scripts/post-build.mjs: the app loads once the prerendered screen has painted (static/prerender-gate.js).',
      'await new Promise((go) => (window.netstyleWhenShown ? window.netstyleWhenShown(go) : go()));',
      "const glue = Object.assign(document.createElement('link'), { rel: 'modulepreload', crossOrigin: 'anonymous',",
      `  href: ${JSON.stringify(url)}, integrity: ${JSON.stringify(integrity)} });`,
      'await new Promise((done) => { glue.onload = glue.onerror = done; document.head.append(glue); });',
      `const bindings = await import(${JSON.stringify(url)});`,
      'const init = bindings.default;',
      '',
    ].join('\n');
    return body.replace(line, wait);
  };
  return { html, loader };
}

/**
 * Moves trunk's inline scripts into loader files, puts the policy first in
 * <head> and the gate script right after it. Returns the policy.
 */
async function applyPolicy(dir, publicUrl) {
  const page = join(dir, 'index.html');
  let html = await readFile(page, 'utf8');
  for (const old of await readdir(dir)) {
    if (/^loader-[0-9a-f]{16}\.js$/.test(old) && !html.includes(old)) await rm(join(dir, old));
  }
  // What an earlier run put inline comes out first (the run is idempotent).
  html = html.replace(/<script id="prerender-gate">[\s\S]*?<\/script>/gi, '');
  // On a directory built before, the loader is a file already.
  const scripts = [...html.matchAll(/<script\b(?:(?!\bsrc=)[^>])*>([\s\S]*?)<\/script>/gi)];
  const fresh = scripts.some(([, code]) => APP_IMPORT.test(code));
  if (!fresh && !/\bsrc="?[^" >]*loader-[0-9a-f]{16}\.js/.test(html)) fail("index.html has no trunk loader (import init, * as bindings from '...').");
  const deferred = fresh ? deferApp(html) : { html, loader: (body) => body };
  html = deferred.html;
  let loaders = 0;
  const writes = [];
  html = html.replace(/<script\b((?:(?!\bsrc=)[^>])*)>([\s\S]*?)<\/script>/gi, (_, attrs, inline) => {
    let body = devServerValues(inline, publicUrl);
    if (APP_IMPORT.test(body)) {
      body = deferred.loader(body);
      loaders++;
    }
    const name = `loader-${hex(body).slice(0, 16)}.js`;
    writes.push(writeFile(join(dir, name), body));
    return `<script${attrs} src="${publicUrl}${name}" integrity="${sri(body)}"></script>`;
  });
  await Promise.all(writes);
  if (loaders > 1) fail(`index.html has ${loaders} inline loaders of the app; trunk writes one.`);

  html = html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/gi, '');
  const gate = await gateScript();
  const policy = policyWith([scriptHash(gate)]);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  const charset = /<meta charset[^>]*>/i.exec(html);
  if (!charset) fail('index.html has no <meta charset>; the policy must come right after it.');
  const at = charset.index + charset[0].length;
  html = `${html.slice(0, at)}\n    ${meta}<script id="prerender-gate">${gate}</script>${html.slice(at)}`;

  // The policy would block these at run time; better to stop the build.
  // Every inline script must be listed in script-src by its hash.
  const allowed = new Set(/script-src ([^;]*)/.exec(policy)[1].split(' '));
  for (const [, code] of html.matchAll(/<script\b(?:(?!\bsrc=)[^>])*>([\s\S]*?)<\/script>/gi)) {
    if (!allowed.has(scriptHash(code))) fail(`index.html has an inline <script> whose hash the Content-Security-Policy does not list: ${code.slice(0, 60)}`);
  }
  const inline = [
    [/<style\b/i, 'a <style> element'],
    [/\sstyle=/i, 'a style attribute'],
    [/\son[a-z]+=/i, 'an inline event handler'],
  ].find(([pattern]) => pattern.test(html));
  if (inline) fail(`index.html still has ${inline[1]}, which the Content-Security-Policy blocks.`);
  await writeFile(page, html);
  return policy;
}

/**
 * Puts the prerendered welcome screen into <body>, before the <noscript>
 * note, in place of what an earlier run put there (so running this again
 * on a built directory changes nothing). The markup comes from the host
 * build of `src/bin/prerender.rs` (the dev profile: it is small, and
 * `cargo test` has usually built the library already).
 */
async function insertPrerender(dir) {
  const page = join(dir, 'index.html');
  let html = await readFile(page, 'utf8');
  let markup;
  try {
    markup = execFileSync('cargo', ['run', '--quiet', '--bin', 'prerender'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 16 << 20,
    });
  } catch (error) {
    fail(`the prerender step (cargo run --bin prerender) failed: ${error.message}`);
  }
  if (!/<h1>[^<]+<\/h1>/.test(markup) || !/<button disabled\b/.test(markup)) {
    fail('the prerendered welcome screen has no heading or no (disabled) button.');
  }
  // Only a <body> tag followed by nothing but what an earlier run put there
  // and the <noscript> note (never, say, "<body>" in a comment).
  const body = /(<body\b[^>]*>)\s*(?:<div id="prerendered">[\s\S]*?)?(<noscript>)/i;
  if (!body.test(html)) fail('index.html has no <body> starting with <noscript>; the prerender goes before it.');
  html = html.replace(body, (_, open, noscript) => `${open}<div id="prerendered">${markup}</div>${noscript}`);
  await writeFile(page, html);
}

/**
 * terser settings: the glue is an ES module, the service worker a classic
 * script. A new object per call, because terser writes into the options it
 * is given (a `compress` object once used for a module stays one).
 */
const terser = (module) => ({ module, compress: { passes: 2 }, mangle: true, format: { comments: false } });

/**
 * wasm-bindgen's glue is the `<name>.js` beside a `<name>_bg.wasm`. It is
 * minified in place (its content-hashed name stays: it still names one
 * content) and the `integrity` index.html gives it is replaced.
 */
async function minifyGlue(dir) {
  const page = join(dir, 'index.html');
  let html = await readFile(page, 'utf8');
  const names = await readdir(dir);
  for (const wasm of names.filter((name) => name.endsWith('_bg.wasm'))) {
    const glue = join(dir, wasm.replace(/_bg\.wasm$/, '.js'));
    const source = await readFile(glue, 'utf8');
    if (!html.includes(sri(source))) {
      // A directory built before: the loader file holds the hash of the minified glue.
      const loaders = names.filter((name) => /^loader-[0-9a-f]{16}\.js$/.test(name));
      const built = await Promise.all(loaders.map((name) => readFile(join(dir, name), 'utf8')));
      if (built.some((loader) => loader.includes(sri(source)))) continue;
      fail(`index.html has no integrity hash for ${glue}`);
    }
    // Short import names in both files (scripts/wasm-imports.mjs).
    const binary = await readFile(join(dir, wasm));
    const renamed = renameImports(binary, source);
    const { code } = await minify(renamed.glue, terser(true));
    if (!code) fail(`terser returned nothing for ${glue}`);
    for (const [before, after, file] of [[source, code, glue], [binary, renamed.wasm, wasm]]) {
      if (!html.includes(sri(before))) fail(`index.html has no integrity hash for ${file}`);
      html = html.replaceAll(sri(before), sri(after));
    }
    await writeFile(join(dir, wasm), renamed.wasm);
    await writeFile(glue, code);
  }
  await writeFile(page, html);
}

async function writeManifest(dir, publicUrl) {
  const template = await readFile(join(SOURCES, MANIFEST), 'utf8');
  const manifest = JSON.parse(template.replaceAll('__NETSTYLE_PUBLIC_URL__', publicUrl));
  await writeFile(join(dir, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
}

/** Every file of the build, as paths relative to it, with '/' separators. */
async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)).split(sep).join('/'))
    .filter((path) => path !== SW && !path.split('/').some((part) => part.startsWith('.')))
    .sort();
}

async function writeServiceWorker(dir) {
  const template = await readFile(join(SOURCES, SW), 'utf8');
  const files = await listFiles(dir);
  const version = createHash('sha256').update(hex(template));
  for (const path of files) version.update(`${path}\0${hex(await readFile(join(dir, path)))}\n`);
  // The PNG icons are for installing only: the browser fetches the one it
  // needs itself when someone installs (Chromium's installability check takes
  // icons/icon.svg, which stays precached), so precaching all three would
  // add about 11 kB to every first visit for nothing.
  const precache = files.filter((path) => !INSTALL_ONLY.test(path)).map((path) => encodeURI(path));
  // What the worker checks a copy from the HTTP cache against (see sw.js).
  const unhashed = [];
  for (const path of files.filter((path) => !INSTALL_ONLY.test(path) && !HASHED.test(path))) {
    unhashed.push([encodeURI(path), hex(await readFile(join(dir, path))).slice(0, 16)]);
  }
  const filled = template
    .replace("'__NETSTYLE_VERSION__'", JSON.stringify(version.digest('hex').slice(0, 16)))
    .replace("['__NETSTYLE_PRECACHE__']", JSON.stringify(precache, null, 2))
    .replace("{ __NETSTYLE_SHA256__: '' }", JSON.stringify(Object.fromEntries(unhashed), null, 2));
  if (filled.includes('__NETSTYLE_')) fail(`static/${SW} lost one of its __NETSTYLE_ tokens.`);
  await writeFile(join(dir, SW), release ? (await minify(filled, terser(false))).code : filled);
  return precache;
}

const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const dir = args[0] ?? process.env.TRUNK_STAGING_DIR;
const publicUrl = args[1] ?? process.env.TRUNK_PUBLIC_URL ?? '/';
if (!dir) fail('no build directory: run from trunk (TRUNK_STAGING_DIR) or pass one.');
if (!publicUrl.endsWith('/')) fail(`the public URL "${publicUrl}" must end with "/".`);

const release = process.env.TRUNK_PROFILE === 'release' || process.argv.includes('--release');

if (release) await minifyGlue(dir);
await insertPrerender(dir);
const policy = await applyPolicy(dir, publicUrl);
await writeManifest(dir, publicUrl);
const precache = await writeServiceWorker(dir);
console.log(`post-build: Content-Security-Policy: ${policy}`);
console.log('post-build: index.html holds the prerendered welcome screen');
console.log(`post-build: ${SW} precaches ${precache.length} files under ${publicUrl}`);
