// Full-page screenshots of a built site at 320, 360 and 1280 px, light and dark, to look at.
// Usage: node scripts/screenshots.mjs [DIR=build/dist] [OUT=target/screenshots] [PATH=/]
// DIR "blog" builds the example Jekyll site (needs scripts/release first) and shoots PATH in it.
import { mkdir } from 'node:fs/promises';
import { serve } from '../tests/e2e/static-server.mjs';
import { launch } from '../tests/e2e/browser.mjs';
import { buildSite } from '../tests/e2e/site.mjs';
import { shoot } from './shots.mjs';

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
