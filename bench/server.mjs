// A static server for the benchmark that behaves like a CDN in front of the
// release build: brotli or gzip as the browser asks (a precompressed .br/.gz
// beside a file wins, else the file is compressed once at the highest level),
// long caching for the hashed files, and a tally of the bytes it sent so the
// benchmark can tell what a first visit really downloads. Loopback only.
//
//   node bench/server.mjs [dist-dir] [port]      # serve until Ctrl-C
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { COMPRESSED, CONTENT_TYPES, fileFor } from '../e2e/chromium.mjs';

const TYPES = CONTENT_TYPES;

// What a host compresses (the language catalogs and manifests among them);
// already-compressed formats gain nothing from another pass.
const COMPRESSIBLE = new Set([...COMPRESSED, '.ico']);

export function brotli(buf) {
  return brotliCompressSync(buf, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  });
}

export function gzip(buf) {
  return gzipSync(buf, { level: 9 });
}

/** `GET` paths whose name carries a content hash (trunk's `name-<16 hex>.ext`). */
const HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z0-9]+$/;

/**
 * Serves `root` on 127.0.0.1:`port` (0 picks a free port). Resolves to
 * `{ url, tally, close }`; `tally` maps each path to its requests and bytes sent.
 */
export async function startServer(root, port = 0) {
  root = resolve(root);
  const cache = new Map();
  const tally = new Map();

  async function body(file, encoding) {
    const key = `${file}\0${encoding}`;
    if (cache.has(key)) return cache.get(key);
    let buf = null;
    if (encoding) {
      const suffix = encoding === 'br' ? '.br' : '.gz';
      buf = await readFile(file + suffix).catch(() => null);
      if (!buf) {
        const raw = await readFile(file);
        buf = encoding === 'br' ? brotli(raw) : gzip(raw);
      }
    } else {
      buf = await readFile(file);
    }
    cache.set(key, buf);
    return buf;
  }

  const server = createServer(async (req, res) => {
    const file = fileFor(root, req.url ?? '/');
    const ext = extname(file ?? '').toLowerCase();
    try {
      if (!file || !(await stat(file)).isFile()) throw new Error('not a file');
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = !COMPRESSIBLE.has(ext) ? null : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
    const buf = await body(file, encoding);
    const headers = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Content-Length': buf.length,
      'Cache-Control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Accept-Encoding',
    };
    if (encoding) headers['Content-Encoding'] = encoding;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : buf);
    if (req.method !== 'HEAD') {
      const path = (req.url ?? '/').split('?')[0];
      const seen = tally.get(path) ?? { requests: 0, bytes: 0, encoding };
      seen.requests += 1;
      seen.bytes += buf.length;
      tally.set(path, seen);
    }
  });

  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}/`;
  return {
    url,
    tally,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? 4174);
  const { url, close } = await startServer(root, port);
  console.log(`bench server: serving ${resolve(root)} compressed on ${url}`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => close().then(() => process.exit(0)));
}
