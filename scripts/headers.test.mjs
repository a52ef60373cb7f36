// The two host files written from scripts/headers.mjs give every path of a
// build the same headers: `_headers` read as Netlify and Cloudflare Pages
// read it (every matching block applies), the nginx snippet as nginx picks a
// location (exact, then the regexes in order, then the longest prefix; a
// directory goes on to its index.html). Run with `node --test scripts/`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HEADERS_FILE, IMMUTABLE, REVALIDATE, headerPolicy, headersFor, netlifyHeaders, nginxSnippet } from './headers.mjs';

const POLICY = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AbC+/9='; style-src 'self'";
const HEX = '0123456789abcdef';
/** A build as trunk and scripts/post-build.mjs leave it. */
const FILES = [
  'favicon-' + HEX + '.svg',
  'icons/icon-192.png',
  'icons/icon-512.png',
  'icons/icon-maskable-512.png',
  'icons/icon-maskable.svg',
  'icons/icon.svg',
  'index.html',
  'loader-' + HEX + '.js',
  'manifest.webmanifest',
  'netstyle-' + HEX + '.js',
  'netstyle-' + HEX + '_bg.wasm',
  'style-' + HEX + '.css',
  'sw.js',
];

/** The headers `_headers` gives a URL path; fails on a header two blocks both set. */
function fromNetlify(text, urlPath) {
  const blocks = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) blocks.push({ pattern: line, headers: {} });
    else {
      const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line);
      blocks.at(-1).headers[name] = value;
    }
  }
  const headers = {};
  for (const { pattern, headers: set } of blocks) {
    const splat = pattern.endsWith('*');
    if (!(splat ? urlPath.startsWith(pattern.slice(0, -1)) : urlPath === pattern)) continue;
    for (const [name, value] of Object.entries(set)) {
      assert.ok(!(name in headers), `${urlPath}: ${name} set by two blocks, which a host would join`);
      headers[name] = value;
    }
  }
  return headers;
}

/** The headers the nginx snippet gives a URL path, or null for a 404. */
function fromNginx(text, urlPath) {
  const locations = [...text.matchAll(/^location (?:(=|~) )?"?([^"\s]+)"? \{\n([\s\S]*?)^\}/gm)].map(
    ([, kind, where, body]) => ({ kind: kind ?? 'prefix', where, body }),
  );
  const exact = locations.find((l) => l.kind === '=' && l.where === urlPath);
  const regex = locations.find((l) => l.kind === '~' && new RegExp(l.where).test(urlPath));
  const prefix = locations
    .filter((l) => l.kind === 'prefix' && urlPath.startsWith(l.where))
    .sort((a, b) => b.where.length - a.where.length)[0];
  const location = exact ?? regex ?? prefix;
  assert.ok(location, `${urlPath}: no location of the snippet takes it`);
  if (location.kind === 'prefix' && urlPath.endsWith('/')) return fromNginx(text, urlPath + 'index.html');
  if (/^\s+return 404;/m.test(location.body)) return null;
  const headers = {};
  const type = /^\s+types \{ \}\n\s+default_type ([^;]+);$/m.exec(location.body);
  if (type) headers['Content-Type'] = type[1];
  for (const [, name, value] of location.body.matchAll(/^\s+add_header (\S+) "([^"]*)" always;$/gm)) {
    assert.ok(!(name in headers), `${urlPath}: nginx would send ${name} twice`);
    headers[name] = value;
  }
  return headers;
}

for (const base of ['/', '/some/path/']) {
  test(`_headers and the nginx snippet agree on every file of a build under ${base}`, () => {
    const netlify = netlifyHeaders([...FILES, HEADERS_FILE], base, POLICY);
    const nginx = nginxSnippet(base, POLICY);
    for (const path of ['', ...FILES]) {
      const expected = headersFor(path, POLICY);
      assert.deepEqual(fromNetlify(netlify, base + path), expected, `_headers, ${base + path}`);
      assert.deepEqual(fromNginx(nginx, base + path), expected, `nginx, ${base + path}`);
    }
    assert.equal(fromNginx(nginx, base + HEADERS_FILE), null, 'nginx does not serve _headers');
    assert.ok(!netlify.includes(`\n${base}${HEADERS_FILE}\n`), '_headers has no block for itself');
  });
}

test('the rule table gives each kind of file what the README promises', () => {
  const csp = headersFor('index.html', POLICY)['Content-Security-Policy'];
  assert.equal(csp, `${POLICY}; frame-ancestors 'none'`);
  assert.equal(headerPolicy(POLICY), csp);
  const cache = (path) => headersFor(path, POLICY)['Cache-Control'];
  for (const path of ['', 'index.html', 'sw.js', 'manifest.webmanifest', 'icons/icon.svg', 'icons/icon-192.png']) {
    assert.equal(cache(path), REVALIDATE, path);
  }
  for (const path of FILES.filter((path) => path.includes(HEX))) assert.equal(cache(path), IMMUTABLE, path);
  const type = (path) => headersFor(path, POLICY)['Content-Type'];
  assert.equal(type(`netstyle-${HEX}_bg.wasm`), 'application/wasm');
  assert.equal(type('manifest.webmanifest'), 'application/manifest+json');
  assert.equal(type('index.html'), undefined, 'other types are left to the host');
  assert.equal(headersFor(HEADERS_FILE, POLICY), null);
  for (const path of ['', ...FILES]) assert.equal(headersFor(path, POLICY)['X-Content-Type-Options'], 'nosniff', path);
});
