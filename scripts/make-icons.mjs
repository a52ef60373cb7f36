// Renders the app icons' PNGs from the SVGs in static/icons/ with the system
// Chromium, so the bitmaps always match the vector sources. The PNGs are
// committed; run this again after changing an SVG:
//
//   node scripts/make-icons.mjs
//
// Needs the npm packages (scripts/tools.sh installs them) and /usr/bin/chromium.
// The icons are precached on a first visit, so their bytes count against the
// 150 kB budget: Debian's pngquant and zopflipng (packages pngquant, zopfli)
// shrink them to about a third with no visible change.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/chromium.mjs';

const icons = fileURLToPath(new URL('../static/icons/', import.meta.url));
const outputs = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  { svg: 'icon-maskable.svg', png: 'icon-maskable-512.png', size: 512 },
];

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  for (const { svg, png, size } of outputs) {
    const source = await readFile(icons + svg, 'utf8');
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const image = `data:image/svg+xml;base64,${Buffer.from(source).toString('base64')}`;
    await page.setContent(`<body style="margin:0"><img src="${image}" width="${size}" height="${size}"></body>`);
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: icons + png, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    execFileSync('pngquant', ['--force', '--skip-if-larger', '--quality', '80-100', '--output', icons + png, icons + png]);
    execFileSync('zopflipng', ['-y', '-m', icons + png, icons + png], { stdio: 'ignore' });
    console.log(`make-icons: static/icons/${png} (${size}x${size}) from ${svg}`);
  }
} finally {
  await browser.close();
}
