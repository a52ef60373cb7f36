// Serves the release build in dist/ for the end-to-end tests, the way a plain
// static host would: no rewriting beyond "/" -> index.html, gzip for the
// files a host compresses (the language catalogs and manifests among them),
// no dependencies, reachable from this machine only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { COMPRESSED, CONTENT_TYPES, fileFor } from './chromium.mjs';

const root = process.env.DIST
  ? resolve(process.env.DIST)
  : resolve(fileURLToPath(new URL('../dist', import.meta.url)));
const host = '127.0.0.1';
const port = Number(process.env.PORT ?? 4173);
// BASE_PATH serves the build under a sub-path, as for `trunk build --public-url /some/path/`.
const base = `/${(process.env.BASE_PATH ?? '').split('/').filter(Boolean).join('/')}/`.replace('//', '/');

const types = CONTENT_TYPES;

try {
  await stat(join(root, 'index.html'));
} catch {
  console.error(`e2e server: ${join(root, 'index.html')} is missing; run 'trunk build --release --offline' first.`);
  process.exit(1);
}

// Compressed the way a host does (docs/nginx.conf: gzip for the text files,
// the wasm, the language catalogs and the manifests), each file once per
// version of it on disk (tests deploy new builds into a served directory).
const gzipped = new Map();
async function compressed(file, info) {
  const key = `${file}\0${info.mtimeMs}\0${info.size}`;
  if (!gzipped.has(key)) gzipped.set(key, gzipSync(await readFile(file), { level: 6 }));
  return gzipped.get(key);
}

const server = createServer(async (req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  if ((req.url ?? '/').split('?')[0] + '/' === base) {
    res.writeHead(301, { Location: base }).end();
    return;
  }
  const file = fileFor(root, req.url ?? '/', base);
  const ext = extname(file ?? '').toLowerCase();
  const gzip = COMPRESSED.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  let body;
  try {
    const info = file ? await stat(file) : null;
    if (!info?.isFile()) throw new Error('not a file');
    body = gzip ? await compressed(file, info) : await readFile(file);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
    return;
  }
  res.writeHead(200, {
    'Content-Type': types[ext] ?? 'application/octet-stream',
    'Content-Length': body.length,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    ...(COMPRESSED.has(ext) ? { Vary: 'Accept-Encoding' } : {}),
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
});

server.listen(port, host, () => {
  console.log(`e2e server: serving ${root} on http://${host}:${server.address().port}${base}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
