// Full-page screenshots of a built site at 360 and 1280 px, light and dark, to look at.
// Usage: node scripts/screenshots.mjs [DIR=dist] [OUT=target/screenshots] [PATH=/] [SELECTOR]
// SELECTOR (optional) is clicked before the shot, e.g. a layer button.
import { mkdir } from 'node:fs/promises';
import { serve } from '../tests/e2e/static-server.mjs';
import { launch, open } from '../tests/e2e/browser.mjs';

const [dir = 'dist', out = 'target/screenshots', path = '/'] = process.argv.slice(2);
await mkdir(out, { recursive: true });
const server = await serve({ root: dir });
const browser = await launch();
for (const width of [360, 1280]) {
  for (const scheme of ['light', 'dark']) {
    const page = await open(browser, { width, scheme, reducedMotion: 'reduce' });
    await page.goto(server.url + path);
    await page.waitForSelector('[data-cvm] section.cvm', { timeout: 10000 }).catch(() => {});
    await page.waitForTimeout(300);
    const file = `${out}/page-${width}-${scheme}.png`;
    await page.screenshot({ path: file, fullPage: true });
    const widget = page.locator('[data-cvm]').first();
    if (await widget.count()) await widget.screenshot({ path: `${out}/widget-${width}-${scheme}.png` });
    console.log(file, page.errors.length ? `console errors: ${page.errors.join(' | ')}` : '');
    await page.context().close();
  }
}
await browser.close();
await server.close();
