// How every browser of the project is launched: Debian's Chromium and
// Firefox ESR (a tool's own browser download cannot reach its host here),
// Chromium as root and with no background traffic, which this machine's
// closed network would refuse and which would show up in request checks,
// byte counts and timings. Playwright drives the stock Firefox over WebDriver
// BiDi with a profile of its own that already turns off updates, telemetry
// and the other background requests. Also what
// the project's two static servers (e2e/server.mjs, bench/server.mjs) share:
// content types and how a request path maps to a file. Shared by
// playwright.config.ts, those servers and the benchmark.
import { normalize, resolve, sep } from 'node:path';

export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The file of the build in `root` that a request path names, for the
 * project's static servers: `base` is the public URL the build is served
 * under; a directory means its index.html. `null` for a path outside `base`
 * or `root`, or that does not decode. The caller checks that it is a file.
 */
export function fileFor(root, urlPath, base = '/') {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (!path.startsWith(base)) return null;
  path = path.slice(base.length - 1);
  if (path.endsWith('/')) path += 'index.html';
  const file = resolve(root, '.' + normalize('/' + path));
  return file === root || file.startsWith(root + sep) ? file : null;
}

/** Content types of the files a build holds, for the project's static servers. */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  // A language's compiled catalog (scripts/post-build.mjs, step 3b).
  '.nsc': 'text/plain',
  '.map': 'application/json; charset=utf-8',
};

/**
 * The files the project's servers compress when the browser accepts it, by
 * ending: what a host compresses (docs/nginx.conf's gzip_types, from
 * scripts/headers.mjs): the page, scripts, style sheet, wasm, the
 * language catalogs and the web app manifests.
 */
export const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.nsc', '.svg', '.wasm', '.txt']);
