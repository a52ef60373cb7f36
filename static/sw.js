// netstyle's service worker: offline support with safe updates.
//
// This is a template. scripts/post-build.mjs (the trunk post_build hook)
// replaces the two tokens below with the build's own file list and a version
// hashed from those files' contents, and writes the result to dist/sw.js.
// Never list files here by hand.
'use strict';

const VERSION = '__NETSTYLE_VERSION__';
const PRECACHE = ['__NETSTYLE_PRECACHE__'];
// The SHA-256 (its first 16 hex digits) of each listed file whose name has
// no content hash, by path.
const SHA256 = { __NETSTYLE_SHA256__: '' };
// Each language's catalog but English's (which is in the wasm), by
// language. Not precached: a first visit downloads one language's texts.
// A catalog is kept from the first time it passes through here or the app
// asks for it to be kept (a `{ keep: path }` message: on a first visit the
// app fetches its language before this worker is installed), and a new
// version keeps the languages the one before it kept.
const CATALOGS = { __NETSTYLE_CATALOGS__: '' };

// The scope is the public URL, so builds under different sub-paths of one
// origin keep separate caches and never delete each other's.
const SCOPE = self.registration.scope;
const PREFIX = `netstyle:${new URL(SCOPE).pathname}:`;
const CACHE = PREFIX + VERSION;
const PRECACHED = new Set(PRECACHE.map((path) => new URL(path, SCOPE).href));
const APP_PAGE = new URL('index.html', SCOPE).href;
// trunk's and the hook's content-hashed names, e.g. netstyle-0123456789abcdef_bg.wasm
const HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z]+$/;
const CATALOG_URLS = new Map(Object.entries(CATALOGS).map(([lang, path]) => [new URL(path, SCOPE).href, lang]));
// A catalog's file of any version, e.g. catalog-de-0123456789abcdef.nsc
const CATALOG = /\/catalog-([a-z]{2,8})-[0-9a-f]{16}\.nsc$/;

self.addEventListener('install', (event) => {
  // One file at a time and never all-or-nothing: a single missing file must
  // not stop the rest of the app from working offline. A hashed file is
  // taken from the HTTP cache if the page just loaded it (its content cannot
  // differ), so the first visit does not download the app twice; any other
  // file is revalidated so an old copy never enters a new version.
  event.waitUntil(
    caches.open(CACHE).then(async (cache) =>
      Promise.all(
        [...PRECACHED, ...(await keptLanguages())].map((url) =>
          (HASHED.test(url) ? cache.add(new Request(url, { cache: 'force-cache' })) : addChecked(cache, url)).catch((error) => {
            console.warn(`netstyle: could not precache ${url}`, error);
          }),
        ),
      ),
    ),
  );
  // No skipWaiting here: a new version waits until the person chooses to
  // update, so an attempt in progress is never reloaded under them.
});

// This version's catalog of every language an earlier version of this
// scope kept offline.
async function keptLanguages() {
  const langs = new Set();
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX) || name === CACHE) continue;
    for (const request of await (await caches.open(name)).keys()) {
      const lang = CATALOG.exec(new URL(request.url).pathname)?.[1];
      if (lang) langs.add(lang);
    }
  }
  return [...CATALOG_URLS].filter(([, lang]) => langs.has(lang)).map(([url]) => url);
}

// Keeps a language's catalog offline from now on (see CATALOGS).
async function keepCatalog(url) {
  const cache = await caches.open(CACHE);
  if (!(await cache.match(url))) await cache.add(new Request(url, { cache: 'force-cache' }));
}

// A file without a hash in its name (the page, the manifest, the icon) is
// often in the HTTP cache already: the browser has just loaded the page (as
// the scope URL or as index.html) and fetched the manifest and icon for its
// install check. That copy is used only if its bytes are this version's
// (SHA256, filled in by the build); otherwise the file is revalidated, so an
// old copy never enters a new version.
const EXPECTED = new Map(Object.entries(SHA256).map(([path, hex]) => [new URL(path, SCOPE).href, hex]));

async function addChecked(cache, url) {
  for (const from of url === APP_PAGE ? [SCOPE, APP_PAGE] : [url]) {
    const response = await fetch(from, { cache: 'only-if-cached', mode: 'same-origin' }).catch(() => null);
    if (!response?.ok || response.redirected) continue;
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer()));
    const hex = Array.from(digest.subarray(0, 8), (byte) => byte.toString(16).padStart(2, '0')).join('');
    if (hex === EXPECTED.get(url)) return cache.put(url, response);
  }
  return cache.add(new Request(url, { cache: 'no-cache' }));
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
  const keep = typeof event.data?.keep === 'string' ? new URL(event.data.keep, SCOPE).href : null;
  if (keep && CATALOG_URLS.has(keep)) {
    event.waitUntil(keepCatalog(keep).catch((error) => console.warn(`netstyle: could not keep ${keep}`, error)));
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  // Other origins and paths outside the app are left to the browser.
  if (url.origin !== self.location.origin || !url.href.startsWith(SCOPE)) return;
  if (request.mode === 'navigate') {
    event.respondWith(pageFromNetworkOrCache(request));
  } else if (PRECACHED.has(url.origin + url.pathname)) {
    event.respondWith(fileFromCacheOrNetwork(request, url.origin + url.pathname));
  } else if (CATALOG_URLS.has(url.origin + url.pathname)) {
    event.respondWith(catalogFromCacheOrNetwork(request, url.origin + url.pathname));
  }
});

// Navigations try the network first so a reload online shows what is
// deployed; offline, every route is the cached app page (routes live in the
// fragment). Fresh pages are not written to the cache: the cached page must
// stay in step with the cached files it refers to.
async function pageFromNetworkOrCache(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const cached = await caches.match(APP_PAGE, { cacheName: CACHE });
    if (cached) return cached;
    throw error;
  }
}

// Precached files belong to this version (their names carry content hashes,
// and the cache name carries a hash of everything), so the cache wins.
async function fileFromCacheOrNetwork(request, key) {
  const cached = await caches.match(key, { cacheName: CACHE });
  return cached ?? fetch(request);
}

// A language's catalog: kept from the first time it is fetched.
async function catalogFromCacheOrNetwork(request, key) {
  const cached = await caches.match(key, { cacheName: CACHE });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(CACHE);
    await cache.put(key, response.clone()).catch(() => null);
  }
  return response;
}
