// The build served by a real host: Debian's nginx with docs/nginx.conf, the
// snippet the build writes from the rule table in scripts/headers.mjs
// (scripts/headers.test.mjs checks that _headers says the same). Every
// file comes with the policy as a header, its caching and its type; under
// those headers the app runs without a policy violation, updates and
// reloads offline.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { extname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { watch } from './fixtures';
import { WelcomePage, appStarted } from './pages/welcome';
import { DIST, ROOT, builtFiles, copyBuild, expectCacheHoldsBuild, waitForOfflineReady, expect, test } from './serve-build';
import { goOffline } from './engines';
import { COMPRESSED } from './chromium.mjs';

const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';
const SNIPPET = join(ROOT, 'docs', 'nginx.conf');

/** What nginx sends for each kind of file: its own mime.types, and the snippet's three. */
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'application/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.nsc': 'text/plain',
};
const HASHED = /^[^/]+-[0-9a-f]{16}(?:_bg)?\.[a-z0-9]+$/;

async function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** nginx in the foreground, one process, serving `site` at / with the snippet included. */
async function startNginx(site: string, work: string) {
  await mkdir(work, { recursive: true });
  const port = await freePort();
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `${name}_temp_path ${work}/${name};`);
  const conf = join(work, 'nginx.conf');
  await writeFile(
    conf,
    [
      'daemon off;',
      'master_process off;',
      `pid ${work}/nginx.pid;`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      `  ${temp.join(' ')}`,
      '  server {',
      `    listen 127.0.0.1:${port};`,
      `    root ${site};`,
      `    include ${SNIPPET};`,
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(NGINX, ['-p', work, '-e', join(work, 'error.log'), '-c', conf], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<never>((_, fail) => child.on('exit', (code) => fail(new Error(`nginx exited with ${code}`))));
  const url = `http://127.0.0.1:${port}/`;
  const up = (async () => {
    for (;;) {
      try {
        if ((await fetch(url)).ok) return;
      } catch {
        await new Promise((wait) => setTimeout(wait, 50));
      }
    }
  })();
  await Promise.race([up, exited]);
  return { url, origin: new URL(url).origin, stop: () => child.kill('SIGKILL'), child };
}

/** Policy violations in the page, as the browser reports them. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`));
  });
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test('nginx with docs/nginx.conf sends every header, and the app updates and reloads offline under them', async ({
  page,
  context,
  browserName,
  request,
}, testInfo) => {
  const site = await copyBuild(DIST, testInfo.outputPath('site'));
  const nginx = await startNginx(site, testInfo.outputPath('nginx'));
  try {
    const html = await readFile(join(site, 'index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta, 'index.html has its policy').toBeTruthy();

    // Every file of the build, the worker and the bare URL: each header once, with its value.
    for (const path of ['', 'sw.js', ...(await builtFiles(site))]) {
      const response = await request.get(nginx.url + path);
      expect(response.status(), path).toBe(200);
      const headers = response.headersArray().map(({ name, value }) => [name.toLowerCase(), value]);
      const sent = (name: string) => headers.filter(([n]) => n === name).map(([, v]) => v);
      expect(
        {
          policy: sent('content-security-policy'),
          nosniff: sent('x-content-type-options'),
          cache: sent('cache-control'),
          type: sent('content-type'),
        },
        `headers of /${path}`,
      ).toEqual({
        policy: [`${meta}; frame-ancestors 'none'`],
        nosniff: ['nosniff'],
        cache: [HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache'],
        type: [TYPES[extname(path || 'index.html')]],
      });
    }
    // Compressed as a CDN does it: every text file, the wasm, the language
    // catalogs and the manifests (gzip; the project's own servers do the
    // same, e2e/chromium.mjs); the PNG icons are compressed already.
    const files = await builtFiles(site);
    expect(files.filter((path) => path.endsWith('.nsc')).length, 'catalogs in the build').toBeGreaterThan(0);
    expect(files.filter((path) => path.endsWith('.webmanifest')).length, 'a manifest per language').toBeGreaterThan(1);
    for (const path of ['', 'sw.js', ...files]) {
      const response = await request.get(nginx.url + path, { headers: { 'Accept-Encoding': 'gzip' } });
      const encoding = response.headers()['content-encoding'];
      expect(encoding, `encoding of /${path}`).toBe(COMPRESSED.has(extname(path || 'index.html')) ? 'gzip' : undefined);
    }
    // Revalidation is cheap: an unchanged page answers 304.
    const page0 = await request.get(nginx.url + 'index.html');
    const etag = page0.headers()['etag'];
    expect(etag, 'nginx sends an ETag').toBeTruthy();
    expect((await request.get(nginx.url + 'index.html', { headers: { 'If-None-Match': etag } })).status()).toBe(304);
    expect((await request.get(nginx.url + '_headers')).status(), 'the host file is not served').toBe(404);

    // The app under those headers: no violation, offline ready, every file cached.
    await recordViolations(page);
    const guard = watch(page, nginx.origin);
    const welcome = new WelcomePage(page);
    await page.goto(nginx.url);
    await expect(welcome.heading).toBeVisible();
    await appStarted(page);
    await waitForOfflineReady(page);
    const firstCache = await expectCacheHoldsBuild(page, site, '/');
    expect(await violations(page), 'policy violations, first visit').toEqual([]);

    // A new version deployed: a release build's page with a mark (the gate
    // minified as before, so the snippet's hash still holds; the snippet is
    // written elsewhere so docs/ stays as it is).
    await writeFile(
      join(site, 'index.html'),
      html.replace(/<meta charset[^>]*>/i, (charset) => `${charset}<meta name="netstyle-build" content="2">`),
    );
    execFileSync(process.execPath, [join(ROOT, 'scripts/post-build.mjs'), site, '/', '--release'], {
      env: { ...process.env, NETSTYLE_NGINX_SNIPPET: testInfo.outputPath('snippet.conf') },
    });
    expect(await readFile(testInfo.outputPath('snippet.conf'), 'utf8'), 'the new build asks for the same headers').toBe(
      await readFile(SNIPPET, 'utf8'),
    );
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const update = page.getByRole('button', { name: 'Update now', exact: true });
    await expect(update).toBeVisible();
    await Promise.all([page.waitForEvent('load'), update.click()]);
    await expect(page.locator('meta[name="netstyle-build"]')).toHaveAttribute('content', '2');
    await appStarted(page);
    await waitForOfflineReady(page);
    expect(await expectCacheHoldsBuild(page, site, '/'), 'the new version has its own cache').not.toBe(firstCache);
    expect(await violations(page), 'policy violations, after the update').toEqual([]);

    // The host goes away: a reload still opens the new version.
    nginx.stop();
    await goOffline(context, browserName);
    await page.reload();
    await expect(page.locator('meta[name="netstyle-build"]')).toHaveAttribute('content', '2');
    await expect(welcome.heading).toBeVisible();
    await appStarted(page);
    await expect(welcome.start).toBeEnabled();

    expect(await violations(page), 'policy violations, offline').toEqual([]);
    expect(guard.errors, 'console errors and uncaught exceptions').toEqual([]);
    expect(guard.foreign, 'requests to other origins').toEqual([]);
  } finally {
    nginx.stop();
  }
});
