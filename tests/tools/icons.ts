// The installable app's icons (public/icons/*.png), drawn from public/favicon.svg by
// Chromium, with no network: the manifest's 192 and 512 pixel icons, and a maskable one
// whose drawing sits inside the safe zone (the middle 80%) on a full-bleed NHS blue square.
// Usage: npx tsx tests/tools/icons.ts   (needs Chromium, as the tests do)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser/server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outDir = `${root}public/icons`;
mkdirSync(outDir, { recursive: true });

const favicon = readFileSync(`${root}public/favicon.svg`, 'utf8');
// The favicon's drawing without its rounded square, for the maskable icon.
const inner = favicon
  .replace(/^<svg[^>]*>/, '')
  .replace(/<\/svg>\s*$/, '')
  .replace(/<rect[^>]*\/>/, '');
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#005eb8"/><g transform="translate(16 16) scale(0.72) translate(-16 -16)">${inner}</g></svg>`;

const icons = [
  { file: 'icon-192.png', size: 192, svg: favicon },
  { file: 'icon-512.png', size: 512, svg: favicon },
  { file: 'icon-maskable-512.png', size: 512, svg: maskable },
];

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 600, height: 600 }, deviceScaleFactor: 1 });
for (const { file, size, svg } of icons) {
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await page.setContent(
    `<!doctype html><style>html,body{margin:0;background:transparent}img{display:block}</style>` +
      `<img src="${src}" width="${size}" height="${size}" alt="">`,
  );
  await page.locator('img').evaluate((img) => (img as HTMLImageElement).decode());
  const png = await page.locator('img').screenshot({ type: 'png', omitBackground: true });
  writeFileSync(`${outDir}/${file}`, png);
  console.log(`Written public/icons/${file} (${size} px, ${png.length} bytes)`);
}
await browser.close();
