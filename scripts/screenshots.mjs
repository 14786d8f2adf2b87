// Full-page screenshots of a built site at 320, 360 and 1280 px, light and dark, to look at.
// Usage: node scripts/screenshots.mjs [DIR=build/dist] [OUT=target/screenshots] [PATH=/]
// DIR "blog" builds the example Jekyll site (needs scripts/release first) and shoots PATH in it.
// `node scripts/screenshots.mjs readme` makes the README's two pictures (docs/phone-360.png,
// docs/desktop-1280.png): the example post's widget with the performance row tapped, as a phone
// reader sees it (the 360 × 740 screen) and on a desktop (the widget's diagram part).
import { mkdir } from 'node:fs/promises';
import { serve } from '../tests/e2e/static-server.mjs';
import { launch, open } from '../tests/e2e/browser.mjs';
import { buildSite, offline, POST } from '../tests/e2e/site.mjs';
import { shoot } from './shots.mjs';

if (process.argv[2] === 'readme') {
  const server = await serve({ root: buildSite('') });
  const browser = await launch();
  const W = '#cvm-ko .cvm-live section.cvm';
  for (const [width, height, file] of [[360, 740, 'docs/phone-360.png'], [1280, 800, 'docs/desktop-1280.png']]) {
    const page = await open(browser, { width, reducedMotion: 'reduce' });
    await page.setViewportSize({ width, height });
    await offline(page);
    await page.goto(server.url + POST);
    await page.waitForSelector(W);
    const cell = page.locator(`${W} tr[data-row="performance"] td.cvm-table-container`);
    await cell.scrollIntoViewIfNeeded();
    const box = await cell.boundingBox();
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    if (width < 700) await page.touchscreen.tap(x, y); else await page.mouse.click(x, y);
    await page.waitForTimeout(300);
    if (width < 700) {
      await page.screenshot({ path: file });
    } else {
      // The widget from its top to the end of its diagram part, in page coordinates.
      const clip = await page.evaluate((W) => {
        const w = document.querySelector(W).getBoundingClientRect();
        const part = document.querySelector(`${W} .cvm-part--diagram`).getBoundingClientRect();
        return { x: w.left, y: w.top + scrollY, width: w.width, height: part.bottom - w.top + 16 };
      }, W);
      await page.screenshot({ path: file, fullPage: true, clip });
    }
    console.log(file);
    await page.context().close();
  }
  await browser.close();
  await server.close();
  process.exit(0);
}

const [dir = 'build/dist', out = 'target/screenshots', path = '/'] = process.argv.slice(2);
await mkdir(out, { recursive: true });
const server = await serve({ root: dir === 'blog' ? buildSite('') : dir });
const browser = await launch();
for (const width of [320, 360, 1280]) {
  for (const scheme of ['light', 'dark']) {
    await shoot(browser, {
      url: server.url + path, width, scheme, file: `${out}/page-${width}-${scheme}.png`,
      waitFor: '[data-cvm] .cvm-live section.cvm', blockNetwork: true,
      after: async (page) => {
        const widgets = page.locator('[data-cvm]');
        for (let i = 0; i < await widgets.count(); i++) {
          await widgets.nth(i).screenshot({ path: `${out}/widget${i + 1}-${width}-${scheme}.png` });
        }
      },
    });
  }
}
await browser.close();
await server.close();
