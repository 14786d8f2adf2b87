// A strip of one show's frames, to look at and for the README (docs/show-performance-360.png):
// the example post at 360 × 740, the performance row tapped, the stacks shot as the marker moves
// (an I/O request from app 1 down both stacks), side by side with the time under each frame.
// Usage, after scripts/release: node scripts/show-strip.mjs [OUT=docs/show-performance-360.png]
import { serve } from '../tests/e2e/static-server.mjs';
import { launch, open } from '../tests/e2e/browser.mjs';
import { buildSite, phonePost } from '../tests/e2e/site.mjs';

const out = process.argv[2] ?? 'docs/show-performance-360.png';
const TIMES = [150, 650, 1150, 1650, 2300];
const W = '#cvm-ko .cvm-live section.cvm';
const server = await serve({ root: buildSite('') });
const browser = await launch();
const page = await phonePost(browser, server.url);
const cell = page.locator(`${W} tr[data-row="performance"] td.cvm-table-container`);
await cell.evaluate((e) => e.scrollIntoView({ block: 'center', behavior: 'instant' }));
const box = await cell.boundingBox();
await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
const t0 = Date.now();
await page.waitForTimeout(50);
await page.evaluate((W) => document.querySelector(`${W} .cvm-diagram`).scrollIntoView({ block: 'start', behavior: 'instant' }), W);
const frames = [];
for (const t of TIMES) {
  await page.waitForTimeout(Math.max(0, t - (Date.now() - t0)));
  const png = await page.locator(`${W} .cvm-diagram`).screenshot({ animations: 'allow' });
  frames.push({ t: Date.now() - t0, src: `data:image/png;base64,${png.toString('base64')}` });
}
// The frames side by side on one page, shot whole.
const strip = await open(browser, { width: 1800 });
await strip.setContent(`<div id="strip" style="display:inline-flex;gap:12px;padding:12px;background:#fff;font:14px sans-serif">${
  frames.map((f) => `<figure style="margin:0;text-align:center"><img src="${f.src}"><figcaption>${(f.t / 1000).toFixed(2)} s</figcaption></figure>`).join('')}</div>`);
await strip.locator('#strip').screenshot({ path: out });
console.log(`${out}: ${frames.map((f) => f.t).join(', ')} ms after the tap`);
await browser.close();
await server.close();
