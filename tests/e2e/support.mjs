// What every end-to-end test file shares: the built demo page (build/dist) and the example Jekyll
// site (examples/blog with build/blog, built by jekyll), served on localhost; one browser; the
// live widget's selector. A file asks for what it needs once: `const the = useServers({ demo: true })`.
import { before, after } from 'node:test';
import { serve } from './static-server.mjs';
import { launch } from './browser.mjs';
import { buildSite } from './site.mjs';

/** Trunk's build of the demo page (index.html). */
export const DIST = new URL('../../build/dist/', import.meta.url).pathname;
/** The live widget (not its static fallback) inside a box. */
export const LIVE = '.cvm-live section.cvm';

/**
 * A reader's tap on the first element matching `selector`: scrolled onto the screen, then a touch
 * (or, `touch: false`, a click) at its centre, in the visual viewport's coordinates as a thumb
 * would (on a page wider than the phone, `locator.tap()` hits the wrong element).
 */
export async function tapCentre(page, selector, { touch = true } = {}) {
  const el = page.locator(selector).first();
  await el.evaluate((e) => e.scrollIntoView({ block: 'center', behavior: 'instant' }));
  const [x, y] = await el.evaluate((e) => {
    const r = e.getBoundingClientRect();
    return [r.left + r.width / 2 - visualViewport.offsetLeft, r.top + r.height / 2 - visualViewport.offsetTop];
  });
  if (touch) await page.touchscreen.tap(x, y); else await page.mouse.click(x, y);
}

/**
 * For a whole test file: one browser and the servers asked for, started before its tests and closed
 * after them, with every server the file starts itself through `the.serve(opts)`. Fields, set by
 * the time a test runs: `browser`, `demo` (build/dist's server), `site` (the example site's
 * server) and `dir` (the built site's folder).
 */
export function useServers({ demo = false, site = false } = {}) {
  const extra = [];
  const the = {
    async serve(opts) {
      const s = await serve(opts);
      extra.push(s);
      return s;
    },
  };
  before(async () => {
    the.browser = await launch();
    if (demo) the.demo = await serve({ root: DIST });
    if (site) {
      the.dir = buildSite('');
      the.site = await serve({ root: the.dir });
    }
  });
  after(async () => {
    await the.browser?.close();
    for (const s of [the.demo, the.site, ...extra]) await s?.close();
  });
  return the;
}
