// trunk's post_build hook (see Trunk.toml): turns the staged build into the
// one that ships. In order, because the last step must hash the final files:
//
//   0. In a release build, gives the wasm's imports short names in the wasm
//      and the glue (scripts/wasm-imports.mjs), minifies wasm-bindgen's JS
//      glue with terser (trunk's own minifier gives up on it), and the
//      integrity hashes that index.html holds for both follow.
//   1. The prerendered first screen: runs `cargo run --bin prerender` (on
//      the build machine; src/prerender.rs renders the welcome screen with
//      the app's own components through yew's server renderer, in every
//      language of locales/) and puts its markup into <body>: English as
//      <div id="prerendered">, every other language as a
//      <template id="prerendered-<lang>"> after it, so the heading, text
//      and Start button paint before any wasm, in the visitor's language
//      (static/prerender-gate.js swaps the template in before the first
//      paint). The app replaces it when it starts; the gate hides it on
//      other routes.
//   2. Content-Security-Policy. trunk's loader is an inline module script,
//      which a policy without 'unsafe-inline' would block; it moves to an
//      external, content-hashed loader-<hash>.js, and the policy goes into
//      index.html as <meta http-equiv="Content-Security-Policy">. The one
//      inline script left is the prerender gate (static/prerender-gate.js,
//      minified in a release build), put into <head> right after the policy:
//      a separate file would be one more render-blocking request before the
//      first paint. The policy allows it by its sha256 hash and nothing else
//      inline; the build stops if any inline script's hash is not listed.
//   3. The web app manifests, one per language (manifest.webmanifest for
//      English, manifest-<lang>.webmanifest for the others), from
//      static/manifest.webmanifest with id, start_url and scope set to the
//      public URL and the language's name, short name and description from
//      its catalog; the gate links the visitor's language's one.
//   3b. The language catalogs: every language but English (which is in the
//      wasm) as a file of its own, catalog-<lang>-<hash>.nsc, from
//      `cargo run --bin prerender -- --catalogs`, named in index.html's
//      <meta name="netstyle-catalogs"> for the app (src/i18n/load.rs). The
//      service worker does not precache them: it keeps a language's file
//      from the first time the app uses it (static/sw.js), so a first visit
//      downloads one language's texts. The pseudo-locale (`qps`, made from
//      English by build/catalog.rs for the tests and translators) is such a
//      file too; the menu does not offer it and the gate script (step 2)
//      does not know it, so its visitors see the English copy until the app
//      starts (docs/translating.md).
//   4. Every content-hashed file gets a name from its final bytes
//      (nameByContent): trunk named the wasm and the glue after
//      wasm-bindgen's output, before wasm-opt and step 0 changed them, so
//      its names alone could carry different bytes from one deploy to the
//      next. index.html and the loader follow the new names.
//   5. The service worker, from static/sw.js, with the list of every built
//      file and a cache version hashed from their contents.
//   6. The response headers a host should send (scripts/headers.mjs): the
//      policy as a header with frame-ancestors 'none', caching and types,
//      as `_headers` in the build (Netlify, Cloudflare Pages; a host file,
//      kept out of the service worker's list) and, in a release build, as
//      the nginx snippet docs/nginx.conf (NETSTYLE_NGINX_SNIPPET names
//      another file, as the sub-path test does).
//
// trunk runs it with TRUNK_STAGING_DIR and TRUNK_PUBLIC_URL set. It can also
// be run by hand on a built directory (it is idempotent):
//
//   node scripts/post-build.mjs [dir] [public-url] [--release]
//
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import { renameImports } from './wasm-imports.mjs';
import { HEADERS_FILE, netlifyHeaders, nginxSnippet } from './headers.mjs';

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
/** The pseudo-locale's code (build/catalog.rs): a catalog, but no language of the menu. */
const PSEUDO = 'qps';
/** A language's catalog file (step 3b), as static/sw.js knows it too. */
const CATALOG = /^catalog-([a-z]{2,8})-[0-9a-f]{16}\.nsc$/;
/** trunk's content-hashed names, as static/sw.js tells them apart. */
const HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z]+$/;
/**
 * A content-hashed name as trunk writes it (`style-<hash>.css`,
 * `netstyle-<hash>_bg.wasm`: seahash in hex, so now and then fewer than 16
 * digits) or as nameByContent does: stem, hash, ending.
 */
const HASHED_PARTS = /^(.+)-([0-9a-f]{12,16})((?:_bg)?\.[a-z0-9]+)$/;
/**
 * Files of the build that are for the host, not the app (see
 * scripts/headers.mjs): never precached, never part of the cache version.
 */
const HOST_FILES = new Set([HEADERS_FILE]);

const hex = (data) => createHash('sha256').update(data).digest('hex');
/** The name a content-hashed file ships under: the first 16 hex digits of its bytes' SHA-256. */
export const contentName = (stem, data, ending) => `${stem}-${hex(data).slice(0, 16)}${ending}`;
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
async function gateScript(languages) {
  const template = await readFile(join(SOURCES, GATE), 'utf8');
  const source = template.replace("['__NETSTYLE_LANGUAGES__']", JSON.stringify(languages));
  if (source.includes('__NETSTYLE_')) fail(`static/${GATE} lost its __NETSTYLE_LANGUAGES__ token.`);
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
async function applyPolicy(dir, publicUrl, languages) {
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
  const gate = await gateScript(languages);
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

/** Text for an HTML attribute in double quotes (or for element content). */
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The web app manifest of a language: English keeps the name it always had. */
export const manifestName = (lang) => (lang === 'en' ? MANIFEST : `manifest-${lang}.webmanifest`);

/**
 * The prerendered welcome screen of every language, with its title,
 * description and the manifest's names (`cargo run --bin prerender`: the
 * host build of src/bin/prerender.rs, in the dev profile: it is small, and
 * `cargo test` has usually built the library already). English first.
 */
function firstScreens() {
  let json;
  try {
    json = execFileSync('cargo', ['run', '--quiet', '--bin', 'prerender'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 16 << 20,
    });
  } catch (error) {
    fail(`the prerender step (cargo run --bin prerender) failed: ${error.message}`);
  }
  const screens = JSON.parse(json);
  if (screens[0]?.lang !== 'en') fail('the prerender step did not start with English.');
  for (const { lang, markup, title, description, short_name: shortName } of screens) {
    if (!/^[a-z]{2,8}$/.test(lang)) fail(`a prerendered screen's language "${lang}" is no language code.`);
    if (!/<h1>[^<]+<\/h1>/.test(markup) || !/<button disabled\b/.test(markup)) {
      fail(`the prerendered welcome screen (${lang}) has no heading or no (disabled) button.`);
    }
    if (!title || !description || !shortName) fail(`the prerendered screen (${lang}) has no title, description or short name.`);
  }
  return screens;
}

/**
 * Puts the prerendered welcome screens into <body>, before the <noscript>
 * note, in place of what an earlier run put there (so running this again
 * on a built directory changes nothing): English as <div id="prerendered">,
 * every other language as a <template> after it, with its title,
 * description and manifest, for static/prerender-gate.js to swap in before
 * the first paint. Each template is followed by an element (the next one,
 * or <noscript>), which tells the gate the parser is past it.
 */
async function insertPrerender(dir, screens) {
  const page = join(dir, 'index.html');
  let html = await readFile(page, 'utf8');
  const [english, ...others] = screens;
  const templates = others.map(
    ({ lang, markup, title, description }) =>
      `<template id="prerendered-${lang}" lang="${lang}" data-title="${escapeHtml(title)}" data-description="${escapeHtml(description)}" data-manifest="${manifestName(lang)}">${markup}</template>`,
  );
  // Only a <body> tag followed by nothing but what an earlier run put there
  // and the <noscript> note (never, say, "<body>" in a comment).
  const body = /(<body\b[^>]*>)\s*(?:<div id="prerendered">[\s\S]*?)?(<noscript>)/i;
  if (!body.test(html)) fail('index.html has no <body> starting with <noscript>; the prerender goes before it.');
  html = html.replace(body, (_, open, noscript) => `${open}<div id="prerendered">${english.markup}</div>${templates.join('')}${noscript}`);
  // English's title and description come from its catalog too.
  const title = /<title>[^<]*<\/title>/i;
  const description = /<meta\b[^>]*\bname="?description"?(?=[\s/>])[^>]*>/i;
  if (!title.test(html) || !description.test(html)) fail('index.html has no <title> or no <meta name="description">.');
  html = html
    .replace(title, `<title>${escapeHtml(english.title)}</title>`)
    .replace(description, `<meta name="description" content="${escapeHtml(english.description)}" />`);
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
 * minified in place and the `integrity` index.html gives it is replaced;
 * nameByContent then names both files after their new bytes.
 */
async function minifyGlue(dir) {
  const page = join(dir, 'index.html');
  let html = await readFile(page, 'utf8');
  const names = await readdir(dir);
  for (const wasm of names.filter((name) => name.endsWith('_bg.wasm'))) {
    // trunk names the pair alike; after nameByContent their hashes differ,
    // and the pair has been through this step already.
    if (!names.includes(wasm.replace(/_bg\.wasm$/, '.js'))) continue;
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

/**
 * Renames every content-hashed file at the top of the build to a hash of the
 * bytes it now holds, and puts the new name wherever the old one stood:
 * index.html (links, integrity-checked scripts, trunk's inline loader) and
 * the external loader files. The loaders refer to the glue and the wasm, so
 * they are renamed last, after their own text (and so the integrity hash
 * index.html gives them) has changed. A host may then
 * cache every such file forever: a name never carries other bytes. Run on a
 * build that is already named so, it changes nothing.
 */
async function nameByContent(dir) {
  const page = join(dir, 'index.html');
  let html = await readFile(page, 'utf8');
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && HASHED_PARTS.test(entry.name))
    .map((entry) => entry.name);
  const isLoader = (name) => name.startsWith('loader-');
  const loaders = names.filter(isLoader);
  for (const old of [...names.filter((name) => !isLoader(name)), ...loaders]) {
    const [, stem, , ending] = HASHED_PARTS.exec(old);
    const name = contentName(stem, await readFile(join(dir, old)), ending);
    if (name === old) continue;
    let named = html.includes(old);
    html = html.replaceAll(old, name);
    for (const loader of loaders) {
      if (loader === old) continue;
      const text = await readFile(join(dir, loader), 'utf8');
      if (!text.includes(old)) continue;
      named = true;
      const changed = text.replaceAll(old, name);
      if (!html.includes(sri(text))) fail(`index.html has no integrity hash for ${loader}`);
      html = html.replaceAll(sri(text), sri(changed));
      await writeFile(join(dir, loader), changed);
    }
    if (!named) fail(`nothing in the build refers to ${old}; it would be renamed in vain.`);
    await rename(join(dir, old), join(dir, name));
    const at = loaders.indexOf(old);
    if (at >= 0) loaders[at] = name;
  }
  await writeFile(page, html);
}

/**
 * The build's own check, last: every file whose name carries a hash is
 * named after its bytes as contentName defines it, index.html names no
 * content-hashed file that is not there, and its integrity hashes match.
 */
async function checkNames(dir) {
  const files = await listFiles(dir);
  for (const path of files.filter((path) => HASHED.test(path))) {
    const [, stem, , ending] = HASHED_PARTS.exec(path.split('/').pop()) ?? [];
    const data = await readFile(join(dir, path));
    if (!stem || !path.endsWith(contentName(stem, data, ending))) {
      fail(`${path} is not named after its bytes (SHA-256 ${hex(data).slice(0, 16)}).`);
    }
  }
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  for (const [name] of html.matchAll(/[\w.-]+-[0-9a-f]{16}(?:_bg)?\.[a-z0-9]+/g)) {
    if (!files.includes(name)) fail(`index.html refers to ${name}, which the build does not hold.`);
  }
  // And each integrity hash index.html gives a file is that file's.
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*\bintegrity=[^>]*>/gi)) {
    const name = /[\w.-]+-[0-9a-f]{16}(?:_bg)?\.[a-z0-9]+/.exec(tag)?.[0];
    const integrity = /\bintegrity="?([^"\s>]+)/.exec(tag)[1];
    if (!name) fail(`index.html checks the integrity of a file without a content-hashed name: ${tag}`);
    if (integrity !== sri(await readFile(join(dir, name)))) fail(`index.html's integrity hash for ${name} is not its bytes'.`);
  }
}

/**
 * Step 3b: one file per language but English, named after its bytes, and
 * the list of them in index.html (in place of an earlier run's).
 */
async function writeCatalogs(dir) {
  let json;
  try {
    json = execFileSync('cargo', ['run', '--quiet', '--bin', 'prerender', '--', '--catalogs'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 16 << 20,
    });
  } catch (error) {
    fail(`the catalog step (cargo run --bin prerender -- --catalogs) failed: ${error.message}`);
  }
  const catalogs = Object.entries(JSON.parse(json));
  if (catalogs.length === 0) fail('the build has no catalog but English; locales/ lost its languages?');
  for (const old of await readdir(dir)) if (CATALOG.test(old)) await rm(join(dir, old));
  const entries = [];
  for (const [lang, text] of catalogs) {
    if (!/^[a-z]{2,8}$/.test(lang)) fail(`a catalog's language "${lang}" is no language code.`);
    const data = Buffer.from(text, 'utf8');
    const name = contentName(`catalog-${lang}`, data, '.nsc');
    await writeFile(join(dir, name), data);
    entries.push(`${lang}=${name}`);
  }
  const page = join(dir, 'index.html');
  let html = (await readFile(page, 'utf8')).replace(/\s*<meta name="netstyle-catalogs"[^>]*>/gi, '');
  if (!/<\/head>/i.test(html)) fail('index.html has no </head>.');
  html = html.replace(/<\/head>/i, `  <meta name="netstyle-catalogs" content="${entries.join(' ')}" />\n  </head>`);
  await writeFile(page, html);
  return Object.fromEntries(entries.map((entry) => entry.split('=')));
}

/**
 * One web app manifest per language, from static/manifest.webmanifest and
 * the language's texts (its catalog's page-title, brand and
 * page-description): the same `id`, `start_url` and `scope` (the public
 * URL) in each, so an installed app is the same app in every language.
 */
async function writeManifests(dir, publicUrl, screens) {
  const template = await readFile(join(SOURCES, MANIFEST), 'utf8');
  const shape = JSON.parse(template.replaceAll('__NETSTYLE_PUBLIC_URL__', publicUrl));
  for (const old of await readdir(dir)) if (/^manifest-[a-z]{2,8}\.webmanifest$/.test(old)) await rm(join(dir, old));
  for (const { lang, title, description, short_name: shortName } of screens) {
    const manifest = { id: shape.id, name: title, short_name: shortName, description, lang, ...shape };
    await writeFile(join(dir, manifestName(lang)), JSON.stringify(manifest, null, 2) + '\n');
  }
}

/** Every file of the build, as paths relative to it, with '/' separators. */
async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)).split(sep).join('/'))
    .filter((path) => path !== SW && !HOST_FILES.has(path) && !path.split('/').some((part) => part.startsWith('.')))
    .sort();
}

async function writeServiceWorker(dir) {
  const template = await readFile(join(SOURCES, SW), 'utf8');
  const files = await listFiles(dir);
  const version = createHash('sha256').update(hex(template));
  for (const path of files) version.update(`${path}\0${hex(await readFile(join(dir, path)))}\n`);
  // Every file, the PNG icons included: Chrome on Android takes them for the
  // home-screen icon and the splash screen, also when installing offline.
  // Not the languages' catalogs: the worker keeps one from the first time
  // the app uses it (CATALOGS in sw.js).
  const precache = files.filter((path) => !CATALOG.test(path)).map((path) => encodeURI(path));
  const catalogs = Object.fromEntries(files.filter((path) => CATALOG.test(path)).map((path) => [CATALOG.exec(path)[1], encodeURI(path)]));
  // What the worker checks a copy from the HTTP cache against (see sw.js).
  const unhashed = [];
  for (const path of files.filter((path) => !HASHED.test(path))) {
    unhashed.push([encodeURI(path), hex(await readFile(join(dir, path))).slice(0, 16)]);
  }
  const filled = template
    .replace("'__NETSTYLE_VERSION__'", JSON.stringify(version.digest('hex').slice(0, 16)))
    .replace("['__NETSTYLE_PRECACHE__']", JSON.stringify(precache, null, 2))
    .replace("{ __NETSTYLE_CATALOGS__: '' }", JSON.stringify(catalogs, null, 2))
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

/**
 * Step 6. The snippet is written only when its text changes, so builds
 * made side by side (the end-to-end tests make some) never write it at the
 * same time as another reads it. A debug build's gate script is not
 * minified and so has another hash: it leaves the snippet alone.
 */
async function writeHostHeaders(dir, publicUrl, policy) {
  const files = await listFiles(dir);
  await writeFile(join(dir, HEADERS_FILE), netlifyHeaders([...files, SW], publicUrl, policy));
  if (!release) return null;
  const target = resolve(process.env.NETSTYLE_NGINX_SNIPPET || join(ROOT, 'docs', 'nginx.conf'));
  const snippet = nginxSnippet(publicUrl, policy);
  const old = await readFile(target, 'utf8').catch(() => null);
  if (old !== snippet) {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, snippet);
  }
  return target;
}

const release = process.env.TRUNK_PROFILE === 'release' || process.argv.includes('--release');

if (release) await minifyGlue(dir);
const screens = firstScreens();
await insertPrerender(dir, screens);
const catalogs = await writeCatalogs(dir);
const languages = ['en', ...Object.keys(catalogs)].filter((lang) => lang !== PSEUDO).sort();
const policy = await applyPolicy(dir, publicUrl, languages);
await writeManifests(dir, publicUrl, screens);
await nameByContent(dir);
const precache = await writeServiceWorker(dir);
await checkNames(dir);
const snippet = await writeHostHeaders(dir, publicUrl, policy);
console.log(`post-build: Content-Security-Policy: ${policy}`);
console.log(`post-build: index.html holds the prerendered welcome screen in ${screens.map((s) => s.lang).join(', ')}, each with its manifest`);
console.log(`post-build: ${SW} precaches ${precache.length} files under ${publicUrl}`);
console.log(`post-build: catalogs fetched when used: ${Object.values(catalogs).join(', ')}`);
console.log(`post-build: response headers for hosts in ${HEADERS_FILE}${snippet ? ` and ${relative(ROOT, snippet)}` : ''}`);
