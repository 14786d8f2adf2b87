// Full-page screenshots of a built site at 320, 360 and 1280 px, light and dark, to look at.
// Usage: node scripts/screenshots.mjs [DIR=build/dist] [OUT=target/screenshots] [PATH=/]
// DIR "blog" builds the example Jekyll site (needs scripts/release first) and shoots PATH in it.
import { mkdir } from 'node:fs/promises';
import { serve } from '../tests/e2e/static-server.mjs';
import { launch, open } from '../tests/e2e/browser.mjs';
import { buildSite, offline } from '../tests/e2e/site.mjs';

const [dir = 'build/dist', out = 'target/screenshots', path = '/'] = process.argv.slice(2);
await mkdir(out, { recursive: true });
const server = await serve({ root: dir === 'blog' ? buildSite('') : dir });
const browser = await launch();
for (const width of [320, 360, 1280]) {
  for (const scheme of ['light', 'dark']) {
    const page = await open(browser, { width, scheme, reducedMotion: 'reduce' });
    await offline(page);
    await page.goto(server.url + path);
    await page.waitForSelector('[data-cvm] section.cvm', { timeout: 10000 }).catch(() => {});
    await page.waitForTimeout(300);
    const file = `${out}/page-${width}-${scheme}.png`;
    await page.screenshot({ path: file, fullPage: true });
    const widgets = page.locator('[data-cvm]');
    for (let i = 0; i < await widgets.count(); i++) {
      await widgets.nth(i).screenshot({ path: `${out}/widget${i + 1}-${width}-${scheme}.png` });
    }
    console.log(file, page.errors.length ? `console errors: ${page.errors.join(' | ')}` : '');
    await page.context().close();
  }
}
await browser.close();
await server.close();
